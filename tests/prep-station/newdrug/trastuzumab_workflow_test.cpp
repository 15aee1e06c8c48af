// SPDX-License-Identifier: GPL-3.0-or-later
// A trastuzumab SC dose through the whole workflow on the simulated bench, and trastuzumab orders through the HL7
// intake: the same code as azacitidine and bortezomib, driven by the protocol's data (fixed dose, no diluent).
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/order_intake.h"
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/release_desk.h"
#include "prep-station/workflow/trace_desk.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace prep::station {
namespace {

class TrastuzumabStation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto ctx = StationContext::open(m_dir.file("station.sqlite").string(), m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        ASSERT_TRUE(ensureDemoAccounts(*m_ctx));
    }
    db::Actor login(db::Role role, int index = 0)
    {
        const auto& a = demoAccount(role, index);
        auto actor = m_ctx->users().authenticate(a.username, a.password, m_clock.now());
        EXPECT_TRUE(actor);
        return actor ? *actor : db::Actor{};
    }
    NextStep next(std::int64_t preparationId)
    {
        auto progress = preparationProgress(*m_ctx, preparationId);
        EXPECT_TRUE(progress) << (progress ? "" : progress.error().message);
        return progress ? progress->next : NextStep::None;
    }

    test::TempDir m_dir;
    // Saturday 28 March 2026, 14:30 in Paris: the clocks go forward in the night that follows.
    FixedClock m_clock{*parseIso8601("2026-03-28T14:30")};
    std::unique_ptr<StationContext> m_ctx;
};

