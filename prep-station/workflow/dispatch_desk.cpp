// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/dispatch_desk.h"

#include "db/hash.h"
#include "devices/gs1/gs1.h"
#include "prep-station/coldchain/summary_judgement.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/recorded_expiry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

Result<Ok> setPreparationStatus(StationContext& ctx, const db::Actor& who, std::int64_t preparationId,
                                db::PreparationStatus status, const std::string& reason)
{
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    db::PreparationRecord updated = *prep;
    updated.status = status;
    auto stored = ctx.preparations().update(who, ctx.now(), updated, reason);
    if (!stored)
        return fromDb(stored.error());
    return Ok{};
}

// The doses-not-given records of this dose since its latest shipment was packed: a dose the pharmacist sent out
// again after it came back starts afresh.
Result<std::vector<db::DoseNotGivenRecord>> notGivenOnLatestShipment(StationContext& ctx,
                                                                     const db::PreparationRecord& prep)
{
    auto all = ctx.dosesNotGiven().listFor(prep.id);
    if (!all)
        return fromDb(all.error());
    auto shipments = ctx.shipments().forPreparation(prep.id);
    if (!shipments)
        return fromDb(shipments.error());
    std::vector<db::DoseNotGivenRecord> out;
    for (const auto& r : *all)
        if (shipments->empty() || r.at >= shipments->back().createdAt)
            out.push_back(r);
    return out;
}

} // namespace

Result<Ok> DispatchDesk::requireInCare(const db::Actor& who, const db::PreparationRecord& prep)
{
    if (who.role != db::Role::Nurse)
        return Ok{};
    auto prescribed = m_ctx.prescribedFor(prep);
    if (!prescribed)
        return prescribed.error();
    auto covered = m_ctx.careLists().covers(who.userId, prescribed->patient.id);
    if (!covered)
        return fromDb(covered.error());
    if (!*covered)
        return makeError(Error::Kind::Denied,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is for a patient who is not in the care of "
                                                          "%2: ask the HAD coordination to add the patient to your "
                                                          "care list"),
                             prep.number, who.username));
    return Ok{};
}

Result<db::ShipmentRecord> DispatchDesk::pack(const db::Actor& who, const std::vector<std::int64_t>& preparationIds,
                                              const std::string& loggerId, std::optional<DeliveryWindow> window)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "pack shipments")));
        !allowed)
        return allowed.error();
    if (preparationIds.empty())
        return makeError(Error::Kind::Invalid, "a shipment needs at least one preparation");
    if (loggerId.empty())
        return makeError(Error::Kind::Invalid, "a shipment needs a temperature logger id");
    const UtcTime now = m_ctx.now();
    if (window && !(window->to > window->from))
        return makeError(Error::Kind::Invalid,
                         say(QT_TRANSLATE_NOOP("Message", "the delivery window must end after it starts")));
    if (window && window->to <= now)
        return makeError(Error::Kind::Invalid,
                         say(QT_TRANSLATE_NOOP("Message", "the delivery window ends at %1, already past"),
                             formatParisDisplay(window->to)));
    db::Transaction tx(m_ctx.database());
    std::optional<db::PatientRecord> patient;
    for (auto id : preparationIds) {
        auto prep = m_ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
        auto prescribed = m_ctx.prescribedFor(*prep);
        if (!prescribed)
            return prescribed.error();
        if (patient && patient->id != prescribed->patient.id)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "preparation %1 is for another patient than %2: a cooler "
                                                              "goes to one home"),
                                 prep->number, patient->ipp));
        patient = prescribed->patient;
        if (prep->status != db::PreparationStatus::Released)
            return makeError(Error::Kind::Refused, "preparation " + prep->number + " is " +
                                                       std::string(db::toText(prep->status)) +
                                                       ": only released doses leave");
        if (prep->expiry && *prep->expiry <= now)
            return makeError(Error::Kind::Refused, "preparation " + prep->number + " is expired");
    }
    db::ShipmentRecord shipment;
    shipment.loggerId = loggerId;
    shipment.status = db::ShipmentStatus::Packed;
    shipment.preparationIds = preparationIds;
    shipment.createdAt = now;
    auto created = m_ctx.shipments().create(who, now, shipment);
    if (!created)
        return fromDb(created.error());
    auto home = m_ctx.homeDelivery().homeOf(patient->id);
    if (!home)
        return fromDb(home.error());
    db::DeliverySlotRecord slot;
    slot.shipmentId = created->id;
    slot.address = *home ? (*home)->address : std::string();
    if (window) {
        slot.windowStart = window->from;
        slot.windowEnd = window->to;
    }
    if (auto s = m_ctx.homeDelivery().addSlot(who, now, slot); !s)
        return fromDb(s.error());
    for (auto id : preparationIds)
        if (auto s =
                setPreparationStatus(m_ctx, who, id, db::PreparationStatus::Dispatched, "packed in " + created->number);
            !s)
            return s.error();
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *created;
}

