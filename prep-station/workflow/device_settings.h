// SPDX-License-Identifier: GPL-3.0-or-later
// The devices part of station.json as the admin's form edits it: every field as typed, so the configuration's own
// validation (StationConfig::parse) judges it and names the field ("station.json: scale.uri: ..."). The rest of the
// file (the site, comments) is kept as it is. A save writes the whole file atomically and keeps the previous one as
// station.json.bak.
#pragma once

#include "prep-station/config/station_config.h"
#include "prep-station/error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace prep::station {

struct DeviceSettings
{
    std::string scaleUri, scaleMap, scaleAsset;
    std::string referenceWeightG; // as typed: "10" or "10.0"
    std::string stableTimeoutS;   // as typed; empty: the default
    std::string cameraUri;
    std::string printerUri;
    std::string evidenceDir;
    std::string language; // "fr" or "en"
};

// The form's fields for a loaded configuration.
DeviceSettings deviceSettingsOf(const StationConfig& config);

struct EditedConfig
{
    std::string text; // the new station.json
    StationConfig config;
};

// `current` is station.json's text; the result is validated as a whole (nothing is written).
Result<EditedConfig> applyDeviceSettings(std::string_view current, const DeviceSettings& settings,
                                         const std::filesystem::path& file);
// Reads `file`, applies and validates the settings, keeps the previous file as `file`.bak, writes the new one
// atomically. On any error the file is left as it was.
Result<StationConfig> saveDeviceSettings(const std::filesystem::path& file, const DeviceSettings& settings);
// The configuration the form describes, validated against `file`'s current content, without writing it (the form's
// "Test" buttons probe what is typed).
Result<StationConfig> previewDeviceSettings(const std::filesystem::path& file, const DeviceSettings& settings);

} // namespace prep::station
