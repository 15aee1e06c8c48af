// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical form of what a signature covers: an order, or a preparation's whole batch record (the
// preparation, its vial scans, weighings, photos and labels). A signature stores the SHA-256 of this JSON, so any
// later change to a covered record makes the signature visibly stale.
#pragma once

#include "prep-station/workflow/station_context.h"

#include "prep-station/workflow/status_json.h"

#include <nlohmann/json.hpp>

namespace prep::station {

nlohmann::json toJson(const db::OrderRecord& order);
nlohmann::json toJson(const db::PreparationRecord& prep);
nlohmann::json toJson(const db::WeighingRecord& weighing);
nlohmann::json toJson(const db::VialScanRecord& scan);
nlohmann::json toJson(const db::PhotoRecord& photo);
nlohmann::json toJson(const db::DeviationDecisionRecord& decision);
nlohmann::json toJson(const db::LabelRecord& label);
nlohmann::json toJson(const db::SignatureRecord& signature);
nlohmann::json toJson(const db::ShipmentRecord& shipment);
nlohmann::json toJson(const db::HandoverRecord& handover);

// The preparation's batch record as signed at "prepared" and "released".
Result<nlohmann::json> preparationDossier(StationContext& ctx, std::int64_t preparationId);
// What a pharmacist's decision on a deviation signs: the decision and the filled-syringe weighing it is about.
Result<nlohmann::json> deviationDecisionContent(StationContext& ctx, const db::DeviationDecisionRecord& decision);
// SHA-256 (hex) of the canonical serialisation (sorted keys, no whitespace).
std::string contentHash(const nlohmann::json& content);

std::string isoOrEmpty(const std::optional<UtcTime>& t);

} // namespace prep::station
