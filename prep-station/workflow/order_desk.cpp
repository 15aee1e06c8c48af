// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/order_desk.h"

#include "db/order_check_repository.h"
#include "prep-station/workflow/dossier.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

namespace prep::station {

namespace {

DoseRequest doseRequestFor(const std::string& drug, double heightCm, double weightKg, std::optional<double> mgPerM2,
                           std::optional<std::string> protocolId)
{
    DoseRequest request;
    request.drug = drug;
    request.heightCm = heightCm;
    request.weightKg = weightKg;
    request.mgPerM2 = mgPerM2;
    request.protocolId = std::move(protocolId);
    return request;
}

// "150 mg" as a prescriber's system sent it: the dose in mg; nothing for a dose in mg/m2 (or anything else).
std::optional<double> doseInMg(const std::string& asSent)
{
    double value = 0;
    const char* end = asSent.data() + asSent.size();
    auto [rest, ec] = std::from_chars(asSent.data(), end, value);
    if (ec != std::errc() || !(value > 0))
        return std::nullopt;
    std::string unit;
    for (const char* c = rest; c != end; ++c)
        if (!std::isspace(static_cast<unsigned char>(*c)))
            unit += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    if (unit == "mg")
        return value;
    return std::nullopt;
}

db::OrderCheckSeverity recordedSeverity(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Pass:
        return db::OrderCheckSeverity::Pass;
    case CheckSeverity::Warning:
        return db::OrderCheckSeverity::Warning;
    case CheckSeverity::HardStop:
        return db::OrderCheckSeverity::HardStop;
    }
    return db::OrderCheckSeverity::HardStop;
}

} // namespace

Result<db::OrderRecord> OrderDesk::enterPrescription(const db::Actor& who, Prescription rx)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "enter prescriptions")));
        !allowed)
        return allowed.error();
    auto plan =
        planDose(doseRequestFor(rx.drug, rx.heightCm, rx.weightKg, rx.mgPerM2, rx.protocolId), m_ctx.protocols());
    if (!plan)
        return plan.error();
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    // A patient known by this IPP is the same person only if the name and birth date agree: an IPP typed wrong
    // must not attach a dose to somebody else.
    auto patient = m_ctx.patients().getByIpp(rx.patient.ipp);
    if (patient) {
        if (patient->familyName != rx.patient.familyName || patient->givenName != rx.patient.givenName ||
            patient->birthDate != rx.patient.birthDate)
            return makeError(Error::Kind::Refused, "patient " + rx.patient.ipp + " is already known as " +
                                                       patient->familyName + " " + patient->givenName + ", born " +
                                                       patient->birthDate +
                                                       ": check the IPP, the name and the birth date");
    } else if (patient.error().kind == db::DbError::Kind::NotFound) {
        patient = m_ctx.patients().create(who, now, rx.patient);
    }
    if (!patient)
        return fromDb(patient.error());
    if (!rx.homeAddress.empty()) {
        // A new or changed address is recorded; the same one again adds nothing.
        auto home = m_ctx.homeDelivery().homeOf(patient->id);
        if (!home)
            return fromDb(home.error());
        if (!*home || (*home)->address != rx.homeAddress) {
            db::PatientHomeRecord record;
            record.patientId = patient->id;
            record.address = rx.homeAddress;
            record.source = rx.origin ? rx.origin->format : "entered";
            if (auto stored = m_ctx.homeDelivery().addHome(who, now, record); !stored)
                return fromDb(stored.error());
        }
    }
    db::OrderRecord order;
    order.patientId = patient->id;
    order.drug = plan->drug;
    order.protocolId = plan->protocolId;
    order.cycleDay = rx.cycleDay;
    order.heightCm = rx.heightCm;
    order.weightKg = rx.weightKg;
    order.bsaFormula = plan->bsaFormula;
    order.bsaM2 = plan->bsaM2;
    order.mgPerM2 = plan->mgPerM2;
    order.doseMg = plan->doseMg;
    order.prescriber = rx.prescriber;
    order.status = db::OrderStatus::Prescribed;
    order.createdAt = now;
    auto created = m_ctx.orders().create(who, now, order);
    if (!created)
        return fromDb(created.error());
    if (rx.origin) {
        db::OrderOriginRecord origin = *rx.origin;
        origin.orderId = created->id;
        if (auto o = m_ctx.orders().recordOrigin(who, now, origin); !o)
            return fromDb(o.error());
    }
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *created;
}

