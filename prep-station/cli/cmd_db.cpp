// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl db copy --to LOCATION [--db SOURCE] [--json]: moves a site's whole record (every table and the audit
// chain) into a new, empty database — typically a station's SQLite file into the PUI's PostgreSQL server — and
// verifies the copy's audit trail before saying it is done (docs/DATABASE.md).
#include "db/database.h"
#include "db/database_copy.h"
#include "prep-station/cli/command.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace {

using namespace prep;

int copy(cli::Args& args)
{
    if (auto unknown = args.unknownOptions({"to"}); !unknown.empty())
        return cli::fail(args, "db copy: unknown option --" + unknown.front(), 2);
    const auto to = args.option("to");
    if (!to || to->empty() || args.positional().size() != 1)
        return cli::fail(args, "usage: prepctl db copy --to LOCATION [--db SOURCE] [--json]", 2);
    auto source = db::Database::openExisting(args.dbPath());
    if (!source)
        return cli::fail(args, "db copy: " + source.error().message);
    auto target = db::Database::open(*to);
    if (!target)
        return cli::fail(args, "db copy: " + target.error().message);
    auto copied = db::copyDatabase(**source, **target);
    if (!copied)
        return cli::fail(args, "db copy: " + copied.error().message);
    if (args.json()) {
        nlohmann::json tables = nlohmann::json::object();
        for (const auto& t : copied->tables)
            tables[t.table] = t.rows;
        args.out << nlohmann::json{{"from", (*source)->path()},
                                   {"to", (*target)->path()},
                                   {"tables", tables},
                                   {"audit_entries_verified", copied->auditEntries},
                                   {"records_verified", copied->recordsChecked}}
                        .dump(2)
                 << '\n';
        return 0;
    }
    for (const auto& t : copied->tables)
        args.out << t.table << ": " << t.rows << " rows\n";
    args.out << "copied " << (*source)->path() << " to " << (*target)->path() << "; the copy's audit trail verifies ("
             << copied->auditEntries << " entries, " << copied->recordsChecked << " records)\n";
    return 0;
}

int runDb(cli::Args& args)
{
    const auto& words = args.positional();
    if (!words.empty() && words[0] == "copy")
        return copy(args);
    return cli::fail(args, "usage: prepctl db copy --to LOCATION [--db SOURCE] [--json]", 2);
}

} // namespace

PREPCTL_COMMAND("db", "copy the whole database (records and audit chain) into a new one, e.g. SQLite to PostgreSQL",
                runDb);
