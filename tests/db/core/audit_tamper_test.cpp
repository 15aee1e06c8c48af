// SPDX-License-Identifier: GPL-3.0-or-later
// Tampering as an inspector would try it: the sqlite3 command-line tool on the database file, or psql on the
// PostgreSQL database, then verify().
#include "db/audit_log.h"
#include "db/audited.h"
#include "db/logger_repository.h"
#include "db/shipment_repository.h"
#include "db/signature_service.h"
#include "db/weighing_repository.h"
#include "tests/db/core/db_fixture.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace prep;

namespace {

struct Tamper
{
    const char* name;
    const char* sql;
    const char* expected; // in the problem text
    bool namesEntry;      // firstBrokenSeq must be set
};

const Tamper kTampers[] = {
    {"EditWeighing", "UPDATE weighing SET grams = 13.0 WHERE id = 1", "weighing 1 differs", true},
    {"DeleteWeighing", "DELETE FROM weighing WHERE id = 2", "weighing 2 is missing", true},
    {"InsertWeighing",
     "INSERT INTO weighing (preparation_id, step, grams, stable, readability_g, source, raw, at, user_id) "
     "VALUES (1, 'filled', 20.0, 1, 0.0001, 'sim://', '', '2026-11-22T09:00:00.000Z', 2)",
     "weighing 3 has no audit entry", false},
    {"EditPreparationStatus", "UPDATE preparation SET status = 'released' WHERE id = 1", "preparation 1 differs", true},
    {"EditAuditReason", "UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 4", "audit entry 4", true},
    {"EditAuditNewValue",
     "UPDATE audit_log SET new_value = replace(new_value, '12.5', '13.5') WHERE entity = "
     "'weighing' AND entity_id = '1'",
     "was altered", true},
    {"DeleteAuditEntry", "DELETE FROM audit_log WHERE seq = 5", "audit entry 5 is missing", true},
    {"DeleteLastAuditEntry", "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)",
     "removed from the end", true},
    {"DeleteLastEntryAndRewindHead",
     "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log); UPDATE chain_head SET seq = (SELECT "
     "MAX(seq) FROM audit_log), hash = (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)",
     "signature 1 has no audit entry", false},
    {"InsertAuditEntry",
     "INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, old_value, new_value, reason, "
     "prev_hash, hash) SELECT seq + 1, '2026-11-22T09:00:00.000Z', 1, 'admin', 'note', 'x', '1', '', '', '', hash, "
     "'0000000000000000000000000000000000000000000000000000000000000000' FROM chain_head",
     "was altered", true},
    {"EditTemperatureReading", "UPDATE temperature_reading SET celsius = 4.0 WHERE seq = 2", "logger_import 1 differs",
     true},
    {"EditLoggerDay", "UPDATE logger_day SET max_c = 6.0 WHERE seq = 1", "logger_import 1 differs", true},
    {"EditLoggerFormat", "UPDATE logger_import_source SET format = 'generic-csv'", "logger_import 1 differs", true},
    {"MoveBagToOtherShipmentList", "DELETE FROM shipment_preparation", "shipment 1 differs", true},
    {"PromoteUserToAdmin", "UPDATE app_user SET role = 'admin' WHERE username = 'tech'", "user 2 differs", true},
    {"SwapPasswordHash",
     "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'admin') WHERE "
     "username = 'tech'",
     "user 2 differs", true},
    {"EditSignedHash",
     "UPDATE signature SET content_sha256 = replace(content_sha256, substr(content_sha256, 1, 1), "
     "'f') WHERE id = 1",
     "signature 1 differs", true},
};

// Readable test names in failure output instead of bytes.
void PrintTo(const Tamper& t, std::ostream* os)
{
    *os << t.name;
}

} // namespace

