// SPDX-License-Identifier: GPL-3.0-or-later
// The weighing rules of the isolator steps, on the production path (IsolatorSession, the station database, the
// scale simulator over Modbus TCP): dose from net mass, faults, daily check validity, one instrument per
// difference of weighings, USP <41> minimum weight for doses and diluent, no weighing while a pharmacist has to
// decide, and a new syringe for every redo.
#include "devices/scale/modbus_scale.h"
#include "devices/scale/scale_simulator.h"
#include "devices/scale/scale_uri.h"
#include "prep-station/workflow/deviation_desk.h"
#include "tests/prep-station/workflow/bench_fixture.h"

#include <cmath>

namespace prep::station {
namespace {

using namespace std::chrono_literals;

// A second scale on the bench: its own simulator, serial number and Modbus TCP port, read by the real driver.
struct SecondScale
{
    static std::unique_ptr<SecondScale> start(const std::string& serial)
    {
        auto s = std::make_unique<SecondScale>();
        s->simulator.setSerialNumber(serial);
        auto listening = s->simulator.start("modbus-tcp://127.0.0.1:0");
        EXPECT_TRUE(listening) << listening.error().message;
        if (!listening)
            return nullptr;
        auto uri = devices::parseScaleUri(*listening);
        EXPECT_TRUE(uri) << uri.error().message;
        if (!uri)
            return nullptr;
        devices::ModbusEndpoint endpoint;
        endpoint.host = uri->host;
        endpoint.port = uri->port;
        auto driver = devices::ModbusScale::open(endpoint, devices::defaultModbusMap(),
                                                 "sim://modbus-tcp/" + uri->host + ":" + std::to_string(uri->port));
        EXPECT_TRUE(driver) << driver.error().message;
        if (!driver)
            return nullptr;
        s->scale = std::move(*driver);
        return s;
    }
    devices::ScaleSimulator simulator;
    std::unique_ptr<devices::ModbusScale> scale; // declared last: the client closes before the server stops
};

class IsolatorWeighingTest : public BenchFixture
{
protected:
    devices::ScaleSimulator& sim() { return dynamic_cast<devices::SimulatedScale&>(m_bench->scale()).simulator(); }
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
    std::vector<db::WeighingRecord> weighings()
    {
        auto w = m_ctx->weighings().listFor(m_prep.id);
        EXPECT_TRUE(w);
        return w ? *w : std::vector<db::WeighingRecord>{};
    }
    // The pharmacist's decision on an out-of-tolerance dose, through the pharmacist's desk.
    void pharmacistDecides(db::DeviationDecisionRecord::Decision decision)
    {
        const auto& pharmacist = demoAccount(db::Role::Pharmacist);
        ASSERT_EQ(preparation().toleranceDecision, db::ToleranceDecision::AwaitingPharmacist);
        auto decided = DeviationDesk(*m_ctx).decide(m_prep.id, pharmacist.username, pharmacist.password, decision,
                                                    "test decision");
        ASSERT_TRUE(decided) << decided.error().message;
    }
    // The same technician at the same isolator, working with another scale.
    std::unique_ptr<IsolatorSession> sessionOn(devices::Scale& scale)
    {
        auto actor = m_ctx->users().find(demoAccount(db::Role::Technician).username);
        EXPECT_TRUE(actor);
        auto session = std::make_unique<IsolatorSession>(
            *m_ctx, *actor, IsolatorDevices{scale, m_bench->camera(), m_bench->reader()}, m_dir.path());
        session->rules = DemoBench::weighingRules();
        return session;
    }
    static bool says(const Error& e, const std::string& what) { return e.message.find(what) != std::string::npos; }
};

TEST_F(IsolatorWeighingTest, TheDoseComesFromTheNetMassThroughTheDensity)
{
    passDailyCheck();
    const double tareGrams = 10.125;
    const double netGrams = std::round(m_prep.targetVolumeMl * density() * 1000) / 1000; // as a 0.001 g scale shows it
    weighTheVialAsNeeded();
    sim().placeLoad(tareGrams);
    auto tare = m_session->weighEmptySyringe(m_prep.id);
    ASSERT_TRUE(tare) << tare.error().message;
    EXPECT_DOUBLE_EQ(tare->grams, tareGrams);
    sim().placeLoad(tareGrams + netGrams);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_EQ(filled->check.decision, WeighingDecision::Accept);
    EXPECT_NEAR(filled->check.tareGrams, tareGrams, 1e-9);
    EXPECT_NEAR(filled->check.netGrams, netGrams, 1e-9);
    EXPECT_NEAR(filled->check.doseMg, netGrams / density() * m_prep.concentrationMgPerMl, 1e-9);
    // On record: the vial and both syringe weighings with their sim:// source, and the dose decision.
    const auto recorded = weighings();
    ASSERT_EQ(recorded.size(), 3u);
    EXPECT_EQ(recorded[2].step, "filled");
    EXPECT_NEAR(recorded[2].grams, tareGrams + netGrams, 1e-9);
    EXPECT_EQ(recorded[2].source.rfind("sim://", 0), 0u) << recorded[2].source;
    const auto prep = preparation();
    EXPECT_EQ(prep.toleranceDecision, db::ToleranceDecision::Accepted);
    EXPECT_NEAR(prep.measuredDoseMg, filled->check.doseMg, 1e-9);
}

TEST_F(IsolatorWeighingTest, EveryScaleFaultRecordsNothingAndTheTareStillCounts)
{
    passDailyCheck();
    weighTheVialAsNeeded();
    m_bench->placeEmptySyringe();
    auto tare = m_session->weighEmptySyringe(m_prep.id);
    ASSERT_TRUE(tare) << tare.error().message;
    m_session->stableTimeout = 800ms;
    for (devices::ScaleFault fault :
         {devices::ScaleFault::Disconnect, devices::ScaleFault::NoAnswer, devices::ScaleFault::UnstableForever,
          devices::ScaleFault::Overload, devices::ScaleFault::Underload, devices::ScaleFault::NegativeWeight,
          devices::ScaleFault::GarbageRegisters}) {
        m_bench->fillSyringe(m_prep, density(), 1.0);
        sim().setFault(fault);
        auto anotherTare = m_session->weighEmptySyringe(m_prep.id);
        ASSERT_FALSE(anotherTare) << devices::scaleFaultName(fault);
        EXPECT_TRUE(says(anotherTare.error(), "not recorded")) << anotherTare.error().message;
        auto filled = m_session->weighFilledSyringe(m_prep.id);
        ASSERT_FALSE(filled) << devices::scaleFaultName(fault);
        EXPECT_TRUE(says(filled.error(), "not recorded")) << filled.error().message;
        const auto recorded = weighings();
        ASSERT_EQ(recorded.size(), 2u) << devices::scaleFaultName(fault); // only the vial and the tare
        EXPECT_EQ(recorded[1].step, "tare");
        EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::NotWeighed) << devices::scaleFaultName(fault);
        sim().setFault(devices::ScaleFault::None);
    }
    // The technician retries: the tare recorded before the faults still counts.
    m_session->stableTimeout = 20s;
    auto retry = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_EQ(retry->check.decision, WeighingDecision::Accept);
    EXPECT_NEAR(retry->check.tareGrams, tare->grams, 1e-12);
    EXPECT_EQ(weighingCount(), 3u);
}

TEST_F(IsolatorWeighingTest, ADailyCheckPastItsValidityRefusesDoses)
{
    passDailyCheck(); // now, on the wall clock
    // The same station later on: a second connection to its database, on a clock the test moves.
    FixedClock later(m_clock.now() + 23h);
    auto ctx = StationContext::open(m_dir.file("station.sqlite").string(), later);
    ASSERT_TRUE(ctx) << ctx.error().message;
    auto actor = (*ctx)->users().find(demoAccount(db::Role::Technician).username);
    ASSERT_TRUE(actor);
    IsolatorSession session(**ctx, *actor, m_bench->devices(), m_dir.path());
    session.rules = DemoBench::weighingRules();
    ASSERT_EQ(session.rules.dailyCheckValidFor, 24h);
    m_bench->placeEmptySyringe();
    auto within = session.weighEmptySyringe(m_prep.id);
    ASSERT_TRUE(within) << within.error().message;
    later.advance(2h);
    auto expired = session.weighEmptySyringe(m_prep.id);
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(expired.error(), "expired")) << expired.error().message;
    EXPECT_EQ(weighingCount(), 1u);
}

