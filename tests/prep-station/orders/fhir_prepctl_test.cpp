// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl order import with FHIR R4 files, through the executable as a site's script uses it: one JSON line per
// order, exit 3 when one is refused, and the audit trail still verifying afterwards.
#include "db/database.h"
#include "db/user_directory.h"
#include "tests/support/seed_users.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sstream>

namespace prep::station {
namespace {

using CommandRun = test::ShellRun;

std::vector<nlohmann::json> jsonLines(const std::string& out)
{
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(nlohmann::json::parse(line, nullptr, false));
    return lines;
}

class FhirPrepctlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file("station.sqlite").string();
        ASSERT_TRUE(test::seedUsers(m_db, {{"tech", "Tech (fictif)", db::Role::Technician, "tech-pass-2026"}}));
        setenv("PREP_PASSWORD", "tech-pass-2026", 1);
    }

    CommandRun prepctl(const std::string& arguments)
    {
        return test::runShell(std::string(PREPCTL_PATH) + " " + arguments + " --db '" + m_db + "' 2>>'" +
                              m_dir.file("stderr.txt").string() + "'");
    }
    static std::string data(const std::string& name)
    {
        std::string quoted(PREP_FHIR_DATA);
        quoted.append("/").append(name);
        return "'" + quoted + "'";
    }

    test::TempDir m_dir;
    std::string m_db;
};

TEST_F(FhirPrepctlTest, ImportsABundleAndRefusesADrugTheSiteDoesNotPrepareByName)
{
    auto aza = prepctl("order import " + data("azacitidine-transaction.json") + " --json --as tech");
    EXPECT_EQ(aza.code, 0) << aza.out;
    auto lines = jsonLines(aza.out);
    ASSERT_EQ(lines.size(), 1u) << aza.out;
    EXPECT_EQ(lines[0]["placer"], "FHIR-ORD-2001");
    EXPECT_EQ(lines[0]["status"], "accepted");
    EXPECT_TRUE(lines[0]["order"].is_number_integer());

    // The same bundle again: the same order, exit 0.
    auto again = prepctl("order import " + data("azacitidine-transaction.json") + " --json --as tech");
    EXPECT_EQ(again.code, 0) << again.out;
    ASSERT_EQ(jsonLines(again.out).size(), 1u);
    EXPECT_EQ(jsonLines(again.out)[0]["order"], lines[0]["order"]);

    auto mtx = prepctl("order import " + data("methotrexate-not-prepared.json") + " --json --as tech");
    EXPECT_EQ(mtx.code, 3) << mtx.out;
    auto refused = jsonLines(mtx.out);
    ASSERT_EQ(refused.size(), 1u) << mtx.out;
    EXPECT_EQ(refused[0]["status"], "rejected");
    EXPECT_NE(refused[0]["reason"].get<std::string>().find("'L01BA01^M\xC3\xA9thotrexate 25 mg/mL'"),
              std::string::npos);

    auto notFhir = prepctl("order import " + data("README.md") + " --json --as tech");
    EXPECT_NE(notFhir.code, 0);
    EXPECT_EQ(prepctl("audit verify").code, 0);
}

} // namespace
} // namespace prep::station
