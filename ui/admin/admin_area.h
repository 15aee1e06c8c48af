// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's part of the station: users, devices (station.json through a form, each device tested live)
// and the clinical data files loaded, with their versions and sources.
#pragma once

#include "ui/app/station_setup.h"

#include <QTabWidget>

namespace prep::ui {

class DataFilesScreen;
class DevicesScreen;
class UsersScreen;

class AdminArea : public QTabWidget
{
    Q_OBJECT

public:
    AdminArea(StationSetup& setup, db::Actor admin, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    UsersScreen* m_users = nullptr;
    DevicesScreen* m_devices = nullptr;
    DataFilesScreen* m_data = nullptr;
};

} // namespace prep::ui
