// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pharmacist/dispatch_watch_screen.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/return_desk.h"
#include "ui/app/message_text.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace prep::ui {

namespace {

QString stageText(station::JourneyStage stage)
{
    switch (stage) {
    case station::JourneyStage::Packed:
        return DispatchWatchScreen::tr("packed, waiting for the courier");
    case station::JourneyStage::PickedUp:
        return DispatchWatchScreen::tr("on its way");
    case station::JourneyStage::Delivered:
        return DispatchWatchScreen::tr("delivered");
    case station::JourneyStage::ProblemDeclared:
        return DispatchWatchScreen::tr("could not be delivered: coming back");
    case station::JourneyStage::ReturnedToPui:
        return DispatchWatchScreen::tr("back at the PUI");
    }
    return {};
}

QString timeText(const std::optional<station::UtcTime>& at)
{
    return at ? QString::fromStdString(station::formatParisDisplay(*at)) : QStringLiteral("—");
}

} // namespace

DispatchWatchScreen::DispatchWatchScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_pharmacist(std::move(pharmacist))
{
    setObjectName("dispatchWatchScreen");
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading = scaledLabel("watchHeading", 1.4, this, true);
    m_summary = new QLabel(this);
    m_summary->setObjectName("watchSummary");
    m_refresh = touchButton("watchRefresh", {}, this);
    top->addWidget(m_heading);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_shipmentsLabel = new QLabel(this);
    layout->addWidget(m_shipmentsLabel);
    m_shipmentTable = touchTable("watchShipments", 8, this);
    layout->addWidget(m_shipmentTable, 1);
    auto* alarmsRow = new QHBoxLayout;
    m_alarmsLabel = new QLabel(this);
    m_showClosed = new QCheckBox(this);
    m_showClosed->setObjectName("watchShowClosed");
    alarmsRow->addWidget(m_alarmsLabel, 1);
    alarmsRow->addWidget(m_showClosed);
    layout->addLayout(alarmsRow);
    m_alarmTable = touchTable("watchAlarms", 5, this);
    layout->addWidget(m_alarmTable, 2);
    auto* form = new QFormLayout;
    m_reasonLabel = new QLabel(this);
    m_reason = touchField("watchReason", this);
    m_passwordLabel = new QLabel(this);
    m_password = touchField("watchPassword", this, true);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_close = touchButton("closeAlarm", {}, this);
    m_receive = touchButton("receiveBack", {}, this);
    m_destroy = touchButton("destroyDose", {}, this);
    m_redispatch = touchButton("redispatchDose", {}, this);
    for (auto* b : {m_close, m_receive, m_destroy, m_redispatch})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_outcome = new OutcomeLine("watchOutcome", this);
    layout->addWidget(m_outcome);
    connect(m_refresh, &QPushButton::clicked, this, &DispatchWatchScreen::refresh);
    connect(m_showClosed, &QCheckBox::toggled, this, &DispatchWatchScreen::refresh);
    connect(m_close, &QPushButton::clicked, this, &DispatchWatchScreen::closeAlarm);
    connect(m_receive, &QPushButton::clicked, this, &DispatchWatchScreen::receiveBack);
    connect(m_destroy, &QPushButton::clicked, this,
            [this] { decide(db::ReturnedDoseDecisionRecord::Decision::Destroy); });
    connect(m_redispatch, &QPushButton::clicked, this,
            [this] { decide(db::ReturnedDoseDecisionRecord::Decision::Redispatch); });
    // Deadlines pass while nobody touches the screen: it looks again every minute.
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    retranslate();
}

void DispatchWatchScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DispatchWatchScreen::retranslate()
{
    m_heading->setText(tr("Dispatch watch"));
    m_refresh->setText(tr("Look again"));
    m_shipmentsLabel->setText(tr("Shipments not yet settled"));
    m_alarmsLabel->setText(tr("Alarms: each stays until a pharmacist closes it"));
    m_showClosed->setText(tr("Show closed alarms"));
    m_shipmentTable->setHorizontalHeaderLabels({tr("Shipment"), tr("Where it stands"), tr("Doses"), tr("Packed"),
                                                tr("Picked up"), tr("Delivered"), tr("Logger data"),
                                                tr("Open alarms")});
    m_alarmTable->setHorizontalHeaderLabels({tr("Since"), tr("Alarm"), tr("Shipment"), tr("Preparation"), tr("State")});
    m_reasonLabel->setText(tr("Reason (or the return's note)"));
    m_passwordLabel->setText(tr("Your password"));
    m_close->setText(tr("Close the alarm"));
    m_receive->setText(tr("Shipment received back"));
    m_destroy->setText(tr("Destroy the dose"));
    m_redispatch->setText(tr("Send the dose out again"));
}

void DispatchWatchScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_pharmacist;
    m_setup.runner.run<station::Result<station::DispatchWatchReport>>(
        this, tr("looking at the shipments"), [&ctx, who] { return station::DispatchWatch(ctx).look(who, ctx.now()); },
        [this](station::Result<station::DispatchWatchReport> report) {
            if (!report) {
                m_outcome->showRefusal(report.error());
                return;
            }
            show(*report);
        });
}