TEST_F(IsolatorWeighingTest, TheFilledSyringeIsWeighedOnTheScaleOfItsTare)
{
    passDailyCheck();
    auto second = SecondScale::start("SIM-0002");
    ASSERT_TRUE(second);
    auto onSecond = sessionOn(*second->scale);
    // The second scale is fit for doses in its own right: its daily check passed.
    second->simulator.placeLoad(DemoBench::kReferenceWeightGrams);
    auto check = onSecond->dailyCheck(DemoBench::kReferenceWeightGrams);
    ASSERT_TRUE(check) << check.error().message;
    weighTheVialAsNeeded();
    m_bench->placeEmptySyringe();
    auto tare = m_session->weighEmptySyringe(m_prep.id);
    ASSERT_TRUE(tare) << tare.error().message;
    // Filled, then put on the other scale: a difference across two instruments is no net mass.
    second->simulator.placeLoad(tare->grams + m_prep.targetVolumeMl * density());
    auto elsewhere = onSecond->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(elsewhere.error(), tare->source)) << elsewhere.error().message;
    EXPECT_TRUE(says(elsewhere.error(), "serial=SIM-0002")) << elsewhere.error().message;
    EXPECT_EQ(weighingCount(), 2u); // nothing recorded after the vial and the tare, no dose decided
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::NotWeighed);
    EXPECT_EQ(preparation().measuredDoseMg, 0.0);
    // Back on the scale of its tare, the same syringe is weighed and decided.
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_EQ(filled->check.decision, WeighingDecision::Accept);
    EXPECT_EQ(filled->weighing.source, tare->source);
}