Result<db::ShipmentRecord> DispatchDesk::shipmentByScan(const std::string& scan)
{
    // The cooler label's GS1-128 carries the shipment's SSCC: "(00)…" from a camera, "00…" from a wedge scanner.
    if (const auto sscc = ssccInScan(scan)) {
        auto number = shipmentNumberFromSscc(m_ctx.site().companyPrefix, *sscc);
        if (!number)
            return makeError(Error::Kind::NotFound, "scanned code '" + scan + "': " + number.error().message);
        auto shipment = m_ctx.shipments().getByNumber(*number);
        if (!shipment)
            return makeError(Error::Kind::NotFound,
                             "scanned SSCC " + *sscc + " is shipment " + *number + ", which is not a known shipment");
        return *shipment;
    }
    auto shipment = m_ctx.shipments().getByNumber(scan);
    if (!shipment)
        return makeError(Error::Kind::NotFound, "scanned code '" + scan + "' is not a known shipment");
    return *shipment;
}

Result<db::HandoverRecord> DispatchDesk::handOver(const std::string& scan, const db::Actor& user,
                                                  const std::optional<std::string>& password,
                                                  const std::string& location, const std::string& kind,
                                                  db::ShipmentStatus fromStatus, db::ShipmentStatus toStatus,
                                                  db::Role requiredRole, const std::string& meaning)
{
    auto shipment = shipmentByScan(scan);
    if (!shipment)
        return shipment.error();
    if (shipment->status != fromStatus)
        return makeError(Error::Kind::Refused, "shipment " + shipment->number + " is " +
                                                   std::string(db::toText(shipment->status)) + ", expected " +
                                                   std::string(db::toText(fromStatus)) + " for a " + kind);
    if (toStatus == db::ShipmentStatus::Delivered) {
        auto problems = m_ctx.deliveryProblems().listFor(shipment->id);
        if (!problems)
            return fromDb(problems.error());
        if (!problems->empty())
            return makeError(
                Error::Kind::Refused,
                say(QT_TRANSLATE_NOOP("Message", "shipment %1 goes back to the PUI (%2 declared): it is not "
                                                 "delivered"),
                    shipment->number,
                    MessageArg::stored(WordKind::DeliveryProblem, db::deliveryProblemName(problems->front().kind))));
    }
    if (user.role != requiredRole)
        return makeError(Error::Kind::Denied, user.username + " has role " + std::string(db::roleName(user.role)) +
                                                  ", a " + kind + " needs a " +
                                                  std::string(db::roleName(requiredRole)));
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    if (password) {
        auto signature = m_ctx.signatures().sign(user.username, *password, meaning, "shipment",
                                                 std::to_string(shipment->id), contentHash(toJson(*shipment)), now);
        if (!signature)
            return fromDb(signature.error());
    }
    db::HandoverRecord h;
    h.shipmentId = shipment->id;
    h.kind = kind;
    h.userId = user.userId;
    h.location = location;
    h.scan = scan;
    h.at = now;
    auto stored = m_ctx.handovers().add(user, now, h);
    if (!stored)
        return fromDb(stored.error());
    db::ShipmentRecord updated = *shipment;
    updated.status = toStatus;
    if (auto s = m_ctx.shipments().update(user, now, updated, kind + " scan"); !s)
        return fromDb(s.error());
    if (toStatus == db::ShipmentStatus::Delivered)
        for (auto id : shipment->preparationIds)
            if (auto s = setPreparationStatus(m_ctx, user, id, db::PreparationStatus::Delivered,
                                              "delivered to the patient's home");
                !s)
                return s.error();
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

Result<db::HandoverRecord> DispatchDesk::pickUp(const std::string& scan, const std::string& courier,
                                                const std::string& password, const std::string& location)
{
    auto user = m_ctx.users().find(courier);
    if (!user)
        return fromDb(user.error());
    return handOver(scan, *user, password, location, "pickup", db::ShipmentStatus::Packed, db::ShipmentStatus::PickedUp,
                    db::Role::Courier, "handed_over");
}

Result<db::HandoverRecord> DispatchDesk::deliver(const std::string& scan, const std::string& courier,
                                                 const std::string& password, const std::string& location)
{
    auto user = m_ctx.users().find(courier);
    if (!user)
        return fromDb(user.error());
    return handOver(scan, *user, password, location, "delivery", db::ShipmentStatus::PickedUp,
                    db::ShipmentStatus::Delivered, db::Role::Courier, "received");
}

Result<db::HandoverRecord> DispatchDesk::pickUp(const db::Actor& courier, const std::string& scan,
                                                const std::string& location)
{
    return handOver(scan, courier, std::nullopt, location, "pickup", db::ShipmentStatus::Packed,
                    db::ShipmentStatus::PickedUp, db::Role::Courier, "handed_over");
}

Result<db::HandoverRecord> DispatchDesk::deliver(const db::Actor& courier, const std::string& scan,
                                                 const std::string& location)
{
    return handOver(scan, courier, std::nullopt, location, "delivery", db::ShipmentStatus::PickedUp,
                    db::ShipmentStatus::Delivered, db::Role::Courier, "received");
}

Result<LoggerImportOutcome> DispatchDesk::importLogger(const db::Actor& who, const std::string& shipmentNumber,
                                                       const std::filesystem::path& csvFile)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician, db::Role::Nurse},
                                   say(QT_TRANSLATE_NOOP("Message", "import temperature-logger files")));
        !allowed)
        return allowed.error();
    auto shipment = shipmentByScan(shipmentNumber);
    if (!shipment)
        return shipment.error();
    auto content = readWholeFile(csvFile);
    if (!content)
        return content.error();
    // Any supported format, detected from the content; the site's gap rule applies to every one.
    LoggerCsvOptions options;
    options.maxGap = std::chrono::minutes(std::lround(m_ctx.sitePolicy().coldChain.maxGapMinutes));
    auto log = parseLoggerFile(*content, options);
    if (!log)
        return makeError(log.error().kind, csvFile.string() + ": " + log.error().message);
    if (!log->serial.empty() && log->serial != shipment->loggerId)
        return makeError(Error::Kind::Refused, csvFile.string() + " comes from logger " + log->serial +
                                                   ", but shipment " + shipment->number + " carries " +
                                                   shipment->loggerId);
    LoggerImportOutcome outcome;
    std::string worstStatus = "valid";
    std::string reasons;
    double mkt = 0;
    for (auto id : shipment->preparationIds) {
        auto prep = m_ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
        // Judged against the very conditions its expiry was computed for (reconstitution time, storage).
        auto recorded = recordedExpiry(m_ctx, *prep);
        if (!recorded)
            return recorded.error();
        auto verdict = evaluateColdChain(*log, recorded->decision, recorded->decision.storage, m_ctx.sitePolicy());
        if (!verdict)
            return verdict.error();
        mkt = verdict->mktC;
        if (!verdict->administrable) {
            worstStatus = verdict->status;
            reasons += (reasons.empty() ? "" : "; ") + prep->number + ": " + verdict->reason;
        }
        outcome.verdicts.emplace_back(prep->number, *verdict);
    }
    db::LoggerImportRecord record;
    record.shipmentId = shipment->id;
    record.loggerId = shipment->loggerId;
    record.fileSha256 = db::sha256Hex(*content);
    record.path = std::filesystem::absolute(csvFile).string();
    record.format = loggerFormatName(log->format);
    const auto* readingsRead = std::get_if<TemperatureLog>(&log->history);
    // A summary logger's days are kept as the device reported them (a 2 L's too, beside its readings).
    const auto* summary =
        readingsRead ? (log->deviceSummary ? &*log->deviceSummary : nullptr) : &std::get<DailySummaryLog>(log->history);
    std::vector<db::LoggerDayRecord> days;
    if (summary) {
        record.alarmLowC = summary->lowAlarm ? std::optional(summary->lowAlarm->celsius) : std::nullopt;
        record.alarmHighC = summary->highAlarm ? std::optional(summary->highAlarm->celsius) : std::nullopt;
        for (const auto& day : summary->days) {
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(day.date.year()),
                          static_cast<unsigned>(day.date.month()), static_cast<unsigned>(day.date.day()));
            days.push_back(db::LoggerDayRecord{date, day.from, day.to, day.minC, day.maxC,
                                               day.minutesAboveHighAlarm.count(), day.minutesBelowLowAlarm.count(),
                                               day.sensorTimeout.count(), day.measured});
        }
    }
    record.mktC = mkt;
    record.verdict = worstStatus;
    record.reason = reasons;
    record.at = m_ctx.now();
    std::vector<db::TemperatureRecord> readings;
    if (readingsRead)
        for (const auto& r : readingsRead->readings)
            readings.push_back(db::TemperatureRecord{r.at, r.celsius});
    auto stored = m_ctx.loggers().import(who, record.at, record, readings, days);
    if (!stored)
        return fromDb(stored.error());
    outcome.record = *stored;
    return outcome;
}