class AuditTamperTest : public test::DbFixture, public ::testing::WithParamInterface<Tamper>
{
protected:
    void SetUp() override
    {
        test::DbFixture::SetUp();
        // A small but complete record: preparation, two weighings, a shipment, a logger import, a signature.
        const auto p = makePreparation();
        ASSERT_EQ(p.id, 1);
        db::WeighingRepository weighings(*database);
        for (double g : {12.5, 17.25}) {
            db::WeighingRecord w;
            w.preparationId = p.id;
            w.step = g < 15 ? "tare" : "filled";
            w.grams = g;
            w.stable = true;
            w.readabilityG = 0.0001;
            w.source = "sim://scale serial=SIM-1";
            ASSERT_TRUE(weighings.add(technician, tick(), w));
        }
        db::ShipmentRecord s;
        s.loggerId = "LOG-1";
        s.preparationIds = {p.id};
        auto shipment = db::ShipmentRepository(*database).create(pharmacist, tick(), s);
        ASSERT_TRUE(shipment);
        db::LoggerImportRecord imp;
        imp.shipmentId = shipment->id;
        imp.loggerId = "LOG-1";
        imp.fileSha256 = std::string(64, 'e');
        imp.verdict = "valid";
        imp.format = "fridge-tag-2l"; // readings and the device's own days (migration 0010)
        const db::LoggerDayRecord day{"2026-11-22", tick(), tick(), 3.9, 7.2, 0, 0, 0};
        ASSERT_TRUE(db::LoggerRepository(*database).import(nurse, tick(), imp,
                                                           {{tick(), 5.0}, {tick(), 5.5}, {tick(), 6.0}}, {day}));
        db::SignatureService signatures(*database, *users);
        ASSERT_TRUE(
            signatures.sign("tech", test::kPassword, "prepared", "preparation", "1", std::string(64, '1'), tick()));
        auto intact = db::AuditLog(*database).verify();
        ASSERT_TRUE(intact) << intact.error().message;
        ASSERT_TRUE(intact->intact) << intact->problem;
        ASSERT_GT(intact->entriesChecked, 10);
        database.reset(); // let the tool at the file as another process would
    }
};

TEST_P(AuditTamperTest, IsDetectedAndNamed)
{
    const Tamper& t = GetParam();
    ASSERT_EQ(sqlTool(t.sql), 0) << "the sqlite3 tool or psql refused: " << t.sql;
    auto reopened = db::Database::open(dbPath);
    ASSERT_TRUE(reopened) << reopened.error().message;
    auto v = db::AuditLog(**reopened).verify();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_FALSE(v->intact) << t.name << ": not detected";
    EXPECT_NE(v->problem.find(t.expected), std::string::npos) << v->problem;
    if (t.namesEntry) {
        EXPECT_GT(v->firstBrokenSeq, 0) << v->problem;
    }
}

std::string tamperName(const ::testing::TestParamInfo<Tamper>& param)
{
    return param.param.name;
}
INSTANTIATE_TEST_SUITE_P(SqliteTool, AuditTamperTest, ::testing::ValuesIn(kTampers), tamperName);

class AuditLogTest : public test::DbFixture
{};

TEST_F(AuditLogTest, ChainLinksEveryEntryToThePreviousOne)
{
    makePreparation();
    auto all = db::AuditLog(*database).all();
    ASSERT_TRUE(all);
    ASSERT_GT(all->size(), 3u);
    EXPECT_EQ(all->front().prevHash, "");
    for (size_t i = 1; i < all->size(); ++i) {
        EXPECT_EQ((*all)[i].seq, (*all)[i - 1].seq + 1);
        EXPECT_EQ((*all)[i].prevHash, (*all)[i - 1].hash);
        EXPECT_EQ((*all)[i].hash.size(), 64u);
    }
    auto v = db::AuditLog(*database).verify();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->intact) << v->problem;
    EXPECT_EQ(v->entriesChecked, std::int64_t(all->size()));
}

TEST_F(AuditLogTest, LongChainNamesTheFirstBrokenEntryAcrossHashingBatches)
{
    // Verification hashes in batches on a second thread: the earliest broken entry must still be the one named.
    {
        db::Transaction tx(*database);
        for (int i = 0; i < 20000; ++i)
            ASSERT_TRUE(db::appendAudit(
                *database,
                db::AuditDraft{tick(), admin.userId, "admin", "authenticated", "login", "admin", {}, {}, {}}));
        ASSERT_TRUE(tx.commit());
    }
    db::AuditLog log(*database);
    auto intact = log.verify();
    ASSERT_TRUE(intact);
    EXPECT_TRUE(intact->intact) << intact->problem;
    EXPECT_GT(intact->entriesChecked, 20000);

    ASSERT_TRUE(database->execute("UPDATE audit_log SET reason = 'x' WHERE seq = 15000"));
    auto late = log.verifyChain();
    ASSERT_TRUE(late);
    EXPECT_EQ(late->firstBrokenSeq, 15000) << late->problem;
    ASSERT_TRUE(database->execute("UPDATE audit_log SET reason = 'x' WHERE seq = 9001"));
    ASSERT_TRUE(database->execute("UPDATE audit_log SET prev_hash = 'y' WHERE seq = 12000"));
    auto early = log.verifyChain();
    ASSERT_TRUE(early);
    EXPECT_EQ(early->firstBrokenSeq, 9001) << early->problem;
    EXPECT_NE(early->problem.find("was altered"), std::string::npos);
    ASSERT_TRUE(database->execute("UPDATE audit_log SET prev_hash = 'y' WHERE seq = 4100"));
    auto link = log.verifyChain();
    ASSERT_TRUE(link);
    EXPECT_EQ(link->firstBrokenSeq, 4100) << link->problem;
    EXPECT_NE(link->problem.find("previous-hash"), std::string::npos);
}