TEST_F(IsolatorWeighingTest, TheFilledSyringeIsWeighedAtTheReadabilityOfItsTare)
{
    passDailyCheck();
    weighTheVialAsNeeded();
    m_bench->placeEmptySyringe();
    ASSERT_TRUE(m_session->weighEmptySyringe(m_prep.id));
    // The indicator is reconfigured to 2 decimals between the two weighings.
    auto dynamics = sim().dynamics();
    dynamics.decimals = 2;
    sim().setDynamics(dynamics);
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto coarse = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(coarse);
    EXPECT_EQ(coarse.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(coarse.error(), "readability")) << coarse.error().message;
    EXPECT_EQ(weighingCount(), 2u);
    dynamics.decimals = 3;
    sim().setDynamics(dynamics);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_EQ(filled->check.decision, WeighingDecision::Accept);
}

TEST_F(IsolatorWeighingTest, TheVialIsWeighedOnOneScaleBeforeAndAfterItsDiluent)
{
    passDailyCheck();
    auto second = SecondScale::start("SIM-0002");
    ASSERT_TRUE(second);
    auto onSecond = sessionOn(*second->scale);
    second->simulator.placeLoad(DemoBench::kReferenceWeightGrams);
    ASSERT_TRUE(onSecond->dailyCheck(DemoBench::kReferenceWeightGrams));
    auto wfi = m_ctx->densities().find("water for injections", 0.0);
    ASSERT_TRUE(wfi);
    m_bench->placeVial();
    auto before = m_session->weighVialBeforeDiluent(m_prep.id);
    ASSERT_TRUE(before) << before.error().message;
    second->simulator.placeLoad(before->grams + 4.0 * wfi->gramsPerMl);
    auto elsewhere = onSecond->weighVialAfterDiluent(m_prep.id);
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(elsewhere.error(), "serial=SIM-0002")) << elsewhere.error().message;
    EXPECT_EQ(weighingCount(), 1u);
    m_bench->addDiluent(4.0, wfi->gramsPerMl);
    auto after = m_session->weighVialAfterDiluent(m_prep.id);
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_EQ(after->decision, WeighingDecision::Accept);
}

TEST_F(IsolatorWeighingTest, ADoseBelowTheMinimumWeightIsRecordedButNotDecided)
{
    passDailyCheck();
    // This site's measured repeatability puts the minimum weight at 1.5 times the syringe's net mass.
    m_session->rules.repeatabilitySdGrams = 1.5 * m_prep.targetVolumeMl * density() / 2000;
    weighWithBias(1.0);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(filled);
    EXPECT_EQ(filled.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(filled.error(), "minimum weight")) << filled.error().message;
    EXPECT_EQ(weighingCount(), 3u);                                                // the weighing is evidence...
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::NotWeighed); // ... but decides nothing
    EXPECT_EQ(preparation().measuredDoseMg, 0.0);
}

