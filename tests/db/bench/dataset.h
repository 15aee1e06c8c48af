// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic but realistic station history, written through the repositories (so every row is audited exactly
// as in production): per preparation an order, a vial scan, four weighings, three photos, a label, two
// signatures and five status changes; a patient per 10 preparations, a shipment per 5; vial lots of 100
// preparations each ("LOT-000042"). Login events top the trail up to the requested number of audit entries.
#pragma once

#include "db/database.h"

#include <cstdint>
#include <functional>

namespace prep::bench {

struct DatasetSize
{
    std::int64_t preparations = 1000;
    std::int64_t auditEntries = 0; // 0: whatever the preparations produce
};

// Appends to `db` (expected fresh). `progress(preparationsDone)` is called every batch.
db::Result<db::Ok> generateDataset(db::Database& db, DatasetSize size,
                                   const std::function<void(std::int64_t)>& progress = {});

} // namespace prep::bench
