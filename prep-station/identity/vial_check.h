// SPDX-License-Identifier: GPL-3.0-or-later
// The vial check at preparation: the scan of the vial's GS1 DataMatrix must name the expected drug, an unexpired
// lot not blocked by a recall; GTIN, lot, expiry, serial and the raw scan are kept for the record.
#pragma once

#include "prep-station/error.h"
#include "prep-station/identity/product_catalogue.h"
#include "prep-station/identity/recall_list.h"

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct VialIdentity
{
    std::string gtin, lot, serial;
    std::string rawScan; // exactly as received (camera bytes or scanner keystrokes), for the audit trail
    std::string hri;     // "(01)...(17)...(10)...(21)..."
    std::chrono::year_month_day expiry{};
    const Product* product = nullptr; // points into the catalogue passed to checkVial
    // The scanner had dropped the GS separators and the reading was reconstructed (exactly one reading had
    // the FMD elements and a catalogue GTIN); shown to the technician and kept in the record.
    bool separatorsReconstructed = false;
    // The serial was already used in another preparation (a vial may legitimately serve two doses; the
    // workflow decides, the pharmacist sees the flag at release).
    bool serialSeenElsewhere = false;
    std::vector<std::string> warnings;
};

// True when this GTIN + serial was recorded in another preparation (the workflow asks its database).
using SerialSeenElsewhere = std::function<bool(std::string_view gtin, std::string_view serial)>;

// Refuses (Error::Kind::Refused, naming why) a scan that is not a GS1 pack code, an unknown GTIN, the wrong
// drug, an expired lot (expiry before `today`; a GS1 expiry day is usable through that day), a recalled lot,
// or a pack code without lot, expiry or serial (EU FMD unique identifier).
Result<VialIdentity> checkVial(const ProductCatalogue& catalogue, const RecallList& recalls, std::string_view rawScan,
                               std::string_view expectedDrug, std::chrono::year_month_day today,
                               const SerialSeenElsewhere& seenElsewhere = {});

} // namespace prep::station
