// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/recorded_expiry.h"

namespace prep::station {

Result<RecordedExpiry> recordedExpiry(const StationContext& ctx, const db::PreparationRecord& prep)
{
    if (!prep.reconstitutedAt || !prep.expiry)
        return makeError(Error::Kind::Refused, "preparation " + prep.number + " has no expiry yet");
    // The diluent temperature is part of the rule's conditions; the record keeps the rule, so the matching
    // diluent is the one that gives back the same rule and the same expiry.
    for (const char* diluent : {"2-8C", "room"}) {
        ExpiryRequest request;
        request.drug = prep.drug;
        request.preparedAt = *prep.reconstitutedAt;
        request.storage = splitStorage(prep.storage);
        request.diluentTemp = diluent;
        auto decision = computeExpiry(request, ctx.stability(), ctx.sitePolicy());
        if (decision && decision->ruleId == prep.stabilityRule && decision->expiry == *prep.expiry)
            return RecordedExpiry{request, *decision};
    }
    return makeError(Error::Kind::Data, "the stability rule " + prep.stabilityRule + " of preparation " + prep.number +
                                            " no longer gives its recorded expiry: the stability data changed");
}

Result<std::optional<UtcTime>> reconstitutionStart(StationContext& ctx, const db::PreparationRecord& prep)
{
    auto weighings = ctx.weighings().listFor(prep.id);
    if (!weighings)
        return fromDb(weighings.error());
    for (const auto& w : *weighings)
        if (w.step == "diluent_after")
            return std::optional<UtcTime>(w.at);
    auto scans = ctx.vialScans().listFor(prep.id);
    if (!scans)
        return fromDb(scans.error());
    if (!scans->empty())
        return std::optional<UtcTime>(scans->front().at);
    return std::optional<UtcTime>();
}

} // namespace prep::station
