// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/admin_area.h"

#include "ui/admin/data_files_screen.h"
#include "ui/admin/devices_screen.h"
#include "ui/admin/users_screen.h"
#include "ui/app/touch.h"

#include <QEvent>
#include <QTabBar>

namespace prep::ui {

AdminArea::AdminArea(StationSetup& setup, db::Actor admin, QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName("adminArea");
    tabBar()->setStyleSheet(touchTabStyle(this));
    m_users = new UsersScreen(setup, admin, this);
    m_devices = new DevicesScreen(setup, admin, this);
    m_data = new DataFilesScreen(setup, admin, this);
    addTab(m_users, {});
    addTab(m_devices, {});
    addTab(m_data, {});
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_users)
            m_users->refresh();
        else if (widget(index) == m_data)
            m_data->refresh();
    });
    retranslate();
    m_users->refresh();
}

void AdminArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void AdminArea::retranslate()
{
    setTabText(indexOf(m_users), tr("Users"));
    setTabText(indexOf(m_devices), tr("Devices"));
    setTabText(indexOf(m_data), tr("Data files"));
}

} // namespace prep::ui
