// SPDX-License-Identifier: GPL-3.0-or-later
// Recall queries: from a vial lot to the preparations made with it, their patients and where each bag is.
#pragma once

#include "db/database.h"

#include <string>
#include <vector>

namespace prep::db {

struct LotTraceRow
{
    std::string lot, gtin, preparationNumber, preparationStatus, patientIpp, patientName, shipmentNumber,
        shipmentStatus; // shipment fields empty when not yet dispatched
};

class TraceQueries
{
public:
    explicit TraceQueries(Database& db)
        : m_db(db)
    {}
    // One row per preparation (and shipment) that used the lot, ordered by preparation number.
    Result<std::vector<LotTraceRow>> byLot(const std::string& lot);

private:
    Database& m_db;
};

} // namespace prep::db
