// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/dispatch_desk.h"

#include "db/hash.h"
#include "prep-station/coldchain/summary_judgement.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/recorded_expiry.h"

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

} // namespace

Result<db::ShipmentRecord> DispatchDesk::pack(const db::Actor& who, const std::vector<std::int64_t>& preparationIds,
                                              const std::string& loggerId)
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
    db::Transaction tx(m_ctx.database());
    for (auto id : preparationIds) {
        auto prep = m_ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
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
    auto shipment = m_ctx.shipments().getByNumber(scan);
    if (!shipment)
        return makeError(Error::Kind::NotFound, "scanned code '" + scan + "' is not a known shipment");
    return *shipment;
}

Result<db::HandoverRecord> DispatchDesk::handOver(const std::string& scan, const std::string& username,
                                                  const std::string& password, const std::string& location,
                                                  const std::string& kind, db::ShipmentStatus fromStatus,
                                                  db::ShipmentStatus toStatus, db::Role requiredRole,
                                                  const std::string& meaning)
{
    auto shipment = shipmentByScan(scan);
    if (!shipment)
        return shipment.error();
    if (shipment->status != fromStatus)
        return makeError(Error::Kind::Refused, "shipment " + shipment->number + " is " +
                                                   std::string(db::toText(shipment->status)) + ", expected " +
                                                   std::string(db::toText(fromStatus)) + " for a " + kind);
    auto user = m_ctx.users().find(username);
    if (!user)
        return fromDb(user.error());
    if (user->role != requiredRole)
        return makeError(Error::Kind::Denied, username + " has role " + std::string(db::roleName(user->role)) + ", a " +
                                                  kind + " needs a " + std::string(db::roleName(requiredRole)));
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    auto signature = m_ctx.signatures().sign(username, password, meaning, "shipment", std::to_string(shipment->id),
                                             contentHash(toJson(*shipment)), now);
    if (!signature)
        return fromDb(signature.error());
    db::HandoverRecord h;
    h.shipmentId = shipment->id;
    h.kind = kind;
    h.userId = user->userId;
    h.location = location;
    h.scan = scan;
    h.at = now;
    auto stored = m_ctx.handovers().add(*user, now, h);
    if (!stored)
        return fromDb(stored.error());
    db::ShipmentRecord updated = *shipment;
    updated.status = toStatus;
    if (auto s = m_ctx.shipments().update(*user, now, updated, kind + " scan"); !s)
        return fromDb(s.error());
    if (toStatus == db::ShipmentStatus::Delivered)
        for (auto id : shipment->preparationIds)
            if (auto s = setPreparationStatus(m_ctx, *user, id, db::PreparationStatus::Delivered,
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
    return handOver(scan, courier, password, location, "pickup", db::ShipmentStatus::Packed,
                    db::ShipmentStatus::PickedUp, db::Role::Courier, "handed_over");
}

Result<db::HandoverRecord> DispatchDesk::deliver(const std::string& scan, const std::string& courier,
                                                 const std::string& password, const std::string& location)
{
    return handOver(scan, courier, password, location, "delivery", db::ShipmentStatus::PickedUp,
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

Result<db::HandoverRecord> DispatchDesk::administer(const std::string& preparationScan, const std::string& patientIpp,
                                                    const std::string& nurse, const std::string& password,
                                                    const std::string& location)
{
    // The syringe label's DataMatrix carries (10) the preparation number (last, after a GS or in the HRI's
    // brackets); accept the raw number too.
    std::string number = preparationScan;
    if (auto pos = number.find("\x1d"
                               "10");
        pos != std::string::npos)
        number = number.substr(pos + 3);
    else if (auto hri = number.find("(10)"); hri != std::string::npos)
        number = number.substr(hri + 4);
    auto prep = m_ctx.preparations().getByNumber(number);
    if (!prep)
        return makeError(Error::Kind::NotFound, "scanned code '" + preparationScan + "' is not a known preparation");
    auto prescribed = m_ctx.prescribedFor(*prep);
    if (!prescribed)
        return prescribed.error();
    const db::PatientRecord* patient = &prescribed->patient;
    if (patientIpp.empty() || patient->ipp != patientIpp)
        return makeError(Error::Kind::Refused, "do not administer: preparation " + prep->number +
                                                   " is not for patient " +
                                                   (patientIpp.empty() ? std::string("(no IPP given)") : patientIpp) +
                                                   ": check the patient's identity");
    if (prep->status != db::PreparationStatus::Delivered)
        return makeError(Error::Kind::Refused, "preparation " + prep->number + " is " +
                                                   std::string(db::toText(prep->status)) +
                                                   ", it must be delivered before administration");
    const UtcTime now = m_ctx.now();
    if (!prep->expiry || *prep->expiry <= now)
        return makeError(Error::Kind::Refused, "do not administer: preparation " + prep->number + " is expired");
    auto shipments = m_ctx.shipments().forPreparation(prep->id);
    if (!shipments || shipments->empty())
        return makeError(Error::Kind::Refused, "preparation " + prep->number + " was never shipped");
    const auto& shipment = shipments->back();
    auto imports = m_ctx.loggers().listFor(shipment.id);
    if (!imports)
        return fromDb(imports.error());
    if (imports->empty())
        return makeError(Error::Kind::Refused, "do not administer yet: the logger data of shipment " + shipment.number +
                                                   " has not been imported and checked");
    if (imports->back().verdict != "valid")
        return makeError(Error::Kind::Refused,
                         "do not administer: cold chain of " + shipment.number + ": " + imports->back().reason);
    auto user = m_ctx.users().find(nurse);
    if (!user)
        return fromDb(user.error());
    if (user->role != db::Role::Nurse)
        return makeError(Error::Kind::Denied, nurse + " is not a nurse: only a nurse confirms administration");
    auto dossier = preparationDossier(m_ctx, prep->id);
    if (!dossier)
        return dossier.error();
    db::Transaction tx(m_ctx.database());
    auto signature = m_ctx.signatures().sign(nurse, password, "administered", "preparation", std::to_string(prep->id),
                                             contentHash(*dossier), now);
    if (!signature)
        return fromDb(signature.error());
    db::HandoverRecord h;
    h.shipmentId = shipment.id;
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
