// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl trace prep ID | trace lot LOT [--out FILE] [--json]: recall and history queries.
#include "db/database.h"
#include "prep-station/cli/command.h"
#include "prep-station/cli/station_clock.h"
#include "prep-station/workflow/trace_desk.h"

#include <filesystem>
#include <iostream>

namespace prep::cli {
namespace {

int runTrace(Args& args)
{
    if (auto unknown = args.unknownOptions({"out", "json"}); !unknown.empty())
        return fail(args, "trace: unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    if (words.size() != 2 || (words[0] != "prep" && words[0] != "lot"))
        return fail(args, "usage: prepctl trace prep ID | trace lot LOT [--json]", 2);
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
        if (args.json())
            args.out << history->dump(2) << '\n';
        else
            args.out << station::renderTraceText(*history);
        return 0;
    }
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

PREPCTL_COMMAND("trace", "history of a preparation (trace prep ID) or recall of a lot (trace lot LOT)", runTrace);

} // namespace prep::cli
