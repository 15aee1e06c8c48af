// SPDX-License-Identifier: GPL-3.0-or-later
// The GMP records as plain values. Ids are 0 until the record is created; optional times stay empty until the
// step they belong to has happened. Repositories (db/*_repository.h) store and audit them.
#pragma once

#include "db/statuses.h"
#include "db/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prep::db {

struct PatientRecord
{
    std::int64_t id = 0;
    std::string ipp;                              // the hospital's permanent patient identifier
    std::string familyName, givenName, birthDate; // birthDate: YYYY-MM-DD
    bool fictitious = true;                       // no real patient data in this project: demo and test patients say so
};

struct OrderRecord
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::string drug, protocolId, cycleDay;
    double heightCm = 0, weightKg = 0;
    std::string bsaFormula;
    double bsaM2 = 0, mgPerM2 = 0, doseMg = 0;
    std::string prescriber;
    OrderStatus status = OrderStatus::Prescribed;
    std::int64_t validatedBy = 0;
    std::optional<UtcTime> validatedAt;
    UtcTime createdAt{};
};

// Where an order from a prescriber's system came from (none for an order entered by hand). A replacement (HL7
// XO/RP) is a new order with the next revision of the same sender and placer number.
struct OrderOriginRecord
{
    std::int64_t id = 0;
    std::int64_t orderId = 0;
    std::int64_t inboundMessageId = 0; // 0 = none
    std::string format;                // "hl7v2", "csv", "fhir_r4"
    std::string sender, placerNumber;
    int revision = 1;
    std::string patientAuthority, patientSex;
    std::string drugAsSent, doseAsSent, route, timing;
};

// One inbound order message (an HL7 v2 message, a CSV or FHIR file) with its raw bytes and what became of it.
struct InboundMessageRecord
{
    std::int64_t id = 0;
    UtcTime receivedAt{};
    std::string format;  // "hl7v2", "fhir_r4", "csv", "unknown"
    std::string channel; // "mllp 127.0.0.1:53412", "file orders.hl7"
    std::string sender, messageId;
    std::string rawSha256;
    std::string raw; // the bytes as received (stored base64)
    InboundOutcome outcome = InboundOutcome::Received;
    std::string ackCode; // "AA", "AE", "AR"; empty for a file that is not HL7
    std::string reason;
    std::string results; // JSON array: one object per order (placer, order, status, reason, where)
};

struct PreparationRecord
{
    std::int64_t id = 0;
    std::string number; // unique, printed: "P-20261122-0001"
    std::int64_t orderId = 0;
    int syringeIndex = 1, syringeCount = 1;
    std::string drug;
    double targetDoseMg = 0, targetVolumeMl = 0, concentrationMgPerMl = 0;
    std::string productGtin;
    PreparationStatus status = PreparationStatus::Planned;
    std::int64_t preparedBy = 0, releasedBy = 0;
    std::optional<UtcTime> startedAt, reconstitutedAt, preparedAt, releasedAt, expiry;
    std::string stabilityRule, stabilitySource, storage;
    double measuredDoseMg = 0, deviationPercent = 0;
    ToleranceDecision toleranceDecision = ToleranceDecision::NotWeighed;
    UtcTime createdAt{};
};

struct VialScanRecord
{
    std::int64_t id = 0, preparationId = 0;
    std::string gtin, lot, expiry /* YYYY-MM-DD */, serial, rawScan, hri, source;
    UtcTime at{};
    std::int64_t userId = 0;
};

struct WeighingRecord
{
    std::int64_t id = 0, preparationId = 0; // preparationId 0: not tied to a preparation (daily_check)
    std::string step; // tare | diluent_before | diluent_after | vial_before | filled | vial_after | daily_check
    double grams = 0;
    bool stable = false;
    double readabilityG = 0;
    std::string source, raw; // device URI and serial ("sim://..." for the simulator); the raw frame as received
    UtcTime at{};
    std::int64_t userId = 0;
};

// A pharmacist's decision on a filled syringe outside the tolerance but within the pharmacist's limit.
struct DeviationDecisionRecord
{
    enum class Decision { Accepted, Rejected };
    std::int64_t id = 0, preparationId = 0;
    std::int64_t weighingId = 0; // the filled-syringe weighing decided on
    Decision decision = Decision::Rejected;
    double deviationPercent = 0;
    std::string reason;
    UtcTime at{};
    std::int64_t userId = 0;
};

// A technician going back to an isolator step on purpose: another vial scanned (the scan set aside), or a new empty
// syringe (the tare set aside, and the withdrawal with it). The workflow then offers that step again.
struct StepRedoRecord
{
    enum class Step { VialScan, EmptySyringe };
    std::int64_t id = 0, preparationId = 0;
    Step step = Step::EmptySyringe;
    std::int64_t setAsideId = 0; // the vial_scan or weighing record set aside
    std::string reason;
    UtcTime at{};
    std::int64_t userId = 0;
};

// A clinical data file's version (SHA-256 of its content) used by a step of a preparation.
struct DataVersionRecord
{
    std::int64_t id = 0, preparationId = 0;
    std::string step, file, origin, sha256;
    UtcTime at{};
    std::int64_t userId = 0;
};

struct PhotoRecord
{
    std::int64_t id = 0, preparationId = 0;
    std::string step, path, sha256;
    UtcTime at{};
    std::int64_t userId = 0;
};

struct LabelRecord
{
    std::int64_t id = 0, preparationId = 0;
    std::string path, format, templateId;
    int templateVersion = 0;
    std::string templateSha256, fileSha256, barcodeData;
    bool duplicate = false;
    bool readBackOk = false;
    UtcTime at{};
    std::int64_t userId = 0;
};

