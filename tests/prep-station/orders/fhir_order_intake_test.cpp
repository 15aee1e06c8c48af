// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 files through the one intake (OrderIntake::importFile) on a station database: the drugs the site prepares
// are entered, the others refused by name, the same bundle twice makes one order, cancel and replace act on the
// placer number, and whatever arrives is kept with its raw bytes while the audit trail still verifies.
#include "db/user_directory.h"
#include "prep-station/workflow/order_intake.h"
#include "tests/support/seed_users.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace prep::station {
namespace {

std::string dataFile(const std::string& name)
{
    std::ifstream in(std::string(PREP_FHIR_DATA) + "/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class FhirOrderIntakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<test::TestDatabase>(m_dir, "station");
        const std::string path = m_database->location();
        ASSERT_TRUE(test::seedUsers(path, {{"tech", "Tech (fictif)", db::Role::Technician, "tech-pass-2026"}}));
        auto ctx = StationContext::open(path, m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto tech = m_ctx->users().authenticate("tech", "tech-pass-2026", m_clock.now());
        ASSERT_TRUE(tech);
        m_tech = *tech;
    }

    std::vector<IntakeResult> import(const std::string& bytes, const std::string& name)
    {
        auto results = OrderIntake(*m_ctx).importFile(m_tech, bytes, name);
        EXPECT_TRUE(results) << (results ? "" : results.error().message);
        return results ? *results : std::vector<IntakeResult>{};
    }
    IntakeResult importOne(const std::string& file)
    {
        auto results = import(dataFile(file), file);
        EXPECT_EQ(results.size(), 1u);
        return results.empty() ? IntakeResult{} : results.front();
    }
    int count(const std::string& sql)
    {
        auto s = m_ctx->database().prepare(sql);
        EXPECT_TRUE(s);
        EXPECT_TRUE(s->step());
        return int(s->int64(0));
    }
    void expectAuditIntact()
    {
        auto verification = m_ctx->audit().verify();
        ASSERT_TRUE(verification);
        EXPECT_TRUE(verification->intact) << verification->problem;
    }

    test::TempDir m_dir;
    std::unique_ptr<test::TestDatabase> m_database;
    SystemClock m_clock;
    std::unique_ptr<StationContext> m_ctx;
    db::Actor m_tech;
};

TEST_F(FhirOrderIntakeTest, EachDrugTheSitePreparesIsEnteredAndTheSameBundleTwiceMakesOneOrder)
{
    const IntakeResult aza = importOne("azacitidine-transaction.json");
    ASSERT_EQ(aza.status, IntakeStatus::Accepted) << aza.reason;
    auto order = m_ctx->orders().get(aza.orderId);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->drug, "azacitidine");
    EXPECT_DOUBLE_EQ(order->mgPerM2, 75);

    const IntakeResult btz = importOne("bortezomib-contained.json");
    ASSERT_EQ(btz.status, IntakeStatus::Accepted) << btz.reason;
    EXPECT_EQ(m_ctx->orders().get(btz.orderId)->drug, "bortezomib");

    const IntakeResult again = importOne("azacitidine-transaction.json");
    EXPECT_EQ(again.status, IntakeStatus::Accepted);
    EXPECT_EQ(again.orderId, aza.orderId);
    EXPECT_EQ(again.reason, "already received: order " + std::to_string(aza.orderId));
    EXPECT_EQ(count("SELECT COUNT(*) FROM prescription_order"), 2);
    // Every file is kept as it came, as FHIR R4.
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_message WHERE format = 'fhir_r4'"), 3);
    expectAuditIntact();
}

TEST_F(FhirOrderIntakeTest, CancelAndReplaceActOnThePlacerNumber)
{
    const IntakeResult first = importOne("azacitidine-transaction.json");
    ASSERT_EQ(first.status, IntakeStatus::Accepted) << first.reason;
    const IntakeResult replaced = importOne("azacitidine-replace.json");
    ASSERT_EQ(replaced.status, IntakeStatus::Accepted) << replaced.reason;
    EXPECT_NE(replaced.orderId, first.orderId);
    EXPECT_EQ(replaced.reason, "replaces order " + std::to_string(first.orderId));
    EXPECT_EQ(m_ctx->orders().get(first.orderId)->status, db::OrderStatus::Cancelled);

    const IntakeResult cancelled = importOne("azacitidine-cancel.json");
    ASSERT_EQ(cancelled.status, IntakeStatus::Accepted) << cancelled.reason;
    EXPECT_EQ(cancelled.orderId, replaced.orderId);
    EXPECT_EQ(m_ctx->orders().get(replaced.orderId)->status, db::OrderStatus::Cancelled);
    expectAuditIntact();
}

TEST_F(FhirOrderIntakeTest, DrugsTheSiteDoesNotPrepareAreRefusedByName)
{
    const IntakeResult mtx = importOne("methotrexate-not-prepared.json");
    EXPECT_EQ(mtx.status, IntakeStatus::Rejected);
    EXPECT_EQ(mtx.placer, "FHIR-ORD-2004");
    EXPECT_EQ(mtx.reason, "the site does not prepare 'L01BA01^M\xC3\xA9thotrexate 25 mg/mL' "
                          "(Bundle.entry[1].resource.medicationCodeableConcept)");
    // HL7's own examples: refused for their drug before their missing patient.
    const IntakeResult azithromycin = importOne("public/hl7-medicationrequest0302.json");
    EXPECT_EQ(azithromycin.reason, "the site does not prepare '324252006^Azithromycin 250mg capsule (product)' "
                                   "(MedicationRequest/medrx0302.contained[0].code)");
    const IntakeResult prednisone = importOne("public/hl7-medicationrequest0303.json");
    EXPECT_NE(prednisone.reason.find("'373994007^Prednisone 5mg tablet (Product)'"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM prescription_order"), 0);
    expectAuditIntact();
}

TEST_F(FhirOrderIntakeTest, ABundleOfSeveralOrdersIsAnsweredOrderByOrder)
{
    auto bundle = nlohmann::json::parse(dataFile("azacitidine-transaction.json"));
    const auto other = nlohmann::json::parse(dataFile("methotrexate-not-prepared.json"));
    for (const auto& entry : other["entry"])
        bundle["entry"].push_back(entry);
    auto results = import(bundle.dump(), "two-orders.json");
    ASSERT_EQ(results.size(), 2u) << (results.empty() ? "" : results[0].reason);
    EXPECT_EQ(results[0].status, IntakeStatus::Accepted) << results[0].reason;
    EXPECT_EQ(results[1].status, IntakeStatus::Rejected);
    EXPECT_NE(results[1].reason.find("M\xC3\xA9thotrexate"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_message WHERE outcome = 'partly_accepted'"), 1);
    expectAuditIntact();
}

TEST_F(FhirOrderIntakeTest, AnOrderWhosePatientIsNotInTheFileIsRefusedNamingTheReference)
{
    auto rx = nlohmann::json::parse(dataFile("bortezomib-contained.json"));
    rx["subject"] = {{"reference", "Patient/9"}};
    auto results = import(rx.dump(), "no-patient.json");
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].status, IntakeStatus::Rejected);
    EXPECT_EQ(results[0].reason, "the patient identifier (IPP) is missing (MedicationRequest/rx2002.subject "
                                 "(reference 'Patient/9' resolves to nothing in the file))");

    rx = nlohmann::json::parse(dataFile("bortezomib-contained.json"));
    rx["dosageInstruction"][0]["doseAndRate"][0]["doseQuantity"]["code"] = "mg/kg";
    results = import(rx.dump(), "per-kg.json");
    ASSERT_EQ(results.size(), 1u);
    EXPECT_NE(results[0].reason.find("dosed in 'mg/kg'"), std::string::npos) << results[0].reason;
    EXPECT_EQ(count("SELECT COUNT(*) FROM prescription_order"), 0);
}

TEST_F(FhirOrderIntakeTest, AFileThatIsNotFhirIsRefusedWholeAndKept)
{
    auto results = import("{\"resourceType\": \"Patient\"}", "patient.json");
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].status, IntakeStatus::Rejected);
    EXPECT_NE(results[0].reason.find("not a Bundle or a MedicationRequest"), std::string::npos);
    results = import("{\"resourceType\": \"Bundle\", \"type\": \"collection\"", "cut.json");
    ASSERT_EQ(results.size(), 1u);
    EXPECT_NE(results[0].reason.find("not FHIR R4 JSON"), std::string::npos);
    results = import("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": []}", "empty.json");
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].reason, "empty.json: no order in the file");
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_message WHERE format = 'fhir_r4' AND outcome = 'rejected'"), 3);
    expectAuditIntact();
}

} // namespace
} // namespace prep::station
