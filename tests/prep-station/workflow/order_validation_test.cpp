// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmaceutical validation with the protocol checks on a station database: a hard stop refuses (even with an
// override), a warning refuses until overridden with a reason, and every attempt's checks are recorded, audited,
// and leave the audit trail intact. The 72 h bortezomib rule with the previous dose's release time.
#include "db/audit_log.h"
#include "db/order_check_repository.h"
#include "db/user_directory.h"
#include "prep-station/workflow/order_desk.h"
#include "tests/support/seed_users.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace prep::station {
namespace {

using namespace std::chrono;

const UtcTime kStart = time_point_cast<milliseconds>(sys_days{year{2026} / 12 / 1} + hours{7}); // 08:00 Paris
const std::string kPassword = "pharm-pass-2026";

class OrderValidationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<test::TestDatabase>(m_dir, "station");
        const std::string path = m_database->location();
        ASSERT_TRUE(test::seedUsers(path, {{"pharm", "Pharm (fictif)", db::Role::Pharmacist, kPassword}}));
        auto ctx = StationContext::open(path, m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto pharm = m_ctx->users().authenticate("pharm", kPassword, m_clock.now());
        ASSERT_TRUE(pharm);
        m_pharm = *pharm;
    }

    std::int64_t enter(const std::string& cycleDay, double mgPerM2 = 1.3,
                       std::optional<db::OrderOriginRecord> origin = std::nullopt)
    {
        Prescription rx;
        rx.patient = {0, "FICTIF-CHK-001", "TESTCHECK", "Alice", "1950-01-01", true};
        rx.drug = "bortezomib";
        rx.protocolId = "BTZ-SC-1.3";
        rx.heightCm = 170;
        rx.weightKg = 70;
        rx.mgPerM2 = mgPerM2;
        rx.cycleDay = cycleDay;
        rx.prescriber = "Dr Test (fictif)";
        rx.origin = std::move(origin);
        auto order = OrderDesk(*m_ctx).enterPrescription(m_pharm, rx);
        EXPECT_TRUE(order) << (order ? "" : order.error().message);
        return order ? order->id : 0;
    }

    Result<db::OrderRecord> validate(std::int64_t id, const std::vector<CheckOverride>& overrides = {})
    {
        return OrderDesk(*m_ctx).validate(id, "pharm", kPassword, overrides);
    }

    std::vector<db::OrderCheckRecord> recorded(std::int64_t id)
    {
        auto rows = db::OrderCheckRepository(m_ctx->database()).listFor(id);
        EXPECT_TRUE(rows);
        return rows ? *rows : std::vector<db::OrderCheckRecord>{};
    }

    void expectAuditIntact()
    {
        auto v = m_ctx->audit().verify();
        ASSERT_TRUE(v);
        EXPECT_TRUE(v->intact) << v->problem;
    }

    test::TempDir m_dir;
    std::unique_ptr<test::TestDatabase> m_database;
    FixedClock m_clock{kStart};
    std::unique_ptr<StationContext> m_ctx;
    db::Actor m_pharm;
};

TEST_F(OrderValidationTest, CleanOrderIsValidatedWithItsChecksRecorded)
{
    const auto id = enter("C1J1");
    auto checks = OrderDesk(*m_ctx).checks(m_pharm, id);
    ASSERT_TRUE(checks);
    EXPECT_EQ(worstSeverity(*checks), CheckSeverity::Pass);
    auto validated = validate(id);
    ASSERT_TRUE(validated) << validated.error().message;
    EXPECT_EQ(validated->status, db::OrderStatus::Validated);
    const auto rows = recorded(id);
    ASSERT_EQ(rows.size(), 6u);
    for (const auto& r : rows) {
        EXPECT_EQ(r.outcome, db::ValidationOutcome::Validated);
        EXPECT_EQ(r.severity, db::OrderCheckSeverity::Pass);
        EXPECT_EQ(r.userId, m_pharm.userId);
    }
    expectAuditIntact();
}

