// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/field_desk.h"

#include "db/field_scan_repository.h"
#include "db/hash.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>

namespace prep::station {

namespace {

// A refusal is the workflow saying no (a rule, a role, an unknown code); anything else is a fault.
bool isRefusal(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
    case Error::Kind::Refused:
    case Error::Kind::Denied:
    case Error::Kind::PasswordChangeRequired:
        return true;
    default:
        return false;
    }
}

Message saidOf(const Error& e)
{
    return e.said.empty() ? say("%1", MessageArg::technical(e.message)) : e.said;
}

} // namespace

std::string fieldScanKey(const db::Actor& who, const FieldScanRequest& request)
{
    // Unit separators keep "ab"+"c" apart from "a"+"bc".
    std::string material = std::to_string(who.userId);
    for (const std::string* part :
         {&request.code, &request.place, &request.scanId, &request.patientIpp, &request.patientBirthDate})
        material += '\x1f' + *part;
    material += '\x1f' + std::string(db::fieldScanKindName(request.kind));
    material += '\x1f' + request.note;
    material += '\x1f' + (request.problem ? std::string(db::deliveryProblemName(*request.problem)) : std::string("-"));
    material += '\x1f' + (request.outcome ? std::string(db::doseOutcomeName(*request.outcome)) : std::string("-"));
    material += '\x1f' + (request.deviceTime ? formatUtcIso(*request.deviceTime) : std::string("-"));
    return db::sha256Hex(material);
}

Result<FieldScanOutcome> FieldDesk::scan(const db::Actor& who, const FieldScanRequest& request)
{
    if (request.code.empty())
        return makeError(Error::Kind::Invalid, say(QT_TRANSLATE_NOOP("Message", "the scan carries no code")));
    // A scan received again is answered as recorded. A refused administration is the exception: the nurse may try
    // again with the password or identity corrected (never kept in the key), so each retry gets the next key.
    std::string key = fieldScanKey(who, request);
    for (int attempt = 1;; ++attempt) {
        auto before = m_ctx.fieldScans().byRequestKey(key);
        if (!before)
            return fromDb(before.error());
        if (!*before)
            break;
        const bool retry = !(*before)->accepted && request.kind == db::FieldScanRecord::Kind::Administration;
        if (retry) {
            key = db::sha256Hex(fieldScanKey(who, request) + "#" + std::to_string(attempt));
            continue;
        }
        FieldScanOutcome again;
        again.accepted = (*before)->accepted;
        again.alreadyRecorded = true;
        if (!again.accepted)
            again.reason = say("%1", MessageArg::technical((*before)->reason));
        again.record = **before;
        if ((*before)->shipmentId != 0)
            if (auto shipment = m_ctx.shipments().get((*before)->shipmentId); shipment)
                again.shipment = shipment->number;
        return again;
    }
    const UtcTime now = m_ctx.now();
    // A phone's clock ahead of the station's cannot move a judgement into the future.
    const UtcTime scannedAt = request.deviceTime ? std::min(*request.deviceTime, now) : now;

    db::FieldScanRecord record;
    record.requestKey = key;
    record.kind = request.kind;
    record.code = request.code;
    record.place = request.place;
    record.deviceTime = request.deviceTime;
    // A role that may not make this scan (a courier trying to administer) is refused before anything is judged.
    const bool courierScan = request.kind != db::FieldScanRecord::Kind::Administration &&
                             request.kind != db::FieldScanRecord::Kind::NotGiven;
    auto allowed =
        courierScan ? requireRole(who, {db::Role::Courier}, say(QT_TRANSLATE_NOOP("Message", "scan shipments")))
                    : requireRole(who, {db::Role::Nurse}, say(QT_TRANSLATE_NOOP("Message", "confirm administrations")));
    std::optional<Error> refusal;
    if (!allowed) {
        refusal = allowed.error();
    } else {
        db::Transaction tx(m_ctx.database());
        auto judged = judge(who, request, scannedAt);
        if (!judged && !isRefusal(judged.error()))
            return judged.error();
        if (judged) {
            record.accepted = true;
            record.shipmentId = judged->record.shipmentId;
            record.handoverId = judged->record.handoverId;
            auto stored = m_ctx.fieldScans().add(who, now, record);
            if (!stored)
                return fromDb(stored.error());
            if (auto c = tx.commit(); !c)
                return fromDb(c.error());
            judged->record = *stored;
            return *judged;
        }
        refusal = judged.error();
    } // what the refused judgement began is rolled back here; the refusal itself is recorded below
    record.accepted = false;
    record.reason = refusal->message;
    FieldScanOutcome refused;
    DispatchDesk dispatch(m_ctx);
    if (courierScan) {
        if (auto shipment = dispatch.shipmentByScan(request.code); shipment) {
            record.shipmentId = shipment->id;
            refused.shipment = shipment->number;
        }
    } else if (auto prep = dispatch.preparationByScan(request.code); prep) {
        refused.preparations.push_back(prep->number);
        if (auto shipments = m_ctx.shipments().forPreparation(prep->id); shipments && !shipments->empty()) {
            record.shipmentId = shipments->back().id;
            refused.shipment = shipments->back().number;
        }
    }
    auto stored = m_ctx.fieldScans().add(who, now, record);
    if (!stored)
        return fromDb(stored.error());
    refused.reason = saidOf(*refusal);
    refused.roleRefused = !allowed || refusal->kind == Error::Kind::Denied; // the role, or the care list
    refused.record = *stored;
    return refused;
}

