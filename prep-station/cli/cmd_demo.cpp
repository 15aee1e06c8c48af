// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl demo [--out DIR] [--db PATH] [--json]: one azacitidine dose end to end on simulated devices, in a demo
// database (default: demo.sqlite in the data directory).
#include "prep-station/audit/station_key.h"
#include "prep-station/cli/command.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/demo_scenario.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace prep::cli {
namespace {

int runDemo(Args& args)
{
    if (auto unknown = args.unknownOptions({"out", "json", "until"}); !unknown.empty())
        return fail(args, "demo: unknown option --" + unknown.front(), 2);
    // --until packed: the doses wait in their cooler for the courier (to try the phones' web service on).
    const std::string until = args.option("until").value_or("administered");
    if (until != "packed" && until != "administered")
        return fail(args, "demo: --until must be packed or administered, not '" + until + "'", 2);
    station::DemoOptions options;
    options.outDir = std::filesystem::absolute(args.option("out").value_or("prepstation-demo"));
    // The demo and its published accounts live in a demo database of their own, never in the station's.
    options.dbPath = args.option("db").value_or((std::filesystem::path(args.dataDir()) / "demo.sqlite").string());
    options.auditKeyDir = station::auditKeyDir(args.dataDir());
    options.stopWhenPacked = until == "packed";
    if (!args.json())
        options.progress = [&](const std::string& s) { args.out << "  " << s << '\n' << std::flush; };
    auto result = station::runDemo(options);
    if (!result)
        return fail(args, "demo: " + result.error().message);
    if (args.json()) {
        nlohmann::json j{{"preparation", result->preparations.front()},
                         {"preparations", result->preparations},
                         {"order", result->orderId},
                         {"shipment", result->shipment},
                         {"label", result->labels.front().string()},
                         {"cooler_label", result->coolerLabel.string()},
                         {"labels", nlohmann::json::array()},
                         {"trace_report", result->traceReport.string()},
                         {"logger_file", result->loggerFile.string()},
                         {"database", result->database.string()},
                         {"patient", result->patientIpp},
                         {"logger", result->loggerId},
                         {"packed_at", station::formatUtcIso(result->packedAt)},
                         {"out", options.outDir.string()}};
        for (const auto& l : result->labels)
            j["labels"].push_back(l.string());
        args.out << j.dump(2) << '\n';
    } else {
        args.out << (options.stopWhenPacked ? "\nDemo packed: the doses wait for the courier (fictitious patient).\n"
                                            : "\nDemo complete (fictitious patient, simulated devices).\n")
                 << "  preparations: ";
        for (const auto& p : result->preparations)
            args.out << p << ' ';
        args.out << "\n  order:        " << result->orderId << "\n  shipment:     " << result->shipment
                 << "\n  labels:       ";
        for (const auto& l : result->labels)
            args.out << l.string() << ' ';
        args.out << "\n  cooler label: " << result->coolerLabel.string();
        args.out << "\n  trace report: " << result->traceReport.string()
                 << "\n  logger file:  " << result->loggerFile.string()
                 << "\n  database:     " << result->database.string() << "\n";
    }
    return 0;
}

} // namespace

PREPCTL_COMMAND("demo", "one azacitidine dose end to end on simulated devices (--out DIR)", runDemo);

} // namespace prep::cli