Result<db::OrderRecord> OrderDesk::cancel(const db::Actor& who, std::int64_t orderId, const std::string& reason)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "cancel orders")));
        !allowed)
        return allowed.error();
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    if (order->status == db::OrderStatus::Cancelled)
        return *order;
    auto preparations = m_ctx.preparations().listForOrder(orderId);
    if (!preparations)
        return fromDb(preparations.error());
    if (!preparations->empty())
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "order %1 is already planned into %2 preparation(s) (%3): the pharmacy "
                                             "stops it at the station"),
                orderId, preparations->size(), preparations->front().number));
    db::OrderRecord cancelled = *order;
    cancelled.status = db::OrderStatus::Cancelled;
    auto updated = m_ctx.orders().update(who, m_ctx.now(), cancelled, reason);
    if (!updated)
        return fromDb(updated.error());
    return *updated;
}

Result<std::vector<ProtocolCheckResult>> OrderDesk::checksFor(const db::OrderRecord& order)
{
    const DoseProtocol* protocol = m_ctx.protocols().find(order.protocolId);
    if (!protocol)
        return makeError(Error::Kind::Data, "order " + std::to_string(order.id) + ": protocol " + order.protocolId +
                                                " is not in protocols.json: the checks cannot run");
    OrderUnderCheck checked;
    checked.orderId = order.id;
    checked.drug = order.drug;
    checked.cycleDay = order.cycleDay;
    checked.heightCm = order.heightCm;
    checked.weightKg = order.weightKg;
    checked.mgPerM2 = order.mgPerM2;
    checked.doseMg = order.doseMg;
    checked.createdAt = order.createdAt;
    auto origin = m_ctx.orders().originOf(order.id);
    if (!origin)
        return fromDb(origin.error());
    if (*origin)
        checked.orderedDoseMg = doseInMg((*origin)->doseAsSent);

    // The patient's other orders, with when each dose was released (else prepared, else started).
    std::vector<OtherOrder> others;
    for (auto status : {db::OrderStatus::Prescribed, db::OrderStatus::Validated, db::OrderStatus::Cancelled}) {
        auto orders = m_ctx.orders().listByStatus(status);
        if (!orders)
            return fromDb(orders.error());
        for (const auto& o : *orders) {
            if (o.patientId != order.patientId || o.id == order.id)
                continue;
            OtherOrder other;
            other.orderId = o.id;
            other.drug = o.drug;
            other.cycleDay = o.cycleDay;
            other.mgPerM2 = o.mgPerM2;
            other.doseMg = o.doseMg;
            other.cancelled = o.status == db::OrderStatus::Cancelled;
            other.status = std::string(db::toText(o.status));
            other.createdAt = o.createdAt;
            auto preparations = m_ctx.preparations().listForOrder(o.id);
            if (!preparations)
                return fromDb(preparations.error());
            for (const auto& p : *preparations) {
                const auto at = p.releasedAt ? p.releasedAt : p.preparedAt ? p.preparedAt : p.startedAt;
                if (at && (!other.doseAt || *at > *other.doseAt))
                    other.doseAt = at;
            }
            others.push_back(std::move(other));
        }
    }
    return runProtocolChecks(checked, others, *protocol, m_ctx.sitePolicy().doseDeviation, m_ctx.now());
}

Result<std::vector<ProtocolCheckResult>> OrderDesk::checks(const db::Actor& who, std::int64_t orderId)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician, db::Role::Auditor},
                                   say(QT_TRANSLATE_NOOP("Message", "see an order's protocol checks")));
        !allowed)
        return allowed.error();
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    return checksFor(*order);
}

