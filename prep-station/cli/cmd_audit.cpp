// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl audit verify [--json]: re-hashes the whole audit chain and compares every audited record with its last
// audited value. Exit 0 when intact; exit 1 naming the first broken entry (or row) otherwise.
// prepctl audit list [--entity E --id N] [--json]: the trail, oldest first (Annex 11 §9: reviewable, intelligible).
#include "db/audit_log.h"
#include "db/database.h"
#include "prep-station/cli/command.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <ostream>

namespace {

using namespace prep;

int verify(cli::Args& args, db::Database& database)
{
    auto v = db::AuditLog(database).verify();
    if (!v)
        return cli::fail(args, "audit verification could not run: " + v.error().message);
    if (args.json()) {
        nlohmann::json j{{"intact", v->intact},
                         {"entries_checked", v->entriesChecked},
                         {"records_checked", v->recordsChecked},
                         {"database", database.path()}};
        if (!v->intact) {
            j["first_broken_seq"] = v->firstBrokenSeq;
            j["problem"] = v->problem;
        }
        args.out << j.dump(2) << '\n';
    } else if (v->intact) {
        args.out << "audit trail intact: " << v->entriesChecked << " entries, " << v->recordsChecked
                 << " records match their last audited value\n";
    }
    if (!v->intact)
        return cli::fail(args, "audit trail broken" +
                                   (v->firstBrokenSeq ? " at entry " + std::to_string(v->firstBrokenSeq) : "") + ": " +
                                   v->problem);
    return 0;
}

int list(cli::Args& args, db::Database& database)
{
    db::AuditLog log(database);
    const auto entity = args.option("entity");
    const auto id = args.option("id");
    if (entity.has_value() != id.has_value())
        return cli::fail(args, "--entity and --id go together");
    auto entries = entity ? log.listFor(*entity, *id) : log.all();
    if (!entries)
        return cli::fail(args, entries.error().message);
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : *entries) {
        if (args.json()) {
            j.push_back({{"seq", e.seq},
                         {"at", db::formatUtc(e.at)},
                         {"user", e.username},
                         {"action", e.action},
                         {"entity", e.entity},
                         {"entity_id", e.entityId},
                         {"old", e.oldValue},
                         {"new", e.newValue},
                         {"reason", e.reason},
                         {"hash", e.hash}});
        } else {
            args.out << e.seq << '\t' << db::formatUtc(e.at) << '\t' << e.username << '\t' << e.action << '\t'
                     << e.entity << ' ' << e.entityId << '\t' << e.reason << '\n';
        }
    }
    if (args.json())
        args.out << j.dump(2) << '\n';
    return 0;
}

int audit(cli::Args& args)
{
    if (auto unknown = args.unknownOptions({"entity", "id"}); !unknown.empty())
        return cli::fail(args, "unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    if (words.size() != 1 || (words[0] != "verify" && words[0] != "list"))
        return cli::fail(args, "usage: prepctl audit verify|list [--entity E --id N] [--db PATH] [--json]", 2);
    const std::string path = args.dbPath();
    // Never create an empty database while checking one: a missing one is an error.
    auto database = db::Database::openExisting(path);
    if (!database)
        return cli::fail(args, database.error().message);
    return words[0] == "verify" ? verify(args, **database) : list(args, **database);
}

} // namespace

PREPCTL_COMMAND("audit", "verify the hash-chained audit trail (audit verify), or list it (audit list)", audit);
