// SPDX-License-Identifier: GPL-3.0-or-later
// A station where the demo's doses are released and packed in their cooler, waiting for the courier: made once
// per test program (the demo runs on its simulated bench), copied for each test, which then carries the dose to
// the patient's home through the web service.
#pragma once

#include "prep-station/workflow/demo_scenario.h"
#include "prep-station/workflow/station_context.h"
#include "tests/support/temp_dir.h"

#include <filesystem>
#include <memory>
#include <string>

namespace prep::test {

struct PackedDemo
{
    station::DemoResult demo;
    std::filesystem::path database; // the packed station, never written by tests
};

// The packed demo, made at the first call.
const PackedDemo& packedDemo();

// A copy of the packed station for one test, with a clock the test moves (first at packing + 10 min).
struct PackedStation
{
    explicit PackedStation(const TempDir& tempDir);
    station::FixedClock clock;
    std::filesystem::path dir; // the test's own folder
    std::unique_ptr<station::StationContext> ctx;
    // The cooler's logger file from packing to now, imported by the pharmacist.
    void importLogger();
    // The syringe label's GS1 string of the demo's first preparation, as the nurse's phone reads it.
    std::string syringeCode(int index = 0);
    std::string patientBirthDate();
};

} // namespace prep::test
