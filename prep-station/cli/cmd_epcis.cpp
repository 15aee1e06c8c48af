// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl epcis export --prep P | --shipment S | --lot L --out FILE.jsonld: the chain of custody as a GS1 EPCIS 2.0
// JSON-LD document (prep-station/workflow/epcis_export.h), for a pharmacist or an auditor.
#include "db/database.h"
#include "prep-station/cli/station_access.h"
#include "prep-station/workflow/epcis_export.h"

namespace prep::cli {
namespace {

constexpr const char* kUsage =
    "usage: prepctl epcis export --prep P | --shipment S | --lot L --out FILE.jsonld --as LOGIN";

int runEpcis(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"prep", "shipment", "lot", "out"})); !unknown.empty())
        return fail(args, "epcis: unknown option --" + unknown.front(), 2);
    if (args.positional().size() != 1 || args.positional()[0] != "export")
        return fail(args, kUsage, 2);
    station::EpcisScope scope;
    int named = 0;
    for (auto [option, kind] : {std::pair{"prep", station::EpcisScope::Kind::Preparation},
                                std::pair{"shipment", station::EpcisScope::Kind::Shipment},
                                std::pair{"lot", station::EpcisScope::Kind::Lot}}) {
        if (auto value = args.option(option)) {
            scope = {kind, *value};
            ++named;
        }
    }
    if (named != 1)
        return fail(args, "epcis export: name exactly one of --prep, --shipment, --lot\n" + std::string(kUsage), 2);
    auto out = args.option("out");
    if (!out || out->empty())
        return fail(args, "epcis export: --out FILE.jsonld is required\n" + std::string(kUsage), 2);
    // Reading only: never create an empty database where none was.
    if (auto existing = db::Database::openExisting(args.dbPath()); !existing)
        return fail(args, "epcis export: " + existing.error().message);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "epcis export: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "epcis export", who.error());
    auto written = station::EpcisExport(**ctx).write(who->actor, scope, *out);
    if (!written)
        return refuse(args, "epcis export", written.error());
    report(args, {{"out", *out}, {"events", *written}}, *out + ": " + std::to_string(*written) + " EPCIS event(s)\n");
    return 0;
}

} // namespace

PREPCTL_COMMAND("epcis",
                "the chain of custody of a preparation, a shipment or a vial lot as a GS1 EPCIS 2.0 JSON-LD document "
                "(epcis export --prep P | --shipment S | --lot L --out FILE.jsonld)",
                runEpcis);

} // namespace prep::cli
