// SPDX-License-Identifier: GPL-3.0-or-later
// The PUI's view of what left it (the DispatchWatch): the shipments on their way and every alarm about them. An
// alarm stays on the list until the pharmacist closes it with a reason and their password; a dose back at the PUI
// is decided (destroyed or sent out again); a shipment that came back is received here.
#pragma once

#include "prep-station/workflow/dispatch_watch.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace prep::ui {

class OutcomeLine;

class DispatchWatchScreen : public QWidget
{
    Q_OBJECT

public:
    DispatchWatchScreen(StationSetup& setup, db::Actor pharmacist, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show(const station::DispatchWatchReport& report);
    const station::DispatchAlarm* selectedAlarm() const;
    void closeAlarm();
    void receiveBack();
    void decide(db::ReturnedDoseDecisionRecord::Decision decision);

    StationSetup& m_setup;
    db::Actor m_pharmacist;
    std::vector<station::DispatchAlarm> m_alarms; // as listed, row by row
    std::vector<std::string> m_shipments;         // as listed, row by row
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_shipmentsLabel = nullptr;
    QTableWidget* m_shipmentTable = nullptr;
    QLabel* m_alarmsLabel = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QTableWidget* m_alarmTable = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_destroy = nullptr;
    QPushButton* m_redispatch = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace prep::ui
