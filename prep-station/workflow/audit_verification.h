// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail's verification, as `prepctl audit verify` and the auditor's screen run it: the whole chain
// re-hashed, every audited record compared with its last audited value, then (on a chain that re-hashed) the signed
// checkpoints checked against the trusted station keys. One function, so the CLI and the GUI cannot disagree.
#pragma once

#include "db/audit_checkpoint.h"
#include "db/audit_log.h"
#include "db/database.h"
#include "prep-station/error.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct AuditTrailVerification
{
    db::AuditVerification chain;
    // Checked only when the chain re-hashed: a broken chain is reported as such first.
    std::optional<db::CheckpointVerification> checkpoints;

    bool intact() const { return chain.intact && checkpoints && checkpoints->intact; }
    // The first finding in words ("audit trail broken at entry 12: ..."), empty when intact.
    Message finding() const;
};

// `trustedKeys`: public keys (hex) that may vouch for checkpoints.
Result<AuditTrailVerification> verifyAuditTrail(db::Database& database, const std::vector<std::string>& trustedKeys);
// The public keys of the station key folder `keyDir` (none when it is empty or absent).
std::vector<std::string> trustedStationKeys(const std::filesystem::path& keyDir);

} // namespace prep::station
