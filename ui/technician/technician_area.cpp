// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/technician/technician_area.h"

#include "ui/technician/guided_preparation_screen.h"
#include "ui/technician/worklist_screen.h"

namespace prep::ui {

TechnicianArea::TechnicianArea(StationSetup& setup, db::Actor technician, QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName("technicianArea");
    m_worklist = new WorklistScreen(setup, technician, this);
    m_guided = new GuidedPreparationScreen(setup, technician, this);
    addWidget(m_worklist);
    addWidget(m_guided);
    connect(m_worklist, &WorklistScreen::prepare, this, [this](std::int64_t id) {
        setCurrentWidget(m_guided);
        m_guided->open(id);
    });
    connect(m_guided, &GuidedPreparationScreen::closed, this, [this] {
        setCurrentWidget(m_worklist);
        m_worklist->refresh();
    });
    m_worklist->refresh();
}

void TechnicianArea::takeScan(const QString& code)
{
    if (currentWidget() == m_guided)
        m_guided->takeScan(code);
}

} // namespace prep::ui
