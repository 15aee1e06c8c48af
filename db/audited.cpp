// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audited.h"

#include "db/audit_chain.h"
#include "db/audit_checkpoint.h"
#include "db/hash.h"
#include "db/records.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace prep::db {

const std::vector<AuditedEntity>& auditedEntities()
{
    static const std::vector<AuditedEntity> kEntities{{"user", "app_user"},
                                                      {"patient", "patient"},
                                                      {"order", "prescription_order"},
                                                      {"preparation", "preparation"},
                                                      {"vial_scan", "vial_scan"},
                                                      {"weighing", "weighing"},
                                                      {"photo", "photo"},
                                                      {"label", "label"},
                                                      {"signature", "signature"},
                                                      {"shipment", "shipment"},
                                                      {"handover", "handover"},
                                                      {"logger_import", "logger_import"},
                                                      {"deviation_decision", "deviation_decision"},
                                                      {"data_version", "preparation_data_version"},
                                                      {"password_state", "user_password_state"},
                                                      {"inbound_message", "inbound_message"},
                                                      {"order_origin", "order_origin"},
                                                      {"order_check", "order_check"},
                                                      {"step_redo", "step_redo"},
                                                      {"field_scan", "field_scan"},
                                                      {"delivery_problem", "delivery_problem"},
                                                      {"dose_not_given", "dose_not_given"},
                                                      {"shipment_return", "shipment_return"},
                                                      {"returned_dose_decision", "returned_dose_decision"},
                                                      {"dispatch_alarm_resolution", "dispatch_alarm_resolution"},
                                                      {"care_assignment", "care_assignment"},
                                                      {"patient_home", "patient_home"},
                                                      {"delivery_slot", "delivery_slot"}};
    return kEntities;
}

const AuditedEntity* findAuditedEntity(std::string_view entity)
{
    for (const auto& e : auditedEntities())
        if (entity == e.entity)
            return &e;
    return nullptr;
}

DbError notFound(std::string_view entity, std::int64_t id)
{
    return makeDbError(DbError::Kind::NotFound, std::string(entity) + " " + std::to_string(id) + " does not exist");
}

namespace {

// The rows of an aggregate that live in other tables are part of the owner's snapshot.
Result<Ok> addAggregateParts(Database& db, const AuditedEntity& entity, std::int64_t id, nlohmann::json& j)
{
    const std::string_view name = entity.entity;
    if (name == "shipment") {
        auto s = db.prepare("SELECT preparation_id FROM shipment_preparation WHERE shipment_id = ? "
                            "ORDER BY preparation_id");
        if (!s)
            return s.error();
        s->bind(1, id);
        nlohmann::json ids = nlohmann::json::array();
        for (;;) {
            auto r = s->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            ids.push_back(s->int64(0));
        }
        j["preparation_ids"] = std::move(ids);
    } else if (name == "logger_import") {
        auto s = db.prepare("SELECT seq, at, celsius FROM temperature_reading WHERE import_id = ? ORDER BY seq");
        if (!s)
            return s.error();
        s->bind(1, id);
        nlohmann::json readings = nlohmann::json::array();
        for (;;) {
            auto r = s->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            readings.push_back(nlohmann::json::array({s->int64(0), s->text(1), s->real(2)}));
        }
        j["readings_sha256"] = sha256Hex(readings.dump());
        // Since migration 0010: the format the file was read as and a summary logger's days. Imports recorded
        // before have neither, and their snapshots stay as they were.
        auto source =
            db.prepare("SELECT format, alarm_low_c, alarm_high_c FROM logger_import_source WHERE import_id = ?");
        if (!source)
            return source.error();
        source->bind(1, id);
        auto found = source->step();
        if (!found)
            return found.error();
        if (*found) {
            j["format"] = std::string(source->text(0));
            j["alarm_low_c"] = source->isNull(1) ? nlohmann::json(nullptr) : nlohmann::json(source->real(1));
            j["alarm_high_c"] = source->isNull(2) ? nlohmann::json(nullptr) : nlohmann::json(source->real(2));
        }
        auto d = db.prepare("SELECT seq, day, from_at, to_at, min_c, max_c, measured, minutes_above_high, "
                            "minutes_below_low, sensor_timeout_min FROM logger_day WHERE import_id = ? ORDER BY seq");
        if (!d)
            return d.error();
        d->bind(1, id);
        nlohmann::json days = nlohmann::json::array();
        for (;;) {
            auto r = d->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            days.push_back(nlohmann::json::array({d->int64(0), d->text(1), d->text(2), d->text(3), d->real(4),
                                                  d->real(5), d->int64(6), d->int64(7), d->int64(8), d->int64(9)}));
        }
        if (!days.empty())
            j["days_sha256"] = sha256Hex(days.dump());
    } else if (name == "user") {
        // The trail is read by auditors: keep the password hash out of it, but bind it so a swap shows.
        if (auto it = j.find("password_hash"); it != j.end() && it->is_string())
            *it = "sha256:" + sha256Hex(it->get<std::string>());
    }
    return Ok{};
}

} // namespace