Result<FieldScanOutcome> FieldDesk::judge(const db::Actor& who, const FieldScanRequest& request, UtcTime scannedAt)
{
    DispatchDesk dispatch(m_ctx);
    FieldScanOutcome out;
    out.accepted = true;
    Result<db::HandoverRecord> handover = makeError(Error::Kind::Invalid, "no handover");
    switch (request.kind) {
    case db::FieldScanRecord::Kind::Problem: {
        if (!request.problem)
            return makeError(Error::Kind::Invalid,
                             say(QT_TRANSLATE_NOOP("Message", "say what the problem is: nobody home, refused or "
                                                              "damaged cooler")));
        auto declared = dispatch.declareProblem(who, request.code, *request.problem, request.note, request.place);
        if (!declared)
            return declared.error();
        out.record.shipmentId = declared->shipmentId;
        auto shipment = m_ctx.shipments().get(declared->shipmentId);
        if (!shipment)
            return fromDb(shipment.error());
        out.shipment = shipment->number;
        for (auto id : shipment->preparationIds)
            if (auto prep = m_ctx.preparations().get(id); prep)
                out.preparations.push_back(prep->number);
        return out;
    }
    case db::FieldScanRecord::Kind::NotGiven: {
        if (!request.outcome)
            return makeError(Error::Kind::Invalid,
                             say(QT_TRANSLATE_NOOP("Message", "say whether the dose was returned or destroyed")));
        auto recorded = dispatch.recordNotGiven(who, request.code, *request.outcome, request.note);
        if (!recorded)
            return recorded.error();
        auto prep = m_ctx.preparations().get(recorded->preparationId);
        if (!prep)
            return fromDb(prep.error());
        out.preparations.push_back(prep->number);
        if (auto shipments = m_ctx.shipments().forPreparation(prep->id); shipments && !shipments->empty()) {
            out.record.shipmentId = shipments->back().id;
            out.shipment = shipments->back().number;
        }
        return out;
    }
    case db::FieldScanRecord::Kind::Pickup:
        handover = dispatch.pickUp(who, request.code, request.place);
        break;
    case db::FieldScanRecord::Kind::Delivery:
        handover = dispatch.deliver(who, request.code, request.place);
        break;
    case db::FieldScanRecord::Kind::Administration: {
        if (request.password.empty())
            return makeError(
                Error::Kind::Refused,
                say(QT_TRANSLATE_NOOP("Message", "enter your password again to confirm the administration")));
        auto prep = dispatch.preparationByScan(request.code);
        if (!prep)
            return prep.error();
        out.preparations.push_back(prep->number);
        if (!request.patientBirthDate.empty()) {
            auto prescribed = m_ctx.prescribedFor(*prep);
            if (!prescribed)
                return prescribed.error();
            if (prescribed->patient.ipp != request.patientIpp ||
                prescribed->patient.birthDate != request.patientBirthDate)
                return makeError(Error::Kind::Refused,
                                 say(QT_TRANSLATE_NOOP("Message", "do not administer: preparation %1 is not for the "
                                                                  "patient with IPP %2 born on %3: check the "
                                                                  "patient's identity"),
                                     prep->number, request.patientIpp, request.patientBirthDate));
        }
        handover = dispatch.administer(request.code, request.patientIpp, who.username, request.password, request.place,
                                       scannedAt);
        break;
    }
    }
    if (!handover)
        return handover.error();
    out.record.shipmentId = handover->shipmentId;
    out.record.handoverId = handover->id;
    auto shipment = m_ctx.shipments().get(handover->shipmentId);
    if (!shipment)
        return fromDb(shipment.error());
    out.shipment = shipment->number;
    if (request.kind != db::FieldScanRecord::Kind::Administration)
        for (auto id : shipment->preparationIds)
            if (auto prep = m_ctx.preparations().get(id); prep)
                out.preparations.push_back(prep->number);
    return out;
}

Result<Administrability> FieldDesk::check(const db::Actor& who, const std::string& code)
{
    if (auto allowed = requireRole(who, {db::Role::Nurse, db::Role::Pharmacist},
                                   say(QT_TRANSLATE_NOOP("Message", "check whether a dose may be given")));
        !allowed)
        return allowed.error();
    DispatchDesk dispatch(m_ctx);
    auto prep = dispatch.preparationByScan(code);
    if (!prep)
        return prep.error();
    if (auto inCare = dispatch.requireInCare(who, *prep); !inCare)
        return inCare.error();
    return dispatch.administrability(*prep, m_ctx.now());
}

Result<std::vector<CourierShipment>> FieldDesk::courierShipments(const db::Actor& who)
{
    if (auto allowed = requireRole(who, {db::Role::Courier, db::Role::Pharmacist},
                                   say(QT_TRANSLATE_NOOP("Message", "see the shipments to carry")));
        !allowed)
        return allowed.error();
    auto shipments = m_ctx.shipments().inTransit();
    if (!shipments)
        return fromDb(shipments.error());
    std::vector<CourierShipment> out;
    for (const auto& s : *shipments) {
        CourierShipment c{s.number,    s.loggerId, s.status, static_cast<int>(s.preparationIds.size()),
                          s.createdAt, {},         {},       {}};
        auto slot = m_ctx.homeDelivery().slotOf(s.id);
        if (!slot)
            return fromDb(slot.error());
        if (*slot) {
            c.address = (*slot)->address;
            c.windowStart = (*slot)->windowStart;
            c.windowEnd = (*slot)->windowEnd;
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace prep::station
