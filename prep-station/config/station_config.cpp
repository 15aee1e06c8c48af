// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/config/station_config.h"

#include "devices/gs1/gs1.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace prep::station {

namespace {

using json = nlohmann::json;

// Reads one JSON object's fields, naming each problem by its path in the file ("scale.uri").
class Fields
{
public:
    Fields(const json& object, std::string path, const std::string& origin)
        : m_object(object)
        , m_path(std::move(path))
        , m_origin(origin)
    {}

    Error error(const std::string& field, const std::string& why) const
    {
        return makeError(Error::Kind::Invalid, m_origin + ": " + name(field) + ": " + why);
    }
    std::string name(const std::string& field) const { return m_path.empty() ? field : m_path + "." + field; }

    // Unknown keys are refused: a misspelt key would otherwise silently leave a default in force.
    std::optional<Error> onlyKnown(const std::set<std::string>& known) const
    {
        for (const auto& [key, value] : m_object.items())
            if (!known.count(key) && key.rfind("_", 0) != 0) // "_comment" and the like are allowed
                return error(key, "unknown field");
        return std::nullopt;
    }
    Result<std::string> text(const std::string& field, bool required) const
    {
        if (!m_object.contains(field)) {
            if (required)
                return error(field, "missing");
            return std::string();
        }
        const auto& v = m_object.at(field);
        if (!v.is_string())
            return error(field, "must be a string");
        if (required && v.get<std::string>().empty())
            return error(field, "must not be empty");
        return v.get<std::string>();
    }
    Result<double> number(const std::string& field, bool required, double lo, double hi) const
    {
        if (!m_object.contains(field)) {
            if (required)
                return error(field, "missing");
            return 0.0;
        }
        const auto& v = m_object.at(field);
        if (!v.is_number())
            return error(field, "must be a number");
        const double d = v.get<double>();
        if (!(d >= lo && d <= hi))
            return error(field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return d;
    }
    Result<const json*> object(const std::string& field) const
    {
        if (!m_object.contains(field))
            return error(field, "missing");
        if (!m_object.at(field).is_object())
            return error(field, "must be an object");
        return &m_object.at(field);
    }

private:
    const json& m_object;
    std::string m_path;
    const std::string& m_origin;
};

#define PREP_TRY(var, expr)                                                                                            \
    auto var = (expr);                                                                                                 \
    if (!var)                                                                                                          \
        return var.error();

bool allDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

Result<SiteConfig> parseSite(const Fields& parent, const std::string& origin)
{
    PREP_TRY(obj, parent.object("site"));
    Fields f(**obj, "site", origin);
    if (auto e = f.onlyKnown({"name", "gln", "address", "phone", "preparation_gtin"}))
        return *e;
    SiteConfig site;
    PREP_TRY(name, f.text("name", true));
    PREP_TRY(gln, f.text("gln", true));
    PREP_TRY(address, f.text("address", true));
    PREP_TRY(phone, f.text("phone", true));
    PREP_TRY(gtin, f.text("preparation_gtin", false));
    if (gln->size() != 13 || !allDigits(*gln) || !devices::gs1CheckDigitValid(*gln))
        return f.error("gln", "'" + *gln + "' is not a GLN (13 digits with a valid GS1 check digit)");
    if (!gtin->empty() && (gtin->size() != 14 || !allDigits(*gtin) || !devices::gs1CheckDigitValid(*gtin)))
        return f.error("preparation_gtin", "'" + *gtin + "' is not a GTIN-14 with a valid GS1 check digit");
    site.name = *name;
    site.gln = *gln;
    site.address = *address;
    site.phone = *phone;
    site.preparationGtin = *gtin;
    return site;
}

Result<ScaleConfig> parseScale(const Fields& parent, const std::string& origin)
{
    PREP_TRY(obj, parent.object("scale"));
    Fields f(**obj, "scale", origin);
    if (auto e = f.onlyKnown({"uri", "map", "asset", "reference_weight_g", "stable_timeout_s"}))
        return *e;
    ScaleConfig scale;
    PREP_TRY(uri, f.text("uri", true));
    static const char* kSchemes[] = {"modbus-tcp://", "modbus-rtu://", "sics-tcp://", "sics-serial://", "sim://"};
    bool known = false;
    for (const char* s : kSchemes)
        known = known || uri->rfind(s, 0) == 0;
    if (!known)
        return f.error("uri", "'" + *uri +
                                  "' is not a scale URI (modbus-tcp://, modbus-rtu://, sics-tcp://, sics-serial://, "
                                  "sim://)");
    PREP_TRY(map, f.text("map", false));
    PREP_TRY(asset, f.text("asset", false));
    PREP_TRY(reference, f.number("reference_weight_g", true, 0.001, 100000));
    PREP_TRY(timeout, f.number("stable_timeout_s", false, 1, 600));
    scale.uri = *uri;
    scale.map = *map;
    scale.asset = *asset;
    scale.referenceWeightG = *reference;
    if (*timeout > 0)
        scale.stableTimeoutS = static_cast<int>(*timeout);
    return scale;
}

Result<std::string> parseCamera(const Fields& parent, const std::string& origin)
{
    PREP_TRY(obj, parent.object("camera"));
    Fields f(**obj, "camera", origin);
    if (auto e = f.onlyKnown({"uri"}))
        return *e;
    PREP_TRY(uri, f.text("uri", true));
    static const char* kSchemes[] = {"v4l2://", "file://", "dir://",   "folder://", "image://",
                                     "rtsp://", "http://", "https://", "sim://"};
    for (const char* s : kSchemes)
        if (uri->rfind(s, 0) == 0)
            return *uri;
    return f.error("uri", "'" + *uri + "' is not a camera URI (v4l2://, file://, dir://, rtsp://, sim://)");
}

std::filesystem::path resolved(const std::string& path, const std::filesystem::path& baseDir)
{
    std::filesystem::path p(path);
    return p.is_absolute() ? p : baseDir / p;
}

Result<PrinterConfig> parsePrinter(const Fields& parent, const std::string& origin,
                                   const std::filesystem::path& baseDir)
{
    PREP_TRY(obj, parent.object("printer"));
    Fields f(**obj, "printer", origin);
    if (auto e = f.onlyKnown({"uri", "server"}))
        return *e;
    PREP_TRY(uri, f.text("uri", true));
    PREP_TRY(server, f.text("server", false));
    PrinterConfig printer;
    printer.uri = *uri;
    printer.server = *server;
    if (uri->rfind("cups://", 0) == 0) {
        printer.kind = PrinterConfig::Kind::Cups;
        printer.queue = uri->substr(7);
        if (printer.queue.empty() || printer.queue.find_first_of("/ \t#") != std::string::npos)
            return f.error("uri", "'" + *uri + "': expected cups://QUEUE with a CUPS queue name");
    } else if (uri->rfind("dir://", 0) == 0) {
        printer.kind = PrinterConfig::Kind::Folder;
        printer.directory = resolved(uri->substr(6), baseDir).string();
        if (uri->size() == 6)
            return f.error("uri", "'" + *uri + "': expected dir:///path/to/folder");
    } else {
        return f.error("uri", "'" + *uri + "' is not a printer URI (cups://QUEUE or dir:///path)");
    }
    return printer;
}

} // namespace

std::string_view languageCode(Language language)
{
    return language == Language::English ? "en" : "fr";
}

Result<StationConfig> StationConfig::parse(std::string_view text, const std::string& origin,
                                           const std::filesystem::path& baseDir)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return makeError(Error::Kind::Invalid, origin + ": not valid JSON");
    if (!j.is_object())
        return makeError(Error::Kind::Invalid, origin + ": expected a JSON object");
    Fields f(j, "", origin);
    if (auto e = f.onlyKnown({"site", "scale", "camera", "printer", "evidence_dir", "language"}))
        return *e;
    StationConfig config;
    PREP_TRY(site, parseSite(f, origin));
    PREP_TRY(scale, parseScale(f, origin));
    PREP_TRY(camera, parseCamera(f, origin));
    PREP_TRY(printer, parsePrinter(f, origin, baseDir));
    PREP_TRY(evidence, f.text("evidence_dir", true));
    PREP_TRY(language, f.text("language", false));
    if (*language == "en")
        config.language = Language::English;
    else if (language->empty() || *language == "fr")
        config.language = Language::French;
    else
        return f.error("language", "'" + *language + "' is not a language of the station (fr, en)");
    config.site = std::move(*site);
    config.scale = std::move(*scale);
    config.cameraUri = std::move(*camera);
    config.printer = std::move(*printer);
    config.evidenceDir = resolved(*evidence, baseDir);
    return config;
}

Result<StationConfig> StationConfig::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(Error::Kind::NotFound, file.string() + ": cannot read the station configuration");
    std::ostringstream text;
    text << in.rdbuf();
    auto config = parse(text.str(), file.string(), std::filesystem::absolute(file).parent_path());
    if (config)
        config->file = file;
    return config;
}

std::string StationConfig::simulatedTemplate(const std::filesystem::path& dataDir)
{
    json j{{"_comment", "Simulated devices (sim://): weighings and scans recorded from here say so and can never pass "
                        "for real ones. Replace each uri with the site's device before preparing real doses."},
           {"site",
            {{"name", "PUI Centre Hospitalier Démo (fictif)"},
             {"gln", "3012345000017"},
             {"address", "1 rue de l'Exemple, 00000 Ville-Démo"},
             {"phone", "+33 0 00 00 00 00 (24 h/24)"}}},
           {"scale", {{"uri", "sim://"}, {"reference_weight_g", 10.0}}},
           {"camera", {{"uri", "sim://"}}},
           {"printer", {{"uri", "dir://" + (dataDir / "labels").string()}}},
           {"evidence_dir", (dataDir / "evidence").string()},
           {"language", "fr"}};
    return j.dump(2) + "\n";
}

} // namespace prep::station
