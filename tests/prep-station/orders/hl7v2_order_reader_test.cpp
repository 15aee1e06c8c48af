// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_order_reader.h"

#include <gtest/gtest.h>

#include <fstream>
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

Hl7OrderMessage read(const std::string& text)
{
    auto parsed = parseHl7Message(text);
    if (!std::holds_alternative<Hl7Message>(parsed)) {
        ADD_FAILURE() << std::get<Hl7Error>(parsed).message;
        return {};
    }
    return readHl7Orders(std::get<Hl7Message>(parsed));
}

TEST(Hl7OrderReader, RdeO11GivesTheOrderAsWritten)
{
    auto m = read(dataFile("rde-o11-azacitidine-new.hl7"));
    ASSERT_FALSE(m.error) << m.error->message;
    EXPECT_EQ(m.header.sender(), "DPI-DEMO^CHU-DEMO");
    EXPECT_EQ(m.header.controlId, "DEMO-0001");
    ASSERT_EQ(m.orders.size(), 1u);
    const IncomingOrder& o = m.orders[0];
    EXPECT_EQ(o.control, OrderControl::New);
    EXPECT_EQ(o.placer, "DPI-ORD-1001");
    EXPECT_EQ(o.patient.id, "FICTIF-000123");
    EXPECT_EQ(o.patient.idAuthority, "CHU-DEMO");
    EXPECT_EQ(o.patient.familyName, "DEMO");
    EXPECT_EQ(o.patient.givenName, "Alice");
    EXPECT_EQ(o.patient.birthDate, "1956-03-12");
    EXPECT_EQ(o.patient.sex, "F");
    EXPECT_EQ(o.prescriber, "MEDECIN Claire (10003456789)");
    EXPECT_EQ(o.drugCode, "L01BC07");
    EXPECT_EQ(o.drugSystem, "ATC");
    EXPECT_EQ(o.drugText, "azacitidine 100 mg");
    EXPECT_EQ(o.doseValue, "75");
    EXPECT_EQ(o.doseUnit, "mg/m2");
    EXPECT_EQ(o.route, "SC");
    EXPECT_EQ(o.heightValue, "165");
    EXPECT_EQ(o.heightUnit, "cm");
    EXPECT_EQ(o.weightValue, "62");
    EXPECT_EQ(o.weightUnit, "kg");
    EXPECT_NE(o.timing.find("start 20261207090000"), std::string::npos) << o.timing;
    EXPECT_EQ(o.source(OrderField::Drug).label, "RXE-2");
    EXPECT_EQ(o.source(OrderField::Drug).sequence, 6);
    EXPECT_EQ(o.source(OrderField::PatientId).label, "PID-3");
}

TEST(Hl7OrderReader, OmpO09ReadsRxoAndDecodesEscapes)
{
    auto m = read(dataFile("omp-o09-azacitidine-mg.hl7"));
    ASSERT_FALSE(m.error) << m.error->message;
    ASSERT_EQ(m.orders.size(), 1u);
    const IncomingOrder& o = m.orders[0];
    EXPECT_EQ(o.patient.givenName, "Chlo\xC3\xA9");
    EXPECT_EQ(o.drugCode, "");
    EXPECT_EQ(o.drugText, "Vidaza 100 mg poudre pour suspension injectable");
    EXPECT_EQ(o.doseValue, "120");
    EXPECT_EQ(o.doseUnit, "mg");
    EXPECT_EQ(o.strengthValue, "100");
    EXPECT_EQ(o.strengthUnit, "mg");
    EXPECT_EQ(o.source(OrderField::Drug).label, "RXO-1");
}

TEST(Hl7OrderReader, PublicTestSuiteMessagesAreRead)
{
    auto rde = read(dataFile("public/linuxforhealth-rde-o11-ceftriaxone.hl7"));
    ASSERT_FALSE(rde.error) << rde.error->message;
    ASSERT_EQ(rde.orders.size(), 1u);
    EXPECT_EQ(rde.orders[0].drugAsSent(), "DEFAULTMED^cefTRIAXone (ROCEPHIN) 2 g in sodium chloride 0.9 % 50 mL IVPB");
    EXPECT_EQ(rde.orders[0].controlAsSent, "RE");
    EXPECT_EQ(rde.orders[0].control, OrderControl::Unsupported);
    auto omp = read(dataFile("public/linuxforhealth-omp-o09-hydralazine.hl7"));
    ASSERT_FALSE(omp.error) << omp.error->message;
    ASSERT_EQ(omp.orders.size(), 1u);
    EXPECT_EQ(omp.orders[0].drugText, "hydrALAZINE HCl 25 MG Oral Tablet");
    EXPECT_EQ(omp.orders[0].route, "PO");
    EXPECT_EQ(omp.orders[0].patient.birthDate, "1969-07-20");
}

