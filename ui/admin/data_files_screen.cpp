// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/data_files_screen.h"

#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace prep::ui {

DataFilesScreen::DataFilesScreen(StationSetup& setup, db::Actor admin, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_admin(std::move(admin))
{
    setObjectName("dataFilesScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("dataFilesHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    m_table = touchTable("dataFiles", 5, this);
    layout->addWidget(m_table, 2);
    m_sourcesHeading = scaledLabel("dataSourcesHeading", 1.2, this, true);
    layout->addWidget(m_sourcesHeading);
    m_sources = new QTextBrowser(this);
    m_sources->setObjectName("dataSources");
    m_sources->setFont(stationFont());
    m_sources->setOpenLinks(false);
    layout->addWidget(m_sources, 1);
    m_outcome = new OutcomeLine("dataFilesOutcome", this);
    layout->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    m_refresh = touchButton("refreshDataFiles", {}, this);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &DataFilesScreen::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showSources(); });
    retranslate();
}

void DataFilesScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataFilesScreen::retranslate()
{
    m_heading->setText(tr("Clinical data files"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Version"), tr("Origin"), tr("SHA-256"), tr("Sources")});
    m_sourcesHeading->setText(tr("Sources of the selected file"));
    m_refresh->setText(tr("Refresh"));
    present();
}

void DataFilesScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<std::vector<station::LoadedDataFile>>>(
        this, tr("reading the data files"), [&ctx] { return station::loadedDataFiles(ctx); },
        [this](station::Result<std::vector<station::LoadedDataFile>> files) {
            if (!files) {
                m_outcome->showRefusal(files.error());
                return;
            }
            m_files = std::move(*files);
            present();
        });
}

void DataFilesScreen::present()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(0);
    int changed = 0;
    for (const auto& f : m_files) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(qs(f.name)));
        m_table->setItem(row, 1, new QTableWidgetItem(f.version.empty() ? QStringLiteral("—") : qs(f.version)));
        const QString origin = f.origin == station::LoadedDataFile::Origin::Embedded
                                   ? tr("embedded in the program")
                                   : tr("site copy: %1").arg(qs(f.originPath));
        m_table->setItem(row, 2, new QTableWidgetItem(origin));
        auto* hash = new QTableWidgetItem(qs(f.sha256).left(16) + QStringLiteral("…"));
        hash->setToolTip(qs(f.sha256));
        m_table->setItem(row, 3, hash);
        m_table->setItem(row, 4,
                         new QTableWidgetItem(f.changedSinceLoaded
                                                  ? tr("CHANGED ON DISK since the station opened")
                                                  : tr("%n source(s)", nullptr, static_cast<int>(f.sources.size()))));
        changed += f.changedSinceLoaded ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_files.empty())
        m_table->selectRow(std::clamp(selected, 0, static_cast<int>(m_files.size()) - 1));
    if (changed > 0)
        m_outcome->showWaiting(tr("%n file(s) changed on disk: the station decides with the loaded version until it "
                                  "restarts.",
                                  nullptr, changed));
    else if (!m_files.empty())
        m_outcome->showDone(tr("%n data file(s) loaded.", nullptr, static_cast<int>(m_files.size())));
    showSources();
}

void DataFilesScreen::showSources()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_files.size())) {
        m_sources->clear();
        return;
    }
    const auto& f = m_files[static_cast<std::size_t>(row)];
    QString text = tr("%1 — SHA-256 %2 — %3").arg(qs(f.name), qs(f.sha256), qs(f.originPath)) + "\n\n";
    for (const auto& s : f.sources)
        text += QStringLiteral("• ") + qs(s) + "\n";
    if (f.sources.empty())
        text += tr("The file cites no source.");
    m_sources->setPlainText(text);
}

} // namespace prep::ui
