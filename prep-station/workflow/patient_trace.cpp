// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/patient_trace.h"

#include <algorithm>

namespace prep::station {

Result<PatientTrace> tracePatient(StationContext& ctx, const std::string& ipp)
{
    if (ipp.empty())
        return makeError(Error::Kind::Invalid, "no patient IPP given");
    auto patient = ctx.patients().getByIpp(ipp);
    if (!patient)
        return makeError(Error::Kind::NotFound, "no patient with IPP '" + ipp + "'");
    PatientTrace trace{*patient, {}};
    // Orders are listed by state; a patient's are few, and every state is read so none is left out.
    for (const db::OrderStatus status :
         {db::OrderStatus::Prescribed, db::OrderStatus::Validated, db::OrderStatus::Cancelled}) {
        auto orders = ctx.orders().listByStatus(status);
        if (!orders)
            return fromDb(orders.error());
        for (const auto& order : *orders)
            if (order.patientId == patient->id)
                trace.orders.push_back({order, {}});
    }
    std::sort(trace.orders.begin(), trace.orders.end(), [](const PatientOrderTrace& a, const PatientOrderTrace& b) {
        return a.order.createdAt != b.order.createdAt ? a.order.createdAt < b.order.createdAt : a.order.id < b.order.id;
    });
    for (auto& line : trace.orders) {
        auto preparations = ctx.preparations().listForOrder(line.order.id);
        if (!preparations)
            return fromDb(preparations.error());
        line.preparations = std::move(*preparations);
        std::sort(line.preparations.begin(), line.preparations.end(),
                  [](const db::PreparationRecord& a, const db::PreparationRecord& b) {
                      return a.syringeIndex < b.syringeIndex;
                  });
    }
    return trace;
}

} // namespace prep::station