TEST_F(IsolatorWeighingTest, ADiluentMassBelowTheMinimumWeightDecidesNoReconstitution)
{
    passDailyCheck();
    auto wfi = m_ctx->densities().find("water for injections", 0.0);
    ASSERT_TRUE(wfi);
    // s = 2.5 mg: the minimum weight is 5 g, above the 4 mL (3.99 g) of diluent of an azacitidine vial.
    m_session->rules.repeatabilitySdGrams = 0.0025;
    m_bench->placeVial();
    ASSERT_TRUE(m_session->weighVialBeforeDiluent(m_prep.id));
    m_bench->addDiluent(4.0, wfi->gramsPerMl);
    auto after = m_session->weighVialAfterDiluent(m_prep.id);
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(after.error(), "minimum weight")) << after.error().message;
    EXPECT_EQ(weighingCount(), 2u); // both weighings on record, no decision drawn from them
}

TEST_F(IsolatorWeighingTest, NoSyringeIsWeighedWhileThePharmacistHasToDecide)
{
    passDailyCheck();
    weighWithBias(1.07); // +7 %: beyond +-5 %, within the pharmacist's 10 %
    auto outOfTolerance = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(outOfTolerance) << outOfTolerance.error().message;
    ASSERT_EQ(outOfTolerance->check.decision, WeighingDecision::AwaitPharmacist);
    const double measured = preparation().measuredDoseMg;
    // A new syringe, weighed empty then filled within tolerance, would replace the dose the pharmacist must judge.
    m_bench->placeEmptySyringe();
    auto tare = m_session->weighEmptySyringe(m_prep.id);
    ASSERT_FALSE(tare);
    EXPECT_EQ(tare.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(tare.error(), "awaits the pharmacist's decision")) << tare.error().message;
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto filled = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(filled);
    EXPECT_EQ(filled.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(filled.error(), "awaits the pharmacist's decision")) << filled.error().message;
    EXPECT_EQ(weighingCount(), 3u);
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::AwaitingPharmacist);
    EXPECT_EQ(preparation().measuredDoseMg, measured);
}

TEST_F(IsolatorWeighingTest, ARedoNeedsTheTareOfANewSyringe)
{
    passDailyCheck();
    weighWithBias(1.15); // +15 %: beyond the pharmacist's 10 %, redo
    auto rejected = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(rejected) << rejected.error().message;
    ASSERT_EQ(rejected->check.decision, WeighingDecision::RejectRedo);
    // The same syringe, emptied down to the target, is not weighed again against its old tare.
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto again = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(again.error(), "new syringe")) << again.error().message;
    EXPECT_EQ(weighingCount(), 3u);
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::RejectedRedo);
    // The vial after the rejected syringe, then a new syringe: its tare, then its filled weighing.
    weighWithBias(1.0);
    auto redo = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(redo) << redo.error().message;
    EXPECT_EQ(redo->check.decision, WeighingDecision::Accept);
    EXPECT_EQ(weighingCount(), 6u);
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::Accepted);
}

TEST_F(IsolatorWeighingTest, AfterThePharmacistRejectsTheDoseTheRedoStartsWithANewTare)
{
    passDailyCheck();
    weighWithBias(1.07);
    auto awaiting = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(awaiting) << awaiting.error().message;
    ASSERT_EQ(awaiting->check.decision, WeighingDecision::AwaitPharmacist);
    pharmacistDecides(db::DeviationDecisionRecord::Decision::Rejected);
    m_bench->fillSyringe(m_prep, density(), 1.0);
    auto again = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_FALSE(again);
    EXPECT_TRUE(says(again.error(), "new syringe")) << again.error().message;
    EXPECT_EQ(weighingCount(), 3u);
    // Once the pharmacist has decided, a new syringe may be weighed.
    weighWithBias(1.0);
    auto redo = m_session->weighFilledSyringe(m_prep.id);
    ASSERT_TRUE(redo) << redo.error().message;
    EXPECT_EQ(redo->check.decision, WeighingDecision::Accept);
    EXPECT_EQ(preparation().toleranceDecision, db::ToleranceDecision::Accepted);
}

} // namespace
} // namespace prep::station
