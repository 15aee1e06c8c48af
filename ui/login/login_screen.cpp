// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/login/login_screen.h"

#include "prep-station/workflow/user_desk.h"
#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/app/touch.h"
#include "ui/app/words.h"
#include "ui/app/workflow_runner.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prep::ui {

LoginScreen::LoginScreen(StationSetup& setup, LanguageSwitch& language, QWidget* parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_language(language)
{
    setObjectName("loginScreen");
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    outer->addLayout(column, 2);
    outer->addStretch(1);
    column->addStretch(1);
    m_title = scaledLabel("loginTitle", 2.4, this, true);
    m_site = scaledLabel("siteName", 1.1, this);
    column->addWidget(m_title);
    column->addWidget(m_site);
    auto* languages = new QHBoxLayout;
    m_french = touchButton("languageFrench", QStringLiteral("Français"), this);
    m_english = touchButton("languageEnglish", QStringLiteral("English"), this);
    for (auto* b : {m_french, m_english})
        b->setCheckable(true);
    languages->addWidget(m_french);
    languages->addWidget(m_english);
    column->addLayout(languages);
    auto* form = new QFormLayout;
    m_loginLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_login = touchField("login", this);
    m_password = touchField("password", this, true);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    column->addLayout(form);
    m_submit = touchButton("logIn", {}, this);
    column->addWidget(m_submit);

    m_changeBox = new QWidget(this);
    auto* change = new QFormLayout(m_changeBox);
    m_changeHint = new QLabel(m_changeBox);
    m_changeHint->setWordWrap(true);
    m_newPassword = touchField("newPassword", m_changeBox, true);
    m_newPasswordAgain = touchField("newPasswordAgain", m_changeBox, true);
    m_change = touchButton("changePassword", {}, m_changeBox);
    change->addRow(m_changeHint);
    change->addRow(tr("New password"), m_newPassword);
    change->addRow(tr("Once more"), m_newPasswordAgain);
    change->addRow(m_change);
    m_changeBox->setVisible(false);
    column->addWidget(m_changeBox);

    m_status = new OutcomeLine("loginStatus", this);
    column->addWidget(m_status);
    column->addStretch(2);

    connect(m_submit, &QPushButton::clicked, this, &LoginScreen::logIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::logIn);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_change, &QPushButton::clicked, this, &LoginScreen::changePassword);
    connect(m_newPasswordAgain, &QLineEdit::returnPressed, this, &LoginScreen::changePassword);
    connect(m_french, &QPushButton::clicked, this, [this] { choose(station::Language::French); });
    connect(m_english, &QPushButton::clicked, this, [this] { choose(station::Language::English); });
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_submit);
    setFocusProxy(m_login); // the station opens with the cursor in the login field
    retranslate();
}

void LoginScreen::reset()
{
    m_login->clear();
    m_password->clear();
    m_newPassword->clear();
    m_newPasswordAgain->clear();
    m_changeBox->setVisible(false);
    m_status->showNeutral({});
    m_login->setFocus();
}

void LoginScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginScreen::retranslate()
{
    m_title->setText(tr("PrepStation — preparation of doses"));
    m_site->setText(qs(m_setup.config.site.name));
    m_loginLabel->setText(tr("Login"));
    m_passwordLabel->setText(tr("Password"));
    m_submit->setText(tr("Log in"));
    m_changeHint->setText(tr("An administrator gave you this password: choose your own before you start."));
    m_change->setText(tr("Change my password and log in"));
    m_french->setChecked(m_language.current() == station::Language::French);
    m_english->setChecked(m_language.current() == station::Language::English);
}

void LoginScreen::choose(station::Language language)
{
    m_language.use(language);
    retranslate();
}

void LoginScreen::logIn()
{
    const std::string login = m_login->text().trimmed().toStdString();
    const std::string password = m_password->text().toStdString();
    if (login.empty())
        return;
    station::StationContext& ctx = m_setup.ctx;
    m_submit->setEnabled(false);
    m_status->showNeutral(tr("Checking…"));
    m_setup.runner.run<station::Result<db::Actor>>(
        this, tr("checking the password"), [&ctx, login, password] { return station::logIn(ctx, login, password); },
        [this](station::Result<db::Actor> who) {
            m_submit->setEnabled(true);
            if (!who) {
                if (who.error().kind == station::Error::Kind::PasswordChangeRequired) {
                    m_changeBox->setVisible(true);
                    m_status->showWaiting(m_changeHint->text());
                    m_newPassword->setFocus();
                    return;
                }
                m_password->clear();
                m_status->showRefusal(who.error());
                return;
            }
            m_password->clear();
            m_status->showNeutral({});
            emit loggedIn(*who);
        });
}

void LoginScreen::changePassword()
{
    if (m_newPassword->text() != m_newPasswordAgain->text()) {
        m_status->showRefusal(
            station::makeError(station::Error::Kind::Invalid, tr("the two new passwords differ").toStdString()));
        return;
    }
    const std::string login = m_login->text().trimmed().toStdString();
    const std::string current = m_password->text().toStdString();
    const std::string fresh = m_newPassword->text().toStdString();
    station::StationContext& ctx = m_setup.ctx;
    m_setup.runner.run<station::Result<db::Actor>>(
        this, tr("changing the password"),
        [&ctx, login, current, fresh]() -> station::Result<db::Actor> {
            if (auto changed = station::changeOwnPassword(ctx, login, current, fresh); !changed)
                return changed.error();
            return station::logIn(ctx, login, fresh);
        },
        [this](station::Result<db::Actor> who) {
            m_newPassword->clear();
            m_newPasswordAgain->clear();
            if (!who) {
                m_status->showRefusal(who.error());
                return;
            }
            m_password->clear();
            m_changeBox->setVisible(false);
            m_status->showNeutral({});
            emit loggedIn(*who);
        });
}

} // namespace prep::ui
