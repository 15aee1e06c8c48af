// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol checks of a pharmaceutical validation attempt as recorded: one audited row per check, with the
// attempt's outcome and, for a warning the pharmacist overrode, the reason. Append-only.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::db {

enum class OrderCheckSeverity { Pass, Warning, HardStop };
enum class ValidationOutcome { Validated, Refused };

// Stored forms: "pass" / "warning" / "hard_stop"; "validated" / "refused".
std::string_view toText(OrderCheckSeverity severity);
std::string_view toText(ValidationOutcome outcome);

struct OrderCheckRecord
{
    std::int64_t id = 0;
    std::int64_t orderId = 0;
    std::string checkId; // "cycle_day", "min_interval", "dose_level", "dose_vs_bsa", "bsa_cap", "duplicate"
    OrderCheckSeverity severity = OrderCheckSeverity::Pass;
    std::string message;
    ValidationOutcome outcome = ValidationOutcome::Refused;
    std::string overrideReason; // empty unless a warning was overridden
    std::int64_t userId = 0;
    UtcTime at{};
};

class OrderCheckRepository
{
public:
    explicit OrderCheckRepository(Database& db)
        : m_db(db)
    {}
    // Stores the row and its audit entry (an override's reason is the audit reason too); returns it with its id.
    Result<OrderCheckRecord> add(const Actor& actor, UtcTime at, OrderCheckRecord record);
    // Oldest first: every attempt's checks.
    Result<std::vector<OrderCheckRecord>> listFor(std::int64_t orderId);

private:
    Database& m_db;
};

} // namespace prep::db
