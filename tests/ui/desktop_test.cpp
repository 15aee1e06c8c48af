// SPDX-License-Identifier: GPL-3.0-or-later
// The station's window as a person meets it (offscreen): the login (password checked on the workflow thread), the
// area of the person's role and no other, the loud banner on simulated devices, a first login that changes an
// administrator's password, the screens in French by default and in English on request.
#include "prep-station/workflow/user_desk.h"
#include "tests/ui/ui_station.h"
#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/station_desktop.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace prep::test {
namespace {

class DesktopTest : public ::testing::Test
{
protected:
    void open(station::Language language)
    {
        m_language.use(language);
        m_desktop = std::make_unique<ui::StationDesktop>(station.setup(), m_language);
        m_desktop->resize(1280, 800);
        m_desktop->show();
    }
    template <class T> T* find(const char* name) { return child<T>(m_desktop.get(), name); }
    void logIn(const std::string& login, const std::string& password)
    {
        find<QLineEdit>("login")->setText(QString::fromStdString(login));
        find<QLineEdit>("password")->setText(QString::fromStdString(password));
        find<QPushButton>("logIn")->click();
        ASSERT_TRUE(station.runner().waitIdle());
    }

    UiStation station;
    ui::LanguageSwitch m_language;
    std::unique_ptr<ui::StationDesktop> m_desktop;
};

TEST_F(DesktopTest, EachRoleSeesItsOwnAreaAndAWrongPasswordSeesNone)
{
    open(station::Language::English);
    EXPECT_TRUE(find<QLabel>("simulatedBanner")->isVisible()); // the bench is sim://: said loudly
    logIn(kTechLogin, "wrong");
    EXPECT_EQ(m_desktop->roleArea(), nullptr);
    EXPECT_EQ(find<ui::OutcomeLine>("loginStatus")->tone(), ui::OutcomeLine::Tone::Refused);
    EXPECT_TRUE(find<QLineEdit>("password")->text().isEmpty());

    logIn(kTechLogin, kPassword);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    EXPECT_EQ(m_desktop->roleArea()->objectName(), "technicianArea");
    EXPECT_EQ(m_desktop->findChild<QWidget*>("pharmacistArea"), nullptr);
    EXPECT_TRUE(find<QLabel>("who")->text().contains("technician"));
    find<QPushButton>("logOut")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(m_desktop->roleArea(), nullptr);

    logIn(kPharmLogin, kPassword);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    EXPECT_EQ(m_desktop->roleArea()->objectName(), "pharmacistArea");
    EXPECT_EQ(m_desktop->findChild<QWidget*>("technicianArea"), nullptr);
    find<QPushButton>("logOut")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    logIn(kAuditLogin, kPassword);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    EXPECT_EQ(m_desktop->roleArea()->objectName(), "auditorArea");
    EXPECT_EQ(m_desktop->findChild<QWidget*>("adminArea"), nullptr);
    find<QPushButton>("logOut")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    logIn(kAdminLogin, kAdminPassword);
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    EXPECT_EQ(m_desktop->roleArea()->objectName(), "adminArea");
    EXPECT_EQ(m_desktop->findChild<QWidget*>("guidedPreparation"), nullptr);
}

TEST_F(DesktopTest, APasswordGivenByAnAdministratorIsChangedAtFirstLogin)
{
    {
        station::UserDesk users(station.ctx());
        ASSERT_TRUE(users.add(station.actor(kAdminLogin), "tech.nouveau", "NOUVEAU Tom (fictif)", db::Role::Technician,
                              "given-by-admin-1"));
    }
    open(station::Language::English);
    logIn("tech.nouveau", "given-by-admin-1");
    EXPECT_EQ(m_desktop->roleArea(), nullptr);
    ASSERT_TRUE(find<QLineEdit>("newPassword")->isVisible());
    find<QLineEdit>("newPassword")->setText("my-own-pass-2026");
    find<QLineEdit>("newPasswordAgain")->setText("my-own-pass-2026");
    find<QPushButton>("changePassword")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    ASSERT_NE(m_desktop->roleArea(), nullptr);
    EXPECT_TRUE(station::logIn(station.ctx(), "tech.nouveau", "my-own-pass-2026"));
}

TEST_F(DesktopTest, TheScreensSpeakFrenchByDefaultAndEnglishWhenChosenAtLogin)
{
    open(station::Language::French);
    EXPECT_EQ(find<QPushButton>("logIn")->text(), "Se connecter");
    // A refusal of the workflow (the database's authentication) reads in French too.
    logIn(kTechLogin, "wrong");
    EXPECT_TRUE(find<ui::OutcomeLine>("loginStatus")->text().contains("utilisateur inconnu ou mot de passe erroné"))
        << find<ui::OutcomeLine>("loginStatus")->text().toStdString();
    EXPECT_TRUE(find<QLabel>("simulatedBanner")->text().startsWith("APPAREILS SIMULÉS"));
    find<QPushButton>("languageEnglish")->click();
    QCoreApplication::processEvents(); // the language change reaches every widget through the event loop
    EXPECT_EQ(find<QPushButton>("logIn")->text(), "Log in");
    EXPECT_TRUE(find<QLabel>("simulatedBanner")->text().startsWith("SIMULATED DEVICES"));
    logIn(kTechLogin, kPassword);
    EXPECT_TRUE(find<QLabel>("worklistHeading")->text() == "Worklist");
    find<QPushButton>("logOut")->click();
    find<QPushButton>("languageFrench")->click();
    QCoreApplication::processEvents();
    logIn(kTechLogin, kPassword);
    EXPECT_EQ(find<QLabel>("worklistHeading")->text(), "Liste de travail");
}

// A real instrument (not sim://): one steady reading.
class BenchScale : public devices::Scale
{
public:
    devices::Result<devices::WeightReading> readNow() override
    {
        devices::WeightReading r;
        r.grams = 0.0;
        r.stable = true;
        r.readabilityG = 0.001;
        r.source = uri() + " serial=B123";
        return r;
    }
    devices::Result<devices::WeightReading> readStable(std::chrono::milliseconds) override { return readNow(); }
    devices::Result<devices::Ok> tare() override { return devices::Ok{}; }
    devices::Result<devices::Ok> zero() override { return devices::Ok{}; }
    std::string uri() const override { return "modbus-tcp://192.0.2.10:502?unit=1"; }
    std::string serialNumber() const override { return "B123"; }
};

TEST_F(DesktopTest, ARealScaleShowsNoSimulatedBanner)
{
    BenchScale scale;
    station.useScale(scale);
    open(station::Language::English);
    EXPECT_FALSE(find<QLabel>("simulatedBanner")->isVisible());
    m_desktop.reset(); // before the scale it was shown with
}

} // namespace
} // namespace prep::test
