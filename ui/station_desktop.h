// SPDX-License-Identifier: GPL-3.0-or-later
// The station's window: a header that always says who works, whether the station is busy, and loudly when its
// devices are simulated; the login; then the part of the station the person's role needs and
// no more. A keyboard-wedge scan is taken wherever the focus is and given to the role's screen.
#pragma once

#include "ui/app/station_setup.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace prep::ui {

class LanguageSwitch;
class LoginScreen;
class WedgeScanner;

class StationDesktop : public QMainWindow
{
    Q_OBJECT

public:
    StationDesktop(StationSetup& setup, LanguageSwitch& language, QWidget* parent = nullptr);
    ~StationDesktop() override;

    const std::optional<db::Actor>& user() const { return m_user; }
    // The role's area shown after login (null before).
    QWidget* roleArea() const { return m_area; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void enter(const db::Actor& who);
    void logOut();
    void scanned(const QString& code);
    QWidget* areaFor(const db::Actor& who);

    StationSetup& m_setup;
    LanguageSwitch& m_language;
    std::optional<db::Actor> m_user;
    QLabel* m_site = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_simulated = nullptr;
    QLabel* m_busy = nullptr;
    QPushButton* m_logout = nullptr;
    QStackedWidget* m_pages = nullptr;
    LoginScreen* m_login = nullptr;
    QWidget* m_area = nullptr;
    WedgeScanner* m_scanner = nullptr;
};

} // namespace prep::ui
