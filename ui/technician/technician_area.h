// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's part of the station: the worklist, and the guided preparation of the syringe chosen in it.
#pragma once

#include "ui/app/station_setup.h"

#include <QStackedWidget>

namespace prep::ui {

class GuidedPreparationScreen;
class WorklistScreen;

class TechnicianArea : public QStackedWidget
{
    Q_OBJECT

public:
    TechnicianArea(StationSetup& setup, db::Actor technician, QWidget* parent = nullptr);
    // A keyboard-wedge scan: the guided screen takes it when it is shown.
    void takeScan(const QString& code);

private:
    WorklistScreen* m_worklist = nullptr;
    GuidedPreparationScreen* m_guided = nullptr;
};

} // namespace prep::ui
