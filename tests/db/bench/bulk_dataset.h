// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark data set of dataset.h at bulk speed, for the full size (1,000,000 preparations, 20,000,000
// audit entries) in minutes instead of hours. Same records, same audit trail (create and update entries with the
// canonical JSON snapshots the repositories write, chained with the real hash function), but written with plain
// prepared INSERTs in large transactions, journal off, and the audit index built once at the end. The users are
// created through UserDirectory. The result passes AuditLog::verify like a database the station wrote (tested on a
// small size in bulk_dataset_test.cpp). Never for a station's database: a crash midway leaves a corrupt file.
#pragma once

#include "db/error.h"
#include "tests/db/bench/dataset.h"

#include <cstdint>
#include <functional>
#include <string>

namespace prep::bench {

struct BulkCounts
{
    std::int64_t preparations = 0, auditEntries = 0;
};

// Creates `path` (which must not exist). `progress(preparationsDone, auditEntries)` is called now and then.
db::Result<BulkCounts> generateBulkDataset(const std::string& path, DatasetSize size,
                                           const std::function<void(std::int64_t, std::int64_t)>& progress = {});

} // namespace prep::bench
