// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's screens, offscreen, driven by object name: accounts created, disabled and given a new password (then
// tried at login); station.json edited through the form (a bad URI refused naming the field, the file unchanged; a
// good form written with a .bak); the simulated scale probed live; the data files listed.
#include "tests/ui/ui_station.h"

#include "prep-station/workflow/user_desk.h"
#include "ui/admin/data_files_screen.h"
#include "ui/admin/devices_screen.h"
#include "ui/admin/users_screen.h"
#include "ui/app/outcome_line.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <fstream>
#include <sstream>

namespace prep::test {
namespace {

std::string slurp(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool selectLogin(QTableWidget* table, const QString& login)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == login) {
            table->setCurrentCell(r, 0);
            return true;
        }
    return false;
}

TEST(AdminScreens, ACreatedUserMustChangePasswordAndADisabledOneCannotLogIn)
{
    UiStation station;
    ui::UsersScreen screen(station.setup(), station.actor(kAdminLogin));
    screen.refresh();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = child<QTableWidget>(&screen, "users");
    EXPECT_GE(table->rowCount(), 5);

    child<QLineEdit>(&screen, "newLogin")->setText("tech.bernard");
    child<QLineEdit>(&screen, "newFullName")->setText("BERNARD Chloé (fictif)");
    auto* role = child<QComboBox>(&screen, "newRole");
    role->setCurrentIndex(role->findData(static_cast<int>(db::Role::Technician)));
    child<QLineEdit>(&screen, "newPassword")->setText("given-by-admin-2026");
    child<QPushButton>(&screen, "createUser")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* outcome = child<ui::OutcomeLine>(&screen, "usersOutcome");
    ASSERT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Done) << outcome->text().toStdString();
    ASSERT_TRUE(selectLogin(table, "tech.bernard"));

    auto& ctx = station.ctx();
    // The admin's password gets them no further than changing it.
    EXPECT_FALSE(station::logIn(ctx, "tech.bernard", "given-by-admin-2026"));
    ASSERT_TRUE(station::changeOwnPassword(ctx, "tech.bernard", "given-by-admin-2026", "bernard-own-2026"));
    auto in = station::logIn(ctx, "tech.bernard", "bernard-own-2026");
    ASSERT_TRUE(in) << in.error().message;
    EXPECT_EQ(in->role, db::Role::Technician);

    child<QLineEdit>(&screen, "reason")->setText("left the unit");
    child<QPushButton>(&screen, "disableUser")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Done) << outcome->text().toStdString();
    EXPECT_FALSE(station::logIn(ctx, "tech.bernard", "bernard-own-2026"));

    // A new password for an existing account: given by the admin, so changed at the next login.
    ASSERT_TRUE(selectLogin(table, kTechLogin));
    child<QLineEdit>(&screen, "reason")->setText("forgotten");
    child<QLineEdit>(&screen, "resetPasswordField")->setText("reset-by-admin-2026");
    child<QPushButton>(&screen, "resetPassword")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Done) << outcome->text().toStdString();
    EXPECT_FALSE(station::logIn(ctx, kTechLogin, kPassword));
    EXPECT_FALSE(station::logIn(ctx, kTechLogin, "reset-by-admin-2026"));
    EXPECT_TRUE(station::changeOwnPassword(ctx, kTechLogin, "reset-by-admin-2026", "martin-own-2026"));
}

class DevicesForm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        file = station.dir() / "station.json";
        std::ofstream(file) << station::StationConfig::simulatedTemplate(station.dir());
        auto config = station::StationConfig::load(file);
        ASSERT_TRUE(config) << config.error().message;
        station.setup().config = *config;
        original = slurp(file);
    }

    UiStation station;
    std::filesystem::path file;
    std::string original;
};

TEST_F(DevicesForm, ABadUriIsRefusedNamingTheFieldAndTheFileIsUnchanged)
{
    ui::DevicesScreen screen(station.setup(), station.actor(kAdminLogin));
    EXPECT_EQ(child<QLineEdit>(&screen, "scaleUri")->text(), "sim://");
    child<QLineEdit>(&screen, "scaleUri")->setText("http://scale.local");
    child<QPushButton>(&screen, "saveDevices")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* outcome = child<ui::OutcomeLine>(&screen, "devicesOutcome");
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Refused);
    EXPECT_TRUE(outcome->text().contains("scale.uri")) << outcome->text().toStdString();
    EXPECT_EQ(slurp(file), original);
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".bak"));
}

TEST_F(DevicesForm, AGoodFormIsWrittenKeepingThePreviousFile)
{
    ui::DevicesScreen screen(station.setup(), station.actor(kAdminLogin));
    child<QLineEdit>(&screen, "referenceWeight")->setText("20");
    child<QLineEdit>(&screen, "scaleAsset")->setText("BAL-ISO-02");
    child<QComboBox>(&screen, "language")->setCurrentIndex(1);
    child<QPushButton>(&screen, "saveDevices")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* outcome = child<ui::OutcomeLine>(&screen, "devicesOutcome");
    ASSERT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Done) << outcome->text().toStdString();
    auto saved = station::StationConfig::load(file);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_DOUBLE_EQ(saved->scale.referenceWeightG, 20.0);
    EXPECT_EQ(saved->scale.asset, "BAL-ISO-02");
    EXPECT_EQ(saved->language, station::Language::English);
    EXPECT_EQ(saved->site.name, station.setup().config.site.name) << "the site is kept";
    EXPECT_EQ(slurp(file.string() + ".bak"), original);
}

TEST_F(DevicesForm, TestingTheSimulatedScaleShowsAReading)
{
    ui::DevicesScreen screen(station.setup(), station.actor(kAdminLogin));
    child<QPushButton>(&screen, "testScale")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    const QString found = child<QLabel>(&screen, "scaleProbe")->text();
    EXPECT_TRUE(found.contains("stable reading")) << found.toStdString();
    EXPECT_TRUE(found.contains(" g")) << found.toStdString();
    EXPECT_TRUE(found.contains("SIMULATED")) << found.toStdString();

    child<QPushButton>(&screen, "testEvidence")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_TRUE(child<QLabel>(&screen, "evidenceProbe")->text().contains("writable"));
}

TEST(AdminScreens, DataFilesShowVersionsOriginsAndSources)
{
    UiStation station;
    ui::DataFilesScreen screen(station.setup(), station.actor(kAdminLogin));
    screen.refresh();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = child<QTableWidget>(&screen, "dataFiles");
    ASSERT_GE(table->rowCount(), 6);
    int stability = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == "stability.csv")
            stability = r;
    ASSERT_GE(stability, 0);
    EXPECT_EQ(table->item(stability, 1)->text(), "2026-11-22.1");
    EXPECT_EQ(table->item(stability, 3)->toolTip().size(), 64) << "the full SHA-256";
    table->setCurrentCell(stability, 0);
    EXPECT_TRUE(child<QWidget>(&screen, "dataSources")->property("plainText").toString().contains("•"));
}

} // namespace
} // namespace prep::test
