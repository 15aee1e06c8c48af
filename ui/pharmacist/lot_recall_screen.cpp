// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pharmacist/lot_recall_screen.h"

#include "devices/gs1/gs1.h"
#include "prep-station/workflow/trace_desk.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prep::ui {

LotRecallScreen::LotRecallScreen(StationSetup& setup, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
{
    setObjectName("lotRecallScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("recallHeading", 1.4, this, true);
    layout->addWidget(m_heading);
    auto* row = new QHBoxLayout;
    m_lotLabel = new QLabel(this);
    m_lot = touchField("recallLot", this);
    m_search = touchButton("searchLot", {}, this);
    row->addWidget(m_lotLabel);
    row->addWidget(m_lot, 1);
    row->addWidget(m_search);
    layout->addLayout(row);
    m_table = touchTable("lotPreparations", 5, this);
    layout->addWidget(m_table, 1);
    m_outcome = new OutcomeLine("recallOutcome", this);
    layout->addWidget(m_outcome);
    connect(m_search, &QPushButton::clicked, this, &LotRecallScreen::search);
    connect(m_lot, &QLineEdit::returnPressed, this, &LotRecallScreen::search);
    retranslate();
}

void LotRecallScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LotRecallScreen::retranslate()
{
    m_heading->setText(tr("Lot recall"));
    m_lotLabel->setText(tr("Vial lot"));
    m_search->setText(tr("Find the preparations"));
    m_table->setHorizontalHeaderLabels({tr("Preparation"), tr("Status"), tr("Patient"), tr("Shipment"), tr("GTIN")});
}

void LotRecallScreen::takeScan(const QString& code)
{
    auto parsed = devices::parseGs1(code.toStdString());
    if (!parsed) {
        m_outcome->showRefusal(
            station::makeError(station::Error::Kind::Invalid,
                               station::say(QT_TRANSLATE_NOOP("Message", "the scan is not a valid GS1 code: %1"),
                                            station::MessageArg::technical(parsed.error().message))));
        return;
    }
    for (const auto& e : parsed->elements)
        if (e.ai == "10") {
            m_lot->setText(qs(e.value));
            search();
            return;
        }
    m_outcome->showRefusal(
        station::makeError(station::Error::Kind::Invalid, tr("the scanned code carries no lot (10)").toStdString()));
}

void LotRecallScreen::search()
{
    const std::string lot = m_lot->text().trimmed().toStdString();
    if (lot.empty())
        return;
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<nlohmann::json>>(
        this, tr("tracing the lot"), [&ctx, lot] { return station::TraceDesk(ctx).lot(lot); },
        [this](station::Result<nlohmann::json> found) {
            m_table->setRowCount(0);
            if (!found) {
                m_outcome->showRefusal(found.error());
                return;
            }
            for (const auto& p : (*found)["preparations"]) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                int c = 0;
                for (const char* key : {"preparation", "status", "patient", "shipment", "gtin"}) {
                    const auto& v = p.contains(key) ? p[key] : nlohmann::json();
                    const bool status = std::string_view(key) == "status";
                    m_table->setItem(row, c++,
                                     new QTableWidgetItem(v.is_string() && status
                                                              ? storedStatusText(v.get<std::string>())
                                                          : v.is_string() ? qs(v.get<std::string>())
                                                          : v.is_null()   ? QString()
                                                                          : qs(v.dump())));
                }
            }
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setStretchLastSection(true);
            m_outcome->showDone(tr("%n preparation(s) made from this lot", nullptr, m_table->rowCount()));
        });
}

} // namespace prep::ui