Result<db::DeliveryProblemRecord> DispatchDesk::declareProblem(const db::Actor& courier, const std::string& scan,
                                                               db::DeliveryProblemRecord::Kind kind,
                                                               const std::string& note, const std::string& location)
{
    if (auto allowed =
            requireRole(courier, {db::Role::Courier}, say(QT_TRANSLATE_NOOP("Message", "declare a delivery problem")));
        !allowed)
        return allowed.error();
    auto shipment = shipmentByScan(scan);
    if (!shipment)
        return shipment.error();
    if (shipment->status != db::ShipmentStatus::PickedUp)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "shipment %1 is %2: a delivery problem is declared on the way, "
                                             "after pickup and before delivery"),
                shipment->number, std::string(db::toText(shipment->status))));
    db::DeliveryProblemRecord problem;
    problem.shipmentId = shipment->id;
    problem.kind = kind;
    problem.note = note;
    problem.place = location;
    auto stored = m_ctx.deliveryProblems().add(courier, m_ctx.now(), problem);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<db::DoseNotGivenRecord> DispatchDesk::recordNotGiven(const db::Actor& nurse, const std::string& preparationScan,
                                                            db::DoseNotGivenRecord::Outcome outcome,
                                                            const std::string& reason)
{
    if (auto allowed =
            requireRole(nurse, {db::Role::Nurse}, say(QT_TRANSLATE_NOOP("Message", "record a dose as not given")));
        !allowed)
        return allowed.error();
    if (reason.empty())
        return makeError(Error::Kind::Invalid, say(QT_TRANSLATE_NOOP("Message", "say why the dose was not given")));
    auto prep = preparationByScan(preparationScan);
    if (!prep)
        return prep.error();
    if (auto inCare = requireInCare(nurse, *prep); !inCare)
        return inCare.error();
    if (prep->status != db::PreparationStatus::Delivered)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is %2: only a delivered dose is recorded as "
                                                          "not given"),
                             prep->number, MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status))));
    auto earlier = notGivenOnLatestShipment(m_ctx, *prep);
    if (!earlier)
        return earlier.error();
    if (!earlier->empty())
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "preparation %1 is already recorded as not given"), prep->number));
    db::DoseNotGivenRecord record;
    record.preparationId = prep->id;
    record.outcome = outcome;
    record.reason = reason;
    auto stored = m_ctx.dosesNotGiven().add(nurse, m_ctx.now(), record);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

