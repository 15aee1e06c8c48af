// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl trace prep ID [--out FILE] [--pdf FILE] | trace lot LOT | trace patient IPP [--json]: recall and history
// queries; --pdf writes the preparation's batch record as a PDF dossier.
#include "db/database.h"
#include "prep-station/cli/command.h"
#include "prep-station/cli/station_clock.h"
#include "prep-station/workflow/batch_record_pdf.h"
#include "prep-station/workflow/patient_trace.h"
#include "prep-station/workflow/trace_desk.h"

#include <filesystem>
#include <iostream>

namespace prep::cli {
namespace {

int patient(Args& args, station::StationContext& ctx, const std::string& ipp)
{
    auto traced = station::tracePatient(ctx, ipp);
    if (!traced)
        return fail(args, "trace: " + traced.error().message);
    nlohmann::json j{{"ipp", traced->patient.ipp},
                     {"patient", traced->patient.familyName + " " + traced->patient.givenName},
                     {"orders", nlohmann::json::array()}};
    for (const auto& line : traced->orders) {
        nlohmann::json preparations = nlohmann::json::array();
        for (const auto& p : line.preparations)
            preparations.push_back({{"preparation", p.number}, {"status", std::string(db::toText(p.status))}});
        j["orders"].push_back({{"order", line.order.id},
                               {"drug", line.order.drug},
                               {"dose_mg", line.order.doseMg},
                               {"status", std::string(db::toText(line.order.status))},
                               {"preparations", preparations}});
    }
    if (args.json()) {
        args.out << j.dump(2) << '\n';
        return 0;
    }
    args.out << "patient " << j["ipp"].get<std::string>() << " " << j["patient"].get<std::string>() << ": "
             << traced->orders.size() << " order(s)\n";
    for (const auto& o : j["orders"]) {
        args.out << "  order " << o["order"].get<std::int64_t>() << "  " << o["drug"].get<std::string>() << "  "
                 << o["status"].get<std::string>() << '\n';
        for (const auto& p : o["preparations"])
            args.out << "    " << p["preparation"].get<std::string>() << "  " << p["status"].get<std::string>() << '\n';
    }
    return 0;
}

int runTrace(Args& args)
{
    if (auto unknown = args.unknownOptions({"out", "pdf", "json"}); !unknown.empty())
        return fail(args, "trace: unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    if (words.size() != 2 || (words[0] != "prep" && words[0] != "lot" && words[0] != "patient"))
        return fail(
            args, "usage: prepctl trace prep ID [--out FILE] [--pdf FILE] | trace lot LOT | trace patient IPP [--json]",
            2);
    if (args.option("pdf") && words[0] != "prep")
        return fail(args, "trace: --pdf goes with trace prep ID", 2);
    // Reading only: never create an empty database where none was (a file path or a server's database).
    if (auto existing = db::Database::openExisting(args.dbPath()); !existing)
        return fail(args, "trace: " + existing.error().message);
    auto ctx = station::StationContext::open(args.dbPath(), stationClock());
    if (!ctx)
        return fail(args, "trace: " + ctx.error().message);
    station::TraceDesk trace(**ctx);
    if (words[0] == "prep") {
        auto history = trace.preparationHistory(words[1]);
        if (!history)
            return fail(args, "trace: " + history.error().message);
        if (auto out = args.option("out")) {
            if (auto w = trace.writeReport(words[1], *out); !w)
                return fail(args, "trace: " + w.error().message);
        }
        if (auto pdf = args.option("pdf")) {
            if (auto w = station::writeBatchRecordPdf(**ctx, words[1], *pdf); !w)
                return fail(args, "trace: " + w.error().message);
        }
        if (args.json())
            args.out << history->dump(2) << '\n';
        else
            args.out << station::renderTraceText(*history);
        return 0;
    }
    if (words[0] == "patient")
        return patient(args, **ctx, words[1]);
    auto lot = trace.lot(words[1]);
    if (!lot)
        return fail(args, "trace: " + lot.error().message);
    if (args.json()) {
        args.out << lot->dump(2) << '\n';
    } else {
        args.out << "lot " << words[1] << ": " << (*lot)["preparations"].size() << " preparation(s)\n";
        for (const auto& p : (*lot)["preparations"])
            args.out << "  " << p.value("preparation", "") << "  " << p.value("status", "") << "  "
                     << p.value("patient", "") << "  shipment " << p.value("shipment", "") << " ("
                     << p.value("shipment_status", "") << ")\n";
    }
    return 0;
}

} // namespace

PREPCTL_COMMAND("trace",
                "history of a preparation (trace prep ID, --pdf FILE for its batch record), recall of a lot (trace lot "
                "LOT) or a patient's orders (trace patient IPP)",
                runTrace);

} // namespace prep::cli
