// SPDX-License-Identifier: GPL-3.0-or-later
// The chain of custody as a GS1 EPCIS 2.0 JSON-LD document: the preparation made from its vial lots
// (TransformationEvent, commissioning), packed into the cooler (AggregationEvent, packing), shipped, received at the
// patient's home with the logger's readings as sensor data, and administered (dispensing). Identifiers are GS1
// Digital Link URIs (prep-station/identity/gs1_keys.h); no patient identity leaves in the document.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace prep::station {

// What the document covers: one preparation, everything a shipment carried, or every preparation made from a vial
// lot.
struct EpcisScope
{
    enum class Kind { Preparation, Shipment, Lot };
    Kind kind = Kind::Preparation;
    std::string key; // the preparation's number (or id), the shipment's number, the vial lot
};

class EpcisExport
{
public:
    explicit EpcisExport(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // The EPCIS document, events oldest first; a role that may not read the trace is refused. Each event's id is
    // a name-based UUID of what it records, so exporting again (or through another scope) gives the same events.
    Result<nlohmann::ordered_json> document(const db::Actor& who, const EpcisScope& scope);
    // The same, written atomically to `path` (JSON-LD, UTF-8). Returns how many events it holds.
    Result<std::size_t> write(const db::Actor& who, const EpcisScope& scope, const std::filesystem::path& path);

private:
    StationContext& m_ctx;
};

} // namespace prep::station
