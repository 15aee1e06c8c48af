// SPDX-License-Identifier: GPL-3.0-or-later
// Who works at the station: login and password (checked on the workflow thread: Argon2id takes its time), the
// language of the screens (French by default, English), and the change of a password an administrator gave before
// the first login.
#pragma once

#include "prep-station/config/station_config.h"
#include "ui/app/station_setup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prep::ui {

class LanguageSwitch;
class OutcomeLine;

class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    LoginScreen(StationSetup& setup, LanguageSwitch& language, QWidget* parent = nullptr);
    // Empties the fields (after a logout) and puts the focus on the login.
    void reset();

signals:
    void loggedIn(const db::Actor& who);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void logIn();
    void changePassword();
    void choose(station::Language language);

    StationSetup& m_setup;
    LanguageSwitch& m_language;
    QLabel* m_title = nullptr;
    QLabel* m_site = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_french = nullptr;
    QPushButton* m_english = nullptr;
    QWidget* m_changeBox = nullptr;
    QLabel* m_changeHint = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_newPasswordAgain = nullptr;
    QPushButton* m_change = nullptr;
    OutcomeLine* m_status = nullptr;
};

} // namespace prep::ui