Result<std::string> recordSnapshot(Database& db, const AuditedEntity& entity, const sql::Statement& row)
{
    nlohmann::json j = nlohmann::json::object();
    std::int64_t id = 0;
    const int n = row.columnCount();
    for (int i = 0; i < n; ++i) {
        const std::string name = row.columnName(i);
        const sql::Value v = row.value(i);
        if (std::holds_alternative<std::nullptr_t>(v))
            j[name] = nullptr;
        else if (auto iv = std::get_if<std::int64_t>(&v))
            j[name] = *iv;
        else if (auto d = std::get_if<double>(&v))
            j[name] = *d;
        else
            j[name] = std::get<std::string>(v);
        if (name == "id")
            id = row.int64(i);
    }
    if (auto r = addAggregateParts(db, entity, id, j); !r)
        return r.error();
    // Invalid UTF-8 in a text column (written with the sqlite3 tool) must not throw: replace it, and the
    // comparison with the trail then fails as it should.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::string> recordSnapshot(Database& db, std::string_view entityName, std::int64_t id)
{
    const AuditedEntity* entity = findAuditedEntity(entityName);
    if (!entity)
        return makeDbError(DbError::Kind::Invalid, "not an audited record type: " + std::string(entityName));
    auto s = db.prepare(std::string("SELECT * FROM ") + entity->table + " WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    auto r = s->step();
    if (!r)
        return r.error();
    if (!*r)
        return std::string();
    return recordSnapshot(db, *entity, *s);
}

Result<ChainHead> readChainHead(Database& db)
{
    auto head = db.prepare("SELECT seq, hash FROM chain_head WHERE id = 1");
    if (!head)
        return head.error();
    auto hr = head->step();
    if (!hr)
        return hr.error();
    if (!*hr)
        return makeDbError(DbError::Kind::Corrupt, db.path() + ": the audit chain head is missing");
    return ChainHead{head->int64(0), head->text(1)};
}

Result<Ok> writeChainHead(Database& db, const ChainHead& head)
{
    auto upd = db.prepare("UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1");
    if (!upd)
        return upd.error();
    upd->bind(1, head.seq).bind(2, head.hash);
    return upd->run();
}

Result<std::int64_t> appendAudit(Database& db, const AuditDraft& draft)
{
    auto head = readChainHead(db);
    if (!head)
        return head.error();
    AuditEntry e;
    e.seq = head->seq + 1;
    e.prevHash = head->hash;
    e.at = draft.at;
    e.userId = draft.userId;
    e.username = draft.username;
    e.action = draft.action;
    e.entity = draft.entity;
    e.entityId = draft.entityId;
    e.oldValue = draft.oldValue;
    e.newValue = draft.newValue;
    e.reason = draft.reason;
    const std::string atText = formatUtc(e.at);
    e.hash = auditEntryHash(e.prevHash, e.seq, atText, e.userId, e.username, e.action, e.entity, e.entityId, e.oldValue,
                            e.newValue, e.reason);

    auto ins = db.prepare("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, old_value, "
                          "new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    ins->bindAll({e.seq, atText, e.userId, e.username, e.action, e.entity, e.entityId, e.oldValue, e.newValue, e.reason,
                  e.prevHash, e.hash});
    if (auto r = ins->run(); !r)
        return r.error();
    if (auto r = writeChainHead(db, ChainHead{e.seq, e.hash}); !r)
        return r.error();
    if (isCheckpointEntry(e.entity, e.action))
        if (auto r = signCheckpoint(db, e.seq, e.hash); !r)
            return r.error();
    return e.seq;
}

Result<std::int64_t> insertRow(Database& db, std::string_view table, const sql::Columns& columns)
{
    std::string text = "INSERT INTO " + std::string(table) + " (";
    std::string marks;
    for (size_t i = 0; i < columns.size(); ++i) {
        text += (i ? ", " : "") + std::string(columns[i].first);
        marks += i ? ", ?" : "?";
    }
    // RETURNING: both backends report the new key this way (PostgreSQL has no "last insert rowid").
    text += ") VALUES (" + marks + ") RETURNING id";
    auto s = db.prepare(text);
    if (!s)
        return s.error();
    for (size_t i = 0; i < columns.size(); ++i)
        s->bind(int(i + 1), columns[i].second);
    auto r = s->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeDbError(DbError::Kind::Io, "inserting into " + std::string(table) + " returned no id");
    const std::int64_t id = s->int64(0);
    if (auto done = s->run(); !done)
        return done.error();
    return id;
}

Result<std::int64_t> auditedInsert(Database& db, const Actor& actor, UtcTime at, std::string_view entityName,
                                   const sql::Columns& columns, const std::string& reason)
{
    const AuditedEntity* entity = findAuditedEntity(entityName);
    if (!entity)
        return makeDbError(DbError::Kind::Invalid, "not an audited record type: " + std::string(entityName));
    Transaction tx(db);
    if (!tx.ok())
        return tx.beginError();
    auto id = insertRow(db, entity->table, columns);
    if (!id)
        return id.error();
    auto snapshot = recordSnapshot(db, entityName, *id);
    if (!snapshot)
        return snapshot.error();
    auto seq = appendAudit(db, AuditDraft{at, actor.userId, actor.username, "create", std::string(entityName),
                                          std::to_string(*id), std::string(), *snapshot, reason});
    if (!seq)
        return seq.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<Ok> auditedUpdate(Database& db, const Actor& actor, UtcTime at, std::string_view entityName, std::int64_t id,
                         const sql::Columns& columns, const std::string& reason, const char* action)
{
    const AuditedEntity* entity = findAuditedEntity(entityName);
    if (!entity)
        return makeDbError(DbError::Kind::Invalid, "not an audited record type: " + std::string(entityName));
    Transaction tx(db);
    if (!tx.ok())
        return tx.beginError();
    auto before = recordSnapshot(db, entityName, id);
    if (!before)
        return before.error();
    if (before->empty())
        return notFound(entityName, id);
    std::string text = "UPDATE " + std::string(entity->table) + " SET ";
    for (size_t i = 0; i < columns.size(); ++i)
        text += (i ? ", " : "") + std::string(columns[i].first) + " = ?";
    text += " WHERE id = ?";
    auto s = db.prepare(text);
    if (!s)
        return s.error();
    for (size_t i = 0; i < columns.size(); ++i)
        s->bind(int(i + 1), columns[i].second);
    s->bind(int(columns.size() + 1), id);
    if (auto r = s->run(); !r)
        return r.error();
    auto after = recordSnapshot(db, entityName, id);
    if (!after)
        return after.error();
    if (*after == *before)
        return tx.commit(); // nothing changed: nothing to audit
    if (reason.empty())
        return makeDbError(DbError::Kind::Invalid,
                           "a change to " + std::string(entityName) + " " + std::to_string(id) + " needs a reason");
    auto seq = appendAudit(db, AuditDraft{at, actor.userId, actor.username, action, std::string(entityName),
                                          std::to_string(id), *before, *after, reason});
    if (!seq)
        return seq.error();
    return tx.commit();
}

sql::Value idOrNull(std::int64_t id)
{
    return id ? sql::Value{id} : sql::Value{nullptr};
}
sql::Value timeOrNull(const std::optional<UtcTime>& t)
{
    return t ? sql::Value{formatUtc(*t)} : sql::Value{nullptr};
}
sql::Value timeText(UtcTime t)
{
    return formatUtc(t);
}

std::optional<UtcTime> timeColumn(const sql::Row& row, std::string_view name)
{
    const std::string text = row.text(name);
    if (text.empty())
        return std::nullopt;
    return parseUtc(text);
}

UtcTime requiredTimeColumn(const sql::Row& row, std::string_view name)
{
    return timeColumn(row, name).value_or(UtcTime{});
}

Result<std::string> nextDailyNumber(Database& db, std::string_view table, std::string_view prefix, UtcTime at)
{
    const std::string stem = std::string(prefix) + "-" + utcDayStamp(at) + "-";
    // Numeric maximum: past 9999 in a day the suffix grows a digit and text order would no longer be number order.
    auto s = db.prepare("SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM " + std::string(table) +
                        " WHERE number >= ? AND number < ?");
    if (!s)
        return s.error();
    s->bind(1, std::int64_t(stem.size() + 1));
    s->bind(2, stem);
    s->bind(3, stem + "~");
    auto r = s->step();
    if (!r)
        return r.error();
    const std::int64_t next = (*r && !s->isNull(0)) ? s->int64(0) + 1 : 1;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(next));
    return stem + buf;
}

} // namespace prep::db