// Verification splits a long chain into ranges checked on several threads, each on its own connection in one
// snapshot. Whatever thread finds a break, the entry named must be the one a single thread names: breaks at and
// around the range boundaries, in several ranges at once, and deletions that hide a boundary.
class ParallelVerificationTest : public test::DbFixture
{
protected:
    static constexpr int kThreads = 4;

    void SetUp() override
    {
        test::DbFixture::SetUp();
        makePreparation();
        db::Transaction tx(*database);
        for (int i = 0; i < 20000; ++i)
            ASSERT_TRUE(db::appendAudit(
                *database,
                db::AuditDraft{tick(), admin.userId, "admin", "authenticated", "login", "admin", {}, {}, {}}));
        ASSERT_TRUE(tx.commit());
        {
            auto head = database->prepare("SELECT seq FROM chain_head");
            ASSERT_TRUE(head && head->step().value());
            last = head->int64(0);
        }
        for (int i = 1; i < kThreads; ++i)
            bounds.push_back(last / kThreads * i); // the last entry of each range but the last one
        database.reset();
        pristineStore = store->copy(dir, "pristine");
        pristine = pristineStore->location();
    }

    struct Finding
    {
        bool intact;
        std::int64_t seq;
        std::string problem;
        std::int64_t entries;
    };

    Finding check(const std::string& path, int threads)
    {
        auto opened = db::Database::open(path);
        EXPECT_TRUE(opened) << opened.error().message;
        db::AuditLog log(**opened);
        log.setVerifyThreads(threads, 1000);
        auto v = log.verifyChain();
        EXPECT_TRUE(v) << v.error().message;
        return {v->intact, v->firstBrokenSeq, v->problem, v->entriesChecked};
    }

    // Tampers a fresh copy with `sql`; both ways of verifying must name `expected`.
    void expectNamed(const std::string& sql, std::int64_t expected, const char* text)
    {
        const auto copy = pristineStore->copy(dir, "case" + std::to_string(++cases));
        const std::string& path = copy->location();
        {
            auto opened = db::Database::open(path);
            ASSERT_TRUE(opened);
            ASSERT_TRUE((*opened)->execute(sql)) << sql;
        }
        const Finding alone = check(path, 1);
        const Finding split = check(path, kThreads);
        EXPECT_FALSE(alone.intact) << sql;
        EXPECT_EQ(alone.seq, expected) << sql << ": " << alone.problem;
        EXPECT_NE(alone.problem.find(text), std::string::npos) << alone.problem;
        EXPECT_EQ(split.intact, alone.intact) << sql;
        EXPECT_EQ(split.seq, alone.seq) << sql << ": " << split.problem;
        EXPECT_EQ(split.problem, alone.problem) << sql;
    }

    static std::string edit(std::int64_t seq)
    {
        return "UPDATE audit_log SET reason = 'x' WHERE seq = " + std::to_string(seq);
    }
    static std::string erase(std::int64_t seq) { return "DELETE FROM audit_log WHERE seq = " + std::to_string(seq); }

    std::unique_ptr<test::TestDatabase> pristineStore;
    std::string pristine;
    std::int64_t last = 0;
    std::vector<std::int64_t> bounds;
    int cases = 0;
};

TEST_F(ParallelVerificationTest, AnIntactChainIsCheckedWholeOnEveryThreadCount)
{
    for (int threads : {1, 2, 3, 4, 7}) {
        const Finding f = check(pristine, threads);
        EXPECT_TRUE(f.intact) << threads << " threads: " << f.problem;
        EXPECT_EQ(f.entries, last) << threads << " threads";
    }
}

