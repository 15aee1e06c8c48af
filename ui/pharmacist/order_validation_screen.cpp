// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pharmacist/order_validation_screen.h"

#include "prep-station/workflow/order_desk.h"
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
#include <QVBoxLayout>

namespace prep::ui {

OrderValidationScreen::OrderValidationScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_pharmacist(std::move(pharmacist))
{
    setObjectName("orderValidationScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("ordersHeading", 1.4, this, true);
    layout->addWidget(m_heading);
    m_orderTable = touchTable("ordersToValidate", 6, this);
    layout->addWidget(m_orderTable, 2);
    m_checksHeading = scaledLabel("checksHeading", 1.2, this, true);
    layout->addWidget(m_checksHeading);
    m_checkTable = touchTable("protocolChecks", 3, this);
    layout->addWidget(m_checkTable, 2);
    auto* form = new QFormLayout;
    m_reasonLabel = new QLabel(this);
    m_reason = touchField("overrideReason", this);
    m_passwordLabel = new QLabel(this);
    m_password = touchField("validationPassword", this, true);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_outcome = new OutcomeLine("validationOutcome", this);
    layout->addWidget(m_outcome);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_validate = touchButton("validateOrder", {}, this);
    buttons->addWidget(m_validate, 1);
    layout->addLayout(buttons);
    connect(m_orderTable, &QTableWidget::itemSelectionChanged, this, &OrderValidationScreen::loadChecks);
    connect(m_validate, &QPushButton::clicked, this, &OrderValidationScreen::validate);
    connect(m_password, &QLineEdit::returnPressed, this, &OrderValidationScreen::validate);
    retranslate();
}

void OrderValidationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderValidationScreen::retranslate()
{
    m_heading->setText(tr("Orders to validate"));
    m_checksHeading->setText(tr("Protocol checks of the selected order"));
    m_orderTable->setHorizontalHeaderLabels(
        {tr("Order"), tr("Patient"), tr("Drug"), tr("Cycle/day"), tr("Dose"), tr("Prescriber")});
    m_checkTable->setHorizontalHeaderLabels({tr("Override"), tr("Check"), tr("Result")});
    m_reasonLabel->setText(tr("Reason for the overrides"));
    m_passwordLabel->setText(tr("Your password (signature)"));
    m_validate->setText(tr("Validate the order"));
    presentOrders();
    presentChecks();
}

void OrderValidationScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<station::PharmacistWorklist>>(
        this, tr("reading the orders"), [&ctx] { return station::pharmacistWorklist(ctx); },
        [this](station::Result<station::PharmacistWorklist> list) {
            if (!list) {
                m_outcome->showRefusal(list.error());
                return;
            }
            m_orders = std::move(list->ordersToValidate);
            presentOrders();
        });
}

void OrderValidationScreen::presentOrders()
{
    QSignalBlocker quiet(m_orderTable);
    m_orderTable->setRowCount(0);
    for (const auto& item : m_orders) {
        const int row = m_orderTable->rowCount();
        m_orderTable->insertRow(row);
        const auto& o = item.order;
        m_orderTable->setItem(row, 0, new QTableWidgetItem(QString::number(o.id)));
        m_orderTable->setItem(row, 1,
                              new QTableWidgetItem(qs(item.patient.familyName + " " + item.patient.givenName + " (" +
                                                      item.patient.birthDate + ")")));
        m_orderTable->setItem(row, 2, new QTableWidgetItem(qs(o.drug + " — " + o.protocolId)));
        m_orderTable->setItem(row, 3, new QTableWidgetItem(qs(o.cycleDay)));
        m_orderTable->setItem(row, 4,
                              new QTableWidgetItem(tr("%1 (%2 mg/m², BSA %3 m²)")
                                                       .arg(mgText(o.doseMg))
                                                       .arg(decimalText(o.mgPerM2, 1))
                                                       .arg(decimalText(o.bsaM2, 2))));
        m_orderTable->setItem(row, 5, new QTableWidgetItem(qs(o.prescriber)));
    }
    m_orderTable->resizeColumnsToContents();
    m_orderTable->horizontalHeader()->setStretchLastSection(true);
    m_validate->setEnabled(!m_orders.empty());
    if (!m_orders.empty() && m_orderTable->currentRow() < 0) {
        m_orderTable->selectRow(0);
        loadChecks();
    }
    if (m_orders.empty()) {
        m_checks.clear();
        presentChecks();
    }
}

void OrderValidationScreen::loadChecks()
{
    const int row = m_orderTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_orders.size()))
        return;
    const std::int64_t orderId = m_orders[static_cast<std::size_t>(row)].order.id;
    station::StationContext& ctx = m_setup.ctx;
    const db::Actor who = m_pharmacist;
    m_setup.runner.run<station::Result<std::vector<station::ProtocolCheckResult>>>(
        this, tr("running the protocol checks"),
        [&ctx, who, orderId] { return station::OrderDesk(ctx).checks(who, orderId); },
        [this](station::Result<std::vector<station::ProtocolCheckResult>> checks) {
            if (!checks) {
                m_outcome->showRefusal(checks.error());
                return;
            }
            m_checks = std::move(*checks);
            presentChecks();
        });
}

