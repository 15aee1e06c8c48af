// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl backup --out FILE: a consistent copy of the live database (SQLite online backup API), safe while a
// station keeps working. (A PostgreSQL database is copied with pg_dump and pg_restore: docs/DATABASE.md.) prepctl
// restore --from FILE: checks the backup (integrity and audit trail) on a scratch copy, then replaces the database's
// content with it.
#include "db/audit_log.h"
#include "db/database.h"
#include "prep-station/cli/command.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <ostream>

namespace {

using namespace prep;
namespace fs = std::filesystem;

int backup(cli::Args& args)
{
    if (auto unknown = args.unknownOptions({"out"}); !unknown.empty())
        return cli::fail(args, "unknown option --" + unknown.front(), 2);
    const auto out = args.option("out");
    if (!out || out->empty())
        return cli::fail(args, "usage: prepctl backup --out FILE [--db PATH] [--json]", 2);
    const std::string path = args.dbPath();
    auto database = db::Database::openExisting(path);
    if (!database)
        return cli::fail(args, database.error().message);
    if (auto r = (*database)->backupTo(*out); !r)
        return cli::fail(args, r.error().message);
    std::error_code ec;
    const auto bytes = fs::file_size(*out, ec);
    if (args.json())
        args.out << nlohmann::json{{"backup", *out}, {"database", path}, {"bytes", ec ? 0 : bytes}}.dump(2) << '\n';
    else
        args.out << "backup of " << path << " written to " << *out << '\n';
    return 0;
}

int restore(cli::Args& args)
{
    if (auto unknown = args.unknownOptions({"from"}); !unknown.empty())
        return cli::fail(args, "unknown option --" + unknown.front(), 2);
    const auto from = args.option("from");
    if (!from || from->empty())
        return cli::fail(args, "usage: prepctl restore --from FILE [--db PATH] [--json]", 2);
    if (!fs::exists(*from))
        return cli::fail(args, "no backup at " + *from);
    const std::string path = args.dbPath();
    if (db::Database::isServerLocation(path)) { // a server's database: its backend names the server's own tools
        auto live = db::Database::openExisting(path);
        if (!live)
            return cli::fail(args, live.error().message);
        auto refused = (*live)->restoreFrom(*from);
        return cli::fail(args, refused ? std::string("restore: nothing done") : refused.error().message);
    }

    // Check the backup on a scratch copy (opening migrates it to this program's schema; the backup stays as is).
    const std::string scratch = path + ".restore-check";
    std::error_code ec;
    fs::copy_file(*from, scratch, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return cli::fail(args, "cannot copy " + *from + ": " + ec.message());
    struct RemoveScratch
    {
        std::string p;
        ~RemoveScratch()
        {
            std::error_code e;
            for (const char* suffix : {"", "-wal", "-shm"})
                fs::remove(p + suffix, e);
        }
    } removeScratch{scratch};
    std::int64_t entries = 0;
    {
        auto checked = db::Database::open(scratch);
        if (!checked)
            return cli::fail(args, "backup " + *from + " cannot be used: " + checked.error().message);
        if (auto r = (*checked)->integrityCheck(); !r)
            return cli::fail(args, "backup " + *from + " is damaged: " + r.error().message);
        auto v = db::AuditLog(**checked).verify();
        if (!v)
            return cli::fail(args, "backup " + *from + ": " + v.error().message);
        if (!v->intact)
            return cli::fail(args, "backup " + *from + " refused, its audit trail is broken: " + v->problem);
        entries = v->entriesChecked;
    }
    auto database = db::Database::open(path);
    if (!database)
        return cli::fail(args, database.error().message);
    if (auto r = (*database)->restoreFrom(scratch); !r)
        return cli::fail(args, r.error().message);
    if (args.json())
        args.out << nlohmann::json{{"restored", path}, {"from", *from}, {"audit_entries", entries}}.dump(2) << '\n';
    else
        args.out << "restored " << path << " from " << *from << " (" << entries << " audit entries verified)\n";
    return 0;
}

} // namespace

PREPCTL_COMMAND("backup", "consistent copy of the live database (backup --out FILE)", backup);
PREPCTL_COMMAND("restore", "replace the database with a verified backup (restore --from FILE)", restore);
