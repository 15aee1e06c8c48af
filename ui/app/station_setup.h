// SPDX-License-Identifier: GPL-3.0-or-later
// What the station's screens work with, as main() opened it from station.json: the workflow's context, the
// isolator's devices, the label printer, the site's weighing rules and where evidence goes. The screens never open
// a device themselves and never know whether it is simulated except by what the device says (sim://).
#pragma once

#include "labels/label_printer.h"
#include "prep-station/config/station_config.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <optional>

namespace prep::ui {

class WorkflowRunner;

struct StationSetup
{
    station::StationContext& ctx;
    station::IsolatorDevices devices;
    labels::LabelPrinter& printer;
    station::WeighingRules rules;
    double referenceWeightGrams = 10.0;
    std::chrono::milliseconds stableTimeout{15000};
    std::filesystem::path evidenceDir;
    // The configuration the station runs on (the admin's device form edits it); its file is rewritten on save.
    station::StationConfig config;
    // Every workflow call goes through it (ui/app/workflow_runner.h).
    WorkflowRunner& runner;
    // The station key folder whose public keys vouch for the audit trail's signed checkpoints (prepctl's
    // auditKeyDir(dataDir)); empty: the verification checks the chain and reports no trusted key.
    std::filesystem::path auditKeyDir{};

    bool simulatedScale() const { return devices.scale.uri().rfind("sim://", 0) == 0; }
};

} // namespace prep::ui
