// SPDX-License-Identifier: GPL-3.0-or-later
// One complete azacitidine dose for a fictitious patient, end to end, on simulated devices: the scale is
// reached over a real Modbus TCP socket on 127.0.0.1, the vial code is decoded from pixels, the label is a real
// PDF read back by the barcode reader, and every step is written through the db layer with its audit entry.
// The CLI (`prepctl demo`), the GUI (`prepstation --demo` seeds its worklist with the same accounts) and the
// integration test run this same code.
#pragma once

#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace prep::station {

struct DemoOptions
{
    std::filesystem::path outDir;
    std::string dbPath;
    // The station key that signs the audit checkpoints (prep-station/audit/station_key.h); none: unsigned.
    std::filesystem::path auditKeyDir;
    // Told each step as it happens ("order 12 validated by pharm.demo"), for a person watching.
    std::function<void(const std::string&)> progress;
    // Ends once the doses are packed in their cooler (the courier's and nurse's steps are left to the caller: the
    // web service's tests carry them out from phones).
    bool stopWhenPacked = false;
};

struct DemoResult
{
    std::int64_t orderId = 0;
    std::vector<std::string> preparations; // numbers, syringe 1/N first
    std::string shipment;
    std::vector<std::filesystem::path> labels; // one PDF per syringe
    std::filesystem::path coolerLabel;         // the cooler's label (SSCC as GS1-128), printed at packing
    std::filesystem::path traceReport;
    std::filesystem::path loggerFile;
    std::filesystem::path database;
    std::string patientIpp, loggerId;
    UtcTime packedAt{};
};

Result<DemoResult> runDemo(const DemoOptions& options);

struct DemoOrder
{
    std::int64_t orderId = 0;
    std::string patientIpp;
    std::vector<db::PreparationRecord> preparations;
};
// Creates the demo accounts if needed, enters the demo prescription for a new fictitious patient, has it
// validated by the demo pharmacist and planned: the worklist `prepstation --demo` opens on.
Result<DemoOrder> seedDemoOrder(StationContext& ctx, const std::function<void()>& beforeValidation = {});

// The fictitious prescription the demo prepares (also offered by the GUI).
Prescription demoPrescription();

// A logger file as the demo's cooler logger would write it: one reading every `step` from `from` to `to`,
// between 4 and 6 °C.
std::string demoLoggerCsv(const std::string& loggerId, UtcTime from, UtcTime to, std::chrono::minutes step);

} // namespace prep::station
