// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl dose and prepctl expiry, run as a separate process the way scripts and the checker use them.
#include "tests/support/cli_run.h"
#include "tests/support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sys/wait.h>

namespace {

using prep::test::CliRun;

CliRun prepctl(const std::string& arguments)
{
    return prep::test::runCli(PREPCTL_PATH, arguments);
}

nlohmann::json jsonOf(const CliRun& run)
{
    EXPECT_EQ(run.exitCode, 0) << run.err;
    return nlohmann::json::parse(run.out, nullptr, false);
}

} // namespace

TEST(PrepctlDose, JsonHasTheContractFields)
{
    const auto j = jsonOf(prepctl("dose --drug azacitidine --height 170 --weight 70 --json"));
    ASSERT_TRUE(j.is_object());
    EXPECT_NEAR(j["bsa_m2"].get<double>(), 1.818, 0.0005);
    EXPECT_NEAR(j["dose_mg"].get<double>(), 136.4, 1e-9);
    EXPECT_NEAR(j["volume_ml"].get<double>(), 5.456, 1e-9);
    ASSERT_EQ(j["syringes"].size(), 2u);
    EXPECT_NEAR(j["syringes"][0]["volume_ml"].get<double>(), 2.728, 1e-9);
    EXPECT_NEAR(j["syringes"][1]["dose_mg"].get<double>(), 68.2, 1e-9);
    EXPECT_EQ(j["syringes"][1]["label"], "2/2");
    EXPECT_EQ(j["vials"], 2);
}

TEST(PrepctlDose, ReducedBortezomibAndTextOutput)
{
    const auto j = jsonOf(prepctl("dose --drug bortezomib --height 170 --weight 70 --mg-per-m2 0.7 --json"));
    EXPECT_NEAR(j["dose_mg"].get<double>(), 1.27, 1e-9);
    const CliRun text = prepctl("dose --drug bortezomib --height 170 --weight 70");
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("syringe 1/1"), std::string::npos) << text.out;
}

TEST(PrepctlDose, BadInputFailsWithOneLineNamingTheField)
{
    for (const auto& [args, field] : std::vector<std::pair<std::string, std::string>>{
             {"dose --drug azacitidine --height 1.70 --weight 70", "height"},
             {"dose --drug azacitidine --height 170 --weight heavy", "--weight"},
             {"dose --drug azacitidine --weight 70", "--height is required"},
             {"dose --drug paracetamol --height 170 --weight 70", "paracetamol"},
             {"dose --drug bortezomib --height 170 --weight 70 --mg-per-m2 1.5", "mg-per-m2"},
             {"dose --drug azacitidine --height 170 --weight 70 --colour red", "--colour"}}) {
        const CliRun run = prepctl(args + " --json");
        EXPECT_NE(run.exitCode, 0) << args;
        EXPECT_TRUE(run.out.empty()) << run.out; // nothing half-computed on stdout
        EXPECT_EQ(run.err.rfind("prepctl: ", 0), 0u) << run.err;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_NE(run.err.find(field), std::string::npos) << run.err;
    }
}

TEST(PrepctlExpiry, JsonHasTheContractFields)
{
    const auto j = jsonOf(prepctl("expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage 2-8C --json"));
    EXPECT_EQ(j["expiry"], "2026-11-23T18:30:00+01:00");
    EXPECT_EQ(j["rule"], "AZA-SPC-3");
    EXPECT_NE(j["source"].get<std::string>().find("S1"), std::string::npos);
    // Without --diluent-temp the product's practice applies: refrigerated WFI for Vidaza at this site.
    const auto room = jsonOf(prepctl("expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage 25C "
                                     "--diluent-temp room --json"));
    EXPECT_EQ(room["expiry"], "2026-11-22T21:15:00+01:00");
    EXPECT_EQ(room["rule"], "AZA-SPC-1");
    // Just before the October change: the offset of the expiry is the winter one.
    const auto october = jsonOf(prepctl("expiry --drug bortezomib --product velcade --prepared 2026-10-24T20:00 "
                                        "--storage 25C --json"));
    EXPECT_EQ(october["expiry"], "2026-10-25T03:00:00+01:00");
    EXPECT_EQ(october["rule"], "BTZ-SPC-1");
}

TEST(PrepctlExpiry, RefusalsAreOneLine)
{
    for (const auto& [args, part] : std::vector<std::pair<std::string, std::string>>{
             {"expiry --drug azacitidine --prepared 2026-03-29T02:30 --storage 2-8C", "does not exist"},
             {"expiry --drug azacitidine --prepared 2026-10-25T02:30 --storage 2-8C", "twice"},
             {"expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage frozen,2-8C", "SEQ-AZA-FROZEN-THAW"},
             {"expiry --drug azacitidine --product velcade --prepared 2026-11-22T20:30 --storage 2-8C", "velcade"},
             {"expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage 25C", "no validated stability data"},
             {"expiry --drug azacitidine --prepared 2026-11-22T20:30", "--storage"}}) {
        const CliRun run = prepctl(args + " --json");
        EXPECT_NE(run.exitCode, 0) << args;
        EXPECT_TRUE(run.out.empty()) << run.out;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_NE(run.err.find(part), std::string::npos) << run.err;
    }
}

TEST(PrepctlExpiry, LoggerExcursionGivesDoNotAdminister)
{
    prep::test::TempDir dir;
    const auto path = dir.file("log.csv");
    {
        std::ofstream f(path);
        f << "logger_id,LOG-7\ntimestamp,temperature_C\n";
        // 19:30Z = 20:30 Paris, the preparation; 45 min at 15 C exceeds AZA-SPC-4's 30 min.
        const char* rows[] = {"19:30:00Z,5",  "19:45:00Z,15", "20:00:00Z,15",
                              "20:15:00Z,15", "20:30:00Z,5",  "20:45:00Z,5"};
        for (const char* r : rows)
            f << "2026-11-22T" << r << "\n";
    }
    const CliRun run = prepctl("expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage 2-8C --json --logger " +
                               path.string());
    EXPECT_EQ(run.exitCode, 3);
    const auto j = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << run.out;
    EXPECT_EQ(j["cold_chain"]["status"], "do not administer");
    EXPECT_EQ(j["cold_chain"]["time_above_8c_min"], 45);
    EXPECT_NE(run.err.find("room-temperature budget"), std::string::npos) << run.err;

    std::ofstream(path) << "logger_id,LOG-7\ntimestamp,temperature_F\n2026-11-22T19:30:00Z,41\n";
    const CliRun fahrenheit =
        prepctl("expiry --drug azacitidine --prepared 2026-11-22T20:30 --storage 2-8C --logger " + path.string());
    EXPECT_NE(fahrenheit.exitCode, 0);
    EXPECT_NE(fahrenheit.err.find("line 2"), std::string::npos) << fahrenheit.err;
}