Result<db::OrderRecord> OrderDesk::validate(std::int64_t orderId, const std::string& username,
                                            const std::string& password, const std::vector<CheckOverride>& overrides)
{
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    if (order->status != db::OrderStatus::Prescribed)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "order %1 is %2, only a prescribed order can be validated"),
                             orderId, MessageArg::stored(WordKind::OrderStatus, db::toText(order->status))));
    auto pharmacist = m_ctx.users().find(username);
    if (!pharmacist)
        return fromDb(pharmacist.error());
    if (pharmacist->role != db::Role::Pharmacist)
        return makeError(
            Error::Kind::Denied,
            say(QT_TRANSLATE_NOOP("Message", "%1 is not a pharmacist: only a pharmacist validates orders"), username));
    auto results = checksFor(*order);
    if (!results)
        return results.error();

    // Each override must name a warning of this order and say why; the rest is what refuses the validation.
    std::map<ProtocolCheck, std::string> reasons;
    for (const auto& o : overrides) {
        const auto r =
            std::find_if(results->begin(), results->end(), [&](const auto& c) { return c.check == o.check; });
        if (o.reason.find_first_not_of(" \t\r\n") == std::string::npos)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "override of %1: a reason is required"),
                                 MessageArg::stored(WordKind::ProtocolCheck, toText(o.check))));
        if (r != results->end() && r->severity == CheckSeverity::Pass)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "override of %1: the check passed, nothing to override"),
                                 MessageArg::stored(WordKind::ProtocolCheck, toText(o.check))));
        reasons[o.check] = o.reason;
    }
    std::vector<Message> blocking; // one line: prepctl prints the reason on one line of stderr
    for (const auto& r : *results) {
        const auto check = MessageArg::stored(WordKind::ProtocolCheck, toText(r.check));
        if (r.severity == CheckSeverity::HardStop)
            blocking.push_back(
                reasons.count(r.check)
                    ? say(QT_TRANSLATE_NOOP("Message", "hard stop %1: %2 (a hard stop cannot be overridden)"), check,
                          r.said)
                    : say(QT_TRANSLATE_NOOP("Message", "hard stop %1: %2"), check, r.said));
        else if (r.severity == CheckSeverity::Warning && !reasons.count(r.check))
            blocking.push_back(
                say(QT_TRANSLATE_NOOP("Message", "warning %1: %2 (override with a reason)"), check, r.said));
    }
    const auto outcome = blocking.empty() ? db::ValidationOutcome::Validated : db::ValidationOutcome::Refused;

    const UtcTime now = m_ctx.now();
    // A refusal is recorded under the pharmacist's verified identity, as a validation would be.
    auto signer = m_ctx.users().authenticate(username, password, now);
    if (!signer)
        return fromDb(signer.error());
    db::Transaction tx(m_ctx.database());
    db::OrderCheckRepository recorded(m_ctx.database());
    for (const auto& r : *results) {
        db::OrderCheckRecord row;
        row.orderId = orderId;
        row.checkId = std::string(toText(r.check));
        row.severity = recordedSeverity(r.severity);
        row.message = r.message;
        row.outcome = outcome;
        if (r.severity == CheckSeverity::Warning && reasons.count(r.check))
            row.overrideReason = reasons[r.check];
        if (auto added = recorded.add(*signer, now, row); !added)
            return fromDb(added.error());
    }
    if (outcome == db::ValidationOutcome::Refused) {
        if (auto c = tx.commit(); !c)
            return fromDb(c.error());
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "order %1 not validated (checks recorded): %2"), orderId,
                             listOf(blocking)));
    }
    auto signature = m_ctx.signatures().sign(username, password, "order_validated", "order", std::to_string(orderId),
                                             contentHash(toJson(*order)), now);
    if (!signature)
        return fromDb(signature.error());
    db::OrderRecord validated = *order;
    validated.status = db::OrderStatus::Validated;
    validated.validatedBy = pharmacist->userId;
    validated.validatedAt = now;
    auto updated = m_ctx.orders().update(*pharmacist, now, validated, "pharmaceutical validation");
    if (!updated)
        return fromDb(updated.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *updated;
}

Result<std::vector<db::PreparationRecord>> OrderDesk::plan(const db::Actor& who, std::int64_t orderId)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "plan preparations")));
        !allowed)
        return allowed.error();
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    if (order->status != db::OrderStatus::Validated)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "order %1 is not validated by a pharmacist: nothing to prepare"),
                orderId));
    auto existing = m_ctx.preparations().listForOrder(orderId);
    if (!existing)
        return fromDb(existing.error());
    if (!existing->empty())
        return *existing; // planning twice returns the same preparations
    auto dosePlan =
        planDose(doseRequestFor(order->drug, order->heightCm, order->weightKg, order->mgPerM2, order->protocolId),
                 m_ctx.protocols());
    if (!dosePlan)
        return dosePlan.error();
    const Product* product = m_ctx.catalogue().defaultForDrug(order->drug);
    if (!product)
        return makeError(Error::Kind::Data, "no product in the catalogue for " + order->drug);
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    std::vector<db::PreparationRecord> planned;
    for (const auto& syringe : dosePlan->syringes) {
        db::PreparationRecord p;
        p.orderId = orderId;
        p.syringeIndex = syringe.index;
        p.syringeCount = syringe.count;
        p.drug = order->drug;
        p.targetDoseMg = syringe.doseMg;
        p.targetVolumeMl = syringe.volumeMl;
        p.concentrationMgPerMl = dosePlan->concentrationMgPerMl;
        p.productGtin = product->gtin;
        p.status = db::PreparationStatus::Planned;
        p.createdAt = now;
        auto created = m_ctx.preparations().create(who, now, p);
        if (!created)
            return fromDb(created.error());
        if (auto v = m_ctx.recordDataVersions(who, created->id, "plan", {"protocols.json", "catalogue.csv"}); !v)
            return v.error();
        planned.push_back(*created);
    }
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return planned;
}

} // namespace prep::station
