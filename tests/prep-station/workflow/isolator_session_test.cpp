// SPDX-License-Identifier: GPL-3.0-or-later
// The isolator steps refuse what a pharmacist could not sign for, and a refusal or a device fault never loses
// or invents a record.
#include "db/audit_log.h"
#include "devices/scale/scale_simulator.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/release_desk.h"
#include "tests/prep-station/workflow/bench_fixture.h"

#include <algorithm>

namespace prep::station {
namespace {

using namespace std::chrono_literals;

using IsolatorSessionTest = BenchFixture;

TEST_F(IsolatorSessionTest, NoDoseWeighingBeforeTheScalesDailyCheck)
{
    m_bench->placeEmptySyringe();
    auto tare = m_session->weighEmptySyringe(m_prep.id);
    ASSERT_FALSE(tare);
    EXPECT_NE(tare.error().message.find("daily check"), std::string::npos) << tare.error().message;
    EXPECT_EQ(weighingCount(), 0u);
}

TEST_F(IsolatorSessionTest, AFailedDailyCheckIsRecordedAndStillRefusesDoses)
{
    // The reference weight reads 0.2 % heavy: outside the 0.10 % limit.
    auto& sim = dynamic_cast<devices::SimulatedScale&>(m_bench->scale()).simulator();
    sim.placeLoad(DemoBench::kReferenceWeightGrams * 1.002);
    auto check = m_session->dailyCheck(DemoBench::kReferenceWeightGrams);
    ASSERT_FALSE(check);
    EXPECT_NE(check.error().message.find("failed"), std::string::npos) << check.error().message;
    auto checks = m_ctx->weighings().listFor(0);
    ASSERT_TRUE(checks);
    ASSERT_EQ(checks->size(), 1u); // the failure is on record
    EXPECT_NE(checks->front().raw.find("\"passed\":false"), std::string::npos) << checks->front().raw;
    m_bench->placeEmptySyringe();
    EXPECT_FALSE(m_session->weighEmptySyringe(m_prep.id));
    EXPECT_EQ(weighingCount(), 0u);
}

TEST_F(IsolatorSessionTest, AScaleThatDisconnectsMidWeighingRecordsNothingAndARetryWorks)
{
    passDailyCheck();
    auto& sim = dynamic_cast<devices::SimulatedScale&>(m_bench->scale()).simulator();
    weighTheVialAsNeeded();
    m_bench->placeEmptySyringe();
    ASSERT_TRUE(m_session->weighEmptySyringe(m_prep.id));
    ASSERT_EQ(weighingCount(), 2u);
    m_session->stableTimeout = 3s;
    sim.setFault(devices::ScaleFault::Disconnect);
    auto lost = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(lost);
    EXPECT_NE(lost.error().message.find("not recorded"), std::string::npos) << lost.error().message;
    EXPECT_EQ(weighingCount(), 2u); // the vial and the tare are still there, nothing was invented
    sim.setFault(devices::ScaleFault::None);
    m_session->stableTimeout = 20s;
    auto density = m_ctx->densities().find(m_prep.drug, m_prep.concentrationMgPerMl);
    ASSERT_TRUE(density);
    m_bench->fillSyringe(m_prep, density->gramsPerMl, 1.0);
    auto retried = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(retried) << retried.error().message;
    EXPECT_EQ(weighingCount(), 3u);
    EXPECT_EQ(retried->check.decision, WeighingDecision::Accept);
}

TEST_F(IsolatorSessionTest, ReconstitutionChecksTheDiluentMassAgainstTheProtocol)
{
    passDailyCheck();
    auto wfi = m_ctx->densities().find("water for injections", 0.0);
    ASSERT_TRUE(wfi);
    m_bench->placeVial();
    ASSERT_TRUE(m_session->weighVialBeforeDiluent(m_prep.id));
    m_bench->addDiluent(4.0, wfi->gramsPerMl, 1.003); // 4 mL WFI, +0.3 %
    auto good = m_session->weighVialAfterDiluent(m_prep.id);
    ASSERT_TRUE(good) << good.error().message;
    EXPECT_NEAR(good->diluentMl, 4.012, 0.01);
    // A second vial short of 0.5 mL of diluent (-12.5 %) is refused, and both weighings stay on record.
    m_bench->placeVial();
    ASSERT_TRUE(m_session->weighVialBeforeDiluent(m_prep.id));
    m_bench->addDiluent(3.5, wfi->gramsPerMl);
    auto shortVial = m_session->weighVialAfterDiluent(m_prep.id);
    ASSERT_FALSE(shortVial);
    EXPECT_NE(shortVial.error().message.find("reconstitution"), std::string::npos) << shortVial.error().message;
    EXPECT_EQ(weighingCount(), 4u);
}

TEST_F(IsolatorSessionTest, TheWrongVialIsRefusedAndNotRecorded)
{
    passDailyCheck();
    const Product* other = m_ctx->catalogue().defaultForDrug("bortezomib");
    ASSERT_NE(other, nullptr);
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_clock.now()));
    ASSERT_TRUE(m_bench->presentVial(
        other->gtin, "LOTBTZ1", {today.year() + std::chrono::years(1), std::chrono::month(6), std::chrono::day(30)}));
    auto scan = m_session->scanVial(m_prep.id);
    ASSERT_FALSE(scan);
    EXPECT_NE(scan.error().message.find("bortezomib"), std::string::npos) << scan.error().message;
    auto scans = m_ctx->vialScans().listFor(m_prep.id);
    ASSERT_TRUE(scans);
    EXPECT_TRUE(scans->empty());
}

