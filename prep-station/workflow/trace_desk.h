// SPDX-License-Identifier: GPL-3.0-or-later
// Recall and history: everything that happened to a preparation, oldest first, and every preparation (and
// patient) that used a vial lot. Signatures are re-checked against the current content.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace prep::station {

class TraceDesk
{
public:
    explicit TraceDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // `idOrNumber` is the preparation number ("P-20261122-0001") or its database id.
    Result<db::PreparationRecord> find(const std::string& idOrNumber);
    // {preparation, status, order, patient, events: [{at, local_time, event, by, detail}], signatures_valid}
    Result<nlohmann::json> preparationHistory(const std::string& idOrNumber);
    // {lot, preparations: [{preparation, status, patient, shipment, shipment_status, gtin}]}
    Result<nlohmann::json> lot(const std::string& lot);
    // The history as a human-readable report file (UTF-8 text), written atomically.
    Result<std::filesystem::path> writeReport(const std::string& idOrNumber, const std::filesystem::path& path);

private:
    StationContext& m_ctx;
};

std::string renderTraceText(const nlohmann::json& history);

} // namespace prep::station
