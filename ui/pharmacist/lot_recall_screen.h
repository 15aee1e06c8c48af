// SPDX-License-Identifier: GPL-3.0-or-later
// A lot recall: every preparation made from a vial lot, with its patient, status and shipment, so the pharmacist
// knows whom to call and which doses to stop. A lot can also be scanned (keyboard wedge) from a vial's DataMatrix.
#pragma once

#include "ui/app/station_setup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class LotRecallScreen : public QWidget
{
    Q_OBJECT

public:
    LotRecallScreen(StationSetup& setup, QWidget* parent = nullptr);
    // A vial's GS1 code from the scanner: its lot (10) is searched.
    void takeScan(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void search();

    StationSetup& m_setup;
    QLabel* m_heading = nullptr;
    QLabel* m_lotLabel = nullptr;
    QLineEdit* m_lot = nullptr;
    QPushButton* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    OutcomeLine* m_outcome = nullptr;
};

} // namespace prep::ui
