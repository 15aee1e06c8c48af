// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station_desktop.h"

#include "ui/admin/admin_area.h"
#include "ui/app/language.h"
#include "ui/app/touch.h"
#include "ui/app/wedge_scanner.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"
#include "ui/auditor/auditor_area.h"
#include "ui/login/login_screen.h"
#include "ui/pharmacist/pharmacist_area.h"
#include "ui/technician/technician_area.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace prep::ui {

StationDesktop::StationDesktop(StationSetup& setup, LanguageSwitch& language, QWidget* parent)
    : QMainWindow(parent)
    , m_setup(setup)
    , m_language(language)
{
    setObjectName("stationDesktop");
    setFont(stationFont());
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_simulated = scaledLabel("simulatedBanner", 1.2, central, true);
    m_simulated->setAlignment(Qt::AlignCenter);
    m_simulated->setStyleSheet("background:#b71c1c;color:white;padding:6px;");
    m_simulated->setVisible(setup.simulatedScale());
    layout->addWidget(m_simulated);

    auto* header = new QWidget(central);
    header->setObjectName("header");
    header->setStyleSheet("#header{background:#eceff1;border-bottom:1px solid #b0bec5;}");
    auto* bar = new QHBoxLayout(header);
    m_site = scaledLabel("headerSite", 1.0, header, true);
    m_site->setWordWrap(false);
    m_who = scaledLabel("who", 1.0, header);
    m_busy = scaledLabel("busyState", 0.9, header);
    m_logout = touchButton("logOut", {}, header);
    m_logout->setVisible(false);
    bar->addWidget(m_site);
    bar->addWidget(m_who, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_logout);
    layout->addWidget(header);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName("pages");
    m_login = new LoginScreen(setup, language, m_pages);
    m_pages->addWidget(m_login);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_login, &LoginScreen::loggedIn, this, &StationDesktop::enter);
    m_login->setFocus();
    connect(m_logout, &QPushButton::clicked, this, &StationDesktop::logOut);
    connect(&setup.runner, &WorkflowRunner::busyChanged, this,
            [this](bool busy, const QString& what) { m_busy->setText(busy ? "⏳ " + what : QString()); });
    m_scanner = new WedgeScanner(this);
    qApp->installEventFilter(m_scanner);
    connect(m_scanner, &WedgeScanner::scanned, this, &StationDesktop::scanned);
    retranslate();
}

StationDesktop::~StationDesktop()
{
    qApp->removeEventFilter(m_scanner);
}

void StationDesktop::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void StationDesktop::retranslate()
{
    setWindowTitle(tr("PrepStation — %1").arg(qs(m_setup.config.site.name)));
    m_site->setText(qs(m_setup.config.site.name));
    m_simulated->setText(tr("SIMULATED DEVICES (sim://) — training only, never for a patient's dose"));
    m_logout->setText(tr("Log out"));
    m_who->setText(m_user ? tr("%1 — %2").arg(qs(m_user->fullName), roleText(m_user->role)) : tr("Nobody logged in"));
}

QWidget* StationDesktop::areaFor(const db::Actor& who)
{
    switch (who.role) {
    case db::Role::Technician:
        return new TechnicianArea(m_setup, who, m_pages);
    case db::Role::Pharmacist:
        return new PharmacistArea(m_setup, who, m_pages);
    case db::Role::Auditor:
        return new AuditorArea(m_setup, who, m_pages);
    case db::Role::Admin:
        return new AdminArea(m_setup, who, m_pages);
    case db::Role::Courier:
    case db::Role::Nurse:
        break;
    }
    auto* none = scaledLabel("noStationRole", 1.4, m_pages);
    none->setAlignment(Qt::AlignCenter);
    none->setText(tr("Couriers and nurses record handovers and administrations on their phones (the station's web "
                     "service): there is nothing for your role at the isolator."));
    return none;
}

void StationDesktop::enter(const db::Actor& who)
{
    m_user = who;
    m_area = areaFor(who);
    m_pages->addWidget(m_area);
    m_pages->setCurrentWidget(m_area);
    m_logout->setVisible(true);
    retranslate();
}

void StationDesktop::logOut()
{
    if (m_area) {
        m_pages->removeWidget(m_area);
        m_area->deleteLater();
        m_area = nullptr;
    }
    m_user.reset();
    m_logout->setVisible(false);
    m_login->reset();
    m_pages->setCurrentWidget(m_login);
    retranslate();
}

void StationDesktop::scanned(const QString& code)
{
    if (auto* technician = qobject_cast<TechnicianArea*>(m_area))
        technician->takeScan(code);
    else if (auto* pharmacist = qobject_cast<PharmacistArea*>(m_area))
        pharmacist->takeScan(code);
}

} // namespace prep::ui