TEST_F(TrastuzumabStation, OneDoseFromOrderToReleaseWithNoDiluentStep)
{
    // Order -> validate -> plan.
    Prescription rx;
    rx.patient.ipp = "FICTIF-TRA001";
    rx.patient.familyName = "Démo-Martin";
    rx.patient.givenName = "Claire";
    rx.patient.birthDate = "1961-09-02";
    rx.patient.fictitious = true;
    rx.drug = "trastuzumab";
    rx.heightCm = 168;
    rx.weightKg = 71;
    rx.cycleDay = "C3J1";
    rx.prescriber = "Dr M. Prescripteur (fictif)";
    OrderDesk orders(*m_ctx);
    auto order = orders.enterPrescription(login(db::Role::Pharmacist), rx);
    ASSERT_TRUE(order) << order.error().message;
    EXPECT_EQ(order->protocolId, "TRA-SC-600");
    EXPECT_DOUBLE_EQ(order->doseMg, 600.0);
    EXPECT_DOUBLE_EQ(order->bsaM2, 0.0); // not used: recorded as none
    const auto& validator = demoAccount(db::Role::Pharmacist, 0);
    ASSERT_TRUE(orders.validate(order->id, validator.username, validator.password));
    const db::Actor tech = login(db::Role::Technician);
    auto planned = orders.plan(tech, order->id);
    ASSERT_TRUE(planned) << planned.error().message;
    ASSERT_EQ(planned->size(), 1u);
    const db::PreparationRecord prep = planned->front();
    EXPECT_DOUBLE_EQ(prep.targetDoseMg, 600.0);
    EXPECT_DOUBLE_EQ(prep.targetVolumeMl, 5.0);
    EXPECT_EQ(prep.productGtin, "03400930000045");

    // The isolator: scan, then the vial weighed before the withdrawal (ready to use: no vial weighed around a
    // diluent), the syringe, and the vial again for the cross-check.
    auto bench = DemoBench::start();
    ASSERT_TRUE(bench) << bench.error().message;
    IsolatorSession session(*m_ctx, tech, (*bench)->devices(), m_dir.path());
    session.rules = DemoBench::weighingRules();
    ASSERT_TRUE(session.start(prep.id));
    (*bench)->placeReferenceWeight();
    ASSERT_TRUE(session.dailyCheck(DemoBench::kReferenceWeightGrams));
    (*bench)->clearPan();
    EXPECT_EQ(next(prep.id), NextStep::ScanVial);
    using namespace std::chrono;
    ASSERT_TRUE((*bench)->presentVial(prep.productGtin, "LOTTRA1", {year(2027), month(6), day(30)}));
    auto scan = session.scanVial(prep.id);
    ASSERT_TRUE(scan) << scan.error().message;
    EXPECT_EQ(next(prep.id), NextStep::WeighVialBeforeWithdrawal);
    auto diluent = session.weighVialAfterDiluent(prep.id);
    EXPECT_FALSE(diluent); // there is no diluent step to take
    (*bench)->placeVial();
    ASSERT_TRUE(session.weighVialBeforeWithdrawal(prep.id));
    EXPECT_EQ(next(prep.id), NextStep::WeighEmptySyringe);
    (*bench)->placeEmptySyringe();
    ASSERT_TRUE(session.weighEmptySyringe(prep.id));
    EXPECT_EQ(next(prep.id), NextStep::WeighFilledSyringe);
    (*bench)->fillSyringe(prep, 1.06, 1.01); // +1 % at the estimated density
    auto filled = session.weighFilledSyringe(prep.id);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_EQ(filled->check.decision, WeighingDecision::Accept) << filled->check.explanation;
    EXPECT_NEAR(filled->check.doseMg, 606.0, 1.0);
    EXPECT_DOUBLE_EQ(filled->check.tolerancePercent, 5.0);
    EXPECT_EQ(next(prep.id), NextStep::WeighVialAfterWithdrawal);
    (*bench)->placeCurrentVial();
    auto vialAfter = session.weighVialAfterWithdrawal(prep.id);
    ASSERT_TRUE(vialAfter) << vialAfter.error().message;
    EXPECT_TRUE(vialAfter->check.passed) << vialAfter->check.explanation;
    EXPECT_NEAR(vialAfter->check.vialLostGrams, 5.0 * 1.06 * 1.01, 0.002);

    // Expiry from the stability rows: refrigerated, the 24 h cap; Paris wall time crosses the DST change.
    auto expiry = session.assignExpiry(prep.id, m_clock.now(), "", {"2-8C"});
    ASSERT_TRUE(expiry) << expiry.error().message;
    EXPECT_EQ(expiry->productId, "herceptin-sc");
    EXPECT_EQ(formatParisDisplay(expiry->expiry), "29/03/2026 15:30");

    // The label, from the batch record and the protocol's data.
    LabelDesk labels(*m_ctx);
    auto content = labels.content(prep.id);
    ASSERT_TRUE(content) << content.error().message;
    EXPECT_EQ(content->drugInn, "TRASTUZUMAB");
    EXPECT_EQ(content->doseText, "600 mg");
    EXPECT_EQ(content->volumeText, "5 mL");
    EXPECT_EQ(content->expiresAt, "29/03/2026 15:30");
    EXPECT_NE(content->handling.find("prête à l'emploi"), std::string::npos) << content->handling;
    EXPECT_NE(content->barcodeData.find("7003" + formatParisAi7003(expiry->expiry)), std::string::npos);
    ASSERT_TRUE(labels.produce(tech, prep.id, m_dir.file("label.pdf")));
    auto printed = labels.readBack(tech, prep.id, (*bench)->reader());
    ASSERT_TRUE(printed) << printed.error().message;
    ASSERT_TRUE((*bench)->presentPrintedLabel(printed->path));
    ASSERT_TRUE(labels.readBackFromCamera(tech, prep.id, (*bench)->camera(), (*bench)->reader()));

    // Sign, then release by another pharmacist.
    auto done = session.complete(prep.id, demoAccount(db::Role::Technician).password);
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(next(prep.id), NextStep::Release);
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    auto released = ReleaseDesk(*m_ctx).release(prep.id, releaser.username, releaser.password);
    ASSERT_TRUE(released) << released.error().message;
    EXPECT_EQ(released->status, db::PreparationStatus::Released);
    // The trace says what the dose rests on: the protocol's fixed dose, not a BSA of 0.
    auto history = TraceDesk(*m_ctx).preparationHistory(prep.number);
    ASSERT_TRUE(history) << history.error().message;
    EXPECT_NE(history->dump().find("600.0 mg (fixed dose of TRA-SC-600)"), std::string::npos) << history->dump();
}