std::string preparationNumberInScan(const std::string& scan)
{
    // The label's DataMatrix carries (10) last; the GS1 parser reads it from the scanner's string or clean HRI.
    if (auto message = devices::parseGs1(scan, false))
        for (const auto& e : message->elements)
            if (e.ai == "10")
                return e.value;
    // HRI as printed (spaces between elements) or a string the parser refused: (10) or GS+10 up to the end.
    if (auto pos = scan.find("\x1d"
                             "10");
        pos != std::string::npos)
        return scan.substr(pos + 3);
    if (auto hri = scan.find("(10)"); hri != std::string::npos)
        return scan.substr(hri + 4);
    return scan;
}

Result<db::PreparationRecord> DispatchDesk::preparationByScan(const std::string& scan)
{
    auto prep = m_ctx.preparations().getByNumber(preparationNumberInScan(scan));
    if (!prep)
        return makeError(Error::Kind::NotFound, "scanned code '" + scan + "' is not a known preparation");
    return *prep;
}

Result<Administrability> DispatchDesk::administrability(const db::PreparationRecord& prep, UtcTime at)
{
    Administrability a;
    a.preparation = prep;
    auto refuse = [&](Message why) -> Result<Administrability> {
        a.administrable = false;
        a.reason = std::move(why);
        return a;
    };
    if (prep.status == db::PreparationStatus::Administered)
        return refuse(say(QT_TRANSLATE_NOOP("Message", "preparation %1 has already been administered"), prep.number));
    auto notGiven = notGivenOnLatestShipment(m_ctx, prep);
    if (!notGiven)
        return notGiven.error();
    if (!notGiven->empty())
        return refuse(say(QT_TRANSLATE_NOOP("Message", "preparation %1 was recorded as not given (%2): %3"),
                          prep.number,
                          MessageArg::stored(WordKind::DoseOutcome, db::doseOutcomeName(notGiven->front().outcome)),
                          notGiven->front().reason));
    if (prep.status != db::PreparationStatus::Delivered)
        return refuse(
            say(QT_TRANSLATE_NOOP("Message", "preparation %1 is %2, it must be delivered before administration"),
                prep.number, MessageArg::stored(WordKind::PreparationStatus, db::toText(prep.status))));
    if (!prep.expiry || *prep.expiry <= at)
        return refuse(say(QT_TRANSLATE_NOOP("Message", "preparation %1 is expired"), prep.number));
    auto shipments = m_ctx.shipments().forPreparation(prep.id);
    if (!shipments)
        return fromDb(shipments.error());
    if (shipments->empty())
        return refuse(say(QT_TRANSLATE_NOOP("Message", "preparation %1 was never shipped"), prep.number));
    a.shipment = shipments->back();
    auto problems = m_ctx.deliveryProblems().listFor(a.shipment->id);
    if (!problems)
        return fromDb(problems.error());
    if (!problems->empty())
        return refuse(
            say(QT_TRANSLATE_NOOP("Message", "shipment %1 could not be delivered (%2): it goes back to the PUI"),
                a.shipment->number,
                MessageArg::stored(WordKind::DeliveryProblem, db::deliveryProblemName(problems->front().kind))));
    auto imports = m_ctx.loggers().listFor(a.shipment->id);
    if (!imports)
        return fromDb(imports.error());
    if (imports->empty())
        return refuse(
            say(QT_TRANSLATE_NOOP("Message", "the logger data of shipment %1 has not been imported and checked yet"),
                a.shipment->number));
    const auto& latest = imports->back();
    auto readings = m_ctx.loggers().readings(latest.id);
    if (!readings)
        return fromDb(readings.error());
    if (readings->empty()) {
        // A summary logger (Fridge-tag 2) has days, not readings: its import judged the whole file the conservative
        // way (summary_judgement.h); that verdict stands, and the expiry is checked at `at`.
        if (latest.verdict != "valid")
            return refuse(say(QT_TRANSLATE_NOOP("Message", "cold chain of shipment %1: %2"), a.shipment->number,
                              MessageArg::technical(latest.reason)));
        a.administrable = true;
        a.validUntil = *prep.expiry;
        a.reason = say(QT_TRANSLATE_NOOP("Message", "valid until %1"), formatParisIso(*a.validUntil));
        return a;
    }
    // The history so far: readings after `at` are not known at `at` (a late scan is judged when it happened).
    TemperatureLog log;
    log.loggerId = latest.loggerId;
    for (const auto& r : *readings)
        if (r.at <= at)
            log.readings.push_back(TemperatureReading{r.at, r.celsius});
    if (log.readings.empty())
        return refuse(say(QT_TRANSLATE_NOOP("Message", "the logger of shipment %1 has no reading before this scan"),
                          a.shipment->number));
    auto recorded = recordedExpiry(m_ctx, prep);
    if (!recorded)
        return recorded.error();
    auto verdict = evaluateColdChain(log, recorded->decision, recorded->decision.storage, m_ctx.sitePolicy());
    if (!verdict)
        return verdict.error();
    if (!verdict->administrable)
        return refuse(say(QT_TRANSLATE_NOOP("Message", "cold chain of shipment %1: %2"), a.shipment->number,
                          MessageArg::technical(verdict->reason)));
    if (verdict->validUntil <= at)
        return refuse(say(QT_TRANSLATE_NOOP("Message", "preparation %1 is expired"), prep.number));
    a.administrable = true;
    a.validUntil = std::min(verdict->validUntil, *prep.expiry);
    a.reason = say(QT_TRANSLATE_NOOP("Message", "valid until %1"), formatParisIso(*a.validUntil));
    return a;
}

