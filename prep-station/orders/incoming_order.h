// SPDX-License-Identifier: GPL-3.0-or-later
// An order as a sender said it, whatever the format (HL7 v2, CSV, FHIR R4): the readers fill this, the intake
// (workflow/order_intake.h) alone decides what the station does with it. Values stay as written — the drug code
// and text, the dose and its unit — so that a refusal can name them in the sender's own words; each value also
// says where it was read ("RXE-2", "line 3, column drug"), so that the refusal can point at it.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace prep::station {

enum class OrderSourceFormat { Hl7v2, FhirR4, Csv };
std::string_view toText(OrderSourceFormat format); // "hl7v2", "fhir_r4", "csv"

// What the sender asks for (HL7 ORC-1; CSV column "control"; FHIR MedicationRequest.status/intent).
enum class OrderControl {
    New,        // NW
    Cancel,     // CA
    Replace,    // XO (change) or RP (replace): the order with the same placer number is superseded
    Unsupported // anything else, kept as written in IncomingOrder::controlAsSent
};

// The fields an intake decision may point at.
enum class OrderField {
    Message,
    OrderControl,
    Placer,
    PatientId,
    PatientName,
    BirthDate,
    Sex,
    Prescriber,
    Drug,
    Strength,
    Dose,
    DoseUnit,
    Route,
    Timing,
    Height,
    Weight,
};

// Where a value was read. `label` is for people ("PID-3", "line 4, column birth_date"); the HL7 coordinates fill
// the ACK's ERR segment (empty for other formats).
struct FieldSource
{
    std::string label;
    std::string segment;
    int sequence = 0;
    int field = 0;
    int component = 0;
};

struct IncomingPatient
{
    std::string id;          // the IPP, as sent
    std::string idAuthority; // its assigning authority (HL7 CX-4), e.g. the hospital's namespace
    std::string familyName, givenName;
    std::string birthDate;   // YYYY-MM-DD when the reader could convert it, else as written
    std::string sex;         // F, M, O, U, A, N (HL7 table 0001) or as written
    std::string homeAddress; // one line, "12 rue des Exemples, 69003 Lyon": where a HAD cooler goes; may be empty
};

struct IncomingOrder
{
    OrderSourceFormat format = OrderSourceFormat::Hl7v2;
    std::string sender;    // who sent it: MSH-3^MSH-4 for HL7, the file name for CSV
    std::string messageId; // MSH-10, or the CSV line number
    OrderControl control = OrderControl::New;
    std::string controlAsSent; // "NW", "XO"...
    std::string placer;        // the prescriber system's order number (ORC-2)
    IncomingPatient patient;
    std::string prescriber; // "ID FAMILY Given", as sent

    // The drug as given: code, its coding system, and the text.
    std::string drugCode, drugSystem, drugText;
    std::string strengthValue, strengthUnit; // optional (RXE-25/26): the product strength asked for
    std::string doseValue, doseUnit;         // "75" "mg/m2", or "120" "mg"; the unit as written
    std::string route;                       // "SC", as written
    std::string timing;                      // when, as written (TQ1, or RXE-1/ORC-7)
    std::string heightValue, heightUnit;     // OBX 8302-2
    std::string weightValue, weightUnit;     // OBX 29463-7
    std::string cycleDay;                    // "C1J1" when the sender says it (CSV); HL7 orders do not

    std::map<OrderField, FieldSource> sources;
    FieldSource source(OrderField field) const;
    // "DEFAULTMED^cefTRIAXone (ROCEPHIN) 2 g": code and text as the sender wrote them.
    std::string drugAsSent() const;
};

} // namespace prep::station
