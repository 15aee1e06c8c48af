// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/audit_verification.h"

#include "prep-station/audit/station_key.h"

namespace prep::station {

Message AuditTrailVerification::finding() const
{
    // The problem is the database layer's own description of the entry or checkpoint found wrong.
    if (!chain.intact)
        return chain.firstBrokenSeq
                   ? say(QT_TRANSLATE_NOOP("Message", "audit trail broken at entry %1: %2"), chain.firstBrokenSeq,
                         MessageArg::technical(chain.problem))
                   : say(QT_TRANSLATE_NOOP("Message", "audit trail broken: %1"), MessageArg::technical(chain.problem));
    if (checkpoints && !checkpoints->intact)
        return say(QT_TRANSLATE_NOOP("Message", "audit trail rewritten: %1"),
                   MessageArg::technical(checkpoints->problem));
    return {};
}

Result<AuditTrailVerification> verifyAuditTrail(db::Database& database, const std::vector<std::string>& trustedKeys)
{
    AuditTrailVerification out;
    auto chain = db::AuditLog(database).verify();
    if (!chain)
        return makeError(Error::Kind::Database, "audit verification could not run: " + chain.error().message);
    out.chain = *chain;
    if (out.chain.intact) {
        auto checked = db::verifyCheckpoints(database, trustedKeys);
        if (!checked)
            return makeError(Error::Kind::Database,
                             "checkpoint verification could not run: " + checked.error().message);
        out.checkpoints = *checked;
    }
    return out;
}

std::vector<std::string> trustedStationKeys(const std::filesystem::path& keyDir)
{
    if (keyDir.empty())
        return {};
    return StationKey::trustedPublicKeys(keyDir);
}

} // namespace prep::station
