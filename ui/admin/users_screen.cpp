// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/users_screen.h"

#include "prep-station/workflow/user_desk.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/touch_table.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prep::ui {

namespace {

constexpr db::Role kRoles[] = {db::Role::Technician, db::Role::Pharmacist, db::Role::Courier,
                               db::Role::Nurse,      db::Role::Auditor,    db::Role::Admin};

} // namespace

UsersScreen::UsersScreen(StationSetup& setup, db::Actor admin, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_admin(std::move(admin))
{
    setObjectName("usersScreen");
    auto* layout = new QVBoxLayout(this);
    m_heading = scaledLabel("usersHeading", 1.6, this, true);
    layout->addWidget(m_heading);
    m_table = touchTable("users", 5, this);
    layout->addWidget(m_table, 1);

    auto* forms = new QHBoxLayout;
    auto* create = new QVBoxLayout;
    m_newHeading = scaledLabel("newUserHeading", 1.2, this, true);
    create->addWidget(m_newHeading);
    m_login = touchField("newLogin", this);
    m_fullName = touchField("newFullName", this);
    m_role = new QComboBox(this);
    m_role->setObjectName("newRole");
    m_role->setFont(stationFont());
    m_role->setMinimumHeight(millimetres(this, kTargetMm));
    for (const db::Role role : kRoles)
        m_role->addItem(QString(), static_cast<int>(role));
    m_password = touchField("newPassword", this, true);
    m_create = touchButton("createUser", {}, this);
    for (QWidget* w : std::initializer_list<QWidget*>{m_login, m_fullName, m_role, m_password, m_create})
        create->addWidget(w);
    create->addStretch();
    forms->addLayout(create, 1);

    auto* selected = new QVBoxLayout;
    m_selectedHeading = scaledLabel("selectedUserHeading", 1.2, this, true);
    selected->addWidget(m_selectedHeading);
    m_reason = touchField("reason", this);
    selected->addWidget(m_reason);
    auto* grid = new QGridLayout;
    m_disable = touchButton("disableUser", {}, this);
    m_enable = touchButton("enableUser", {}, this);
    m_unlock = touchButton("unlockUser", {}, this);
    grid->addWidget(m_disable, 0, 0);
    grid->addWidget(m_enable, 0, 1);
    grid->addWidget(m_unlock, 0, 2);
    selected->addLayout(grid);
    m_newPassword = touchField("resetPasswordField", this, true);
    m_reset = touchButton("resetPassword", {}, this);
    selected->addWidget(m_newPassword);
    selected->addWidget(m_reset);
    selected->addStretch();
    forms->addLayout(selected, 1);
    layout->addLayout(forms);
    m_outcome = new OutcomeLine("usersOutcome", this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);

    connect(m_create, &QPushButton::clicked, this, &UsersScreen::create);
    connect(m_disable, &QPushButton::clicked, this, [this] {
        act(tr("disabling the account"), tr("Account %1 disabled."),
            [admin = m_admin](station::StationContext& ctx, std::string login, std::string reason) {
                return station::UserDesk(ctx).disable(admin, login, reason);
            });
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        act(tr("enabling the account"), tr("Account %1 enabled."),
            [admin = m_admin](station::StationContext& ctx, std::string login, std::string reason) {
                return station::UserDesk(ctx).enable(admin, login, reason);
            });
    });
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        act(tr("unlocking the account"), tr("Account %1 unlocked."),
            [admin = m_admin](station::StationContext& ctx, std::string login, std::string reason) {
                return station::UserDesk(ctx).unlock(admin, login, reason);
            });
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const std::string password = m_newPassword->text().toStdString();
        m_newPassword->clear();
        act(tr("setting a new password"), tr("New password set for %1: it must be changed at the next login."),
            [admin = m_admin, password](station::StationContext& ctx, std::string login, std::string reason) {
                return station::UserDesk(ctx).setPassword(admin, login, password, reason);
            });
    });
    retranslate();
}

void UsersScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersScreen::retranslate()
{
    m_heading->setText(tr("User accounts"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Active"), tr("Locked")});
    m_newHeading->setText(tr("New account"));
    m_login->setPlaceholderText(tr("Login (e.g. tech.dupont)"));
    m_fullName->setPlaceholderText(tr("Full name"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleText(static_cast<db::Role>(m_role->itemData(i).toInt())));
    m_password->setPlaceholderText(tr("First password (changed at first login)"));
    m_create->setText(tr("Create account"));
    m_selectedHeading->setText(tr("Selected account"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_disable->setText(tr("Disable"));
    m_enable->setText(tr("Enable"));
    m_unlock->setText(tr("Unlock"));
    m_newPassword->setPlaceholderText(tr("New password (changed at next login)"));
    m_reset->setText(tr("Set new password"));
    present();
}

void UsersScreen::refresh()
{
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<std::vector<db::UserRecord>>>(
        this, tr("reading the accounts"), [&ctx, admin = m_admin] { return station::UserDesk(ctx).list(admin); },
        [this](station::Result<std::vector<db::UserRecord>> users) {
            if (!users) {
                m_outcome->showRefusal(users.error());
                return;
            }
            m_users = std::move(*users);
            present();
        });
}

void UsersScreen::present()
{
    const QString keep = selectedLogin();
    m_table->setRowCount(0);
    for (const auto& u : m_users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(qs(u.username)));
        m_table->setItem(row, 1, new QTableWidgetItem(qs(u.fullName)));
        m_table->setItem(row, 2, new QTableWidgetItem(roleText(u.role)));
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("yes") : tr("no (disabled)")));
        m_table->setItem(row, 4, new QTableWidgetItem(u.locked ? tr("LOCKED") : tr("no")));
        if (qs(u.username) == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QString UsersScreen::selectedLogin() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return {};
    return m_table->item(row, 0)->text();
}

void UsersScreen::create()
{
    station::StationContext& ctx = m_setup.ctx;
    const std::string login = m_login->text().trimmed().toStdString();
    const std::string fullName = m_fullName->text().trimmed().toStdString();
    const auto role = static_cast<db::Role>(m_role->currentData().toInt());
    const std::string password = m_password->text().toStdString();
    m_password->clear();
    m_setup.runner.run<station::Result<db::Actor>>(
        this, tr("creating the account"),
        [&ctx, admin = m_admin, login, fullName, role, password] {
            return station::UserDesk(ctx).add(admin, login, fullName, role, password);
        },
        [this](station::Result<db::Actor> added) {
            if (!added) {
                m_outcome->showRefusal(added.error());
                return;
            }
            m_outcome->showDone(
                tr("Account %1 created: its password must be changed at the first login.").arg(qs(added->username)));
            m_login->clear();
            m_fullName->clear();
            refresh();
        });
}

void UsersScreen::act(
    const QString& what, const QString& done,
    std::function<station::Result<station::Ok>(station::StationContext&, std::string, std::string)> action)
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        m_outcome->showRefusal(
            station::makeError(station::Error::Kind::Invalid, tr("Select an account first.").toStdString()));
        return;
    }
    station::StationContext& ctx = m_setup.ctx;
    const std::string reason = m_reason->text().trimmed().toStdString();
    m_setup.runner.run<station::Result<station::Ok>>(
        this, what, [&ctx, action, login = login.toStdString(), reason] { return action(ctx, login, reason); },
        [this, done, login](station::Result<station::Ok> result) {
            if (!result) {
                m_outcome->showRefusal(result.error());
                return;
            }
            m_outcome->showDone(done.arg(login));
            m_reason->clear();
            refresh();
        });
}

} // namespace prep::ui
