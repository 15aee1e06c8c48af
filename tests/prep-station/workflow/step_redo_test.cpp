// SPDX-License-Identifier: GPL-3.0-or-later
// Going back at the isolator (prep-station/workflow/step_redo.h): another vial only before the vial is weighed; a
// new empty syringe only once the withdrawn vial is weighed, never while a pharmacist decides and never once the
// label is printed; a reason always; the workflow then offers the step again and the signature waits for it.
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/step_redo.h"
#include "tests/prep-station/workflow/bench_fixture.h"

namespace prep::station {
namespace {

using Step = db::StepRedoRecord::Step;

class StepRedoTest : public BenchFixture
{
protected:
    db::Actor technician()
    {
        const auto& tech = demoAccount(db::Role::Technician);
        return *m_ctx->users().authenticate(tech.username, tech.password, m_clock.now());
    }
    NextStep next() { return preparationProgress(*m_ctx, m_prep.id)->next; }
};

TEST_F(StepRedoTest, AnotherVialOnlyBeforeTheVialIsWeighedAndAlwaysWithAReason)
{
    EXPECT_FALSE(goBack(*m_ctx, technician(), m_prep.id, Step::VialScan, "wrong vial picked")); // nothing scanned
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    EXPECT_EQ(goBack(*m_ctx, technician(), m_prep.id, Step::VialScan, "  ").error().kind, Error::Kind::Invalid);
    auto redo = goBack(*m_ctx, technician(), m_prep.id, Step::VialScan, "the vial's cap was cracked");
    ASSERT_TRUE(redo) << redo.error().message;
    EXPECT_EQ(next(), NextStep::ScanVial);
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    EXPECT_NE(next(), NextStep::ScanVial);
    passDailyCheck();
    reconstitute();
    auto late = goBack(*m_ctx, technician(), m_prep.id, Step::VialScan, "changed my mind");
    ASSERT_FALSE(late);
    EXPECT_NE(late.error().message.find("already weighed"), std::string::npos) << late.error().message;
}

TEST_F(StepRedoTest, ANewSyringeAfterTheVialIsWeighedThenTheTareAndTheWithdrawalAgain)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    reconstitute();
    weighWithBias(1.006);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    // The withdrawn vial is the next syringe's reference: weighed first.
    auto early = goBack(*m_ctx, technician(), m_prep.id, Step::EmptySyringe, "dropped");
    ASSERT_FALSE(early);
    EXPECT_NE(early.error().message.find("weigh the vial first"), std::string::npos) << early.error().message;
    weighTheVialAsNeeded();
    EXPECT_EQ(next(), NextStep::PrintLabel);
    ASSERT_TRUE(goBack(*m_ctx, technician(), m_prep.id, Step::EmptySyringe, "syringe touched the isolator floor"));
    EXPECT_EQ(next(), NextStep::WeighEmptySyringe);
    auto said = preparerSignatureBlockers(*m_ctx, *m_ctx->preparations().get(m_prep.id));
    ASSERT_TRUE(said);
    const auto blockers = englishTexts(*said);
    EXPECT_NE(std::find_if(blockers.begin(), blockers.end(),
                           [](const std::string& b) { return b.find("set aside") != std::string::npos; }),
              blockers.end());
    // A second go-back names the syringe already set aside.
    EXPECT_FALSE(goBack(*m_ctx, technician(), m_prep.id, Step::EmptySyringe, "again"));
    weighWithBias(1.004);
    EXPECT_EQ(next(), NextStep::WeighFilledSyringe);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    EXPECT_EQ(next(), NextStep::WeighVialAfterWithdrawal);
    weighTheVialAsNeeded();
    EXPECT_EQ(next(), NextStep::PrintLabel);
    auto trail = m_ctx->audit().listFor("step_redo", "1");
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->size(), 1u);
    EXPECT_EQ(trail->front().reason, "syringe touched the isolator floor");
}

TEST_F(StepRedoTest, NoNewSyringeWhileAPharmacistDecides)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    reconstitute();
    weighWithBias(1.06);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    weighTheVialAsNeeded();
    auto refused = goBack(*m_ctx, technician(), m_prep.id, Step::EmptySyringe, "start over");
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("pharmacist"), std::string::npos) << refused.error().message;
}

} // namespace
} // namespace prep::station
