// SPDX-License-Identifier: GPL-3.0-or-later
// Re-evaluates a dose against its cooler's temperature history: time in each band, time out of range, the
// room-temperature budget consumed, MKT, and the revised status: valid until T, or do not administer with
// the reason. Rules follow reference.md 6.2 (DESIGN NOTE): time above 8 C consumes the room-temperature
// budget the accepted data allow; any reading outside the validated range quarantines the dose pending the
// pharmacist; a refrigerated dose found frozen, or a frozen one found thawed out of sequence, is out of the
// validated sequence. MKT is reported and must stay within the controlled-cold limit, but never excuses an
// excursion on its own (in-use limits are in hours).
#pragma once

#include "prep-station/coldchain/kinetic_temperature.h"
#include "prep-station/coldchain/temperature_log.h"
#include "prep-station/error.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/stability/site_policy.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct ColdChainVerdict
{
    bool administrable;
    std::string status; // "valid" / "do not administer"
    std::string reason;
    UtcTime validUntil; // when administrable: the (possibly revised) expiry; otherwise when it stopped being valid
    double mktC;
    std::chrono::minutes timeAbove8C, timeBelow2C, timeInRange;
    // More detail for the record.
    std::chrono::minutes roomTemperatureBudget{0};
    std::chrono::minutes roomTemperatureUsed{0}; // time above the storage band charged to that budget
    std::chrono::minutes timeFrozen{0};
    std::optional<UtcTime> thawedAt; // frozen sequences: when the logger saw the dose leave the freezer band
    double minC = 0, maxC = 0;
    std::string loggerId;
    // Time spent in each temperature band of the history, coldest first ("2 to 8 °C" -> 300 min); the edges
    // are those of USP <659> (freezer -25..-10, refrigerator 2-8, cold-chain excursions up to 15, room 25).
    std::vector<std::pair<std::string, std::chrono::minutes>> timeByBand;
};

// `decision` must be the one computeExpiry returned: the verdict uses its preparation time (history before it is
// ignored), its phases (frozen sequences) and its room-temperature budget. A decision rebuilt from only the
// expiry and the rule id is judged conservatively: the whole log counts and no time above the band is
// tolerated. `storage` may also be given as one comma-joined element ("frozen,2-8C"), as stored in records.
// Against the station's site-policy.json (bands and cold-chain rules).
Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storage);
Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storage, const SitePolicy& policy);
// Recomputes the decision from the request that produced it (same stability data and policy), then evaluates:
// the simplest call for code that stored the request's fields rather than the whole decision.
Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryRequest& request);

} // namespace prep::station
