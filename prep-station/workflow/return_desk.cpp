// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/return_desk.h"

#include "db/dose_not_given_repository.h"
#include "db/return_path_repository.h"
#include "prep-station/workflow/dispatch_desk.h"

#include <algorithm>

namespace prep::station {

Result<db::ShipmentReturnRecord> ReturnDesk::receive(const db::Actor& who, const std::string& shipmentScan,
                                                     const std::string& note)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "receive a shipment back at the PUI")));
        !allowed)
        return allowed.error();
    auto shipment = DispatchDesk(m_ctx).shipmentByScan(shipmentScan);
    if (!shipment)
        return shipment.error();
    if (shipment->status == db::ShipmentStatus::Packed)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "shipment %1 never left the PUI: it cannot come back"), shipment->number));
    auto earlier = m_ctx.returns().returnOf(shipment->id);
    if (!earlier)
        return fromDb(earlier.error());
    if (*earlier)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "shipment %1 was already received back at the PUI"), shipment->number));
    auto problems = m_ctx.deliveryProblems().listFor(shipment->id);
    if (!problems)
        return fromDb(problems.error());
    if (problems->empty() && note.empty())
        return makeError(Error::Kind::Invalid,
                         say(QT_TRANSLATE_NOOP("Message", "no delivery problem was declared for shipment %1: say why "
                                                          "it came back"),
                             shipment->number));
    db::ShipmentReturnRecord record;
    record.shipmentId = shipment->id;
    record.note = note;
    auto stored = m_ctx.returns().addReturn(who, m_ctx.now(), record);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<db::ReturnedDoseDecisionRecord> ReturnDesk::decide(const db::Actor& pharmacist, const std::string& password,
                                                          const std::string& preparationScan,
                                                          db::ReturnedDoseDecisionRecord::Decision decision,
                                                          const std::string& reason)
{
    if (auto allowed = requireRole(pharmacist, {db::Role::Pharmacist},
                                   say(QT_TRANSLATE_NOOP("Message", "decide on a dose that came back")));
        !allowed)
        return allowed.error();
    if (reason.empty())
        return makeError(Error::Kind::Invalid, say(QT_TRANSLATE_NOOP("Message", "say why")));
    const UtcTime now = m_ctx.now();
    if (auto again = m_ctx.users().authenticate(pharmacist.username, password, now); !again)
        return fromDb(again.error());
    DispatchDesk dispatch(m_ctx);
    auto prep = dispatch.preparationByScan(preparationScan);
    if (!prep)
        return prep.error();
    if (prep->status == db::PreparationStatus::Administered)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "preparation %1 has already been administered"), prep->number));
    auto shipments = m_ctx.shipments().forPreparation(prep->id);
    if (!shipments)
        return fromDb(shipments.error());
    if (shipments->empty())
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 was never shipped"), prep->number));
    const db::ShipmentRecord& shipment = shipments->back();
    // Back at the PUI: its shipment was received back, or the nurse recorded it as brought back.
    auto returned = m_ctx.returns().returnOf(shipment.id);
    if (!returned)
        return fromDb(returned.error());
    auto notGiven = m_ctx.dosesNotGiven().listFor(prep->id);
    if (!notGiven)
        return fromDb(notGiven.error());
    const bool broughtBack = std::any_of(notGiven->begin(), notGiven->end(), [&](const db::DoseNotGivenRecord& n) {
        return n.at >= shipment.createdAt && n.outcome == db::DoseNotGivenRecord::Outcome::Returned;
    });
    if (!*returned && !broughtBack)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 has not come back to the PUI (shipment %2)"),
                             prep->number, shipment.number));
    auto decisions = m_ctx.returns().decisionsFor(prep->id);
    if (!decisions)
        return fromDb(decisions.error());
    if (std::any_of(decisions->begin(), decisions->end(), [&](const auto& d) { return d.shipmentId == shipment.id; }))
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 has already been decided on"), prep->number));
    if (decision == db::ReturnedDoseDecisionRecord::Decision::Redispatch) {
        // Sent out again only if it may still be given: within its expiry, the cold chain of its trip kept.
        if (!prep->expiry || *prep->expiry <= now)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "preparation %1 is expired: it cannot be sent out "
                                                              "again"),
                                 prep->number));
        auto imports = m_ctx.loggers().listFor(shipment.id);
        if (!imports)
            return fromDb(imports.error());
        if (imports->empty())
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "import the logger data of shipment %1 first: without it "
                                                              "nothing shows preparation %2 stayed cold"),
                                 shipment.number, prep->number));
        if (imports->back().verdict != "valid")
            return makeError(Error::Kind::Refused, say(QT_TRANSLATE_NOOP("Message", "cold chain of shipment %1: %2"),
                                                       shipment.number, MessageArg::technical(imports->back().reason)));
    }
    db::Transaction tx(m_ctx.database());
    db::ReturnedDoseDecisionRecord record;
    record.preparationId = prep->id;
    record.shipmentId = shipment.id;
    record.decision = decision;
    record.reason = reason;
    auto stored = m_ctx.returns().addDecision(pharmacist, now, record);
    if (!stored)
        return fromDb(stored.error());
    if (decision == db::ReturnedDoseDecisionRecord::Decision::Redispatch) {
        db::PreparationRecord updated = *prep;
        updated.status = db::PreparationStatus::Released;
        if (auto u = m_ctx.preparations().update(pharmacist, now, updated,
                                                 "back from shipment " + shipment.number +
                                                     ": the pharmacist sends it out again (" + reason + ")");
            !u)
            return fromDb(u.error());
    }
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

} // namespace prep::station
