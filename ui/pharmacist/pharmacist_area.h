// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's part of the station: orders to validate, doses to decide on and release, lot recall, and the
// watch over what left the PUI.
#pragma once

#include "ui/app/station_setup.h"

#include <QTabWidget>

namespace prep::ui {

class DispatchWatchScreen;
class LotRecallScreen;
class OrderValidationScreen;
class ReleaseScreen;

class PharmacistArea : public QTabWidget
{
    Q_OBJECT

public:
    PharmacistArea(StationSetup& setup, db::Actor pharmacist, QWidget* parent = nullptr);
    // A keyboard-wedge scan of a vial: its lot is traced.
    void takeScan(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    OrderValidationScreen* m_orders = nullptr;
    ReleaseScreen* m_release = nullptr;
    LotRecallScreen* m_recall = nullptr;
    DispatchWatchScreen* m_watch = nullptr;
};

} // namespace prep::ui
