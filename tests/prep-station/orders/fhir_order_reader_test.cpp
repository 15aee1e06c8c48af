// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR R4 reader alone: each element it maps, where each value says it was read, and each refusal naming
// what and where. No database: the intake's decisions are tested in fhir_order_intake_test.cpp.
#include "prep-station/orders/fhir_order_reader.h"

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

IncomingOrder readOne(const std::string& json)
{
    auto orders = readFhirOrders(json);
    EXPECT_TRUE(orders) << (orders ? "" : orders.error().message);
    if (!orders || orders->size() != 1) {
        ADD_FAILURE() << "expected one order";
        return {};
    }
    return orders->front();
}

std::string refusal(const std::string& json)
{
    auto orders = readFhirOrders(json);
    EXPECT_FALSE(orders);
    return orders ? std::string() : orders.error().message;
}

const char* kPlacerSystem = "https://dpi.chu-demo.example/fhir/prescriptions";

TEST(FhirOrderReader, ATransactionBundleWithReferencesMapsEveryElement)
{
    const IncomingOrder o = readOne(dataFile("azacitidine-transaction.json"));
    EXPECT_EQ(o.format, OrderSourceFormat::FhirR4);
    EXPECT_EQ(o.sender, kPlacerSystem);
    EXPECT_EQ(o.messageId, "FHIR-DEMO-0001");
    EXPECT_EQ(o.placer, "FHIR-ORD-2001");
    EXPECT_EQ(o.control, OrderControl::New);
    EXPECT_EQ(o.controlAsSent, "active/order");
    // The PI identifier is the IPP, not the national one listed first.
    EXPECT_EQ(o.patient.id, "FICTIF-000201");
    EXPECT_EQ(o.patient.idAuthority, "urn:oid:1.2.250.1.999.1");
    EXPECT_EQ(o.patient.familyName, "DEMO");
    EXPECT_EQ(o.patient.givenName, "Alice");
    EXPECT_EQ(o.patient.birthDate, "1956-03-12");
    EXPECT_EQ(o.patient.sex, "F");
    EXPECT_EQ(o.prescriber, "10003456789 MEDECIN Claire");
    EXPECT_EQ(o.drugCode, "L01BC07");
    EXPECT_EQ(o.drugSystem, "http://www.whocc.no/atc");
    EXPECT_EQ(o.drugText, "azacitidine 100 mg poudre pour suspension injectable");
    EXPECT_EQ(o.strengthValue, "100");
    EXPECT_EQ(o.strengthUnit, "mg");
    EXPECT_EQ(o.doseValue, "75");
    EXPECT_EQ(o.doseUnit, "mg/m2"); // the UCUM code, not the display unit "mg/m²"
    EXPECT_EQ(o.route, "SC");       // SNOMED CT 34206005
    EXPECT_EQ(o.timing, "1 per 1 d; from 2026-12-07 to 2026-12-13");
    EXPECT_EQ(o.heightValue, "165");
    EXPECT_EQ(o.heightUnit, "cm");
    EXPECT_EQ(o.weightValue, "62");
    EXPECT_EQ(o.weightUnit, "kg");

    EXPECT_EQ(o.source(OrderField::Dose).label,
              "Bundle.entry[5].resource.dosageInstruction[0].doseAndRate[0].doseQuantity");
    EXPECT_EQ(o.source(OrderField::PatientId).label, "Bundle.entry[0].resource.identifier[1]");
    EXPECT_EQ(o.source(OrderField::Drug).label, "Bundle.entry[2].resource.code");
    EXPECT_EQ(o.source(OrderField::Height).label, "Bundle.entry[3].resource.valueQuantity");
    EXPECT_EQ(o.source(OrderField::Placer).label, "Bundle.entry[5].resource.identifier[0]");
}

TEST(FhirOrderReader, ASingleMedicationRequestWithContainedResources)
{
    const IncomingOrder o = readOne(dataFile("bortezomib-contained.json"));
    EXPECT_EQ(o.messageId, "MedicationRequest/rx2002");
    EXPECT_EQ(o.patient.id, "FICTIF-000202");
    EXPECT_EQ(o.patient.sex, "M");
    EXPECT_EQ(o.prescriber, "10003456789 MEDECIN Claire");
    EXPECT_EQ(o.drugCode, "L01XG01");
    EXPECT_EQ(o.drugText, "bort\xC3\xA9zomib 3,5 mg");
    EXPECT_TRUE(o.strengthValue.empty());
    EXPECT_EQ(o.doseValue, "1.3");
    EXPECT_EQ(o.doseUnit, "mg/m2");
    EXPECT_EQ(o.heightValue, "1.72");
    EXPECT_EQ(o.heightUnit, "m");
    EXPECT_EQ(o.weightValue, "70");
    EXPECT_EQ(o.source(OrderField::PatientId).label, "MedicationRequest/rx2002.contained[0].identifier[1]");
    EXPECT_EQ(o.source(OrderField::Drug).label, "MedicationRequest/rx2002.medicationCodeableConcept");
    EXPECT_EQ(o.source(OrderField::Weight).label, "MedicationRequest/rx2002.contained[3].valueQuantity");
}

