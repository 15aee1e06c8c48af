// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/dispatch_watch.h"

#include "db/delivery_problem_repository.h"
#include "db/dose_not_given_repository.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <chrono>

namespace prep::station {

std::string_view dispatchAlarmName(DispatchAlarmKind kind)
{
    switch (kind) {
    case DispatchAlarmKind::PickupLate:
        return "pickup_late";
    case DispatchAlarmKind::DeliveryLate:
        return "delivery_late";
    case DispatchAlarmKind::ReturnLate:
        return "return_late";
    case DispatchAlarmKind::LoggerDataMissing:
        return "logger_data_missing";
    case DispatchAlarmKind::ColdChainBroken:
        return "cold_chain_broken";
    case DispatchAlarmKind::DeliveryProblem:
        return "delivery_problem";
    case DispatchAlarmKind::DoseNotGiven:
        return "dose_not_given";
    case DispatchAlarmKind::ExpiredAtHome:
        return "expired_at_home";
    case DispatchAlarmKind::ReturnedDoseUndecided:
        return "returned_dose_undecided";
    }
    return "pickup_late";
}

std::size_t DispatchWatchReport::openAlarms() const
{
    return static_cast<std::size_t>(
        std::count_if(alarms.begin(), alarms.end(), [](const auto& a) { return a.open(); }));
}

namespace {

UtcTime::duration minutes(double m)
{
    return std::chrono::duration_cast<UtcTime::duration>(std::chrono::duration<double, std::ratio<60>>(m));
}

std::optional<UtcTime> firstHandover(const std::vector<db::HandoverRecord>& handovers, std::string_view kind)
{
    for (const auto& h : handovers)
        if (h.kind == kind)
            return h.at;
    return std::nullopt;
}

// Late when the step happened after its deadline, or has not happened and the deadline is past.
std::optional<UtcTime> lateSince(UtcTime deadline, std::optional<UtcTime> doneAt, UtcTime at)
{
    const UtcTime end = doneAt.value_or(at);
    if (end > deadline)
        return deadline;
    return std::nullopt;
}

} // namespace

Result<DispatchWatchReport> DispatchWatch::look(const db::Actor& who, UtcTime at)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "watch the shipments that left the PUI")));
        !allowed)
        return allowed.error();
    DispatchWatchReport report;
    report.at = at;
    const auto& policy = m_ctx.sitePolicy().dispatchWatch;
    auto shipments = m_ctx.shipments().packedSince(at - minutes(policy.watchDays * 24 * 60));
    if (!shipments)
        return fromDb(shipments.error());
    for (const auto& shipment : *shipments)
        if (auto watched = watchShipment(shipment, at, report); !watched)
            return watched.error();
    std::stable_sort(report.alarms.begin(), report.alarms.end(),
                     [](const DispatchAlarm& a, const DispatchAlarm& b) { return a.since < b.since; });
    return report;
}

