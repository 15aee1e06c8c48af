// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/user_directory.h"
#include "db/weighing_repository.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

using namespace prep;

namespace {

struct Run
{
    int code = -1;
    std::string output; // stdout and stderr
};

Run run(const std::string& arguments)
{
    const test::ShellRun r = test::runShell(std::string(PREPCTL_PATH) + " " + arguments + " 2>&1");
    return {r.code, r.out};
}

class PrepctlAuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file("station.sqlite").string();
        auto database = db::Database::open(path);
        ASSERT_TRUE(database);
        db::UserDirectory users(**database, db::PasswordHashCost::minimal());
        auto admin = users.bootstrapAdmin("admin", "Alice Admin", "correct horse 42", db::UtcTime{});
        ASSERT_TRUE(admin);
        db::WeighingRecord w;
        w.step = "daily_check";
        w.grams = 100.0001;
        w.stable = true;
        w.readabilityG = 0.0001;
        w.source = "sim://scale serial=SIM-1";
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(db::WeighingRepository(**database).add(*admin, db::UtcTime{std::chrono::seconds{i + 1}}, w));
    }
    void tamper(const std::string& sqlText)
    {
        ASSERT_EQ(std::system(("sqlite3 '" + path + "' \"" + sqlText + "\"").c_str()), 0);
    }
    test::TempDir dir;
    std::string path;
};

} // namespace

TEST_F(PrepctlAuditTest, IntactTrailExitsZero)
{
    auto r = run("audit verify --db '" + path + "'");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("intact: 4 entries"), std::string::npos) << r.output;
}

TEST_F(PrepctlAuditTest, EditedWeighingFailsNamingTheEntry)
{
    tamper("UPDATE weighing SET grams = 99.0 WHERE id = 2");
    auto r = run("audit verify --db '" + path + "'");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("broken at entry 3: weighing 2 differs"), std::string::npos) << r.output;
    auto j = run("audit verify --json --db '" + path + "'");
    EXPECT_EQ(j.code, 1);
    EXPECT_NE(j.output.find("\"intact\": false"), std::string::npos) << j.output;
    EXPECT_NE(j.output.find("\"first_broken_seq\": 3"), std::string::npos) << j.output;
}

TEST_F(PrepctlAuditTest, MissingDatabaseIsAnErrorNotANewFile)
{
    auto r = run("audit verify --db '" + dir.file("nope.sqlite").string() + "'");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("no database at"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir.file("nope.sqlite")));
}

TEST_F(PrepctlAuditTest, BackupRestoresAndATamperedBackupIsRefused)
{
    const std::string copy = dir.file("copy.sqlite").string();
    auto b = run("backup --out '" + copy + "' --db '" + path + "'");
    ASSERT_EQ(b.code, 0) << b.output;
    tamper("DELETE FROM weighing WHERE id = 1");
    EXPECT_EQ(run("audit verify --db '" + path + "'").code, 1);
    auto restored = run("restore --from '" + copy + "' --db '" + path + "'");
    ASSERT_EQ(restored.code, 0) << restored.output;
    EXPECT_EQ(run("audit verify --db '" + path + "'").code, 0);

    ASSERT_EQ(std::system(("sqlite3 '" + copy + "' \"UPDATE audit_log SET reason = 'x' WHERE seq = 2\"").c_str()), 0);
    auto refused = run("restore --from '" + copy + "' --db '" + path + "'");
    EXPECT_NE(refused.code, 0);
    EXPECT_NE(refused.output.find("audit trail is broken"), std::string::npos) << refused.output;
}