TEST_F(ParallelVerificationTest, NamesTheSameEntryAsOneThreadAroundRangeBoundaries)
{
    ASSERT_EQ(bounds.size(), 3u);
    const std::int64_t b1 = bounds[0], b2 = bounds[1], b3 = bounds[2];
    expectNamed(edit(b1), b1, "was altered");
    expectNamed(edit(b1 + 1), b1 + 1, "was altered");
    expectNamed(edit(b3), b3, "was altered");
    expectNamed(edit(last), last, "was altered");
    expectNamed(erase(b1), b1, "is missing");
    expectNamed(erase(b2 + 1), b2 + 1, "is missing");
    expectNamed(erase(b2) + "; " + erase(b2 + 1), b2, "is missing");
    expectNamed("UPDATE audit_log SET prev_hash = 'y' WHERE seq = " + std::to_string(b2 + 1), b2 + 1, "previous-hash");
    expectNamed("DELETE FROM audit_log WHERE seq > " + std::to_string(b1), b1 + 1, "removed from the end");
    expectNamed(erase(last), last, "removed from the end");
    // Several breaks: the earliest is named, though a later range may well finish first.
    expectNamed(edit(b3 + 5) + "; " + edit(b1 + 7), b1 + 7, "was altered");
    expectNamed(erase(b3 - 2) + "; " + edit(b2 - 10), b2 - 10, "was altered");
    expectNamed(edit(2) + "; " + erase(b3 + 1), 2, "was altered");
    // Rows outside 1..last: below the first range, and far past the end (which also skews the split).
    expectNamed("INSERT INTO audit_log SELECT 0, at, user_id, username, action, entity, entity_id, old_value, "
                "new_value, reason, prev_hash, hash FROM audit_log WHERE seq = 1",
                1, "is missing");
    expectNamed("INSERT INTO audit_log SELECT 100000000, at, user_id, username, action, entity, entity_id, old_value, "
                "new_value, reason, prev_hash, hash FROM audit_log WHERE seq = " +
                    std::to_string(last),
                last + 1, "is missing");
}

TEST_F(ParallelVerificationTest, InsideACallersTransactionItReadsAloneAndSeesItsOwnWrites)
{
    auto opened = db::Database::open(pristine);
    ASSERT_TRUE(opened);
    db::Database& db = **opened;
    db::Transaction tx(db);
    for (int i = 0; i < 3000; ++i)
        ASSERT_TRUE(db::appendAudit(
            db, db::AuditDraft{tick(), admin.userId, "admin", "authenticated", "login", "admin", {}, {}, {}}));
    db::AuditLog log(db);
    log.setVerifyThreads(kThreads, 1000);
    auto v = log.verifyChain();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->intact) << v->problem;
    EXPECT_EQ(v->entriesChecked, last + 3000);
}

TEST_F(ParallelVerificationTest, StaysExactWhileAStationWritesAndCheckpoints)
{
    // The ranges' readers share one snapshot and read the file ahead in large blocks; a station appending entries
    // and checkpointing the WAL into the file meanwhile must change nothing they see. (What the writer manages to do
    // during each check varies; every check must be intact whatever it was.)
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> written{0};
    std::thread station([&] {
        auto opened = db::Database::open(pristine);
        ASSERT_TRUE(opened) << opened.error().message;
        db::Database& db = **opened;
        db::UtcTime at = now;
        for (int round = 0; !stop; ++round) {
            db::Transaction tx(db);
            for (int i = 0; i < 50; ++i) {
                at += std::chrono::seconds(1);
                ASSERT_TRUE(db::appendAudit(
                    db, db::AuditDraft{at, admin.userId, "admin", "authenticated", "login", "admin", {}, {}, {}}));
            }
            ASSERT_TRUE(tx.commit());
            written += 50;
            if (round % 5 == 0) {
                ASSERT_TRUE(db.execute(test::onPostgres() ? "CHECKPOINT" : "PRAGMA wal_checkpoint(PASSIVE)"));
            }
        }
    });
    for (int i = 0; i < 6; ++i) {
        const Finding f = check(pristine, kThreads);
        EXPECT_TRUE(f.intact) << f.problem;
        EXPECT_GE(f.entries, last);
    }
    stop = true;
    station.join();
    const Finding after = check(pristine, kThreads);
    EXPECT_TRUE(after.intact) << after.problem;
    EXPECT_EQ(after.entries, last + written);
}
