// SPDX-License-Identifier: GPL-3.0-or-later
// The vial/syringe cross-check on the production path (IsolatorSession, the station database, the scale simulator
// over Modbus TCP): the vial weighed before and after the withdrawal, a syringe filled from the diluent stopped for
// a pharmacist, the redo, and the next-step guide through the new steps.
#include "db/audit_log.h"
#include "prep-station/workflow/deviation_desk.h"
#include "prep-station/workflow/preparation_progress.h"
#include "tests/prep-station/workflow/bench_fixture.h"

namespace prep::station {
namespace {

class VialCrossCheckTest : public BenchFixture
{
protected:
    double density()
    {
        auto d = m_ctx->densities().find(m_prep.drug, m_prep.concentrationMgPerMl);
        EXPECT_TRUE(d);
        return d ? d->gramsPerMl : 1.0;
    }
    db::PreparationRecord preparation()
    {
        auto p = m_ctx->preparations().get(m_prep.id);
        EXPECT_TRUE(p);
        return p ? *p : db::PreparationRecord{};
    }
    NextStep next()
    {
        auto p = preparationProgress(*m_ctx, m_prep.id);
        EXPECT_TRUE(p);
        return p ? p->next : NextStep::None;
    }
    std::vector<std::string> blockers()
    {
        auto b = preparerSignatureBlockers(*m_ctx, preparation());
        EXPECT_TRUE(b);
        return b ? englishTexts(*b) : std::vector<std::string>{};
    }
    static bool anyContains(const std::vector<std::string>& list, const std::string& what)
    {
        for (const auto& s : list)
            if (s.find(what) != std::string::npos)
                return true;
        return false;
    }
    void fillAndWeigh(DemoBench::FillFrom from)
    {
        m_bench->placeEmptySyringe();
        ASSERT_TRUE(m_session->weighEmptySyringe(m_prep.id));
        EXPECT_EQ(next(), NextStep::WeighFilledSyringe);
        m_bench->fillSyringe(m_prep, density(), 1.0, from);
        auto filled = m_session->weighFilledSyringe(m_prep.id);
        ASSERT_TRUE(filled) << filled.error().message;
        EXPECT_EQ(filled->check.decision, WeighingDecision::Accept); // the right mass, whatever its origin
        EXPECT_EQ(next(), NextStep::WeighVialAfterWithdrawal);
    }
};

TEST_F(VialCrossCheckTest, ASyringeFilledFromTheDiluentStopsForAPharmacistAndTheRedoPasses)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    reconstitute(); // diluent_after: the vial just before the withdrawal
    EXPECT_EQ(next(), NextStep::WeighEmptySyringe);
    fillAndWeigh(DemoBench::FillFrom::Diluent);
    m_bench->placeCurrentVial();
    auto after = m_session->weighVialAfterWithdrawal(m_prep.id);
    ASSERT_TRUE(after) << after.error().message; // recorded
    EXPECT_FALSE(after->check.passed);
    EXPECT_NEAR(after->check.vialLostGrams, 0.0, 0.0015);
    EXPECT_NE(after->check.explanation.find("may hold diluent"), std::string::npos) << after->check.explanation;
    // Stopped: awaiting the pharmacist, not signable, the reason on the blockers.
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::AwaitingPharmacist);
    EXPECT_EQ(next(), NextStep::PharmacistDecision);
    EXPECT_TRUE(anyContains(blockers(), "cross-check failed"));
    // No new syringe while the pharmacist has to decide.
    m_bench->placeEmptySyringe();
    EXPECT_FALSE(m_session->weighEmptySyringe(m_prep.id));
    const auto& pharmacist = demoAccount(db::Role::Pharmacist);
    ASSERT_TRUE(DeviationDesk(*m_ctx).decide(m_prep.id, pharmacist.username, pharmacist.password,
                                             db::DeviationDecisionRecord::Decision::Rejected,
                                             "syringe not drawn from the vial: redo"));
    // The audit trail says what the pharmacist decided on.
    auto trail = db::AuditLog(m_ctx->database()).listFor("preparation", std::to_string(m_prep.id));
    ASSERT_TRUE(trail);
    ASSERT_FALSE(trail->empty());
    EXPECT_EQ(trail->back().reason.rfind("vial/syringe cross-check failed", 0), 0u) << trail->back().reason;
    // The redo: the vial weighed after the rejected syringe is the one before the new withdrawal.
    EXPECT_EQ(next(), NextStep::WeighEmptySyringe);
    fillAndWeigh(DemoBench::FillFrom::Vial);
    m_bench->placeCurrentVial();
    auto redo = m_session->weighVialAfterWithdrawal(m_prep.id);
    ASSERT_TRUE(redo) << redo.error().message;
    EXPECT_TRUE(redo->check.passed) << redo->check.explanation;
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::Accepted);
    EXPECT_FALSE(anyContains(blockers(), "cross-check"));
    EXPECT_FALSE(anyContains(blockers(), "vial has not been weighed"));
    EXPECT_EQ(next(), NextStep::PrintLabel);
}

TEST_F(VialCrossCheckTest, NoFilledSyringeWithoutTheVialWeighedBeforeAndNoSecondVialAfter)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    m_bench->placeEmptySyringe();
    ASSERT_TRUE(m_session->weighEmptySyringe(m_prep.id));
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(filled);
    EXPECT_EQ(filled.error().kind, Error::Kind::Refused);
    EXPECT_NE(filled.error().message.find("weigh the vial before the withdrawal"), std::string::npos)
        << filled.error().message;
    EXPECT_EQ(weighingCount(), 1u);
    EXPECT_FALSE(m_session->weighVialAfterWithdrawal(m_prep.id)); // nothing drawn yet
    // Weighed before (as a ready-to-use vial would be), then drawn, then weighed after: once.
    m_bench->placeVial();
    ASSERT_TRUE(m_session->weighVialBeforeWithdrawal(m_prep.id));
    m_bench->fillSyringe(m_prep, density(), 1.0);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    EXPECT_FALSE(m_session->weighVialBeforeWithdrawal(m_prep.id)); // a vial_after is due, not a vial_before
    m_bench->placeCurrentVial();
    auto after = m_session->weighVialAfterWithdrawal(m_prep.id);
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_TRUE(after->check.passed) << after->check.explanation;
    auto again = m_session->weighVialAfterWithdrawal(m_prep.id);
    ASSERT_FALSE(again);
    EXPECT_NE(again.error().message.find("already weighed"), std::string::npos) << again.error().message;
}

} // namespace
} // namespace prep::station
