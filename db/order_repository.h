// SPDX-License-Identifier: GPL-3.0-or-later
// Prescription orders. Creation and every change (validation, cancellation) are audited with a reason.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class OrderRepository
{
public:
    explicit OrderRepository(Database& db)
        : m_db(db)
    {}
    Result<OrderRecord> create(const Actor& actor, UtcTime at, OrderRecord order);
    Result<OrderRecord> get(std::int64_t id);
    Result<OrderRecord> update(const Actor& actor, UtcTime at, const OrderRecord& order, const std::string& reason);
    Result<std::vector<OrderRecord>> listByStatus(OrderStatus status);

    // Where an order from a prescriber's system came from (audited as "order_origin").
    Result<OrderOriginRecord> recordOrigin(const Actor& actor, UtcTime at, OrderOriginRecord origin);
    // The latest revision received from `sender` under `placerNumber`, if any.
    Result<std::optional<OrderOriginRecord>> latestOrigin(const std::string& sender, const std::string& placerNumber);
    Result<std::optional<OrderOriginRecord>> originOf(std::int64_t orderId);

private:
    Database& m_db;
};

} // namespace prep::db
