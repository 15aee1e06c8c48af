// SPDX-License-Identifier: GPL-3.0-or-later
// Tampering as an inspector would try it: the sqlite3 command-line tool on the database file, then verify().
#include "db/audit_log.h"
#include "db/audited.h"
#include "db/logger_repository.h"
#include "db/shipment_repository.h"
#include "db/signature_service.h"
#include "db/weighing_repository.h"
#include "tests/db/core/db_fixture.h"

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
     "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, old_value, new_value, reason, "
     "prev_hash, hash) SELECT '2026-11-22T09:00:00.000Z', 1, 'admin', 'note', 'x', '1', '', '', '', hash, "
     "'0000000000000000000000000000000000000000000000000000000000000000' FROM chain_head",
     "was altered", true},
    {"EditTemperatureReading", "UPDATE temperature_reading SET celsius = 4.0 WHERE seq = 2", "logger_import 1 differs",
     true},
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
        ASSERT_TRUE(
            db::LoggerRepository(*database).import(nurse, tick(), imp, {{tick(), 5.0}, {tick(), 5.5}, {tick(), 6.0}}));
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
    ASSERT_EQ(sqliteTool(t.sql), 0) << "the sqlite3 tool refused: " << t.sql;
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