TEST(FhirOrderReader, CancelAndReplace)
{
    const IncomingOrder cancel = readOne(dataFile("azacitidine-cancel.json"));
    EXPECT_EQ(cancel.control, OrderControl::Cancel);
    EXPECT_EQ(cancel.controlAsSent, "cancelled/order");
    EXPECT_EQ(cancel.placer, "FHIR-ORD-2001");
    EXPECT_EQ(cancel.sender, kPlacerSystem);

    // The replacement is entered under the placer number of the order it replaces; the latest weight is read.
    const IncomingOrder replace = readOne(dataFile("azacitidine-replace.json"));
    EXPECT_EQ(replace.control, OrderControl::Replace);
    EXPECT_EQ(replace.placer, "FHIR-ORD-2001");
    EXPECT_EQ(replace.sender, kPlacerSystem);
    EXPECT_EQ(replace.weightValue, "58");
    EXPECT_EQ(replace.source(OrderField::Weight).label, "Observation/w1.valueQuantity");
    EXPECT_EQ(replace.prescriber, "10003456789 MEDECIN Claire");
}

TEST(FhirOrderReader, PriorPrescriptionAndAbsoluteReferencesResolveInTheFile)
{
    // The replacement names the old MedicationRequest by reference (in the file), its patient by an absolute,
    // versioned URL.
    auto bundle = nlohmann::json::parse(dataFile("azacitidine-replace.json"));
    nlohmann::json old = bundle["entry"][5]["resource"];
    old["id"] = "rx-old";
    old["identifier"][0]["value"] = "FHIR-ORD-1999";
    old["status"] = "stopped";
    old.erase("priorPrescription");
    bundle["entry"].push_back(
        {{"fullUrl", "https://dpi.chu-demo.example/fhir/MedicationRequest/rx-old"}, {"resource", old}});
    auto& rx = bundle["entry"][5]["resource"];
    rx["priorPrescription"] = {{"reference", "MedicationRequest/rx-old"}};
    rx["subject"] = {{"reference", "https://dpi.chu-demo.example/fhir/Patient/p201/_history/3"}};
    auto orders = readFhirOrders(bundle.dump());
    ASSERT_TRUE(orders);
    ASSERT_EQ(orders->size(), 2u);
    EXPECT_EQ((*orders)[0].control, OrderControl::Replace);
    EXPECT_EQ((*orders)[0].placer, "FHIR-ORD-1999");
    EXPECT_EQ((*orders)[0].patient.id, "FICTIF-000201");
    EXPECT_EQ((*orders)[1].control, OrderControl::Cancel);

    rx["priorPrescription"] = {{"reference", "MedicationRequest/gone"}};
    orders = readFhirOrders(bundle.dump());
    ASSERT_TRUE(orders);
    EXPECT_TRUE((*orders)[0].placer.empty());
    EXPECT_EQ((*orders)[0].source(OrderField::Placer).label,
              "MedicationRequest/rx2003.priorPrescription (reference 'MedicationRequest/gone' resolves to nothing in "
              "the file)");
}

TEST(FhirOrderReader, StatusAndIntentAndGender)
{
    auto rx = nlohmann::json::parse(dataFile("bortezomib-contained.json"));
    const std::pair<const char*, OrderControl> cases[] = {{"stopped", OrderControl::Cancel},
                                                          {"entered-in-error", OrderControl::Cancel},
                                                          {"draft", OrderControl::Unsupported},
                                                          {"completed", OrderControl::Unsupported}};
    for (const auto& [status, control] : cases) {
        rx["status"] = status;
        EXPECT_EQ(readOne(rx.dump()).control, control) << status;
    }
    rx["status"] = "active";
    rx["intent"] = "proposal";
    EXPECT_EQ(readOne(rx.dump()).control, OrderControl::Unsupported);
    EXPECT_EQ(readOne(rx.dump()).controlAsSent, "active/proposal");
    for (const auto& [gender, sex] : std::vector<std::pair<std::string, std::string>>{
             {"female", "F"}, {"other", "O"}, {"unknown", "U"}, {"x", "x"}}) {
        rx["contained"][0]["gender"] = gender;
        EXPECT_EQ(readOne(rx.dump()).patient.sex, sex);
    }
}

