// SPDX-License-Identifier: GPL-3.0-or-later
// On a station whose scale and camera are sim:// (training, the demo), this separate window plays the technician's
// hands on the simulated bench: a reference weight, a vial and its diluent, a syringe filled on target or off by
// ±6 %, a vial or the printed label shown to the camera. A real station never shows it; the station's own window
// does not know it exists.
#pragma once

#include "prep-station/workflow/demo_bench.h"
#include "ui/app/station_setup.h"

#include <QWidget>

class QLabel;

namespace prep::ui {

class SimulatedHandsPanel : public QWidget
{
    Q_OBJECT

public:
    SimulatedHandsPanel(StationSetup& setup, station::DemoBench& bench, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Runs a gesture on the workflow thread (it may read the preparation under way); `done` names it.
    void gesture(const QString& what, std::function<station::Result<station::Ok>()> act);

    StationSetup& m_setup;
    station::DemoBench& m_bench;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace prep::ui
