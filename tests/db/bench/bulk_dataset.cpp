// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/db/bench/bulk_dataset.h"

#include "db/audit_chain.h"
#include "db/database.h"
#include "db/time.h"
#include "db/user_directory.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

namespace prep::bench {

using namespace std::chrono;
using db::sql::Value;

namespace {

// One row as (column, value), every column of its table: inserted as is and snapshotted as the repositories do.
using Row = std::vector<std::pair<const char*, Value>>;

struct Failed : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

class Writer
{
public:
    explicit Writer(sqlite3* db)
        : m_db(db)
    {}
    ~Writer()
    {
        for (auto& [table, stmt] : m_inserts)
            sqlite3_finalize(stmt);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void exec(const std::string& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : sqlite3_errmsg(m_db);
            sqlite3_free(message);
            throw Failed(sql.substr(0, 80) + ": " + text);
        }
    }

    // INSERT of `row` into `table`; the statement is prepared once per table (rows of a table list the same
    // columns in the same order).
    void insert(const char* table, const Row& row)
    {
        sqlite3_stmt*& stmt = m_inserts[table];
        if (!stmt) {
            std::string sql = std::string("INSERT INTO ") + table + " (";
            std::string marks;
            for (std::size_t i = 0; i < row.size(); ++i) {
                sql += (i ? ", " : "") + std::string(row[i].first);
                marks += i ? ", ?" : "?";
            }
            sql += ") VALUES (" + marks + ")";
            if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
                throw Failed(sql + ": " + sqlite3_errmsg(m_db));
        }
        for (std::size_t i = 0; i < row.size(); ++i) {
            const int index = int(i + 1);
            const Value& v = row[i].second;
            if (std::holds_alternative<std::nullptr_t>(v))
                sqlite3_bind_null(stmt, index);
            else if (auto n = std::get_if<std::int64_t>(&v))
                sqlite3_bind_int64(stmt, index, *n);
            else if (auto d = std::get_if<double>(&v))
                sqlite3_bind_double(stmt, index, *d);
            else {
                const auto& s = std::get<std::string>(v);
                sqlite3_bind_text(stmt, index, s.data(), int(s.size()), SQLITE_STATIC);
            }
        }
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            const std::string message = sqlite3_errmsg(m_db);
            sqlite3_reset(stmt);
            throw Failed(std::string("insert into ") + table + ": " + message);
        }
        sqlite3_reset(stmt);
    }

private:
    sqlite3* m_db;
    std::map<std::string, sqlite3_stmt*> m_inserts;
};

// The canonical JSON of a row, as db/audited.cpp recordSnapshot() writes it: every column, keys sorted.
nlohmann::json json(const Row& row)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [name, v] : row) {
        if (std::holds_alternative<std::nullptr_t>(v))
            j[name] = nullptr;
        else if (auto n = std::get_if<std::int64_t>(&v))
            j[name] = *n;
        else if (auto d = std::get_if<double>(&v))
            j[name] = *d;
        else
            j[name] = std::get<std::string>(v);
    }
    return j;
}

std::string dump(const nlohmann::json& j)
{
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string snapshot(const Row& row)
{
    return dump(json(row));
}

Value& column(Row& row, std::string_view name)
{
    for (auto& [n, v] : row)
        if (name == n)
            return v;
    throw Failed("no column " + std::string(name));
}

// The audit chain, continued from the head the users' creation left.
class Chain
{
public:
    Chain(Writer& w, std::int64_t seq, std::string head)
        : m_w(w)
        , m_seq(seq)
        , m_prevHash(std::move(head))
    {}
    void append(db::UtcTime at, const db::Actor& who, const char* action, const char* entity, std::int64_t id,
                const std::string& oldValue, const std::string& newValue, const std::string& reason)
    {
        append(at, who, action, entity, std::to_string(id), oldValue, newValue, reason);
    }
    void append(db::UtcTime at, const db::Actor& who, const char* action, const char* entity,
                const std::string& entityId, const std::string& oldValue, const std::string& newValue,
                const std::string& reason)
    {
        const std::int64_t seq = ++m_seq;
        std::string atText = db::formatUtc(at);
        std::string hash = db::auditEntryHash(m_prevHash, seq, atText, who.userId, who.username, action, entity,
                                              entityId, oldValue, newValue, reason);
        m_w.insert("audit_log", {{"seq", seq},
                                 {"at", std::move(atText)},
                                 {"user_id", who.userId},
                                 {"username", who.username},
                                 {"action", std::string(action)},
                                 {"entity", std::string(entity)},
                                 {"entity_id", entityId},
                                 {"old_value", oldValue},
                                 {"new_value", newValue},
                                 {"reason", reason},
                                 {"prev_hash", m_prevHash},
                                 {"hash", hash}});
        m_prevHash = std::move(hash);
    }
    void writeHead()
    {
        m_w.exec("UPDATE chain_head SET seq = " + std::to_string(m_seq) + ", hash = '" + m_prevHash + "' WHERE id = 1");
    }
    std::int64_t seq() const { return m_seq; }

private:
    Writer& m_w;
    std::int64_t m_seq;
    std::string m_prevHash;
};

// "P-20260105-0001": numbers restart each UTC day, as nextDailyNumber() draws them.
class DailyNumbers
{
public:
    explicit DailyNumbers(const char* prefix)
        : m_prefix(prefix)
    {}
    std::string next(db::UtcTime at)
    {
        const std::string day = db::utcDayStamp(at);
        if (day != m_day) {
            m_day = day;
            m_count = 0;
        }
        char buf[24];
        std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(++m_count));
        return m_prefix + "-" + day + "-" + buf;
    }

private:
    std::string m_prefix, m_day;
    std::int64_t m_count = 0;
};