struct SignatureRecord
{
    std::int64_t id = 0, userId = 0;
    // order_validated | prepared | checked | released | handed_over | received | administered | deviation_accepted |
    // deviation_rejected
    std::string meaning;
    std::string entity, entityId, contentSha256;
    UtcTime at{};
    // Filled when read back, for the signature manifestation (21 CFR 11.50: printed name, time, meaning).
    std::string username, fullName;
};

struct ShipmentRecord
{
    std::int64_t id = 0;
    std::string number; // "S-20261122-0001"
    std::string loggerId;
    ShipmentStatus status = ShipmentStatus::Packed;
    std::vector<std::int64_t> preparationIds;
    UtcTime createdAt{};
};

struct HandoverRecord
{
    std::int64_t id = 0, shipmentId = 0;
    std::string kind; // pickup | delivery | administration
    std::int64_t userId = 0;
    std::string location, scan;
    UtcTime at{};
};

// A scan a courier's or nurse's phone sent to the web service, accepted or refused (append-only). The phone's
// clock and the station's receipt time are both kept: a phone without network sends its scans later.
struct FieldScanRecord
{
    enum class Kind { Pickup, Delivery, Administration, Problem, NotGiven };
    std::int64_t id = 0, userId = 0;
    std::string requestKey; // SHA-256 of who, what and the phone's time: the same scan sent twice is one record
    Kind kind = Kind::Pickup;
    std::string code, place;
    std::optional<UtcTime> deviceTime;
    UtcTime receivedAt{};
    bool accepted = false;
    std::string reason;                          // why it was refused; empty when accepted
    std::int64_t shipmentId = 0, handoverId = 0; // 0: none
};

// A courier could not deliver: the shipment goes back to the PUI (append-only).
struct DeliveryProblemRecord
{
    enum class Kind { NobodyHome, Refused, DamagedCooler };
    std::int64_t id = 0, shipmentId = 0, userId = 0;
    Kind kind = Kind::NobodyHome;
    std::string note, place;
    UtcTime at{};
};

// A delivered dose that was not given, and what became of it (append-only).
struct DoseNotGivenRecord
{
    enum class Outcome { Returned, Destroyed };
    std::int64_t id = 0, preparationId = 0, userId = 0;
    Outcome outcome = Outcome::Returned;
    std::string reason;
    UtcTime at{};
};

// A patient's home address (append-only; the latest is the current one).
struct PatientHomeRecord
{
    std::int64_t id = 0, patientId = 0, userId = 0;
    std::string address; // one line: "12 rue des Exemples, 69003 Lyon"
    std::string source;  // "hl7v2", "fhir_r4", "csv", "entered"
    UtcTime at{};
};

// Where and when a shipment is to be delivered, fixed at packing: what the courier sees.
struct DeliverySlotRecord
{
    std::int64_t id = 0, shipmentId = 0, userId = 0;
    std::string address; // "" when no address was known
    std::optional<UtcTime> windowStart, windowEnd;
    UtcTime at{};
};

// A shipment back at the PUI (the courier could not deliver, or it was brought back unused): received once.
struct ShipmentReturnRecord
{
    std::int64_t id = 0, shipmentId = 0, userId = 0;
    std::string note;
    UtcTime at{};
};

// A pharmacist's decision on a dose that came back to the PUI (append-only).
struct ReturnedDoseDecisionRecord
{
    enum class Decision { Destroy, Redispatch }; // redispatch: to the same patient, in a new shipment
    std::int64_t id = 0, preparationId = 0, shipmentId = 0, userId = 0;
    Decision decision = Decision::Destroy;
    std::string reason;
    UtcTime at{};
};

// A pharmacist closed an alarm of the PUI's dispatch watch, with the reason (append-only).
struct DispatchAlarmResolutionRecord
{
    std::int64_t id = 0, shipmentId = 0, userId = 0;
    std::string alarmKey; // "pickup_late/S-20261206-0001"
    std::string reason;
    UtcTime at{};
};

// One change of a nurse's care list: a patient assigned to, or no longer in the care of, a HAD nurse.
struct CareAssignmentRecord
{
    enum class Change { Assigned, Ended };
    std::int64_t id = 0, nurseId = 0, patientId = 0, userId = 0;
    Change change = Change::Assigned;
    UtcTime at{};
};

struct TemperatureRecord
{
    UtcTime at{};
    double celsius = 0;
};

// One day of a summary logger (Berlinger Fridge-tag 2): the device's own figures, kept as it reported them.
struct LoggerDayRecord
{
    std::string day; // YYYY-MM-DD, the device's calendar
    UtcTime from{}, to{};
    double minC = 0, maxC = 0;
    std::int64_t minutesAboveHigh = 0, minutesBelowLow = 0, sensorTimeoutMinutes = 0;
    bool measured = true; // false: the device printed "---" for the minimum or maximum
};

struct LoggerImportRecord
{
    std::int64_t id = 0, shipmentId = 0;
    std::string loggerId, fileSha256, path;
    std::string format = "generic-csv";          // as read: generic-csv, fridge-tag-2, fridge-tag-2l, logtag-csv
    std::optional<double> alarmLowC, alarmHighC; // a Fridge-tag's own limits
    int readingCount = 0;                        // readings, or days for a summary logger
    double mktC = 0;
    std::string verdict; // "valid" | "do not administer" ...
    std::string reason;
    UtcTime at{};
};

struct AuditEntry
{
    std::int64_t seq = 0;
    UtcTime at{};
    std::int64_t userId = 0;
    std::string username, action, entity, entityId, oldValue, newValue, reason, prevHash, hash;
};

} // namespace prep::db
