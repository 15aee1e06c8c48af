// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl label --prep ID --out FILE [--template ID]: renders a preparation's label (.pdf, .png, .zpl).
#include "db/database.h"
#include "prep-station/cli/command.h"
#include "prep-station/cli/station_clock.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/trace_desk.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace prep::cli {
namespace {

int runLabel(Args& args)
{
    if (auto unknown = args.unknownOptions({"prep", "out", "template", "json", "user", "password"}); !unknown.empty())
        return fail(args, "label: unknown option --" + unknown.front(), 2);
    const auto prepId = args.option("prep");
    const auto out = args.option("out");
    if (!prepId || !out)
        return fail(args, "usage: prepctl label --prep ID --out FILE.{pdf,png,zpl}", 2);
    // Reading only: never create an empty database where none was (a file path or a server's database).
    if (auto existing = db::Database::openExisting(args.dbPath()); !existing)
        return fail(args, "label: " + existing.error().message);
    auto ctx = station::StationContext::open(args.dbPath(), stationClock());
    if (!ctx)
        return fail(args, "label: " + ctx.error().message);
    station::TraceDesk trace(**ctx);
    auto prep = trace.find(*prepId);
    if (!prep)
        return fail(args, "label: " + prep.error().message);
    // Every print is recorded against the person printing (a reprint is a duplicate).
    const std::string user = args.option("user").value_or(std::getenv("PREP_USER") ? std::getenv("PREP_USER") : "");
    const std::string password =
        args.option("password").value_or(std::getenv("PREP_PASSWORD") ? std::getenv("PREP_PASSWORD") : "");
    station::LabelDesk labels(**ctx);
    const std::string templateId = args.option("template").value_or("transport-100x60");
    if (user.empty()) {
        // Nobody identified: a copy for viewing, marked DUPLICATA on the label, not a recorded print.
        auto copy = labels.renderCopy(prep->id, *out, templateId);
        if (!copy)
            return fail(args, "label: " + copy.error().message);
        if (args.json())
            args.out << nlohmann::json{{"preparation", prep->number},
                                       {"label", std::filesystem::absolute(*out).string()},
                                       {"format", std::filesystem::path(*out).extension().string().substr(1)},
                                       {"duplicate", true},
                                       {"recorded", false}}
                            .dump(2)
                     << '\n';
        else
            args.out << std::filesystem::absolute(*out).string()
                     << " (copy marked DUPLICATA; give --user/--password to record a print)\n";
        return 0;
    }
    auto actor = (*ctx)->users().authenticate(user, password, (*ctx)->now());
    if (!actor)
        return fail(args, "label: " + actor.error().message);
    auto record = labels.produce(*actor, prep->id, *out, templateId);
    if (!record)
        return fail(args, "label: " + record.error().message);
    if (args.json())
        args.out << nlohmann::json{{"preparation", prep->number},
                                   {"label", record->path},
                                   {"format", record->format},
                                   {"duplicate", record->duplicate},
                                   {"sha256", record->fileSha256},
                                   {"template", record->templateId},
                                   {"template_version", record->templateVersion},
                                   {"recorded", true}}
                        .dump(2)
                 << '\n';
    else
        args.out << record->path << (record->duplicate ? " (duplicate)" : "") << '\n';
    return 0;
}

} // namespace

PREPCTL_COMMAND("label", "render a preparation's label: --prep ID --out FILE.{pdf,png,zpl}", runLabel);

} // namespace prep::cli
