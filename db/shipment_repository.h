// SPDX-License-Identifier: GPL-3.0-or-later
// Shipments: a cooler with its temperature logger and the preparations it carries. Number "S-YYYYMMDD-NNNN".
// The list of preparations is part of the shipment's audited value.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class ShipmentRepository
{
public:
    explicit ShipmentRepository(Database& db)
        : m_db(db)
    {}
    Result<ShipmentRecord> create(const Actor& actor, UtcTime at, ShipmentRecord shipment);
    Result<ShipmentRecord> get(std::int64_t id);
    Result<ShipmentRecord> getByNumber(const std::string& number);
    // Status, logger and the carried preparations may change, with a reason.
    Result<ShipmentRecord> update(const Actor& actor, UtcTime at, const ShipmentRecord& shipment,
                                  const std::string& reason);
    Result<std::vector<ShipmentRecord>> forPreparation(std::int64_t preparationId);
    // Shipments still on their way (packed or picked up), oldest first.
    Result<std::vector<ShipmentRecord>> inTransit();
    // Shipments packed at or after `since`, oldest first: the PUI's dispatch watch.
    Result<std::vector<ShipmentRecord>> packedSince(UtcTime since);

private:
    Result<Ok> writePreparations(std::int64_t shipmentId, const std::vector<std::int64_t>& preparationIds);
    Result<ShipmentRecord> complete(ShipmentRecord shipment);
    Result<std::vector<ShipmentRecord>> completeAll(sql::Statement& s);
    Database& m_db;
};

} // namespace prep::db