// Debian's ZXing keeps its assertions: a decoder that aborts on the vial photo ends its own process. The station
// names it, records nothing, and the next scan (a new decoder process) is recorded.
TEST_F(IsolatorSessionTest, ADecoderThatAbortsOnTheVialPhotoIsAnErrorAndRecordsNothing)
{
    passDailyCheck();
    presentRightVial();
    const devices::ContainedBarcodeReader aborting({}, {PREP_MISBEHAVING_DECODER, {"abort"}});
    const auto& tech = demoAccount(db::Role::Technician);
    auto actor = m_ctx->users().authenticate(tech.username, tech.password, m_clock.now());
    ASSERT_TRUE(actor);
    auto devices = m_bench->devices();
    IsolatorSession session(*m_ctx, *actor, IsolatorDevices{devices.scale, devices.camera, aborting}, m_dir.path());
    auto scan = session.scanVial(m_prep.id);
    ASSERT_FALSE(scan);
    EXPECT_EQ(scan.error().kind, Error::Kind::Device);
    EXPECT_NE(scan.error().message.find("SIGABRT"), std::string::npos) << scan.error().message;
    auto scans = m_ctx->vialScans().listFor(m_prep.id);
    ASSERT_TRUE(scans);
    EXPECT_TRUE(scans->empty());
    auto again = m_session->scanVial(m_prep.id);
    ASSERT_TRUE(again) << again.error().message;
    scans = m_ctx->vialScans().listFor(m_prep.id);
    ASSERT_TRUE(scans);
    EXPECT_EQ(scans->size(), 1u);
}

TEST_F(IsolatorSessionTest, SevenPercentOverAwaitsThePharmacistAndCannotBeSigned)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    weighWithBias(1.07); // +7 %: beyond +-5 % for > 2 mL, within the pharmacist's 10 %
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_EQ(filled->check.decision, WeighingDecision::AwaitPharmacist);
    EXPECT_NEAR(filled->check.deviationPercent, 7.0, 0.3);
    ASSERT_TRUE(m_session->assignExpiry(m_prep.id, m_clock.now(), "2-8C", {"2-8C"}));
    auto done = m_session->complete(m_prep.id, demoAccount(db::Role::Technician).password);
    ASSERT_FALSE(done);
    EXPECT_NE(done.error().message.find("awaiting_pharmacist"), std::string::npos) << done.error().message;
}

