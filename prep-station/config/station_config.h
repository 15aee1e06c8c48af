// SPDX-License-Identifier: GPL-3.0-or-later
// A real station's configuration (station.json, in the data directory or given with --config): who the site is,
// which scale, camera and printer it uses, where evidence goes and in which language it speaks. Validated as a
// whole when loaded; an error names the field ("station.json: scale.reference_weight_g: must be a number > 0").
// Simulated devices are used only where the configuration says sim://.
#pragma once

#include "prep-station/error.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace prep::station {

struct SiteConfig
{
    std::string name, gln, address, phone;
    std::string preparationGtin; // (01) on preparation labels; empty: the data file site.json gives it
};

struct ScaleConfig
{
    std::string uri;             // as `prepctl scale read --device` takes it
    std::string map;             // a register map: a JSON file, or the name of a reviewed data file; empty: default
    std::string asset;           // the site's asset number, recorded when the instrument reports no serial number
    double referenceWeightG = 0; // nominal mass of the daily check's reference weight
    int stableTimeoutS = 15;
};

struct PrinterConfig
{
    enum class Kind { Cups, Folder };
    Kind kind = Kind::Folder;
    std::string uri;       // "cups://QUEUE" or "dir:///path"
    std::string queue;     // CUPS queue
    std::string server;    // CUPS server ("host:port" or socket); empty: the CUPS default
    std::string directory; // folder for PDFs
};

enum class Language { French, English };

struct StationConfig
{
    std::filesystem::path file; // where it was read from
    SiteConfig site;
    ScaleConfig scale;
    std::string cameraUri;
    PrinterConfig printer;
    std::filesystem::path evidenceDir;
    Language language = Language::French;

    bool simulatedScale() const { return scale.uri.rfind("sim://", 0) == 0; }
    bool simulatedCamera() const { return cameraUri.rfind("sim://", 0) == 0; }

    // Parses and validates; relative paths are taken from `baseDir` (the file's folder).
    static Result<StationConfig> parse(std::string_view json, const std::string& origin,
                                       const std::filesystem::path& baseDir);
    static Result<StationConfig> load(const std::filesystem::path& file);
    // A configuration on simulated devices, for a first start or the demo bench: sim:// scale and camera, labels as
    // PDFs in `dataDir`/labels, evidence in `dataDir`/evidence, the fictitious demo site.
    static std::string simulatedTemplate(const std::filesystem::path& dataDir);
};

std::string_view languageCode(Language language);

} // namespace prep::station
