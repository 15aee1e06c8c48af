// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/alarm_resolution_repository.h"

#include "db/audited.h"
#include "db/optional_row.h"

namespace prep::db {

namespace {
DispatchAlarmResolutionRecord resolutionFrom(const sql::Row& r)
{
    DispatchAlarmResolutionRecord x;
    x.id = r.int64("id");
    x.alarmKey = r.text("alarm_key");
    x.shipmentId = r.int64("shipment_id");
    x.reason = r.text("reason");
    x.userId = r.int64("user_id");
    x.at = requiredTimeColumn(r, "at");
    return x;
}
} // namespace

Result<DispatchAlarmResolutionRecord> AlarmResolutionRepository::add(const Actor& actor, UtcTime at,
                                                                     DispatchAlarmResolutionRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "dispatch_alarm_resolution",
                            {{"alarm_key", x.alarmKey},
                             {"shipment_id", x.shipmentId},
                             {"reason", x.reason},
                             {"user_id", x.userId},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<std::optional<DispatchAlarmResolutionRecord>> AlarmResolutionRepository::find(const std::string& alarmKey)
{
    auto s = m_db.prepare("SELECT * FROM dispatch_alarm_resolution WHERE alarm_key = ?");
    if (!s)
        return s.error();
    s->bind(1, alarmKey);
    return sql::optionalRow(*s, resolutionFrom);
}

Result<std::vector<DispatchAlarmResolutionRecord>> AlarmResolutionRepository::listFor(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM dispatch_alarm_resolution WHERE shipment_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::collectRows(*s, resolutionFrom);
}

} // namespace prep::db