TEST_F(IsolatorSessionTest, ARecordChangedAfterThePreparersSignatureCannotBeReleased)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    reconstitute();
    weighWithBias(1.0);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    weighTheVialAsNeeded();
    ASSERT_TRUE(m_session->assignExpiry(m_prep.id, m_clock.now(), "2-8C", {"2-8C"}));
    const auto& tech = demoAccount(db::Role::Technician);
    auto techActor = m_ctx->users().find(tech.username);
    ASSERT_TRUE(techActor);
    LabelDesk labels(*m_ctx);
    ASSERT_TRUE(labels.produce(*techActor, m_prep.id, m_dir.file("label.pdf")));
    auto printed = labels.readBack(*techActor, m_prep.id, m_bench->reader());
    ASSERT_TRUE(printed);
    ASSERT_TRUE(m_bench->presentPrintedLabel(printed->path));
    ASSERT_TRUE(labels.readBackFromCamera(*techActor, m_prep.id, m_bench->camera(), m_bench->reader()));
    ASSERT_TRUE(m_session->complete(m_prep.id, tech.password));
    // After signing, someone changes the measured dose through the repository (audited, with a reason).
    auto prep = m_ctx->preparations().get(m_prep.id);
    ASSERT_TRUE(prep);
    prep->measuredDoseMg += 1.0;
    ASSERT_TRUE(m_ctx->preparations().update(*techActor, m_clock.now(), *prep, "correction"));
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    auto released = ReleaseDesk(*m_ctx).release(m_prep.id, releaser.username, releaser.password);
    ASSERT_FALSE(released);
    EXPECT_NE(released.error().message.find("differs from what the preparer signed"), std::string::npos)
        << released.error().message;
}

// A demo run killed mid-preparation leaves it in progress; the next run marks it interrupted, with its reason in
// the audit trail, and completes its own dose.
TEST_F(IsolatorSessionTest, APreparationLeftInProgressByAStoppedDemoIsMarkedInterrupted)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    DemoOptions options;
    options.outDir = m_dir.file("demo");
    options.dbPath = m_dir.file("station.sqlite").string();
    auto demo = runDemo(options);
    ASSERT_TRUE(demo) << demo.error().message;
    auto prep = m_ctx->preparations().get(m_prep.id);
    ASSERT_TRUE(prep);
    EXPECT_EQ(prep->status, db::PreparationStatus::Interrupted);
    auto in = m_ctx->preparations().list(db::PreparationStatus::InProgress);
    ASSERT_TRUE(in);
    EXPECT_TRUE(in->empty());
    // What was recorded before the stop is kept.
    auto scans = m_ctx->vialScans().listFor(m_prep.id);
    ASSERT_TRUE(scans);
    EXPECT_EQ(scans->size(), 1u);
    auto trail = db::AuditLog(m_ctx->database()).listFor("preparation", std::to_string(m_prep.id));
    ASSERT_TRUE(trail);
    ASSERT_FALSE(trail->empty());
    EXPECT_EQ(trail->back().reason, "the demo run was stopped during the preparation");
}

} // namespace
} // namespace prep::station

namespace prep::station {
namespace {

// A vial short of diluent makes every dose drawn from it wrong: the preparer may not sign over it, whatever the
// syringe weighs, and a preparation that skipped the vial weighings may not be signed either.
TEST_F(IsolatorSessionTest, AVialShortOfDiluentOrNeverWeighedBlocksThePreparersSignature)
{
    passDailyCheck();
    presentRightVial();
    ASSERT_TRUE(m_session->scanVial(m_prep.id));
    auto prep = m_ctx->preparations().get(m_prep.id);
    ASSERT_TRUE(prep);
    auto said = preparerSignatureBlockers(*m_ctx, *prep);
    ASSERT_TRUE(said);
    auto blockers = englishTexts(*said);
    EXPECT_NE(std::find(blockers.begin(), blockers.end(), "the vial has not been weighed before and after its diluent"),
              blockers.end());
    reconstitute(0.875); // 3.5 mL instead of 4 mL
    weighWithBias(1.0);
    ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
    prep = m_ctx->preparations().get(m_prep.id);
    said = preparerSignatureBlockers(*m_ctx, *prep);
    ASSERT_TRUE(said);
    blockers = englishTexts(*said);
    bool reconstitutionRefused = false;
    for (const auto& b : blockers)
        reconstitutionRefused = reconstitutionRefused || b.rfind("reconstitution not accepted", 0) == 0;
    EXPECT_TRUE(reconstitutionRefused);
    auto signedAnyway = m_session->complete(m_prep.id, demoAccount(db::Role::Technician).password);
    ASSERT_FALSE(signedAnyway);
    EXPECT_NE(signedAnyway.error().message.find("reconstitution"), std::string::npos);
}

} // namespace
} // namespace prep::station
