// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmaceutical release: a pharmacist who did not prepare the dose reviews the batch record and signs it
// (re-authenticated, "released"), the signature bound to the SHA-256 of the record's content.
#pragma once

#include "prep-station/workflow/station_context.h"

namespace prep::station {

// What the pharmacist reviews before signing; the GUI shows it, the CLI prints it.
struct ReleaseReview
{
    db::PreparationRecord preparation;
    std::vector<db::VialScanRecord> vialScans;
    std::vector<db::WeighingRecord> weighings;
    std::vector<db::PhotoRecord> photos;
    std::vector<db::LabelRecord> labels;
    std::vector<db::DeviationDecisionRecord> deviationDecisions; // the pharmacist's decisions, oldest first
    std::vector<db::DataVersionRecord> dataVersions;             // the clinical data versions that decided it
    std::vector<Message> blockers;                               // empty when release is possible
    std::string contentSha256;
};

class ReleaseDesk
{
public:
    explicit ReleaseDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<ReleaseReview> review(std::int64_t preparationId);
    Result<db::PreparationRecord> release(std::int64_t preparationId, const std::string& pharmacistUsername,
                                          const std::string& password);

private:
    StationContext& m_ctx;
};

} // namespace prep::station
