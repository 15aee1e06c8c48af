// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/technician/worklist_screen.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/order_desk.h"
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
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prep::ui {

WorklistScreen::WorklistScreen(StationSetup& setup, db::Actor technician, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_technician(std::move(technician))
{
    setObjectName("worklistScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("worklistHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    m_table = touchTable("worklist", 6, this);
    layout->addWidget(m_table, 1);
    m_outcome = new OutcomeLine("worklistOutcome", this);
    layout->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    m_refresh = touchButton("refreshWorklist", {}, this);
    m_prepare = touchButton("prepare", {}, this);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_prepare, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &WorklistScreen::refresh);
    connect(m_prepare, &QPushButton::clicked, this, &WorklistScreen::prepareSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &WorklistScreen::prepareSelected);
    // The keyboard alone: arrows choose, Enter prepares.
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), this, this, &WorklistScreen::prepareSelected);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
    }
    retranslate();
}

void WorklistScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorklistScreen::retranslate()
{
    m_heading->setText(tr("Worklist"));
    m_table->setHorizontalHeaderLabels(
        {tr("Preparation"), tr("Patient"), tr("Drug"), tr("Dose"), tr("Syringe"), tr("Status")});
    m_refresh->setText(tr("Refresh"));
    m_prepare->setText(tr("Prepare"));
    present();
}

void WorklistScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<std::vector<station::WorkItem>>>(
        this, tr("reading the worklist"), [&ctx] { return station::technicianWorklist(ctx); },
        [this](station::Result<std::vector<station::WorkItem>> items) {
            if (!items) {
                m_outcome->showRefusal(items.error());
                return;
            }
            m_items = std::move(*items);
            present();
        });
}

void WorklistScreen::present()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(0);
    for (const auto& item : m_items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto& p = item.preparation;
        m_table->setItem(row, 0, new QTableWidgetItem(p ? qs(p->number) : tr("order %1").arg(item.order.id)));
        m_table->setItem(row, 1, new QTableWidgetItem(qs(item.patient.familyName + " " + item.patient.givenName)));
        m_table->setItem(row, 2, new QTableWidgetItem(qs(item.order.drug) + " " + qs(item.order.cycleDay)));
        m_table->setItem(row, 3, new QTableWidgetItem(mgText(p ? p->targetDoseMg : item.order.doseMg)));
        m_table->setItem(
            row, 4,
            new QTableWidgetItem(p ? QString("%1/%2").arg(p->syringeIndex).arg(p->syringeCount) : QStringLiteral("—")));
        m_table->setItem(row, 5, new QTableWidgetItem(p ? statusText(p->status) : tr("to plan")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_items.empty()) {
        m_table->selectRow(std::clamp(selected, 0, static_cast<int>(m_items.size()) - 1));
        m_table->setFocus();
    }
    m_prepare->setEnabled(!m_items.empty());
    if (m_items.empty())
        m_outcome->showNeutral(tr("Nothing to prepare."));
    else if (m_outcome->tone() != OutcomeLine::Tone::Refused)
        m_outcome->showNeutral({});
}

void WorklistScreen::prepareSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    const auto item = m_items[static_cast<std::size_t>(row)];
    if (item.preparation) {
        emit prepare(item.preparation->id);
        return;
    }
    // A validated order: its syringes are planned first, then the first one is opened.
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_technician;
    const std::int64_t orderId = item.order.id;
    m_setup.runner.run<station::Result<std::vector<db::PreparationRecord>>>(
        this, tr("planning the order's syringes"),
        [&ctx, who, orderId] { return station::OrderDesk(ctx).plan(who, orderId); },
        [this](station::Result<std::vector<db::PreparationRecord>> planned) {
            if (!planned) {
                m_outcome->showRefusal(planned.error());
                return;
            }
            refresh();
            if (!planned->empty())
                emit prepare(planned->front().id);
        });
}

} // namespace prep::ui
