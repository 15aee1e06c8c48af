// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0002 and the pharmacist's decisions on out-of-tolerance doses: a station's existing database is
// upgraded with its signatures and audit chain intact; a decision is audited and needs a pharmacist who did not
// prepare the dose.
#include "db/audit_log.h"
#include "db/audited.h"
#include "db/deviation_decision_repository.h"
#include "db/migration_manager.h"
#include "db/preparation_repository.h"
#include "db/signature_service.h"
#include "db/weighing_repository.h"
#include "tests/db/core/db_fixture.h"

#include <sodium.h>

#include <cstring>

namespace prep {
namespace {

TEST(Migration0002, AVersionOneDatabaseKeepsItsSignaturesAndItsChainVerifies)
{
    test::TempDir dir;
    const auto path = dir.file("v1.sqlite").string();
    auto all = db::builtinMigrations();
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_GE(all->size(), 2u);
    const auto t0 = db::UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}};
    {
        auto v1 = db::Database::open(path, {all->front()});
        ASSERT_TRUE(v1) << v1.error().message;
        db::UserDirectory users(**v1, db::PasswordHashCost::minimal());
        auto admin = users.bootstrapAdmin("admin", "Alice Admin", test::kPassword, t0);
        ASSERT_TRUE(admin);
        // A pharmacist as version 1 stored one (today's createUser also writes the 0004 password state).
        char hash[crypto_pwhash_STRBYTES];
        ASSERT_EQ(crypto_pwhash_str_alg(hash, test::kPassword, std::strlen(test::kPassword), crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
                  0);
        ASSERT_TRUE(db::auditedInsert(**v1, *admin, t0, "user",
                                      {{"username", std::string("pharma")},
                                       {"full_name", std::string("Paula Pharmacienne")},
                                       {"role", std::string("pharmacist")},
                                       {"password_hash", std::string(hash)},
                                       {"created_at", db::timeText(t0)},
                                       {"created_by", admin->userId}}));
        db::SignatureService signatures(**v1, users);
        ASSERT_TRUE(signatures.sign("pharma", test::kPassword, "order_validated", "order", "1", std::string(64, 'a'),
                                    t0 + std::chrono::seconds(1)));
    }
    auto upgraded = db::Database::open(path);
    ASSERT_TRUE(upgraded) << upgraded.error().message;
    EXPECT_EQ((*upgraded)->migrationOutcome().kind, db::MigrationOutcome::Kind::Upgraded);
    EXPECT_EQ((*upgraded)->migrationOutcome().fromVersion, 1);
    db::UserDirectory users(**upgraded, db::PasswordHashCost::minimal());
    db::SignatureService signatures(**upgraded, users);
    auto kept = signatures.listFor("order", "1");
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->size(), 1u);
    EXPECT_EQ(kept->front().meaning, "order_validated");
    auto verified = db::AuditLog(**upgraded).verify();
    ASSERT_TRUE(verified) << verified.error().message;
    EXPECT_TRUE(verified->intact);
    // The new meanings are accepted by the rebuilt table.
    EXPECT_TRUE(signatures.sign("pharma", test::kPassword, "deviation_accepted", "order", "1", std::string(64, 'b'),
                                t0 + std::chrono::seconds(2)));
}

class DeviationDecisionTest : public test::DbFixture
{};

TEST_F(DeviationDecisionTest, ADecisionIsAuditedNeedsAReasonAndTheChainStillVerifies)
{
    auto prep = makePreparation();
    prep.status = db::PreparationStatus::InProgress;
    prep.preparedBy = technician.userId;
    ASSERT_TRUE(db::PreparationRepository(*database).update(technician, tick(), prep, "started"));
    db::WeighingRecord w;
    w.preparationId = prep.id;
    w.step = "filled";
    w.grams = 8.9;
    w.stable = true;
    w.readabilityG = 0.001;
    w.source = "modbus-tcp://127.0.0.1:502?unit=1 serial=B1";
    auto weighing = db::WeighingRepository(*database).add(technician, tick(), w);
    ASSERT_TRUE(weighing) << weighing.error().message;

    db::DeviationDecisionRepository decisions(*database);
    db::DeviationDecisionRecord d;
    d.preparationId = prep.id;
    d.weighingId = weighing->id;
    d.decision = db::DeviationDecisionRecord::Decision::Accepted;
    d.deviationPercent = 6.2;
    EXPECT_FALSE(decisions.add(pharmacist, tick(), d)) << "a decision without a reason";
    d.reason = "écart accepté";
    auto stored = decisions.add(pharmacist, tick(), d);
    ASSERT_TRUE(stored) << stored.error().message;
    auto listed = decisions.listFor(prep.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().decision, db::DeviationDecisionRecord::Decision::Accepted);
    EXPECT_EQ(listed->front().reason, "écart accepté");
    auto verified = db::AuditLog(*database).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact);
    // Changing the decision behind the application's back is detected.
    ASSERT_EQ(sqlTool("UPDATE deviation_decision SET decision = 'rejected'"), 0);
    auto tampered = db::AuditLog(*database).verify();
    ASSERT_TRUE(tampered);
    EXPECT_FALSE(tampered->intact);
}

TEST_F(DeviationDecisionTest, OnlyAPharmacistWhoDidNotPrepareTheDoseSignsADecision)
{
    auto prep = makePreparation();
    prep.status = db::PreparationStatus::InProgress;
    prep.preparedBy = pharmacist2.userId;
    ASSERT_TRUE(db::PreparationRepository(*database).update(pharmacist2, tick(), prep, "started"));
    db::SignatureService signatures(*database, *users);
    const std::string id = std::to_string(prep.id), content(64, 'c');
    EXPECT_FALSE(signatures.sign("tech", test::kPassword, "deviation_accepted", "preparation", id, content, tick()));
    auto own = signatures.sign("pharma2", test::kPassword, "deviation_rejected", "preparation", id, content, tick());
    ASSERT_FALSE(own);
    EXPECT_EQ(own.error().kind, db::DbError::Kind::Denied);
    EXPECT_TRUE(signatures.sign("pharma", test::kPassword, "deviation_rejected", "preparation", id, content, tick()));
}

} // namespace
} // namespace prep
