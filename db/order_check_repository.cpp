// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/order_check_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view toText(OrderCheckSeverity severity)
{
    switch (severity) {
    case OrderCheckSeverity::Pass:
        return "pass";
    case OrderCheckSeverity::Warning:
        return "warning";
    case OrderCheckSeverity::HardStop:
        return "hard_stop";
    }
    return "hard_stop";
}

std::string_view toText(ValidationOutcome outcome)
{
    return outcome == ValidationOutcome::Validated ? "validated" : "refused";
}

namespace {

OrderCheckSeverity severityFrom(const std::string& text)
{
    if (text == "pass")
        return OrderCheckSeverity::Pass;
    if (text == "warning")
        return OrderCheckSeverity::Warning;
    return OrderCheckSeverity::HardStop; // the table's CHECK allows nothing else
}

OrderCheckRecord checkFrom(const sql::Row& r)
{
    OrderCheckRecord c;
    c.id = r.int64("id");
    c.orderId = r.int64("order_id");
    c.checkId = r.text("check_id");
    c.severity = severityFrom(r.text("severity"));
    c.message = r.text("message");
    c.outcome = r.text("outcome") == "validated" ? ValidationOutcome::Validated : ValidationOutcome::Refused;
    c.overrideReason = r.text("override_reason");
    c.userId = r.int64("user_id");
    c.at = requiredTimeColumn(r, "at");
    return c;
}

} // namespace

Result<OrderCheckRecord> OrderCheckRepository::add(const Actor& actor, UtcTime at, OrderCheckRecord c)
{
    if (!c.overrideReason.empty() && c.severity != OrderCheckSeverity::Warning)
        return makeDbError(DbError::Kind::Invalid, "only a warning can be overridden (check " + c.checkId + ")");
    c.at = at;
    c.userId = actor.userId;
    auto id =
        auditedInsert(m_db, actor, at, "order_check",
                      {{"order_id", c.orderId},
                       {"check_id", c.checkId},
                       {"severity", std::string(toText(c.severity))},
                       {"message", c.message},
                       {"outcome", std::string(toText(c.outcome))},
                       {"override_reason", c.overrideReason.empty() ? sql::Value() : sql::Value(c.overrideReason)},
                       {"user_id", c.userId},
                       {"at", timeText(at)}},
                      c.overrideReason.empty() ? "validation " + std::string(toText(c.outcome))
                                               : "warning overridden: " + c.overrideReason);
    if (!id)
        return id.error();
    c.id = *id;
    return c;
}

Result<std::vector<OrderCheckRecord>> OrderCheckRepository::listFor(std::int64_t orderId)
{
    auto s = m_db.prepare("SELECT * FROM order_check WHERE order_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, orderId);
    return sql::collectRows(*s, checkFrom);
}

} // namespace prep::db