Result<db::HandoverRecord> DispatchDesk::administer(const std::string& preparationScan, const std::string& patientIpp,
                                                    const std::string& nurse, const std::string& password,
                                                    const std::string& location)
{
    return administer(preparationScan, patientIpp, nurse, password, location, m_ctx.now());
}

Result<db::HandoverRecord> DispatchDesk::administer(const std::string& preparationScan, const std::string& patientIpp,
                                                    const std::string& nurse, const std::string& password,
                                                    const std::string& location, UtcTime scannedAt)
{
    auto prep = preparationByScan(preparationScan);
    if (!prep)
        return prep.error();
    auto user = m_ctx.users().find(nurse);
    if (!user)
        return fromDb(user.error());
    if (user->role != db::Role::Nurse)
        return makeError(Error::Kind::Denied, nurse + " is not a nurse: only a nurse confirms administration");
    if (auto inCare = requireInCare(*user, *prep); !inCare)
        return inCare.error();
    auto prescribed = m_ctx.prescribedFor(*prep);
    if (!prescribed)
        return prescribed.error();
    const db::PatientRecord* patient = &prescribed->patient;
    if (patientIpp.empty() || patient->ipp != patientIpp)
        return makeError(Error::Kind::Refused, "do not administer: preparation " + prep->number +
                                                   " is not for patient " +
                                                   (patientIpp.empty() ? std::string("(no IPP given)") : patientIpp) +
                                                   ": check the patient's identity");
    auto may = administrability(*prep, scannedAt);
    if (!may)
        return may.error();
    if (!may->administrable)
        return makeError(Error::Kind::Refused, say(QT_TRANSLATE_NOOP("Message", "do not administer: %1"), may->reason));
    auto dossier = preparationDossier(m_ctx, prep->id);
    if (!dossier)
        return dossier.error();
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    auto signature = m_ctx.signatures().sign(nurse, password, "administered", "preparation", std::to_string(prep->id),
                                             contentHash(*dossier), now);
    if (!signature)
        return fromDb(signature.error());
    db::HandoverRecord h;
    h.shipmentId = may->shipment->id;
    h.kind = "administration";
    h.userId = user->userId;
    h.location = location;
    h.scan = preparationScan;
    h.at = now;
    auto stored = m_ctx.handovers().add(*user, now, h);
    if (!stored)
        return fromDb(stored.error());
    if (auto s = setPreparationStatus(m_ctx, *user, prep->id, db::PreparationStatus::Administered,
                                      "administration confirmed");
        !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

} // namespace prep::station