TEST(FhirOrderReader, StrengthPerMillilitreIsKeptInItsUnit)
{
    auto bundle = nlohmann::json::parse(dataFile("azacitidine-transaction.json"));
    auto& strength = bundle["entry"][2]["resource"]["ingredient"][0]["strength"];
    strength["numerator"]["value"] = 25;
    strength["denominator"] = {{"value", 1}, {"unit", "mL"}, {"system", "http://unitsofmeasure.org"}, {"code", "mL"}};
    const IncomingOrder o = readOne(bundle.dump());
    EXPECT_EQ(o.strengthValue, "25");
    EXPECT_EQ(o.strengthUnit, "mg/mL");
}

TEST(FhirOrderReader, PublicExamplesAreReadWithTheirReferencesNamedWhenAbsent)
{
    const IncomingOrder o = readOne(dataFile("public/hl7-medicationrequest0302.json"));
    EXPECT_EQ(o.drugCode, "324252006");
    EXPECT_EQ(o.drugText, "Azithromycin 250mg capsule (product)");
    EXPECT_EQ(o.source(OrderField::Drug).label, "MedicationRequest/medrx0302.contained[0].code");
    EXPECT_TRUE(o.patient.id.empty());
    EXPECT_EQ(o.source(OrderField::PatientId).label,
              "MedicationRequest/medrx0302.subject (reference 'Patient/pat1' ('Donald Duck') resolves to nothing in "
              "the file)");
    EXPECT_EQ(o.prescriber, "Patrick Pump"); // the requester's display
    EXPECT_EQ(o.doseUnit, "TAB");
    EXPECT_EQ(o.route, "PO");

    const IncomingOrder p = readOne(dataFile("public/hl7-medicationrequest0303.json"));
    EXPECT_EQ(p.drugAsSent(), "373994007^Prednisone 5mg tablet (Product)");
}

TEST(FhirOrderReader, MissingOrUnresolvedSubjectAndMedicationAreNamed)
{
    auto rx = nlohmann::json::parse(dataFile("bortezomib-contained.json"));
    rx.erase("subject");
    rx.erase("medicationCodeableConcept");
    IncomingOrder o = readOne(rx.dump());
    EXPECT_TRUE(o.patient.id.empty());
    EXPECT_TRUE(o.drugAsSent().empty());
    EXPECT_EQ(o.source(OrderField::PatientId).label, "MedicationRequest/rx2002.subject (missing)");
    EXPECT_EQ(o.source(OrderField::Drug).label, "MedicationRequest/rx2002.medication[x] (missing)");

    rx["subject"] = {{"reference", "#nobody"}};
    rx["medicationReference"] = {{"reference", "Medication/m9"}};
    o = readOne(rx.dump());
    EXPECT_EQ(o.source(OrderField::PatientId).label,
              "MedicationRequest/rx2002.subject (reference '#nobody' resolves to nothing in the file)");
    EXPECT_EQ(o.source(OrderField::Drug).label,
              "MedicationRequest/rx2002.medicationReference (reference 'Medication/m9' resolves to nothing in the "
              "file)");

    rx["subject"] = {{"reference", "#height"}};
    EXPECT_EQ(readOne(rx.dump()).source(OrderField::PatientId).label,
              "MedicationRequest/rx2002.subject (refers to a Observation, not a Patient)");
}

TEST(FhirOrderReader, MissingMeasurementsAndDoseRangesAreNamed)
{
    auto bundle = nlohmann::json::parse(dataFile("azacitidine-transaction.json"));
    bundle["entry"].erase(3); // the height Observation
    auto& dosage = bundle["entry"][4]["resource"]["dosageInstruction"][0];
    dosage["doseAndRate"][0].erase("doseQuantity");
    dosage["doseAndRate"][0]["doseRange"] = {{"low", {{"value", 50}}}, {"high", {{"value", 75}}}};
    const IncomingOrder o = readOne(bundle.dump());
    EXPECT_TRUE(o.heightValue.empty());
    EXPECT_EQ(o.source(OrderField::Height).label,
              "Bundle.entry[4].resource.supportingInformation (no body height (LOINC 8302-2) Observation for the "
              "subject)");
    EXPECT_TRUE(o.doseValue.empty());
    EXPECT_EQ(o.source(OrderField::Dose).label,
              "Bundle.entry[4].resource.dosageInstruction[0].doseAndRate[0].doseRange (a range, not one dose)");
}

