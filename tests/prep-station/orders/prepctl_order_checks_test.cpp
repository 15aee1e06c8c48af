// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl order checks / order validate as a pharmacist uses them: each check's result (text and JSON), a warning
// refused until overridden with a reason, a hard stop that no override lifts, and the audit trail still verifying.
#include "db/database.h"
#include "db/user_directory.h"
#include "tests/support/seed_users.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace prep::station {
namespace {

struct CommandRun
{
    int code = -1;
    std::string out;
};

class PrepctlOrderChecksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file("station.sqlite").string();
        ASSERT_TRUE(test::seedUsers(m_db,
                                    {{"pharm", "Pharm (fictif)", db::Role::Pharmacist, "same-pass-2026"},
                                     {"tech", "Tech (fictif)", db::Role::Technician, "same-pass-2026"}},
                                    "same-pass-2026"));
        setenv("PREP_PASSWORD", "same-pass-2026", 1);
    }

    CommandRun prepctl(const std::string& arguments)
    {
        CommandRun r;
        const std::string command = std::string(PREPCTL_PATH) + " " + arguments + " --db '" + m_db + "' 2>'" +
                                    m_dir.file("stderr.txt").string() + "'";
        FILE* pipe = popen(command.c_str(), "r");
        if (!pipe)
            return r;
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, pipe)) > 0)
            r.out.append(buf, n);
        const int status = pclose(pipe);
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return r;
    }
    std::string lastError()
    {
        std::ifstream in(m_dir.file("stderr.txt"));
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::string addOrder(int day)
    {
        auto r = prepctl("order add --patient FICTIF-CLI-001 --name \"TESTCLI Alice\" --birth 1950-01-01 --height 170 "
                         "--weight 70 --protocol BTZ-SC-1.3 --cycle 1 --day " +
                         std::to_string(day) + " --prescriber \"Dr Test (fictif)\" --as tech --json");
        EXPECT_EQ(r.code, 0) << lastError();
        auto j = nlohmann::json::parse(r.out, nullptr, false);
        return j.is_object() ? std::to_string(j.value("order", 0)) : "0";
    }

    test::TempDir m_dir;
    std::string m_db;
};

std::map<std::string, std::string> severities(const nlohmann::json& checks)
{
    std::map<std::string, std::string> bySeverity;
    for (const auto& c : checks)
        bySeverity[c.at("check").get<std::string>()] = c.at("severity").get<std::string>();
    return bySeverity;
}

TEST_F(PrepctlOrderChecksTest, WarningOverriddenWithAReasonHardStopNot)
{
    const std::string offDay = addOrder(5); // day 5: not a bortezomib treatment day

    auto checks = prepctl("order checks " + offDay + " --as pharm --json");
    ASSERT_EQ(checks.code, 0) << lastError();
    const auto j = nlohmann::json::parse(checks.out);
    ASSERT_EQ(j.at("checks").size(), 6u);
    auto s = severities(j.at("checks"));
    EXPECT_EQ(s["cycle_day"], "warning");
    EXPECT_EQ(s["min_interval"], "pass");
    EXPECT_EQ(s["dose_level"], "pass");
    EXPECT_EQ(s["dose_vs_bsa"], "pass");
    EXPECT_EQ(s["bsa_cap"], "pass");
    EXPECT_EQ(s["duplicate"], "pass");
    auto text = prepctl("order checks " + offDay + " --as pharm");
    EXPECT_NE(text.out.find("warning\tcycle_day\tC1J5: day 5 is not a treatment day"), std::string::npos) << text.out;

    auto refused = prepctl("order validate " + offDay + " --as pharm");
    EXPECT_EQ(refused.code, 3);
    const std::string reason = lastError();
    EXPECT_NE(reason.find("warning cycle_day"), std::string::npos) << reason;
    EXPECT_EQ(std::count(reason.begin(), reason.end(), '\n'), 1) << "one line on stderr: " << reason;
    EXPECT_NE(refused.out.find("warning\tcycle_day"), std::string::npos) << refused.out;         // the checks are shown
    EXPECT_EQ(prepctl("order validate " + offDay + " --as pharm --override cycle_day").code, 2); // no reason
    EXPECT_EQ(prepctl("order validate " + offDay + " --as pharm --override dose --reason x").code, 2);
    EXPECT_EQ(prepctl("order validate " + offDay + " --as tech --override cycle_day --reason x").code, 3);

    auto validated = prepctl("order validate " + offDay +
                             " --as pharm --override cycle_day --reason \"moved from day 4, per Dr Test\" --json");
    ASSERT_EQ(validated.code, 0) << lastError();
    const auto v = nlohmann::json::parse(validated.out);
    EXPECT_EQ(v.at("status"), "validated");
    ASSERT_EQ(v.at("overrides").size(), 1u);
    EXPECT_EQ(v.at("overrides")[0].at("check"), "cycle_day");
    EXPECT_EQ(v.at("overrides")[0].at("reason"), "moved from day 4, per Dr Test");

    // The same patient, drug and day again: a duplicate, which no override lifts.
    const std::string again = addOrder(5);
    auto stop = prepctl("order validate " + again + " --as pharm --override cycle_day,duplicate --reason \"urgent\"");
    EXPECT_EQ(stop.code, 3);
    EXPECT_NE(lastError().find("hard stop duplicate"), std::string::npos) << lastError();
    auto list = prepctl("order list --status prescribed --as pharm --json");
    EXPECT_NE(list.out.find("\"order\": " + again), std::string::npos) << list.out;

    EXPECT_EQ(prepctl("audit verify").code, 0) << lastError();
}

} // namespace
} // namespace prep::station
