// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0008 (the vial weighed before and after the withdrawal): SQLite rebuilds the weighing table and the
// deviation_decision table that references it. A station's version-7 database keeps its weighings, its decisions
// and their link, its audit chain verifies, and the new steps are accepted (unknown steps still are not).
#include "db/audit_log.h"
#include "db/deviation_decision_repository.h"
#include "db/migration_manager.h"
#include "db/weighing_repository.h"
#include "tests/db/core/db_fixture.h"

namespace prep {
namespace {

class Migration0008 : public test::DbFixture
{
protected:
    void SetUp() override
    {
        path = dir.file("v7.sqlite").string();
        auto all = db::builtinMigrations();
        ASSERT_TRUE(all) << all.error().message;
        ASSERT_GE(all->size(), 8u);
        auto v7 = db::Database::open(path, std::vector<db::Migration>(all->begin(), all->begin() + 7));
        ASSERT_TRUE(v7) << v7.error().message;
        database = std::move(*v7);
        users = std::make_unique<db::UserDirectory>(*database, db::PasswordHashCost::minimal());
        auto a = users->bootstrapAdmin("admin", "Alice Admin", test::kPassword, tick());
        ASSERT_TRUE(a) << a.error().message;
        admin = *a;
        technician = makeUser("tech", "Thomas Technicien", db::Role::Technician);
        pharmacist = makeUser("pharma", "Paula Pharmacienne", db::Role::Pharmacist);
    }
    db::WeighingRecord weighing(std::int64_t preparationId, const std::string& step, double grams)
    {
        db::WeighingRecord w;
        w.preparationId = preparationId;
        w.step = step;
        w.grams = grams;
        w.stable = true;
        w.readabilityG = 0.001;
        w.source = "modbus-tcp://127.0.0.1:502?unit=1 serial=B1";
        return w;
    }
    std::string path;
};

TEST_F(Migration0008, AVersionSevenDatabaseKeepsItsWeighingsAndDecisionsAndTakesTheVialSteps)
{
    auto prep = makePreparation();
    db::WeighingRepository weighings(*database);
    ASSERT_FALSE(weighings.add(technician, tick(), weighing(prep.id, "vial_after", 13.0))) << "not yet a step";
    auto tare = weighings.add(technician, tick(), weighing(prep.id, "tare", 4.5));
    auto filled = weighings.add(technician, tick(), weighing(prep.id, "filled", 7.6));
    ASSERT_TRUE(tare && filled);
    db::DeviationDecisionRecord d;
    d.preparationId = prep.id;
    d.weighingId = filled->id;
    d.decision = db::DeviationDecisionRecord::Decision::Accepted;
    d.deviationPercent = 6.2;
    d.reason = "écart accepté";
    ASSERT_TRUE(db::DeviationDecisionRepository(*database).add(pharmacist, tick(), d));
    database.reset();

    auto upgraded = db::Database::open(path);
    ASSERT_TRUE(upgraded) << upgraded.error().message;
    EXPECT_EQ((*upgraded)->migrationOutcome().fromVersion, 7);
    EXPECT_GE((*upgraded)->migrationOutcome().toVersion, 8); // 0008 and every later migration
    db::WeighingRepository after(**upgraded);
    auto kept = after.listFor(prep.id);
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->size(), 2u);
    EXPECT_EQ((*kept)[1].id, filled->id);
    EXPECT_DOUBLE_EQ((*kept)[1].grams, 7.6);
    auto decisions = db::DeviationDecisionRepository(**upgraded).listFor(prep.id);
    ASSERT_TRUE(decisions);
    ASSERT_EQ(decisions->size(), 1u);
    EXPECT_EQ(decisions->front().weighingId, filled->id);
    auto verified = db::AuditLog(**upgraded).verify();
    ASSERT_TRUE(verified) << verified.error().message;
    EXPECT_TRUE(verified->intact);
    EXPECT_TRUE(after.add(technician, tick(), weighing(prep.id, "vial_before", 16.25)));
    EXPECT_TRUE(after.add(technician, tick(), weighing(prep.id, "vial_after", 13.15)));
    EXPECT_FALSE(after.add(technician, tick(), weighing(prep.id, "vial_sideways", 1.0)));
    // The rebuilt decision table still refers to the rebuilt weighing table.
    d.weighingId = 999999;
    EXPECT_FALSE(db::DeviationDecisionRepository(**upgraded).add(pharmacist, tick(), d));
}

} // namespace
} // namespace prep
