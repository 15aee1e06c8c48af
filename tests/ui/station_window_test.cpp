// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI driven as a person would, by object name (offscreen): log in, prepare the demo syringe step by step
// with the simulator's live weight, then release it as another pharmacist. Every button goes through the
// workflow library, so the records it leaves are the same as the CLI's.
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"
#include "ui/station_window.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>

namespace prep::ui {
namespace {

class StationWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "test_ui";
        static char* argv[] = {name, nullptr};
        // Offscreen unless the run chose a platform (ctest's postgres/ pass sets only the database's variable).
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!QApplication::instance())
            m_app = std::make_unique<QApplication>(argc, argv);
        m_store = std::make_unique<test::TestDatabase>(m_dir, "gui");
        auto ctx = station::StationContext::open(m_store->location(), m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto seeded = station::seedDemoOrder(*m_ctx);
        ASSERT_TRUE(seeded) << seeded.error().message;
        m_order = *seeded;
        auto bench = station::DemoBench::start();
        ASSERT_TRUE(bench) << bench.error().message;
        m_bench = std::move(*bench);
        m_window = std::make_unique<StationWindow>(*m_ctx, m_bench->devices(), station::DemoBench::weighingRules(),
                                                   station::DemoBench::kReferenceWeightGrams, m_bench.get(),
                                                   QString::fromStdString(m_dir.path().string()));
        m_window->show();
    }

    template <class T> T* find(const char* name)
    {
        auto* w = m_window->findChild<T*>(name);
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    void click(const char* name) { find<QPushButton>(name)->click(); }
    void type(const char* name, const std::string& text)
    {
        find<QLineEdit>(name)->setText(QString::fromStdString(text));
    }
    void logIn(const station::DemoAccount& a)
    {
        type("username", a.username);
        type("password", a.password);
        click("login");
    }
    // With PREP_UI_SCREENSHOTS=DIR set, keeps a picture of the window at each named moment (for people reviewing
    // the GUI; nothing is asserted on pixels).
    void snapshot(const char* name)
    {
        if (const char* dir = std::getenv("PREP_UI_SCREENSHOTS"))
            m_window->grab().save(QString(dir) + "/" + name + ".png");
    }
    QString lastLogLine() { return find<QPlainTextEdit>("stepLog")->toPlainText().split('\n').last(); }

    test::TempDir m_dir;
    std::unique_ptr<test::TestDatabase> m_store; // a SQLite file, or a PostgreSQL database on the postgres/ pass
    station::SystemClock m_clock;
    std::unique_ptr<QApplication> m_app;
    std::unique_ptr<station::StationContext> m_ctx;
    station::DemoOrder m_order;
    std::unique_ptr<station::DemoBench> m_bench;
    std::unique_ptr<StationWindow> m_window;
};

TEST_F(StationWindowTest, WrongPasswordIsRefusedAndSaysSo)
{
    type("username", "tech.demo");
    type("password", "not-the-password");
    click("login");
    EXPECT_TRUE(find<QLabel>("loginStatus")->text().startsWith("Refusé"));
    EXPECT_EQ(find<QStackedWidget>("pages")->currentIndex(), 0);
}

TEST_F(StationWindowTest, PrepareStepByStepThenReleaseAsAnotherPharmacist)
{
    const auto& tech = station::demoAccount(db::Role::Technician);
    logIn(tech);
    auto* worklist = find<QTableWidget>("worklist");
    ASSERT_GE(worklist->rowCount(), 1);
    worklist->selectRow(0);
    const auto id = worklist->item(0, 0)->data(Qt::UserRole).toLongLong();
    click("prepare");
    ASSERT_TRUE(m_window->currentPreparation());

    snapshot("1-preparation");
    click("simReference");
    click("dailyCheck");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    // The live weight shows the simulator's reading and its sim:// source.
    m_window->refreshLiveWeight();
    EXPECT_TRUE(find<QLabel>("liveWeight")->text().contains("sim://"));
    click("simClear");
    click("simVial");
    click("scanVial");
    EXPECT_TRUE(lastLogLine().contains("(01)")) << lastLogLine().toStdString();
    click("simVialOnPan");
    click("weighVialBefore");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    click("simDiluent");
    click("weighVialAfter");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    click("simEmpty");
    click("weighTare");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    click("simFill");
    click("weighFilled");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    click("assignExpiry");
    EXPECT_TRUE(lastLogLine().contains("DLU")) << lastLogLine().toStdString();
    click("printLabel");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    // Signing is allowed now, but release will want the camera read-back too: the technician shows the label.
    click("simLabel");
    click("cameraReadBack");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    EXPECT_TRUE(lastLogLine().contains("(7003)")) << lastLogLine().toStdString();
    type("signPassword", tech.password);
    click("complete");
    EXPECT_TRUE(lastLogLine().startsWith("✔")) << lastLogLine().toStdString();
    m_window->refreshLiveWeight();
    snapshot("2-prepared");
    auto prep = m_ctx->preparations().get(id);
    ASSERT_TRUE(prep);
    EXPECT_EQ(prep->status, db::PreparationStatus::Prepared);

    click("backToWorklist");
    click("logout");
    const auto& releaser = station::demoAccount(db::Role::Pharmacist, 1);
    logIn(releaser);
    for (int row = 0; row < worklist->rowCount(); ++row)
        if (worklist->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            worklist->selectRow(row);
    click("review");
    snapshot("3-review");
    EXPECT_TRUE(find<QPlainTextEdit>("reviewText")->toPlainText().contains("Aucun obstacle"));
    type("releaseUser", releaser.username);
    type("releasePassword", releaser.password);
    click("release");
    EXPECT_TRUE(find<QLabel>("releaseStatus")->text().contains("libérée"))
        << find<QLabel>("releaseStatus")->text().toStdString();
    prep = m_ctx->preparations().get(id);
    ASSERT_TRUE(prep);
    EXPECT_EQ(prep->status, db::PreparationStatus::Released);
}

TEST_F(StationWindowTest, ThePreparerCannotReleaseTheirOwnWork)
{
    const auto& tech = station::demoAccount(db::Role::Technician);
    logIn(tech);
    click("review");
    type("releaseUser", tech.username);
    type("releasePassword", tech.password);
    click("release");
    EXPECT_TRUE(find<QLabel>("releaseStatus")->text().startsWith("Refusé"));
}

} // namespace
} // namespace prep::ui

namespace prep::ui {
namespace {

// A station configured with real devices shows no simulated bench: nobody can put a virtual syringe on a real
// scale, and the status bar names the configured devices.
TEST_F(StationWindowTest, ARealStationShowsNoSimulatedBench)
{
    EXPECT_FALSE(find<QWidget>("simulatedBench")->isHidden()); // the demo bench: sim:// devices
    devices::SimulatedCamera camera("real-stand-in");
    StationWindow real(*m_ctx, station::IsolatorDevices{m_bench->scale(), camera, m_bench->reader()},
                       station::WeighingRules{}, 10.0, nullptr, QString::fromStdString(m_dir.path().string()));
    real.show();
    auto* panel = real.findChild<QWidget*>("simulatedBench");
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isHidden());
}

} // namespace
} // namespace prep::ui
