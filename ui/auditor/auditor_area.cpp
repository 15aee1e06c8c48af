// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditor/auditor_area.h"

#include "ui/app/touch.h"
#include "ui/auditor/audit_verify_screen.h"
#include "ui/auditor/trace_screen.h"

#include <QEvent>
#include <QTabBar>

namespace prep::ui {

AuditorArea::AuditorArea(StationSetup& setup, db::Actor auditor, QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName("auditorArea");
    tabBar()->setStyleSheet(touchTabStyle(this));
    m_trace = new TraceScreen(setup, auditor, this);
    m_verify = new AuditVerifyScreen(setup, auditor, this);
    addTab(m_trace, {});
    addTab(m_verify, {});
    retranslate();
}

void AuditorArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void AuditorArea::retranslate()
{
    setTabText(indexOf(m_trace), tr("Trace"));
    setTabText(indexOf(m_verify), tr("Audit trail"));
}

} // namespace prep::ui