Result<Ok> DispatchWatch::watchShipment(const db::ShipmentRecord& shipment, UtcTime at, DispatchWatchReport& report)
{
    const auto& policy = m_ctx.sitePolicy().dispatchWatch;
    WatchedShipment w;
    w.shipment = shipment;
    w.doses = static_cast<int>(shipment.preparationIds.size());
    auto handovers = m_ctx.handovers().listFor(shipment.id);
    if (!handovers)
        return fromDb(handovers.error());
    auto problems = m_ctx.deliveryProblems().listFor(shipment.id);
    if (!problems)
        return fromDb(problems.error());
    auto imports = m_ctx.loggers().listFor(shipment.id);
    if (!imports)
        return fromDb(imports.error());
    auto returned = m_ctx.returns().returnOf(shipment.id);
    if (!returned)
        return fromDb(returned.error());
    auto resolutions = m_ctx.alarmResolutions().listFor(shipment.id);
    if (!resolutions)
        return fromDb(resolutions.error());
    w.pickedUpAt = firstHandover(*handovers, "pickup");
    w.deliveredAt = firstHandover(*handovers, "delivery");
    if (!problems->empty())
        w.problemAt = problems->front().at;
    if (*returned)
        w.returnedAt = (*returned)->at;
    if (!imports->empty())
        w.loggerImportedAt = imports->front().at;
    w.stage = w.returnedAt    ? JourneyStage::ReturnedToPui
              : w.problemAt   ? JourneyStage::ProblemDeclared
              : w.deliveredAt ? JourneyStage::Delivered
              : w.pickedUpAt  ? JourneyStage::PickedUp
                              : JourneyStage::Packed;

    const std::size_t firstAlarm = report.alarms.size();
    auto raise = [&](DispatchAlarmKind kind, std::string subject, std::string preparation, UtcTime since,
                     Message what) -> DispatchAlarm& {
        DispatchAlarm a;
        a.kind = kind;
        a.key = std::string(dispatchAlarmName(kind)) + "/" + subject;
        a.shipment = shipment.number;
        a.preparation = std::move(preparation);
        a.since = since;
        a.what = std::move(what);
        for (const auto& r : *resolutions)
            if (r.alarmKey == a.key)
                a.resolution = r;
        report.alarms.push_back(std::move(a));
        return report.alarms.back();
    };

    // The handovers, each against its deadline.
    if (auto late = lateSince(shipment.createdAt + minutes(policy.pickupWithinMinutes), w.pickedUpAt, at))
        raise(DispatchAlarmKind::PickupLate, shipment.number, {}, *late,
              w.pickedUpAt
                  ? say(QT_TRANSLATE_NOOP("Message", "shipment %1 was picked up late, at %2 (packed at %3)"),
                        shipment.number, formatParisDisplay(*w.pickedUpAt), formatParisDisplay(shipment.createdAt))
                  : say(QT_TRANSLATE_NOOP("Message", "shipment %1 has not been picked up (packed at %2)"),
                        shipment.number, formatParisDisplay(shipment.createdAt)));
    auto slot = m_ctx.homeDelivery().slotOf(shipment.id);
    if (!slot)
        return fromDb(slot.error());
    if (*slot)
        w.windowEnd = (*slot)->windowEnd;
    if (w.pickedUpAt) {
        // A declared problem ends the courier's round: the return clock runs instead. The window agreed with the
        // patient, when there is one, is the deadline; else the site's delay from the pickup.
        const std::optional<UtcTime> roundEnd = w.deliveredAt ? w.deliveredAt : w.problemAt;
        const UtcTime deadline = w.windowEnd.value_or(*w.pickedUpAt + minutes(policy.deliveryWithinMinutes));
        if (auto late = lateSince(deadline, roundEnd, at))
            raise(DispatchAlarmKind::DeliveryLate, shipment.number, {}, *late,
                  roundEnd ? say(QT_TRANSLATE_NOOP("Message", "shipment %1 reached the home late, at %2 (picked up at "
                                                              "%3)"),
                                 shipment.number, formatParisDisplay(*roundEnd), formatParisDisplay(*w.pickedUpAt))
                           : say(QT_TRANSLATE_NOOP("Message", "shipment %1 has not been delivered (picked up at %2)"),
                                 shipment.number, formatParisDisplay(*w.pickedUpAt)));
    }
    for (const auto& p : *problems)
        raise(DispatchAlarmKind::DeliveryProblem, shipment.number + "#" + std::to_string(p.id), {}, p.at,
              say(QT_TRANSLATE_NOOP("Message", "shipment %1 could not be delivered (%2): %3"), shipment.number,
                  MessageArg::stored(WordKind::DeliveryProblem, db::deliveryProblemName(p.kind)), p.note));
    if (w.problemAt)
        if (auto late = lateSince(*w.problemAt + minutes(policy.returnWithinMinutes), w.returnedAt, at))
            raise(DispatchAlarmKind::ReturnLate, shipment.number, {}, *late,
                  w.returnedAt
                      ? say(QT_TRANSLATE_NOOP("Message", "shipment %1 came back to the PUI late, at %2"),
                            shipment.number, formatParisDisplay(*w.returnedAt))
                      : say(QT_TRANSLATE_NOOP("Message", "shipment %1 has not come back to the PUI (problem declared "
                                                         "at %2)"),
                            shipment.number, formatParisDisplay(*w.problemAt)));
    // The logger's file: due after the delivery (or the return), judged when imported.
    if (const std::optional<UtcTime> due = w.deliveredAt ? w.deliveredAt : w.returnedAt)
        if (auto late = lateSince(*due + minutes(policy.loggerDataWithinMinutes), w.loggerImportedAt, at))
            raise(DispatchAlarmKind::LoggerDataMissing, shipment.number, {}, *late,
                  w.loggerImportedAt
                      ? say(QT_TRANSLATE_NOOP("Message", "the logger data of shipment %1 arrived late, at %2"),
                            shipment.number, formatParisDisplay(*w.loggerImportedAt))
                      : say(QT_TRANSLATE_NOOP("Message", "the logger data of shipment %1 (logger %2) has not "
                                                         "arrived"),
                            shipment.number, shipment.loggerId));
    for (const auto& i : *imports)
        if (i.verdict != "valid")
            raise(DispatchAlarmKind::ColdChainBroken, shipment.number + "#" + std::to_string(i.id), {}, i.at,
                  say(QT_TRANSLATE_NOOP("Message", "cold chain of shipment %1: %2"), shipment.number,
                      MessageArg::technical(i.reason)));

    // Each dose: given, not given, expired at the home, or back at the PUI awaiting the pharmacist's decision.
    for (auto id : shipment.preparationIds) {
        auto prep = m_ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
        auto decisions = m_ctx.returns().decisionsFor(id);
        if (!decisions)
            return fromDb(decisions.error());
        const auto decided = std::find_if(decisions->begin(), decisions->end(),
                                          [&](const auto& d) { return d.shipmentId == shipment.id; });
        auto notGiven = m_ctx.dosesNotGiven().listFor(id);
        if (!notGiven)
            return fromDb(notGiven.error());
        // This shipment's part of the dose's life: until it was packed again, if it was sent out again.
        auto carriers = m_ctx.shipments().forPreparation(id);
        if (!carriers)
            return fromDb(carriers.error());
        std::optional<UtcTime> packedAgainAt;
        for (const auto& c : *carriers)
            if (c.id > shipment.id && !packedAgainAt)
                packedAgainAt = c.createdAt;
        std::optional<db::DoseNotGivenRecord> notGivenHere;
        for (const auto& n : *notGiven)
            if (n.at >= shipment.createdAt && (!packedAgainAt || n.at < *packedAgainAt))
                notGivenHere = n;
        if (prep->status == db::PreparationStatus::Administered || decided != decisions->end())
            ++w.dosesSettled;
        if (notGivenHere) {
            auto& a = raise(DispatchAlarmKind::DoseNotGiven, prep->number + "@" + shipment.number, prep->number,
                            notGivenHere->at,
                            say(QT_TRANSLATE_NOOP("Message", "preparation %1 was not given (%2): %3"), prep->number,
                                MessageArg::stored(WordKind::DoseOutcome, db::doseOutcomeName(notGivenHere->outcome)),
                                notGivenHere->reason));
            a.closedByDecision = decided != decisions->end();
        }
        const bool atHome =
            prep->status == db::PreparationStatus::Delivered && !w.returnedAt && !notGivenHere && !packedAgainAt;
        if (atHome && prep->expiry && *prep->expiry <= at)
            raise(DispatchAlarmKind::ExpiredAtHome, prep->number + "@" + shipment.number, prep->number, *prep->expiry,
                  say(QT_TRANSLATE_NOOP("Message", "preparation %1 expired at the home at %2 without being given"),
                      prep->number, formatParisDisplay(*prep->expiry)));
        const bool back =
            w.returnedAt || (notGivenHere && notGivenHere->outcome == db::DoseNotGivenRecord::Outcome::Returned);
        if (back && (prep->status != db::PreparationStatus::Administered || packedAgainAt)) {
            auto& a = raise(DispatchAlarmKind::ReturnedDoseUndecided, prep->number + "@" + shipment.number,
                            prep->number, w.returnedAt.value_or(notGivenHere ? notGivenHere->at : at),
                            say(QT_TRANSLATE_NOOP("Message", "preparation %1 came back to the PUI: destroy it or send "
                                                             "it out again"),
                                prep->number));
            a.closedByDecisionOnly = true;
            a.closedByDecision = decided != decisions->end();
        }
    }
    for (std::size_t i = firstAlarm; i < report.alarms.size(); ++i)
        if (report.alarms[i].open())
            ++w.openAlarms;
    if (!w.settled())
        report.shipments.push_back(std::move(w));
    return Ok{};
}