std::string lotName(std::int64_t i)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "LOT-%06lld", static_cast<long long>(i / 100));
    return buf;
}

BulkCounts generate(const std::string& path, DatasetSize size,
                    const std::function<void(std::int64_t, std::int64_t)>& progress)
{
    db::UtcTime now{sys_days{year{2026} / 1 / 5}};
    auto tick = [&] { return now += seconds{5}; };

    // The schema and the users through the real code.
    db::Actor tech, pharma;
    std::int64_t headSeq = 0;
    std::string headHash;
    {
        auto opened = db::Database::open(path);
        if (!opened)
            throw Failed(opened.error().message);
        db::Database& database = **opened;
        db::UserDirectory users(database, db::PasswordHashCost::minimal());
        auto admin = users.bootstrapAdmin("admin", "Alice Admin", "bench password", tick());
        if (!admin)
            throw Failed(admin.error().message);
        auto t = users.createUser(*admin, tick(), "tech", "Thomas Technicien", db::Role::Technician, "bench password");
        auto p =
            users.createUser(*admin, tick(), "pharma", "Paula Pharmacienne", db::Role::Pharmacist, "bench password");
        if (!t || !p)
            throw Failed("creating bench users");
        tech = *t;
        pharma = *p;
        auto head = database.prepare("SELECT seq, hash FROM chain_head WHERE id = 1");
        if (!head || !head->step().value())
            throw Failed("no chain head");
        headSeq = head->int64(0);
        headHash = head->text(1);
    }

    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        throw Failed("reopening " + path);
    }
    struct Close
    {
        sqlite3* db;
        ~Close() { sqlite3_close_v2(db); }
    } close{raw};
    BulkCounts counts;
    {
        Writer w(raw);
        // Bulk settings: no journal, no fsync, a large cache; the station's WAL mode is restored at the end.
        w.exec("PRAGMA journal_mode=OFF");
        w.exec("PRAGMA synchronous=OFF");
        w.exec("PRAGMA cache_size=-1000000");
        w.exec("PRAGMA locking_mode=EXCLUSIVE");
        // The (entity, entity_id, seq) index is built once at the end: a sort instead of 20 M random inserts.
        std::string indexSql;
        {
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(raw, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'audit_log_entity'",
                               -1, &s, nullptr);
            if (s && sqlite3_step(s) == SQLITE_ROW)
                indexSql = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            sqlite3_finalize(s);
            if (indexSql.empty())
                throw Failed("the schema has no audit_log_entity index");
        }
        w.exec("DROP INDEX audit_log_entity");

        Chain chain(w, headSeq, headHash);
        DailyNumbers prepNumbers("P"), shipmentNumbers("S");
        const std::string hash(64, 'a');
        std::int64_t patientId = 0, orderId = 0, prepId = 0, scanId = 0, weighingId = 0, photoId = 0, labelId = 0,
                     signatureId = 0, shipmentId = 0;
        std::vector<std::int64_t> toShip;
        constexpr std::int64_t kBatch = 20000; // preparations per transaction
        w.exec("BEGIN");
        for (std::int64_t done = 0; done < size.preparations; ++done) {
            if (done % 10 == 0) {
                char ipp[32];
                std::snprintf(ipp, sizeof ipp, "IPP-%08lld", static_cast<long long>(done / 10));
                const Row patient{{"id", ++patientId},          {"ipp", std::string(ipp)},
                                  {"family_name", "PATIENT"},   {"given_name", std::string(ipp)},
                                  {"birth_date", "1950-01-01"}, {"fictitious", std::int64_t{1}}};
                w.insert("patient", patient);
                chain.append(tick(), tech, "create", "patient", patientId, {}, snapshot(patient), {});
            }
            const std::string drug = done % 3 ? "azacitidine" : "bortezomib";
            const db::UtcTime orderAt = tick();
            const Row order{{"id", ++orderId},
                            {"patient_id", patientId},
                            {"drug", drug},
                            {"protocol_id", "P"},
                            {"cycle_day", "C1D1"},
                            {"height_cm", 170.0},
                            {"weight_kg", 70.0},
                            {"bsa_formula", "mosteller"},
                            {"bsa_m2", 1.82},
                            {"mg_per_m2", 75.0},
                            {"dose_mg", 136.5},
                            {"prescriber", "Dr Bench"},
                            {"status", "prescribed"},
                            {"validated_by", nullptr},
                            {"validated_at", nullptr},
                            {"created_at", db::formatUtc(orderAt)}};
            w.insert("prescription_order", order);
            chain.append(orderAt, pharma, "create", "order", orderId, {}, snapshot(order), {});

            // The preparation goes through six states; the table holds the last, the trail every change.
            const db::UtcTime createdAt = tick();
            Row prep{{"id", ++prepId},
                     {"number", prepNumbers.next(createdAt)},
                     {"order_id", orderId},
                     {"syringe_index", std::int64_t{1}},
                     {"syringe_count", std::int64_t{1}},
                     {"drug", drug},
                     {"target_dose_mg", 136.5},
                     {"target_volume_ml", 5.46},
                     {"concentration_mg_per_ml", 25.0},
                     {"product_gtin", "03400930000120"},
                     {"status", "planned"},
                     {"prepared_by", nullptr},
                     {"released_by", nullptr},
                     {"started_at", nullptr},
                     {"reconstituted_at", nullptr},
                     {"prepared_at", nullptr},
                     {"released_at", nullptr},
                     {"expiry", nullptr},
                     {"stability_rule", ""},
                     {"stability_source", ""},
                     {"storage", ""},
                     {"measured_dose_mg", 0.0},
                     {"deviation_percent", 0.0},
                     {"tolerance_decision", ""},
                     {"created_at", db::formatUtc(createdAt)}};
            const std::string number = std::get<std::string>(column(prep, "number"));
            std::string prepSnapshot = snapshot(prep);
            chain.append(createdAt, tech, "create", "preparation", prepId, {}, prepSnapshot, {});
            auto change = [&](db::UtcTime at, const db::Actor& who, const std::string& reason) {
                std::string after = snapshot(prep);
                chain.append(at, who, "update", "preparation", prepId, prepSnapshot, after, reason);
                prepSnapshot = std::move(after);
            };
            column(prep, "status") = "in_progress";
            column(prep, "prepared_by") = tech.userId;
            column(prep, "started_at") = db::formatUtc(tick());
            change(now, tech, "started");

            const db::UtcTime scanAt = tick();
            const std::string gtin = "03400930000120", lot = lotName(done);
            const Row scan{{"id", ++scanId},
                           {"preparation_id", prepId},
                           {"gtin", gtin},
                           {"lot", lot},
                           {"expiry", "2027-05-31"},
                           {"serial", "SN" + std::to_string(done)},
                           {"raw_scan", "]d2" + gtin + lot},
                           {"hri", "(01)" + gtin + "(10)" + lot},
                           {"source", "sim://camera"},
                           {"at", db::formatUtc(scanAt)},
                           {"user_id", tech.userId}};
            w.insert("vial_scan", scan);
            chain.append(scanAt, tech, "create", "vial_scan", scanId, {}, snapshot(scan), {});
            double g = 10;
            for (const char* step : {"tare", "diluent_before", "diluent_after", "filled"}) {
                const db::UtcTime at = tick();
                g += 1.5;
                const Row weighing{{"id", ++weighingId},
                                   {"preparation_id", prepId},
                                   {"step", std::string(step)},
                                   {"grams", g},
                                   {"stable", std::int64_t{1}},
                                   {"readability_g", 0.0001},
                                   {"source", "sim://scale serial=SIM-1"},
                                   {"raw", "S S " + std::to_string(g) + " g"},
                                   {"at", db::formatUtc(at)},
                                   {"user_id", tech.userId}};
                w.insert("weighing", weighing);
                chain.append(at, tech, "create", "weighing", weighingId, {}, snapshot(weighing), {});
            }
            for (const char* step : {"vial", "reconstituted", "filled"}) {
                const db::UtcTime at = tick();
                const Row photo{{"id", ++photoId},         {"preparation_id", prepId}, {"step", std::string(step)},
                                {"path", "/photos/x.png"}, {"sha256", hash},           {"at", db::formatUtc(at)},
                                {"user_id", tech.userId}};
                w.insert("photo", photo);
                chain.append(at, tech, "create", "photo", photoId, {}, snapshot(photo), {});
            }
            {
                const db::UtcTime at = tick();
                const Row label{{"id", ++labelId},
                                {"preparation_id", prepId},
                                {"path", "/labels/x.pdf"},
                                {"format", "pdf"},
                                {"template_id", "syringe"},
                                {"template_version", std::int64_t{1}},
                                {"template_sha256", hash},
                                {"file_sha256", hash},
                                {"barcode_data", number},
                                {"duplicate", std::int64_t{0}},
                                {"read_back_ok", std::int64_t{1}},
                                {"at", db::formatUtc(at)},
                                {"user_id", tech.userId}};
                w.insert("label", label);
                chain.append(at, tech, "create", "label", labelId, {}, snapshot(label), {});
            }
            for (auto [who, meaning] : {std::pair{&tech, "prepared"}, std::pair{&pharma, "released"}}) {
                const db::UtcTime at = tick();
                const Row signature{{"id", ++signatureId},
                                    {"user_id", who->userId},
                                    {"meaning", std::string(meaning)},
                                    {"entity", "preparation"},
                                    {"entity_id", std::to_string(prepId)},
                                    {"content_sha256", hash},
                                    {"at", db::formatUtc(at)}};
                w.insert("signature", signature);
                chain.append(at, *who, "create", "signature", signatureId, {}, snapshot(signature),
                             std::string("signed as ") + meaning);
            }
            for (const char* status : {"prepared", "released", "dispatched", "delivered"}) {
                column(prep, "status") = std::string(status);
                if (std::holds_alternative<std::nullptr_t>(column(prep, "prepared_at")))
                    column(prep, "prepared_at") = db::formatUtc(tick());
                change(tick(), pharma, std::string("status ") + status);
            }
            w.insert("preparation", prep);

            toShip.push_back(prepId);
            if (toShip.size() == 5) {
                const db::UtcTime at = tick();
                const Row shipment{{"id", ++shipmentId},
                                   {"number", shipmentNumbers.next(at)},
                                   {"logger_id", "LOG"},
                                   {"status", "packed"},
                                   {"created_at", db::formatUtc(at)}};
                w.insert("shipment", shipment);
                for (std::int64_t id : toShip)
                    w.insert("shipment_preparation", {{"shipment_id", shipmentId}, {"preparation_id", id}});
                nlohmann::json j = json(shipment);
                j["preparation_ids"] = toShip;
                chain.append(at, pharma, "create", "shipment", shipmentId, {}, dump(j), {});
                toShip.clear();
            }
            if ((done + 1) % kBatch == 0) {
                w.exec("COMMIT");
                w.exec("BEGIN");
                if (progress)
                    progress(done + 1, chain.seq());
            }
        }
        // Login events top the trail up to the requested size, as in dataset.cpp.
        while (chain.seq() < size.auditEntries) {
            chain.append(tick(), tech, "authenticated", "login", "tech", {}, {}, {});
            if (chain.seq() % 1000000 == 0) {
                w.exec("COMMIT");
                w.exec("BEGIN");
                if (progress)
                    progress(size.preparations, chain.seq());
            }
        }
        chain.writeHead();
        w.exec("COMMIT");
        if (progress)
            progress(size.preparations, chain.seq());
        w.exec(indexSql);
        w.exec("PRAGMA locking_mode=NORMAL");
        w.exec("PRAGMA journal_mode=WAL");
        counts.preparations = prepId;
        counts.auditEntries = chain.seq();
    }
    return counts;
}

} // namespace

db::Result<BulkCounts> generateBulkDataset(const std::string& path, DatasetSize size,
                                           const std::function<void(std::int64_t, std::int64_t)>& progress)
{
    if (std::filesystem::exists(path))
        return db::makeDbError(db::DbError::Kind::Invalid, path + " exists; refusing to add to it");
    try {
        return generate(path, size, progress);
    } catch (const Failed& e) {
        return db::makeDbError(db::DbError::Kind::Io, e.what());
    }
}

} // namespace prep::bench
