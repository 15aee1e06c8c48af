// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/worklist.h"

namespace prep::station {

namespace {

Result<WorkItem> itemFor(StationContext& ctx, const db::OrderRecord& order,
                         std::optional<db::PreparationRecord> preparation)
{
    auto patient = ctx.patients().get(order.patientId);
    if (!patient)
        return fromDb(patient.error());
    return WorkItem{order, *patient, std::move(preparation)};
}

Result<std::vector<WorkItem>> preparationsWith(StationContext& ctx, db::PreparationStatus status,
                                               const std::function<bool(const db::PreparationRecord&)>& keep)
{
    auto preps = ctx.preparations().list(status);
    if (!preps)
        return fromDb(preps.error());
    std::vector<WorkItem> items;
    for (const auto& p : *preps) {
        if (keep && !keep(p))
            continue;
        auto order = ctx.orders().get(p.orderId);
        if (!order)
            return fromDb(order.error());
        auto item = itemFor(ctx, *order, p);
        if (!item)
            return item.error();
        items.push_back(std::move(*item));
    }
    return items;
}

} // namespace

Result<std::vector<WorkItem>> technicianWorklist(StationContext& ctx)
{
    std::vector<WorkItem> items;
    auto validated = ctx.orders().listByStatus(db::OrderStatus::Validated);
    if (!validated)
        return fromDb(validated.error());
    for (const auto& order : *validated) {
        auto planned = ctx.preparations().listForOrder(order.id);
        if (!planned)
            return fromDb(planned.error());
        if (!planned->empty())
            continue;
        auto item = itemFor(ctx, order, std::nullopt);
        if (!item)
            return item.error();
        items.push_back(std::move(*item));
    }
    for (auto status : {db::PreparationStatus::InProgress, db::PreparationStatus::Planned}) {
        auto preps = preparationsWith(ctx, status, {});
        if (!preps)
            return preps.error();
        items.insert(items.end(), preps->begin(), preps->end());
    }
    return items;
}

Result<PharmacistWorklist> pharmacistWorklist(StationContext& ctx)
{
    PharmacistWorklist list;
    auto prescribed = ctx.orders().listByStatus(db::OrderStatus::Prescribed);
    if (!prescribed)
        return fromDb(prescribed.error());
    for (const auto& order : *prescribed) {
        auto item = itemFor(ctx, order, std::nullopt);
        if (!item)
            return item.error();
        list.ordersToValidate.push_back(std::move(*item));
    }
    auto awaiting = preparationsWith(ctx, db::PreparationStatus::InProgress, [](const db::PreparationRecord& p) {
        return p.toleranceDecision == db::ToleranceDecision::AwaitingPharmacist;
    });
    if (!awaiting)
        return awaiting.error();
    list.decisionsAwaited = std::move(*awaiting);
    auto prepared = preparationsWith(ctx, db::PreparationStatus::Prepared, {});
    if (!prepared)
        return prepared.error();
    list.preparedToRelease = std::move(*prepared);
    return list;
}

} // namespace prep::station