std::string rde(const std::string& control, const std::string& dose, const std::string& unit)
{
    // No height or weight (OBX): a fixed dose does not need them.
    return "MSH|^~\\&|DPI-DEMO|CHU-DEMO|PREPSTATION|PUI-DEMO|20260328080000||RDE^O11^RDE_O11|" + control +
           "|P|2.5\r"
           "PID|1||FICTIF-000777^^^CHU-DEMO^PI||DEMO^Alice||19700101|F\r"
           "PV1|1|O|HDJ-ONCO\r"
           "ORC|NW|DPI-ORD-" +
           control +
           "|||||||20260328075900|||10003456789^MEDECIN^Claire^^^^^^RPPS\r"
           "RXE||L01FD01^trastuzumab^ATC|" +
           dose + "||" + unit +
           "^milligram^UCUM|||||||||||||||||||||\r"
           "RXR|SC^subcutaneous^HL70162\r";
}

TEST_F(TrastuzumabStation, Hl7AndCsvOrdersForTheFixedDoseAreAcceptedAndAnotherDoseIsNot)
{
    const db::Actor tech = login(db::Role::Technician);
    OrderIntake intake(*m_ctx);
    auto accepted = intake.receiveHl7(tech, rde("TRA-1", "600", "mg"), "test");
    ASSERT_TRUE(accepted) << accepted.error().message;
    ASSERT_EQ(accepted->orders.size(), 1u);
    ASSERT_EQ(accepted->orders[0].status, IntakeStatus::Accepted) << accepted->orders[0].reason;
    auto order = m_ctx->orders().get(accepted->orders[0].orderId);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->drug, "trastuzumab");
    EXPECT_EQ(order->protocolId, "TRA-SC-600");
    EXPECT_DOUBLE_EQ(order->doseMg, 600.0);
    EXPECT_DOUBLE_EQ(order->heightCm, 0.0); // not sent, not needed

    // 420 mg (a weight-based IV dose) is not this protocol's: refused, naming the fixed dose.
    auto refused = intake.receiveHl7(tech, rde("TRA-2", "420", "mg"), "test");
    ASSERT_TRUE(refused);
    ASSERT_EQ(refused->orders.size(), 1u);
    EXPECT_EQ(refused->orders[0].status, IntakeStatus::Rejected);
    EXPECT_NE(refused->orders[0].reason.find("fixed dose of protocol TRA-SC-600 (600 mg)"), std::string::npos)
        << refused->orders[0].reason;

    // A CSV file (the fuzz seed doubles as the example): a brand name with its ATC code, no height or weight;
    // then 420 mg.
    std::ifstream in(PREP_TRASTUZUMAB_CSV);
    std::stringstream csv;
    csv << in.rdbuf();
    ASSERT_FALSE(csv.str().empty());
    auto results = intake.importFile(tech, csv.str(), "orders.csv");
    ASSERT_TRUE(results) << results.error().message;
    ASSERT_EQ(results->size(), 2u);
    ASSERT_EQ((*results)[0].status, IntakeStatus::Accepted) << (*results)[0].reason;
    auto fromCsv = m_ctx->orders().get((*results)[0].orderId);
    ASSERT_TRUE(fromCsv);
    EXPECT_EQ(fromCsv->protocolId, "TRA-SC-600");
    EXPECT_DOUBLE_EQ(fromCsv->doseMg, 600.0);
    EXPECT_EQ((*results)[1].status, IntakeStatus::Rejected);
    EXPECT_NE((*results)[1].reason.find("fixed dose"), std::string::npos) << (*results)[1].reason;
}

} // namespace
} // namespace prep::station
