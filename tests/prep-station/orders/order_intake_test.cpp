// SPDX-License-Identifier: GPL-3.0-or-later
// The intake on a station database: each drug the site prepares is entered, every refusal names what the sender
// wrote and where, duplicates make one order, NW/CA/XO, and whatever arrives is kept with its raw bytes.
#include "db/inbound_message_repository.h"
#include "db/user_directory.h"
#include "prep-station/dosing/dosing.h"
#include "prep-station/orders/hl7v2_order_reader.h"
#include "prep-station/workflow/order_intake.h"
#include "tests/support/seed_users.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <sstream>

namespace prep::station {
namespace {

std::string dataFile(const std::string& name)
{
    std::ifstream in(std::string(PREP_HL7_DATA) + "/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The message with another MSH-10 and placer number: a new message for a new order.
std::string renumbered(std::string text, const std::string& from, const std::string& to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

class OrderIntakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<test::TestDatabase>(m_dir, "station");
        const std::string path = m_database->location();
        ASSERT_TRUE(test::seedUsers(path, {{"tech", "Tech (fictif)", db::Role::Technician, "tech-pass-2026"},
                                           {"nurse", "Nurse (fictive)", db::Role::Nurse, "nurse-pass-2026"}}));
        auto ctx = StationContext::open(path, m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto tech = m_ctx->users().authenticate("tech", "tech-pass-2026", m_clock.now());
        ASSERT_TRUE(tech);
        m_tech = *tech;
    }

    Hl7Reply receive(const std::string& bytes)
    {
        auto reply = OrderIntake(*m_ctx).receiveHl7(m_tech, bytes, "test");
        EXPECT_TRUE(reply) << (reply ? "" : reply.error().message);
        return reply ? *reply : Hl7Reply{};
    }
    IntakeResult receiveOne(const std::string& bytes)
    {
        auto reply = receive(bytes);
        EXPECT_EQ(reply.orders.size(), 1u);
        return reply.orders.empty() ? IntakeResult{} : reply.orders.front();
    }
    // The order as the HL7 reader gives it, for variations on one field.
    IncomingOrder incoming(const std::string& file)
    {
        auto parsed = parseHl7Message(dataFile(file));
        auto read = readHl7Orders(std::get<Hl7Message>(parsed));
        return read.orders.at(0);
    }
    std::string ackField(const std::string& ack, const char* segment, int field, int component = 1)
    {
        auto parsed = parseHl7Message(ack);
        const Hl7Segment* s = std::get<Hl7Message>(parsed).first(segment);
        return s ? s->value(field, component) : "(no " + std::string(segment) + ")";
    }
    int count(const std::string& table)
    {
        auto s = m_ctx->database().prepare("SELECT COUNT(*) FROM " + table);
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
    std::unique_ptr<test::TestDatabase> m_database; // SQLite, or a PostgreSQL database in the postgres/ pass
    SystemClock m_clock;
    std::unique_ptr<StationContext> m_ctx;
    db::Actor m_tech;
};

TEST_F(OrderIntakeTest, EachDrugTheSitePreparesIsEnteredAsPrescribed)
{
    auto aza = receive(dataFile("rde-o11-azacitidine-new.hl7"));
    ASSERT_EQ(aza.code, AckCode::Accept) << aza.orders.at(0).reason;
    EXPECT_EQ(ackField(aza.ack, "MSA", 1), "AA");
    EXPECT_EQ(ackField(aza.ack, "MSA", 2), "DEMO-0001");
    auto order = m_ctx->orders().get(aza.orders[0].orderId);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->drug, "azacitidine");
    EXPECT_EQ(order->protocolId, "AZA-SC-75");
    EXPECT_DOUBLE_EQ(order->mgPerM2, 75);
    EXPECT_NEAR(order->doseMg, 75 * bsaMosteller(165, 62), 0.1);
    EXPECT_EQ(order->prescriber, "MEDECIN Claire (10003456789)");
    auto origin = m_ctx->orders().originOf(order->id);
    ASSERT_TRUE(origin && *origin);
    EXPECT_EQ((*origin)->placerNumber, "DPI-ORD-1001");
    EXPECT_EQ((*origin)->sender, "DPI-DEMO^CHU-DEMO");
    EXPECT_EQ((*origin)->patientSex, "F");
    EXPECT_EQ((*origin)->patientAuthority, "CHU-DEMO");
    EXPECT_EQ((*origin)->drugAsSent, "L01BC07^azacitidine 100 mg");
    auto patient = m_ctx->patients().get(order->patientId);
    ASSERT_TRUE(patient);
    EXPECT_EQ(patient->ipp, "FICTIF-000123");
    EXPECT_TRUE(patient->fictitious);

    auto btz = receiveOne(dataFile("rde-o11-bortezomib-new.hl7"));
    ASSERT_EQ(btz.status, IntakeStatus::Accepted) << btz.reason;
    EXPECT_EQ(m_ctx->orders().get(btz.orderId)->drug, "bortezomib");

    // OMP^O09 with a dose in mg: entered at the level it makes for this patient's BSA.
    auto mg = receiveOne(dataFile("omp-o09-azacitidine-mg.hl7"));
    ASSERT_EQ(mg.status, IntakeStatus::Accepted) << mg.reason;
    EXPECT_NEAR(m_ctx->orders().get(mg.orderId)->doseMg, 120, 0.1);
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, EveryRefusalNamesWhatTheSenderWroteAndWhere)
{
    struct Case
    {
        const char* file;
        const char* says;
        const char* where; // ERR-2.1 and ERR-2.3
        int field;
        AckCode code;
    };
    for (const Case& c : std::vector<Case>{
             {"rde-o11-unknown-drug.hl7", "'J01DD04^Ceftriaxone 1 g poudre'", "RXE", 2, AckCode::Error},
             {"rde-o11-wrong-unit.hl7", "'mL'", "RXE", 5, AckCode::Error},
             {"rde-o11-no-weight.hl7", "height is missing", "OBX", 5, AckCode::Error},
             {"rde-o11-wrong-route.hl7", "'IV'", "RXR", 1, AckCode::Error},
             {"adt-a01-not-an-order.hl7", "ADT^A01", "MSH", 9, AckCode::Reject},
             {"public/linuxforhealth-rde-o11-ceftriaxone.hl7",
              "'DEFAULTMED^cefTRIAXone (ROCEPHIN) 2 g in sodium chloride 0.9 % 50 mL IVPB'", "RXE", 2, AckCode::Error},
             {"public/linuxforhealth-omp-o09-hydralazine.hl7", "'50111032701^hydrALAZINE HCl 25 MG Oral Tablet'", "RXO",
              1, AckCode::Error}}) {
        auto reply = receive(dataFile(c.file));
        ASSERT_EQ(reply.orders.size(), 1u) << c.file;
        EXPECT_EQ(reply.orders[0].status, IntakeStatus::Rejected) << c.file;
        EXPECT_NE(reply.orders[0].reason.find(c.says), std::string::npos) << c.file << ": " << reply.orders[0].reason;
        EXPECT_EQ(reply.code, c.code) << c.file;
        EXPECT_EQ(ackField(reply.ack, "ERR", 2, 1), c.where) << c.file;
        EXPECT_EQ(ackField(reply.ack, "ERR", 2, 3), std::to_string(c.field)) << c.file;
        EXPECT_FALSE(ackField(reply.ack, "MSA", 2).empty()) << c.file;
    }
    EXPECT_EQ(count("prescription_order"), 0);
    EXPECT_EQ(count("inbound_message"), 7);
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, FieldRefusalsNameTheField)
{
    struct Case
    {
        std::function<void(IncomingOrder&)> change;
        const char* says;
    };
    OrderIntake intake(*m_ctx);
    for (const auto& c : std::vector<Case>{
             {[](IncomingOrder& o) { o.patient.id.clear(); }, "identifier (IPP) is missing (PID-3)"},
             {[](IncomingOrder& o) { o.patient.birthDate = "1956-02-30"; }, "'1956-02-30' is not a date (PID-7)"},
             {[](IncomingOrder& o) { o.prescriber.clear(); }, "prescriber is missing (ORC-12)"},
             {[](IncomingOrder& o) { o.placer.clear(); }, "placer order number is missing (ORC-2)"},
             {[](IncomingOrder& o) { o.controlAsSent = "SC", o.control = OrderControl::Unsupported; },
              "order control 'SC'"},
             {[](IncomingOrder& o) { o.strengthValue = "150", o.strengthUnit = "mg"; }, "strength '150 mg'"},
             {[](IncomingOrder& o) { o.drugText = "bortezomib"; }, "means azacitidine but the text 'bortezomib'"},
             {[](IncomingOrder& o) { o.doseValue = "7.5e"; }, "dose '7.5e' is not a positive number (RXE-3)"},
             {[](IncomingOrder& o) { o.weightUnit = "lb"; }, "weight '62 lb'"},
             {[](IncomingOrder& o) { o.heightValue = "1.65", o.heightUnit = "cm"; }, "height"}}) {
        IncomingOrder o = incoming("rde-o11-azacitidine-new.hl7");
        c.change(o);
        auto r = intake.take(m_tech, o, 0);
        EXPECT_EQ(r.status, IntakeStatus::Rejected) << c.says;
        EXPECT_NE(r.reason.find(c.says), std::string::npos) << r.reason;
    }
    // A pack code from the catalogue (the CIP13 inside the GTIN) names the product, hence the drug.
    IncomingOrder cip = incoming("rde-o11-azacitidine-new.hl7");
    cip.drugCode = "3400930000014";
    cip.drugSystem = "CIP13";
    cip.drugText = "VIDAZA 100 mg";
    EXPECT_EQ(intake.take(m_tech, cip, 0).status, IntakeStatus::Accepted);
    EXPECT_EQ(count("prescription_order"), 1);
}

TEST_F(OrderIntakeTest, OnlyTechniciansAndPharmaciansTakeOrdersIn)
{
    auto nurse = m_ctx->users().authenticate("nurse", "nurse-pass-2026", m_clock.now());
    ASSERT_TRUE(nurse);
    auto reply = OrderIntake(*m_ctx).receiveHl7(*nurse, dataFile("rde-o11-azacitidine-new.hl7"), "test");
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().kind, Error::Kind::Denied);
}

TEST_F(OrderIntakeTest, TheSameMessageTwiceIsOneOrderAndBothAreKept)
{
    const std::string message = dataFile("rde-o11-azacitidine-new.hl7");
    auto first = receive(message);
    auto second = receive(message);
    EXPECT_FALSE(first.duplicate);
    EXPECT_TRUE(second.duplicate);
    EXPECT_EQ(second.code, AckCode::Accept);
    EXPECT_EQ(ackField(second.ack, "MSA", 2), "DEMO-0001");
    EXPECT_EQ(second.orders.at(0).orderId, first.orders.at(0).orderId);
    EXPECT_EQ(second.orders.at(0).reason, "already received");
    // A new message (another MSH-10) for the same placer number: still one order.
    auto resent = receiveOne(renumbered(message, "DEMO-0001", "DEMO-0001-R"));
    EXPECT_EQ(resent.status, IntakeStatus::Accepted);
    EXPECT_EQ(resent.orderId, first.orders.at(0).orderId);
    EXPECT_NE(resent.reason.find("already received"), std::string::npos);
    EXPECT_EQ(count("prescription_order"), 1);
    EXPECT_EQ(count("inbound_message"), 3);
    db::InboundMessageRepository inbound(m_ctx->database());
    auto kept = inbound.get(2);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->outcome, db::InboundOutcome::Duplicate);
    EXPECT_EQ(kept->raw, message);
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, AMessageThatCannotBeTakenStillNamesTheDrugsItOrders)
{
    // No MSH-10 (as in some public test suites): refused (AR), nothing entered, and the drug named all the same.
    auto noId = receive(renumbered(dataFile("rde-o11-unknown-drug.hl7"), "|DEMO-0004|", "||"));
    EXPECT_EQ(noId.code, AckCode::Reject);
    ASSERT_EQ(noId.orders.size(), 2u);
    EXPECT_EQ(noId.orders[0].where.label, "MSH-10");
    EXPECT_NE(noId.orders[1].reason.find("'J01DD04^Ceftriaxone 1 g poudre'"), std::string::npos);
    auto parsed = parseHl7Message(noId.ack);
    int errs = 0;
    for (const auto& segment : std::get<Hl7Message>(parsed).segments)
        errs += segment.name == "ERR";
    EXPECT_EQ(errs, 2);
    // A drug the site prepares, in a message without MSH-10: not entered.
    auto aza = receive(renumbered(dataFile("rde-o11-azacitidine-new.hl7"), "|DEMO-0001|", "||"));
    EXPECT_EQ(aza.code, AckCode::Reject);
    EXPECT_EQ(aza.orders.size(), 1u);
    // No PID: the same.
    const std::string message = dataFile("rde-o11-unknown-drug.hl7");
    const size_t pid = message.find("PID|");
    auto noPid = receive(message.substr(0, pid) + message.substr(message.find('\r', pid) + 1));
    EXPECT_EQ(noPid.code, AckCode::Error);
    ASSERT_EQ(noPid.orders.size(), 2u);
    EXPECT_EQ(noPid.orders[0].where.segment, "PID");
    EXPECT_NE(noPid.orders[1].reason.find("Ceftriaxone"), std::string::npos);
    EXPECT_EQ(count("prescription_order"), 0);
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, Latin1MessagesAreReadAsTextAndKeptAsSent)
{
    // "Chloé" in ISO-8859-1, as a system declaring MSH-18 8859/1 sends it.
    const std::string latin1 = renumbered(dataFile("omp-o09-azacitidine-mg.hl7"), "Chlo\\XC3A9\\", "Chlo\xE9");
    ASSERT_NE(latin1.find("Chlo\xE9"), std::string::npos);
    auto taken = receiveOne(latin1);
    ASSERT_EQ(taken.status, IntakeStatus::Accepted) << taken.reason;
    auto patient = m_ctx->patients().get(m_ctx->orders().get(taken.orderId)->patientId);
    EXPECT_EQ(patient->givenName, "Chlo\xC3\xA9");
    db::InboundMessageRepository inbound(m_ctx->database());
    EXPECT_EQ(inbound.get(1)->raw, latin1);
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, AKnownIppWithAnotherNameIsRefusedAtThePatientFields)
{
    ASSERT_EQ(receiveOne(dataFile("rde-o11-azacitidine-new.hl7")).status, IntakeStatus::Accepted);
    auto other =
        receiveOne(renumbered(renumbered(dataFile("rde-o11-bortezomib-new.hl7"), "FICTIF-000124", "FICTIF-000123"),
                              "DEMO-0002", "DEMO-0002-B"));
    EXPECT_EQ(other.status, IntakeStatus::Rejected);
    EXPECT_NE(other.reason.find("already known as DEMO Alice"), std::string::npos) << other.reason;
    EXPECT_EQ(other.where.label, "PID-5");
}

TEST_F(OrderIntakeTest, CancelAndReplaceActOnThePlacerNumber)
{
    const std::string nw = dataFile("rde-o11-azacitidine-new.hl7");
    auto created = receiveOne(nw);
    ASSERT_EQ(created.status, IntakeStatus::Accepted);
    // XO: the same placer number with a lower dose level: a new order, the old one cancelled.
    auto xo = receiveOne(renumbered(renumbered(renumbered(nw, "DEMO-0001", "DEMO-0001-XO"), "|NW|", "|XO|"),
                                    "|75||mg/m2", "|50||mg/m2"));
    ASSERT_EQ(xo.status, IntakeStatus::Accepted) << xo.reason;
    EXPECT_NE(xo.orderId, created.orderId);
    EXPECT_EQ(m_ctx->orders().get(created.orderId)->status, db::OrderStatus::Cancelled);
    EXPECT_DOUBLE_EQ(m_ctx->orders().get(xo.orderId)->mgPerM2, 50);
    EXPECT_EQ((*m_ctx->orders().originOf(xo.orderId))->revision, 2);
    // CA cancels the current revision.
    auto ca = receiveOne(dataFile("rde-o11-cancel.hl7"));
    ASSERT_EQ(ca.status, IntakeStatus::Accepted) << ca.reason;
    EXPECT_EQ(ca.orderId, xo.orderId);
    EXPECT_EQ(m_ctx->orders().get(xo.orderId)->status, db::OrderStatus::Cancelled);
    // A cancel for an order never received is refused, naming the placer number.
    auto unknown = receive(renumbered(renumbered(dataFile("rde-o11-cancel.hl7"), "DPI-ORD-1001", "DPI-ORD-9999"),
                                      "DEMO-0003", "DEMO-0003-U"));
    ASSERT_EQ(unknown.orders.size(), 1u);
    EXPECT_EQ(unknown.orders[0].status, IntakeStatus::Rejected);
    EXPECT_NE(unknown.orders[0].reason.find("'DPI-ORD-9999'"), std::string::npos);
    EXPECT_EQ(ackField(unknown.ack, "ERR", 3), "204");
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, CsvRowsAreOrdersEachWithItsOwnResult)
{
    std::ifstream in(std::string(PREP_HL7_DATA) + "/../orders/orders.csv", std::ios::binary);
    std::stringstream csv;
    csv << in.rdbuf();
    auto results = OrderIntake(*m_ctx).importFile(m_tech, csv.str(), "orders.csv");
    ASSERT_TRUE(results) << results.error().message;
    ASSERT_EQ(results->size(), 4u);
    EXPECT_EQ((*results)[0].status, IntakeStatus::Accepted) << (*results)[0].reason;
    EXPECT_EQ((*results)[1].status, IntakeStatus::Accepted) << (*results)[1].reason; // "1,3" mg/m²
    EXPECT_EQ((*results)[2].status, IntakeStatus::Rejected);
    EXPECT_NE((*results)[2].reason.find("'M\xC3\xA9thotrexate 25 mg/mL'"), std::string::npos) << (*results)[2].reason;
    EXPECT_NE((*results)[2].reason.find("line 6, column drug"), std::string::npos) << (*results)[2].reason;
    EXPECT_EQ((*results)[3].status, IntakeStatus::Rejected);
    EXPECT_NE((*results)[3].reason.find("weight is missing"), std::string::npos);
    EXPECT_EQ(m_ctx->orders().get((*results)[0].orderId)->cycleDay, "C1J1");

    auto broken = OrderIntake(*m_ctx).importFile(m_tech, "placer,drug\nX,azacitidine\n", "broken.csv");
    ASSERT_TRUE(broken);
    ASSERT_EQ(broken->size(), 1u);
    EXPECT_NE(broken->at(0).reason.find("missing column patient_id"), std::string::npos) << broken->at(0).reason;
    expectAuditIntact();
}

TEST_F(OrderIntakeTest, WhateverArrivesIsKeptWithItsRawBytesAndAnswered)
{
    const std::string garbage("\x00\xFF\x01MSH?not hl7\r\n", 16);
    auto reply = receive(garbage);
    EXPECT_EQ(reply.code, AckCode::Reject);
    EXPECT_EQ(ackField(reply.ack, "MSA", 1), "AR");
    auto broken = receive("MSH|^~\\&|DPI|CHU|||20261205||RDE^O11|BROKEN-1|P|2.5\rpid|lower case\r");
    EXPECT_EQ(broken.code, AckCode::Reject);
    EXPECT_EQ(ackField(broken.ack, "MSA", 2), "BROKEN-1"); // echoed even though the message did not parse
    db::InboundMessageRepository inbound(m_ctx->database());
    auto kept = inbound.get(1);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->raw, garbage);
    EXPECT_EQ(kept->outcome, db::InboundOutcome::Rejected);
    EXPECT_FALSE(kept->reason.empty());
    // Too large to read: refused, its beginning kept.
    const std::string huge =
        "MSH|^~\\&|DPI|CHU|||1||RDE^O11|HUGE-1|P|2.5\rNTE|" + std::string(kHl7MaxMessageBytes, 'x');
    auto tooLarge = receive(huge);
    EXPECT_EQ(tooLarge.code, AckCode::Reject);
    EXPECT_EQ(ackField(tooLarge.ack, "MSA", 2), "HUGE-1");
    EXPECT_EQ(inbound.get(3)->raw, huge.substr(0, 64 * 1024));
    auto fhir = OrderIntake(*m_ctx).importFile(m_tech, "{\"resourceType\":\"Bundle\"}", "bundle.json");
    ASSERT_TRUE(fhir);
    EXPECT_EQ(fhir->at(0).status, IntakeStatus::Rejected);
    EXPECT_EQ(count("inbound_message"), 4);
    expectAuditIntact();
}

} // namespace
} // namespace prep::station
