// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pharmacist/pharmacist_area.h"

#include "ui/app/touch.h"
#include "ui/pharmacist/dispatch_watch_screen.h"
#include "ui/pharmacist/lot_recall_screen.h"
#include "ui/pharmacist/order_validation_screen.h"
#include "ui/pharmacist/release_screen.h"

#include <QEvent>
#include <QTabBar>

namespace prep::ui {

PharmacistArea::PharmacistArea(StationSetup& setup, db::Actor pharmacist, QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName("pharmacistArea");
    tabBar()->setStyleSheet(touchTabStyle(this)); // tabs a gloved finger can hit
    m_orders = new OrderValidationScreen(setup, pharmacist, this);
    m_release = new ReleaseScreen(setup, pharmacist, this);
    m_recall = new LotRecallScreen(setup, this);
    m_watch = new DispatchWatchScreen(setup, pharmacist, this);
    addTab(m_orders, {});
    addTab(m_release, {});
    addTab(m_recall, {});
    addTab(m_watch, {});
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_orders)
            m_orders->refresh();
        else if (widget(index) == m_release)
            m_release->refresh();
        else if (widget(index) == m_watch)
            m_watch->refresh();
    });
    retranslate();
    m_orders->refresh();
}

void PharmacistArea::takeScan(const QString& code)
{
    setCurrentWidget(m_recall);
    m_recall->takeScan(code);
}

void PharmacistArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void PharmacistArea::retranslate()
{
    setTabText(indexOf(m_orders), tr("Orders to validate"));
    setTabText(indexOf(m_release), tr("Decide and release"));
    setTabText(indexOf(m_recall), tr("Lot recall"));
    setTabText(indexOf(m_watch), tr("Dispatch watch"));
}

} // namespace prep::ui
