// SPDX-License-Identifier: GPL-3.0-or-later
// The demo the integration tests inspect: the one the ctest fixture ran through prepctl, or, when a test binary
// runs alone, one it runs itself.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace prep::test {

struct DemoRun
{
    std::filesystem::path database;
    std::filesystem::path outDir;
    std::vector<std::string> preparations;
    std::string shipment;
    std::vector<std::filesystem::path> labels;
    std::filesystem::path traceReport;
    std::string json; // what `prepctl demo --json` printed
};

// Runs `prepctl demo --json` into `dir` unless the fixture already did; empty `error` on success.
DemoRun demoRun(std::string& error);

} // namespace prep::test
