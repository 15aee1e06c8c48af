// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's validation of orders: the orders awaiting validation, the protocol checks of the one selected
// (passed, warnings, hard stops, with their figures), an override with a reason for each warning the pharmacist
// accepts, and the validation signed with the pharmacist's password. The checks and the refusal are the workflow's
// (OrderDesk::validate); this screen only shows them.
#pragma once

#include "prep-station/dosing/protocol_checks.h"
#include "prep-station/workflow/worklist.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class OrderValidationScreen : public QWidget
{
    Q_OBJECT

public:
    OrderValidationScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void presentOrders();
    void loadChecks();
    void presentChecks();
    void validate();

    StationSetup& m_setup;
    db::Actor m_pharmacist;
    std::vector<station::WorkItem> m_orders;
    std::vector<station::ProtocolCheckResult> m_checks;
    QLabel* m_heading = nullptr;
    QTableWidget* m_orderTable = nullptr;
    QLabel* m_checksHeading = nullptr;
    QTableWidget* m_checkTable = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_validate = nullptr;
    OutcomeLine* m_outcome = nullptr;
};

} // namespace prep::ui