TEST_F(OrderValidationTest, HardStopRefusesEvenWithAnOverrideAndTheRefusalIsRecorded)
{
    ASSERT_TRUE(validate(enter("C1J1")));
    const auto twice = enter("C1J1");
    auto refused = validate(twice, {{ProtocolCheck::Duplicate, "the prescriber insists"}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_NE(refused.error().message.find("hard stop duplicate"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("cannot be overridden"), std::string::npos) << refused.error().message;
    auto order = m_ctx->orders().get(twice);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->status, db::OrderStatus::Prescribed);
    const auto rows = recorded(twice);
    ASSERT_EQ(rows.size(), 6u);
    for (const auto& r : rows) {
        EXPECT_EQ(r.outcome, db::ValidationOutcome::Refused);
        EXPECT_TRUE(r.overrideReason.empty()); // a hard stop's "override" is not recorded as one
    }
    expectAuditIntact();
}

TEST_F(OrderValidationTest, WarningRefusesUntilOverriddenWithAReason)
{
    const auto id = enter("C1J5"); // day 5 is not a bortezomib treatment day
    auto refused = validate(id);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("warning cycle_day"), std::string::npos) << refused.error().message;
    EXPECT_FALSE(validate(id, {{ProtocolCheck::CycleDay, ""}}));         // no reason
    EXPECT_FALSE(validate(id, {{ProtocolCheck::CycleDay, "  "}}));       // nor blanks
    EXPECT_FALSE(validate(id, {{ProtocolCheck::DoseLevel, "why not"}})); // a check that passed
    m_clock.advance(minutes(5));
    auto validated = validate(id, {{ProtocolCheck::CycleDay, "day 4 moved to day 5 (public holiday), per Dr Test"}});
    ASSERT_TRUE(validated) << validated.error().message;
    const auto rows = recorded(id);
    ASSERT_EQ(rows.size(), 12u); // the refused attempt and the validation
    int overridden = 0;
    for (const auto& r : rows) {
        if (r.outcome == db::ValidationOutcome::Validated && r.checkId == "cycle_day") {
            EXPECT_EQ(r.severity, db::OrderCheckSeverity::Warning);
            EXPECT_EQ(r.overrideReason, "day 4 moved to day 5 (public holiday), per Dr Test");
            ++overridden;
        }
    }
    EXPECT_EQ(overridden, 1);
    expectAuditIntact();
}

// A CSV order sent 2.5 mg where 1.3 mg/m² × 1.818 m² is 2.36 mg: +5.8 %, above the site's 5 % (site-policy.json).
TEST_F(OrderValidationTest, DoseAsSentFarFromTheRecomputedDoseIsAWarningToOverride)
{
    db::OrderOriginRecord origin;
    origin.format = "csv";
    origin.sender = "TEST-DPI";
    origin.placerNumber = "PL-0001";
    origin.doseAsSent = "2.5 mg";
    const auto id = enter("C1J1", 1.3, origin);
    auto checks = OrderDesk(*m_ctx).checks(m_pharm, id);
    ASSERT_TRUE(checks);
    const auto dose =
        std::find_if(checks->begin(), checks->end(), [](const auto& c) { return c.check == ProtocolCheck::DoseVsBsa; });
    ASSERT_NE(dose, checks->end());
    EXPECT_EQ(dose->severity, CheckSeverity::Warning) << dose->message;
    EXPECT_NE(dose->message.find("+5.8 %; the site allows 5.0 %, stops above 10.0 %"), std::string::npos)
        << dose->message;
    EXPECT_FALSE(validate(id));
    auto validated = validate(id, {{ProtocolCheck::DoseVsBsa, "rounded up to the vial by the prescriber, accepted"}});
    ASSERT_TRUE(validated) << validated.error().message;
    expectAuditIntact();
}

// The C1J1 dose was released on 1 December at 08:00 (Paris); a C2J1 order (a cycle restarted too early) is
// validated 56 h later: a hard stop. The C1J4 order validated at the same time may still be given in time: a warning.
TEST_F(OrderValidationTest, SeventyTwoHoursFromTheReleasedDose)
{
    const auto first = enter("C1J1");
    ASSERT_TRUE(validate(first));
    auto planned = OrderDesk(*m_ctx).plan(m_pharm, first);
    ASSERT_TRUE(planned) << planned.error().message;
    ASSERT_EQ(planned->size(), 1u);
    db::PreparationRecord released = planned->front();
    released.releasedAt = kStart;
    ASSERT_TRUE(m_ctx->preparations().update(m_pharm, kStart, released, "test: released"));

    m_clock.set(kStart + hours(56));
    const auto second = enter("C2J1");
    auto refused = validate(second, {{ProtocolCheck::MinInterval, "needed today"}});
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("on 2026-12-01 08:00"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("56 h ago; the protocol asks at least 72 h"), std::string::npos)
        << refused.error().message;

    const auto dayFour = enter("C1J4");
    auto ahead = validate(dayFour);
    ASSERT_FALSE(ahead);
    EXPECT_NE(ahead.error().message.find("warning min_interval"), std::string::npos) << ahead.error().message;
    EXPECT_NE(ahead.error().message.find("must not be given before 2026-12-04 08:00"), std::string::npos)
        << ahead.error().message;
    auto overridden = validate(dayFour, {{ProtocolCheck::MinInterval, "to be given on 4 December from 08:00"}});
    ASSERT_TRUE(overridden) << overridden.error().message;

    m_clock.set(kStart + hours(72));
    auto validated = validate(second);
    ASSERT_TRUE(validated) << validated.error().message;
    expectAuditIntact();
}

} // namespace
} // namespace prep::station