TEST(Hl7OrderReader, MessageLevelRefusalsNameTheField)
{
    auto adt = read(dataFile("adt-a01-not-an-order.hl7"));
    ASSERT_TRUE(adt.error);
    EXPECT_EQ(adt.error->where.text(), "MSH-9");
    EXPECT_EQ(adt.error->code, Hl7ErrorCode::UnsupportedMessageType);

    auto lab = read("MSH|^~\\&|A|B|||1||ORM^O01|9|P|2.3\rPID|1||X\rORC|NW|1\rOBR|1|1||GLU^Glucose\r");
    ASSERT_TRUE(lab.error);
    EXPECT_EQ(lab.error->where.text(), "MSH-9");

    auto older = read("MSH|^~\\&|A|B|||1||RDE^O01|9|P|2.3\rPID|1||X\rORC|NW|1\rRXE||X^drug|1||mg\r");
    ASSERT_FALSE(older.error) << older.error->message;
    EXPECT_EQ(older.orders.at(0).drugText, "drug");
    auto orm = read("MSH|^~\\&|A|B|||1||ORM^O01|9|P|2.3\rPID|1||X\rORC|NW|1\rRXO|Y^other drug|2||mg\r");
    ASSERT_FALSE(orm.error) << orm.error->message;
    EXPECT_EQ(orm.orders.at(0).drugText, "other drug");

    auto noId = read("MSH|^~\\&|A|B|||1||RDE^O11||P|2.5\rPID|1||X\rORC|NW|1\r");
    ASSERT_TRUE(noId.error);
    EXPECT_EQ(noId.error->where.text(), "MSH-10");

    auto v3 = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|3.0\rPID|1||X\rORC|NW|1\r");
    ASSERT_TRUE(v3.error);
    EXPECT_EQ(v3.error->where.text(), "MSH-12");

    auto noOrc = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rPID|1||X\r");
    ASSERT_TRUE(noOrc.error);
    EXPECT_EQ(noOrc.error->where.segment, "ORC");

    auto noPid = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rORC|NW|1\r");
    ASSERT_TRUE(noPid.error);
    EXPECT_EQ(noPid.error->where.segment, "PID");
}

TEST(Hl7OrderReader, EachOrcIsAnOrder)
{
    auto m = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rPID|1||FICTIF-1^^^H^PI||DEMO^A||19500101|F\r"
                  "OBX|1|NM|29463-7||70|kg\r"
                  "ORC|NW|P1\rRXE||L01BC07^aza^ATC|75||mg/m2\rOBX|1|NM|8302-2||170|cm\r"
                  "ORC|CA|P0\rRXE||L01XG01^btz^ATC|1.3||mg/m2\rOBX|1|NM|29463-7||71|kg\r");
    ASSERT_FALSE(m.error);
    ASSERT_EQ(m.orders.size(), 2u);
    EXPECT_EQ(m.orders[0].placer, "P1");
    EXPECT_EQ(m.orders[0].weightValue, "70"); // the patient's observation
    EXPECT_EQ(m.orders[0].heightValue, "170");
    EXPECT_EQ(m.orders[1].control, OrderControl::Cancel);
    EXPECT_EQ(m.orders[1].weightValue, "71"); // the order's own wins
    EXPECT_EQ(m.orders[1].heightValue, "");
}

// PID-11: the home address (XAD-7 "H") is where a HAD cooler goes, whichever repetition carries it; one line.
TEST(Hl7OrderReader, TheHomeAddressIsReadFromPid11)
{
    const std::string rest = "\rORC|NW|P1\rRXE||L01BC07^aza^ATC|75||mg/m2\r";
    auto home = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rPID|1||FICTIF-1^^^H^PI||DEMO^A||19500101|F|||"
                     "BP 12^^Lyon^^69001^FRA^M~12 rue des Exemples^Bât. B^Lyon^^69003^FRA^H" +
                     rest);
    ASSERT_EQ(home.orders.size(), 1u);
    EXPECT_EQ(home.orders[0].patient.homeAddress, "12 rue des Exemples, Bât. B, 69003 Lyon");
    auto first = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rPID|1||FICTIF-1^^^H^PI||DEMO^A||19500101|F|||"
                      "3 place du Test^^Villeurbanne^^69100" +
                      rest);
    EXPECT_EQ(first.orders.at(0).patient.homeAddress, "3 place du Test, 69100 Villeurbanne");
    auto none = read("MSH|^~\\&|A|B|||1||RDE^O11|9|P|2.5\rPID|1||FICTIF-1^^^H^PI||DEMO^A||19500101|F" + rest);
    EXPECT_EQ(none.orders.at(0).patient.homeAddress, "");
}

} // namespace
} // namespace prep::station
