// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/device_settings.h"

#include "prep-station/workflow/file_output.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace prep::station {

using nlohmann::json;

namespace {

// A number as the file stores it when the text is one; otherwise the text itself, so the validation names the field.
json numberOrText(const std::string& text)
{
    if (!text.empty()) {
        char* end = nullptr;
        errno = 0;
        const double v = std::strtod(text.c_str(), &end);
        if (errno == 0 && end && *end == '\0')
            return v;
    }
    return text;
}

void setOptional(json& object, const char* key, const std::string& text)
{
    if (text.empty())
        object.erase(key);
    else
        object[key] = text;
}

std::string formatNumber(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

} // namespace

DeviceSettings deviceSettingsOf(const StationConfig& config)
{
    return DeviceSettings{config.scale.uri,
                          config.scale.map,
                          config.scale.asset,
                          formatNumber(config.scale.referenceWeightG),
                          std::to_string(config.scale.stableTimeoutS),
                          config.cameraUri,
                          config.printer.uri,
                          config.evidenceDir.string(),
                          std::string(languageCode(config.language))};
}

Result<EditedConfig> applyDeviceSettings(std::string_view current, const DeviceSettings& s,
                                         const std::filesystem::path& file)
{
    json j = json::parse(current, nullptr, false);
    if (!j.is_object())
        return makeError(Error::Kind::Invalid, file.string() + ": the current file is not a JSON object");
    for (const char* section : {"scale", "camera", "printer"})
        if (!j[section].is_object())
            j[section] = json::object();
    json& scale = j["scale"];
    scale["uri"] = s.scaleUri;
    setOptional(scale, "map", s.scaleMap);
    setOptional(scale, "asset", s.scaleAsset);
    scale["reference_weight_g"] = numberOrText(s.referenceWeightG);
    if (s.stableTimeoutS.empty())
        scale.erase("stable_timeout_s");
    else
        scale["stable_timeout_s"] = numberOrText(s.stableTimeoutS);
    j["camera"]["uri"] = s.cameraUri;
    j["printer"]["uri"] = s.printerUri;
    j["evidence_dir"] = s.evidenceDir;
    j["language"] = s.language;
    EditedConfig edited{j.dump(2) + "\n", {}};
    auto config =
        StationConfig::parse(edited.text, file.filename().string(), std::filesystem::absolute(file).parent_path());
    if (!config)
        return config.error();
    edited.config = std::move(*config);
    edited.config.file = file;
    return edited;
}

Result<StationConfig> previewDeviceSettings(const std::filesystem::path& file, const DeviceSettings& settings)
{
    if (file.empty())
        return makeError(Error::Kind::Refused,
                         "this station runs without a configuration file (demo): nothing to edit");
    auto current = readWholeFile(file);
    if (!current)
        return current.error();
    auto edited = applyDeviceSettings(*current, settings, file);
    if (!edited)
        return edited.error();
    return std::move(edited->config);
}

Result<StationConfig> saveDeviceSettings(const std::filesystem::path& file, const DeviceSettings& settings)
{
    if (file.empty())
        return makeError(Error::Kind::Refused,
                         "this station runs without a configuration file (demo): nothing to edit");
    auto current = readWholeFile(file);
    if (!current)
        return current.error();
    auto edited = applyDeviceSettings(*current, settings, file);
    if (!edited)
        return edited.error();
    // The previous file first: a failure here leaves station.json untouched.
    std::filesystem::path backup = file;
    backup += ".bak";
    if (auto b = writeFileAtomically(backup, *current); !b)
        return b.error();
    if (auto w = writeFileAtomically(file, edited->text); !w)
        return w.error();
    return std::move(edited->config);
}

} // namespace prep::station
