// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a site: every record and the whole audit chain of one database copied into another, empty one (SQLite to
// PostgreSQL, or back), keys kept, then the copy's audit trail verified. The source is read on one snapshot, so a
// station may keep writing to it meanwhile (what it writes after the snapshot is not in the copy).
#pragma once

#include "db/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prep::db {

struct TableCopied
{
    std::string table;
    std::int64_t rows = 0;
};

struct DatabaseCopy
{
    std::vector<TableCopied> tables; // in copy order
    std::int64_t auditEntries = 0;   // verified in the copy
    std::int64_t recordsChecked = 0; // rows compared with their last audited value in the copy
};

// Every table of the schema, parents before children (the order a copy inserts them in).
const std::vector<std::string>& schemaTables();

// Copies `from` into `to`. `to` must be at the same schema version and hold no record yet (a database just
// created by opening it); otherwise nothing is written. The copy is one transaction on `to`: it lands whole, or
// not at all. Then `to`'s audit trail is verified; a copy that does not verify is reported as an error.
Result<DatabaseCopy> copyDatabase(Database& from, Database& to);

} // namespace prep::db