Result<db::DispatchAlarmResolutionRecord> DispatchWatch::resolve(const db::Actor& pharmacist,
                                                                 const std::string& password,
                                                                 const std::string& alarmKey, const std::string& reason)
{
    if (auto allowed = requireRole(pharmacist, {db::Role::Pharmacist},
                                   say(QT_TRANSLATE_NOOP("Message", "close a dispatch alarm")));
        !allowed)
        return allowed.error();
    if (reason.empty())
        return makeError(Error::Kind::Invalid, say(QT_TRANSLATE_NOOP("Message", "say why the alarm can be closed")));
    const UtcTime now = m_ctx.now();
    // Re-authentication: the closing is the pharmacist's act, as a signature is.
    if (auto again = m_ctx.users().authenticate(pharmacist.username, password, now); !again)
        return fromDb(again.error());
    auto report = look(pharmacist, now);
    if (!report)
        return report.error();
    const auto alarm = std::find_if(report->alarms.begin(), report->alarms.end(),
                                    [&](const DispatchAlarm& a) { return a.key == alarmKey; });
    if (alarm == report->alarms.end())
        return makeError(Error::Kind::NotFound, say(QT_TRANSLATE_NOOP("Message", "no dispatch alarm %1"), alarmKey));
    if (!alarm->open())
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "dispatch alarm %1 is already closed"), alarmKey));
    if (alarm->closedByDecisionOnly)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is back at the PUI: decide whether it is "
                                                          "destroyed or sent out again"),
                             alarm->preparation));
    auto shipment = m_ctx.shipments().getByNumber(alarm->shipment);
    if (!shipment)
        return fromDb(shipment.error());
    db::DispatchAlarmResolutionRecord record;
    record.alarmKey = alarmKey;
    record.shipmentId = shipment->id;
    record.reason = reason;
    auto stored = m_ctx.alarmResolutions().add(pharmacist, now, record);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

} // namespace prep::station