void OrderValidationScreen::presentChecks()
{
    m_checkTable->setRowCount(0);
    for (const auto& c : m_checks) {
        const int row = m_checkTable->rowCount();
        m_checkTable->insertRow(row);
        auto* override = new QCheckBox(m_checkTable);
        override->setObjectName(QStringLiteral("override_%1").arg(qs(std::string(station::toText(c.check)))));
        override->setEnabled(c.severity == station::CheckSeverity::Warning);
        override->setMinimumSize(millimetres(this, kTargetMm), millimetres(this, kTargetMm));
        m_checkTable->setCellWidget(row, 0, override);
        m_checkTable->setItem(row, 1, new QTableWidgetItem(checkText(c.check)));
        auto* result = new QTableWidgetItem(severityText(c.severity) + " — " + messageText(c.said));
        result->setBackground(c.severity == station::CheckSeverity::Pass      ? QColor(0xe8, 0xf5, 0xe9)
                              : c.severity == station::CheckSeverity::Warning ? QColor(0xff, 0xf8, 0xe1)
                                                                              : QColor(0xff, 0xeb, 0xee));
        m_checkTable->setItem(row, 2, result);
    }
    m_checkTable->resizeColumnToContents(0);
    m_checkTable->resizeColumnToContents(1);
    m_checkTable->resizeRowsToContents();
}

void OrderValidationScreen::validate()
{
    const int row = m_orderTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_orders.size()))
        return;
    const std::int64_t orderId = m_orders[static_cast<std::size_t>(row)].order.id;
    std::vector<station::CheckOverride> overrides;
    const std::string reason = m_reason->text().trimmed().toStdString();
    for (int i = 0; i < m_checkTable->rowCount() && i < static_cast<int>(m_checks.size()); ++i) {
        auto* box = qobject_cast<QCheckBox*>(m_checkTable->cellWidget(i, 0));
        if (box && box->isChecked())
            overrides.push_back(station::CheckOverride{m_checks[static_cast<std::size_t>(i)].check, reason});
    }
    const std::string login = m_pharmacist.username;
    const std::string password = m_password->text().toStdString();
    m_password->clear();
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<db::OrderRecord>>(
        this, tr("validating the order"),
        [&ctx, orderId, login, password, overrides] {
            return station::OrderDesk(ctx).validate(orderId, login, password, overrides);
        },
        [this](station::Result<db::OrderRecord> validated) {
            if (!validated) {
                m_outcome->showRefusal(validated.error());
                loadChecks();
                return;
            }
            m_outcome->showDone(tr("Order %1 validated: the technicians can prepare it").arg(validated->id));
            m_reason->clear();
            refresh();
        });
}

} // namespace prep::ui
