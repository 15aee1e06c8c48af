// SPDX-License-Identifier: GPL-3.0-or-later
// Where and when doses are delivered: patients' home addresses (db::PatientHomeRecord, each change a row) and each
// shipment's delivery slot fixed at packing (db::DeliverySlotRecord). Append-only, audited.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>

namespace prep::db {

class HomeDeliveryRepository
{
public:
    explicit HomeDeliveryRepository(Database& db)
        : m_db(db)
    {}
    Result<PatientHomeRecord> addHome(const Actor& actor, UtcTime at, PatientHomeRecord record);
    // The patient's current home address, if one was ever given.
    Result<std::optional<PatientHomeRecord>> homeOf(std::int64_t patientId);
    Result<DeliverySlotRecord> addSlot(const Actor& actor, UtcTime at, DeliverySlotRecord record);
    Result<std::optional<DeliverySlotRecord>> slotOf(std::int64_t shipmentId);

private:
    Database& m_db;
};

} // namespace prep::db