TEST(FhirOrderReader, FilesThatAreNotFhirOrdersAreRefusedWhole)
{
    EXPECT_NE(refusal("{\"resourceType\": \"Bundle\", ").find("not FHIR R4 JSON: parse error"), std::string::npos);
    EXPECT_EQ(refusal("{\"hello\": 1}"), "not a FHIR resource: the JSON has no resourceType");
    EXPECT_EQ(refusal("[1, 2]"), "not a FHIR resource: the JSON has no resourceType");
    EXPECT_EQ(refusal("{\"resourceType\": \"Patient\", \"id\": \"p\"}"),
              "the resource is a Patient, not a Bundle or a MedicationRequest (resourceType): the station reads orders "
              "only");
    EXPECT_EQ(refusal("{\"resourceType\": \"Bundle\", \"type\": \"document\"}"),
              "Bundle.type 'document' is not one the station reads (transaction, batch, collection, message, "
              "searchset)");
    EXPECT_EQ(refusal("{\"resourceType\": \"Bundle\"}"), "Bundle.type is missing");
    EXPECT_EQ(refusal(std::string(100000, '[') + std::string(100000, ']')),
              "not FHIR R4 JSON: nested deeper than 64 levels");
    auto empty = readFhirOrders("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": []}");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->empty());
}

TEST(FhirOrderReader, WrongJsonTypesReadAsAbsentValues)
{
    // Every element of the wrong type: nothing throws, the order comes out with empty values.
    const IncomingOrder o = readOne(R"({"resourceType": "MedicationRequest", "id": 7, "identifier": "x",
        "status": ["active"], "intent": {"a": 1}, "subject": "Patient/1", "contained": {"id": "p"},
        "medicationReference": [1], "requester": 3, "supportingInformation": {"reference": "#p"},
        "dosageInstruction": [{"doseAndRate": [{"doseQuantity": {"value": "x", "unit": 5}}], "route": [],
        "timing": {"repeat": {"boundsPeriod": 1, "period": {}}, "event": [1, {}, "2026-12-07"]}}]})");
    EXPECT_EQ(o.control, OrderControl::Unsupported);
    EXPECT_TRUE(o.placer.empty());
    EXPECT_TRUE(o.patient.id.empty());
    EXPECT_TRUE(o.drugAsSent().empty());
    EXPECT_EQ(o.doseValue, "x");
    EXPECT_EQ(o.doseUnit, "5"); // a number where text is expected reads as written
    EXPECT_EQ(o.timing, "at 1, , 2026-12-07");
    auto bundle = readFhirOrders(R"({"resourceType": "Bundle", "type": "batch", "entry": [1, {"resource": []},
        {"resource": {"resourceType": "MedicationRequest", "subject": {"reference": 5}}}]})");
    ASSERT_TRUE(bundle);
    EXPECT_EQ(bundle->size(), 1u);
}

// Patient.address: the home one, never an old or postal-only one; none: empty.
TEST(FhirOrderReader, TheHomeAddressIsReadFromThePatient)
{
    auto rx = nlohmann::json::parse(dataFile("bortezomib-contained.json"));
    rx["contained"][0]["address"] = nlohmann::json::array(
        {{{"use", "old"}, {"line", {"1 ancienne rue"}}, {"postalCode", "75001"}, {"city", "Paris"}},
         {{"type", "postal"}, {"line", {"BP 12"}}, {"city", "Lyon"}},
         {{"use", "home"}, {"line", {"12 rue des Exemples", "Bât. B"}}, {"postalCode", "69003"}, {"city", "Lyon"}}});
    EXPECT_EQ(readOne(rx.dump()).patient.homeAddress, "12 rue des Exemples, Bât. B, 69003 Lyon");
    rx["contained"][0]["address"] = nlohmann::json::array({{{"text", "Ferme des Essais, 01000 Bourg (fictif)"}}});
    EXPECT_EQ(readOne(rx.dump()).patient.homeAddress, "Ferme des Essais, 01000 Bourg (fictif)");
    rx["contained"][0].erase("address");
    EXPECT_EQ(readOne(rx.dump()).patient.homeAddress, "");
}

} // namespace
} // namespace prep::station
