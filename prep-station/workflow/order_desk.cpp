// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/order_desk.h"

#include "prep-station/workflow/dossier.h"

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

} // namespace

Result<db::OrderRecord> OrderDesk::enterPrescription(const db::Actor& who, Prescription rx)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician}, "enter prescriptions"); !allowed)
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
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician}, "cancel orders"); !allowed)
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
        return makeError(Error::Kind::Refused, "order " + std::to_string(orderId) + " is already planned into " +
                                                   std::to_string(preparations->size()) + " preparation(s) (" +
                                                   preparations->front().number +
                                                   "): the pharmacy stops it at the station");
    db::OrderRecord cancelled = *order;
    cancelled.status = db::OrderStatus::Cancelled;
    auto updated = m_ctx.orders().update(who, m_ctx.now(), cancelled, reason);
    if (!updated)
        return fromDb(updated.error());
    return *updated;
}

Result<db::OrderRecord> OrderDesk::validate(std::int64_t orderId, const std::string& username,
                                            const std::string& password)
{
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    if (order->status != db::OrderStatus::Prescribed)
        return makeError(Error::Kind::Refused, "order " + std::to_string(orderId) + " is " +
                                                   std::string(db::toText(order->status)) +
                                                   ", only a prescribed order can be validated");
    auto pharmacist = m_ctx.users().find(username);
    if (!pharmacist)
        return fromDb(pharmacist.error());
    if (pharmacist->role != db::Role::Pharmacist)
        return makeError(Error::Kind::Denied, username + " is not a pharmacist: only a pharmacist validates orders");
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
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
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Technician}, "plan preparations"); !allowed)
        return allowed.error();
    auto order = m_ctx.orders().get(orderId);
    if (!order)
        return fromDb(order.error());
    if (order->status != db::OrderStatus::Validated)
        return makeError(Error::Kind::Refused,
                         "order " + std::to_string(orderId) + " is not validated by a pharmacist: nothing to prepare");
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
