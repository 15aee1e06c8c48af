// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl logger read, run as a separate process the way scripts and the checker use it: the JSON keys of the
// contract (DESIGN.md), the figures of a real Fridge-tag report against the device's own, and a bad file refused
// naming its line.
#include "tests/support/cli_run.h"
#include "tests/support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

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

std::string loggerFile(const std::string& name)
{
    return prep::test::sourcePath("tests/data/loggers/" + name).string();
}

} // namespace

TEST(PrepctlLoggerRead, JsonHasTheContractKeysForEveryFormat)
{
    for (const char* name : {"fridgetag2_130400191544_202304201514.txt", "fridgetag2l_130500109088_202206081014.txt",
                             "logtag_fahrenheit.csv"}) {
        const CliRun run = prepctl("logger read " + loggerFile(name) + " --json");
        ASSERT_EQ(run.exitCode, 0) << name << ": " << run.err;
        const auto j = nlohmann::json::parse(run.out, nullptr, false);
        ASSERT_TRUE(j.is_object()) << run.out;
        for (const char* key : {"format", "serial", "readings", "first", "last", "min_c", "max_c", "minutes_above_8c",
                                "minutes_below_2c"})
            EXPECT_TRUE(j.contains(key)) << name << " lacks " << key;
    }
}

TEST(PrepctlLoggerRead, FridgeTag2FiguresAreTheDevicesOwn)
{
    const CliRun run = prepctl("logger read " + loggerFile("fridgetag2_130400191544_202304201514.txt") + " --json");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto j = nlohmann::json::parse(run.out);
    EXPECT_EQ(j["format"], "fridge-tag-2");
    EXPECT_EQ(j["serial"], "130400191544");
    EXPECT_EQ(j["readings"], 4);
    EXPECT_EQ(j["first"], "2023-04-17T14:43:00Z");
    EXPECT_EQ(j["last"], "2023-04-20T13:14:00Z");
    EXPECT_DOUBLE_EQ(j["min_c"].get<double>(), 1.5);
    EXPECT_DOUBLE_EQ(j["max_c"].get<double>(), 20.8);
    EXPECT_EQ(j["minutes_above_8c"], 10);
    EXPECT_TRUE(j["minutes_below_2c"].is_null()) << "the device counted below -0.5 C, not 2 C";
    EXPECT_EQ(j["device_alarms"]["minutes_above_high"], 10);

    const CliRun text = prepctl("logger read " + loggerFile("fridgetag2_130400191544_202304201514.txt"));
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("fridge-tag-2, logger 130400191544, 4 days"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("10 min above 8 °C, unknown min below 2 °C"), std::string::npos) << text.out;
}

TEST(PrepctlLoggerRead, ABadFileIsRefusedNamingTheLine)
{
    prep::test::TempDir dir;
    const auto bad = dir.file("bad.csv");
    std::ofstream(bad) << "Serial #,1006000042\nReading,Date,Time,Temperature (°C)\n1,03/04/2026,10:00:00,5\n";
    const CliRun run = prepctl("logger read " + bad.string());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("LogTag CSV line 3: date \"03/04/2026\" is ambiguous"), std::string::npos) << run.err;
}
