// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database_copy.h"

#include "db/audit_log.h"
#include "db/audited.h"

namespace prep::db {

const std::vector<std::string>& schemaTables()
{
    // Parents first: foreign keys are checked as each row goes in.
    static const std::vector<std::string> kTables{"app_user",
                                                  "user_password_state",
                                                  "patient",
                                                  "prescription_order",
                                                  "inbound_message",
                                                  "order_origin",
                                                  "order_check",
                                                  "preparation",
                                                  "vial_scan",
                                                  "weighing",
                                                  "photo",
                                                  "label",
                                                  "signature",
                                                  "deviation_decision",
                                                  "step_redo",
                                                  "preparation_data_version",
                                                  "shipment",
                                                  "shipment_preparation",
                                                  "handover",
                                                  "logger_import",
                                                  "temperature_reading",
                                                  "logger_import_source",
                                                  "logger_day",
                                                  "field_scan",
                                                  "delivery_problem",
                                                  "dose_not_given",
                                                  "shipment_return",
                                                  "returned_dose_decision",
                                                  "dispatch_alarm_resolution",
                                                  "care_assignment",
                                                  "patient_home",
                                                  "delivery_slot",
                                                  "audit_log",
                                                  "audit_key",
                                                  "audit_checkpoint"};
    return kTables;
}

namespace {

Result<std::int64_t> count(Database& db, const std::string& table)
{
    auto s = db.prepare("SELECT COUNT(*) FROM " + table);
    if (!s)
        return s.error();
    auto r = s->step();
    if (!r)
        return r.error();
    return *r ? s->int64(0) : 0;
}

// Copies the rows of `table`, in key order, with the same columns and values.
Result<std::int64_t> copyTable(Database& from, Database& to, const std::string& table)
{
    auto rows = from.prepare("SELECT * FROM " + table, sql::Rows::Many);
    if (!rows)
        return rows.error();
    const int n = rows->columnCount();
    std::string text = "INSERT INTO " + table + " (";
    std::string marks;
    for (int i = 0; i < n; ++i) {
        text += (i ? ", " : "") + rows->columnName(i);
        marks += i ? ", ?" : "?";
    }
    text += ") VALUES (" + marks + ")";
    auto insert = to.prepare(text);
    if (!insert)
        return insert.error();
    std::int64_t copied = 0;
    for (;;) {
        auto r = rows->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        for (int i = 0; i < n; ++i)
            insert->bind(i + 1, rows->value(i));
        if (auto done = insert->run(); !done) {
            DbError e = done.error();
            e.message = "copying " + table + " row " + std::to_string(copied + 1) + ": " + e.message;
            return e;
        }
        insert->reset();
        ++copied;
    }
    return copied;
}

} // namespace

Result<DatabaseCopy> copyDatabase(Database& from, Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return makeDbError(DbError::Kind::Version, "the source is at schema version " +
                                                       std::to_string(from.schemaVersion()) +
                                                       " and the destination at " + std::to_string(to.schemaVersion()) +
                                                       ": open both with this program first");
    for (const std::string& table : schemaTables()) {
        auto n = count(to, table);
        if (!n)
            return n.error();
        if (*n != 0)
            return makeDbError(DbError::Kind::Invalid, to.path() + " is not empty (" + table + " holds " +
                                                           std::to_string(*n) +
                                                           " rows): a copy goes into a new "
                                                           "database only");
    }

    DatabaseCopy out;
    {
        // One snapshot of the source for every table and the chain head.
        auto readers = from.beginSharedRead("database_copy", 0);
        if (!readers)
            return readers.error();
        struct EndRead
        {
            Database& db;
            ~EndRead() { (void)db.endSharedRead("database_copy"); }
        } endRead{from};

        Transaction tx(to);
        if (!tx.ok())
            return tx.beginError();
        for (const std::string& table : schemaTables()) {
            auto copied = copyTable(from, to, table);
            if (!copied)
                return copied.error();
            out.tables.push_back(TableCopied{table, *copied});
            if (auto r = to.backend().keysCopied(table); !r)
                return r.error();
        }
        auto head = readChainHead(from);
        if (!head)
            return head.error();
        if (auto r = writeChainHead(to, *head); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }

    auto v = AuditLog(to).verify();
    if (!v)
        return v.error();
    if (!v->intact)
        return makeDbError(DbError::Kind::Corrupt, "the copy in " + to.path() + " does not verify: " + v->problem);
    out.auditEntries = v->entriesChecked;
    out.recordsChecked = v->recordsChecked;
    return out;
}

} // namespace prep::db
