// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's user accounts: the list (role, active, locked), a new account with one role, and for the account
// selected disable, enable, unlock or a new password, each with a reason (audited by the workflow). A password an
// admin gives must be changed by its owner at the next login (UserDesk decides it).
#pragma once

#include "db/user_directory.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prep::ui {

class OutcomeLine;

class UsersScreen : public QWidget
{
    Q_OBJECT

public:
    UsersScreen(StationSetup& setup, db::Actor admin, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void present();
    void create();
    QString selectedLogin() const;
    // Runs one action on the selected account with the reason typed, then shows its outcome and the list again.
    void act(const QString& what, const QString& done,
             std::function<station::Result<station::Ok>(station::StationContext&, std::string, std::string)> action);

    StationSetup& m_setup;
    db::Actor m_admin;
    std::vector<db::UserRecord> m_users;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_newHeading = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_fullName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_selectedHeading = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_reset = nullptr;
    OutcomeLine* m_outcome = nullptr;
};

} // namespace prep::ui