void DispatchWatchScreen::show(const station::DispatchWatchReport& report)
{
    m_shipmentTable->setRowCount(0);
    m_shipments.clear();
    for (const auto& w : report.shipments) {
        appendRow(m_shipmentTable,
                  {QString::fromStdString(w.shipment.number), stageText(w.stage), QString::number(w.doses),
                   timeText(w.shipment.createdAt), timeText(w.pickedUpAt), timeText(w.deliveredAt),
                   w.loggerImportedAt ? timeText(w.loggerImportedAt) : tr("not arrived"),
                   QString::number(w.openAlarms)});
        m_shipments.push_back(w.shipment.number);
    }
    m_alarmTable->setRowCount(0);
    m_alarms.clear();
    for (const auto& a : report.alarms) {
        if (!a.open() && !m_showClosed->isChecked())
            continue;
        const QString state = a.open()       ? tr("OPEN")
                              : a.resolution ? tr("closed: %1").arg(QString::fromStdString(a.resolution->reason))
                                             : tr("closed by the decision on the dose");
        appendRow(m_alarmTable, {timeText(a.since), messageText(a.what), QString::fromStdString(a.shipment),
                                 QString::fromStdString(a.preparation), state});
        m_alarms.push_back(a);
    }
    m_shipmentTable->resizeColumnsToContents();
    m_alarmTable->resizeColumnsToContents();
    m_alarmTable->horizontalHeader()->setStretchLastSection(true);
    const auto open = report.openAlarms();
    m_summary->setText(open == 0 ? tr("no open alarm") : tr("%n open alarm(s)", nullptr, static_cast<int>(open)));
    m_summary->setStyleSheet(open == 0 ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
}

const station::DispatchAlarm* DispatchWatchScreen::selectedAlarm() const
{
    const int row = m_alarmTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_alarms.size()))
        return nullptr;
    return &m_alarms[static_cast<std::size_t>(row)];
}

void DispatchWatchScreen::closeAlarm()
{
    const auto* alarm = selectedAlarm();
    if (!alarm) {
        m_outcome->showNeutral(tr("Choose an alarm in the list first."));
        return;
    }
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_pharmacist;
    const std::string key = alarm->key, reason = m_reason->text().trimmed().toStdString(),
                      password = m_password->text().toStdString();
    m_password->clear();
    m_setup.runner.run<station::Result<db::DispatchAlarmResolutionRecord>>(
        this, tr("closing the alarm"),
        [&ctx, who, password, key, reason] { return station::DispatchWatch(ctx).resolve(who, password, key, reason); },
        [this](station::Result<db::DispatchAlarmResolutionRecord> done) {
            if (!done) {
                m_outcome->showRefusal(done.error());
                return;
            }
            m_reason->clear();
            m_outcome->showDone(tr("Alarm closed, with your reason, in the audit trail."));
            refresh();
        });
}

void DispatchWatchScreen::receiveBack()
{
    std::string shipment;
    if (const int row = m_shipmentTable->currentRow(); row >= 0 && row < static_cast<int>(m_shipments.size()))
        shipment = m_shipments[static_cast<std::size_t>(row)];
    else if (const auto* alarm = selectedAlarm())
        shipment = alarm->shipment;
    if (shipment.empty()) {
        m_outcome->showNeutral(tr("Choose the shipment that came back first."));
        return;
    }
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_pharmacist;
    const std::string note = m_reason->text().trimmed().toStdString();
    m_setup.runner.run<station::Result<db::ShipmentReturnRecord>>(
        this, tr("receiving the shipment"),
        [&ctx, who, shipment, note] { return station::ReturnDesk(ctx).receive(who, shipment, note); },
        [this, shipment](station::Result<db::ShipmentReturnRecord> done) {
            if (!done) {
                m_outcome->showRefusal(done.error());
                return;
            }
            m_reason->clear();
            m_outcome->showDone(tr("Shipment %1 is back at the PUI: decide on each of its doses.")
                                    .arg(QString::fromStdString(shipment)));
            refresh();
        });
}

void DispatchWatchScreen::decide(db::ReturnedDoseDecisionRecord::Decision decision)
{
    const auto* alarm = selectedAlarm();
    if (!alarm || alarm->preparation.empty()) {
        m_outcome->showNeutral(tr("Choose the alarm of the dose that came back first."));
        return;
    }
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_pharmacist;
    const std::string prep = alarm->preparation, reason = m_reason->text().trimmed().toStdString(),
                      password = m_password->text().toStdString();
    m_password->clear();
    m_setup.runner.run<station::Result<db::ReturnedDoseDecisionRecord>>(
        this, tr("recording the decision"),
        [&ctx, who, password, prep, decision, reason] {
            return station::ReturnDesk(ctx).decide(who, password, prep, decision, reason);
        },
        [this, prep, decision](station::Result<db::ReturnedDoseDecisionRecord> done) {
            if (!done) {
                m_outcome->showRefusal(done.error());
                return;
            }
            m_reason->clear();
            m_outcome->showDone(decision == db::ReturnedDoseDecisionRecord::Decision::Destroy
                                    ? tr("Preparation %1: to be destroyed.").arg(QString::fromStdString(prep))
                                    : tr("Preparation %1 is released again: pack it in a new shipment.")
                                          .arg(QString::fromStdString(prep)));
            refresh();
        });
}

} // namespace prep::ui
