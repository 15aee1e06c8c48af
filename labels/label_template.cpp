// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/label_template.h"

#include "labels/embedded.h"
#include "labels/gui_application.h"
#include "labels/label_fields.h"
#include "labels/text_fit.h"

#include <QCryptographicHash>
#include <QFontDatabase>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace prep::labels {

namespace {

using nlohmann::json;

constexpr double kEpsilonMm = 1e-6;
constexpr double kLegibleMinPt = 4.5; // below this a printed mention is not "legible" (CSP R.5121-146-2)
constexpr int kSmallestDataMatrixModules = 10;
constexpr int kShortestGs1_128Modules = 156; // start, FNC1, 10 digit pairs, check, stop: the SSCC (00)
constexpr double kMinGs1_128HeightMm = 10;
// One dot of the coarsest print head the station drives (203 dpi, which Zebra heads make 8 dots/mm): a smaller
// module cannot be printed, so a template asking for less would let through a symbol drawn below one dot.
constexpr double kSmallestPrintableModuleMm = 1.0 / 8;
// Text shrinks from its preferred size in 0.25 pt steps: an unbounded preferred size (1000 pt) made one template
// take seconds to check. No label text needs more than an inch.
constexpr double kLargestPt = 72;
// A label roll is a few centimetres wide; a metre is surely a typing error (and keeps sizes printable as integers).
constexpr double kLargestLabelMm = 1000;
constexpr std::string_view kManifest = "manifest.json";

LabelError templateError(const std::string& message)
{
    return makeLabelError(LabelError::Kind::Template, message);
}

std::string sha256Hex(std::string_view bytes)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string describe(const TemplateElement& e, size_t index)
{
    std::string name = "element " + std::to_string(index);
    if (!e.field.empty())
        name += " (" + e.field + ")";
    else if (!e.literal.empty())
        name += " (\"" + e.literal + "\")";
    else if (e.kind == TemplateElement::Kind::DataMatrix)
        name += " (datamatrix)";
    else if (e.kind == TemplateElement::Kind::Gs1_128)
        name += " (gs1-128)";
    return name;
}

// nlohmann's get<int>() converts 1e10 with undefined behaviour and 4294967297 by wrapping (to 1): a version or a
// line count must be a whole JSON number that an int holds.
Result<int> wholeNumber(const json& j, const char* key, std::optional<int> fallback, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() && fallback)
        return *fallback;
    if (it == j.end())
        return templateError(where + ": \"" + key + "\" is required");
    bool fits = false;
    if (it->is_number_unsigned())
        fits = it->get<std::uint64_t>() <= std::uint64_t(INT_MAX);
    else if (it->is_number_integer())
        fits = it->get<std::int64_t>() >= INT_MIN && it->get<std::int64_t>() <= INT_MAX;
    if (!fits)
        return templateError(where + ": \"" + key + "\" must be a whole number");
    return it->get<int>();
}

Result<TemplateElement> parseElement(const json& j, size_t index)
{
    TemplateElement e;
    const std::string kind = j.value("kind", "");
    if (kind == "text")
        e.kind = TemplateElement::Kind::Text;
    else if (kind == "datamatrix")
        e.kind = TemplateElement::Kind::DataMatrix;
    else if (kind == "gs1-128")
        e.kind = TemplateElement::Kind::Gs1_128;
    else if (kind == "frame")
        e.kind = TemplateElement::Kind::Frame;
    else
        return templateError("element " + std::to_string(index) + ": unknown kind \"" + kind + "\"");
    e.xMm = j.at("x").get<double>();
    e.yMm = j.at("y").get<double>();
    e.widthMm = j.at("w").get<double>();
    e.heightMm = j.at("h").get<double>();
    e.field = j.value("field", "");
    e.literal = j.value("literal", "");
    e.prefix = j.value("prefix", "");
    e.when = j.value("when", "");
    e.fontPt = j.value("pt", 8.0);
    e.minFontPt = j.value("min_pt", e.fontPt);
    e.bold = j.value("bold", false);
    const auto lines = wholeNumber(j, "lines", 1, "element " + std::to_string(index));
    if (!lines)
        return lines.error();
    e.maxLines = *lines;
    e.optional = j.value("optional", false);
    e.keepWhole = j.value("keep_whole", false);
    e.minModuleMm = j.value("min_module_mm", e.minModuleMm);
    e.lineMm = j.value("line_mm", e.lineMm);
    const std::string align = j.value("align", "left");
    if (align == "left")
        e.align = TemplateElement::Align::Left;
    else if (align == "center")
        e.align = TemplateElement::Align::Center;
    else if (align == "right")
        e.align = TemplateElement::Align::Right;
    else
        return templateError(describe(e, index) + ": unknown alignment \"" + align + "\"");
    return e;
}

// Checks one element against the label and the font; the layout must hold before any content is seen.
Result<Ok> checkElement(const LabelTemplate& t, const TemplateElement& e, size_t index, const QString& family)
{
    const std::string name = describe(e, index);
    if (e.widthMm <= 0 || e.heightMm <= 0)
        return templateError(name + ": empty box");
    if (e.xMm < -kEpsilonMm || e.yMm < -kEpsilonMm || e.xMm + e.widthMm > t.widthMm + kEpsilonMm ||
        e.yMm + e.heightMm > t.heightMm + kEpsilonMm)
        return templateError(name + ": box extends beyond the " + std::to_string(int(t.widthMm)) + " x " +
                             std::to_string(int(t.heightMm)) + " mm label and would be clipped");
    if (!detail::knownCondition(e.when))
        return templateError(name + ": unknown condition \"" + e.when + "\"");
    const bool symbol = e.kind == TemplateElement::Kind::DataMatrix || e.kind == TemplateElement::Kind::Gs1_128;
    if (symbol && !(e.minModuleMm >= kSmallestPrintableModuleMm)) // written "!(>=)" to refuse a NaN as well
        return templateError(name + ": min_module_mm must be at least 0.125 mm, one dot of a 203-dpi printer");
    switch (e.kind) {
    case TemplateElement::Kind::Frame:
        if (!(e.lineMm > 0) || e.lineMm > std::min(e.widthMm, e.heightMm))
            return templateError(name + ": line_mm must be more than 0 and no wider than the box");
        return Ok{};
    case TemplateElement::Kind::DataMatrix:
        if (std::abs(e.widthMm - e.heightMm) > kEpsilonMm)
            return templateError(name + ": a DataMatrix area must be square");
        if (e.widthMm < (kSmallestDataMatrixModules + 2) * e.minModuleMm)
            return templateError(name + ": area too small for even the smallest DataMatrix");
        return Ok{};
    case TemplateElement::Kind::Gs1_128:
        // The shortest GS1-128 (an SSCC: 156 modules) and the height GS1 asks of a logistic label's bars, scaled.
        if (e.widthMm < (kShortestGs1_128Modules + 20) * e.minModuleMm)
            return templateError(name + ": area too narrow for an SSCC at the minimum module size");
        if (e.heightMm < kMinGs1_128HeightMm)
            return templateError(name + ": bars lower than 10 mm do not scan reliably");
        return Ok{};
    case TemplateElement::Kind::Text:
        break;
    }
    if (e.field.empty() == e.literal.empty())
        return templateError(name + ": a text element needs either a field or a literal");
    if (!e.field.empty() && !detail::findContentField(e.field))
        return templateError(name + ": unknown field \"" + e.field + "\"");
    if (e.minFontPt < kLegibleMinPt || e.minFontPt > e.fontPt)
        return templateError(name + ": minimum font size must be between 4.5 pt and the preferred size");
    if (e.fontPt > kLargestPt)
        return templateError(name + ": preferred font size above 72 pt");
    if (e.maxLines < 1)
        return templateError(name + ": needs at least one line");
    // A literal must fit as written; a field's box must at least hold one line at its minimum size.
    const std::string sample = e.literal.empty() ? e.prefix + "Ég" : e.prefix + e.literal;
    auto fit = detail::fitText(QString::fromStdString(sample), e, family, name);
    if (!fit)
        return templateError("template would clip: " + fit.error().message);
    return Ok{};
}

bool overlaps(const TemplateElement& a, const TemplateElement& b)
{
    const double dx = std::min(a.xMm + a.widthMm, b.xMm + b.widthMm) - std::max(a.xMm, b.xMm);
    const double dy = std::min(a.yMm + a.heightMm, b.yMm + b.heightMm) - std::max(a.yMm, b.yMm);
    return dx > 1e-3 && dy > 1e-3;
}

struct ManifestEntry
{
    std::string id;
    int version = 0;
    std::string file;
    std::string sha256;
};

Result<std::vector<ManifestEntry>> manifest()
{
    const std::string_view bytes = embeddedFile(kManifest);
    if (bytes.empty())
        return templateError("labels/templates/manifest.json is not embedded");
    std::vector<ManifestEntry> entries;
    try {
        const json doc = json::parse(bytes); // named: a range-for over .at() of a temporary would dangle
        for (const auto& j : doc.at("templates"))
            entries.push_back({j.at("id").get<std::string>(), j.at("version").get<int>(),
                               j.at("file").get<std::string>(), j.at("sha256").get<std::string>()});
    } catch (const json::exception& e) {
        return templateError(std::string("manifest.json: ") + e.what());
    }
    return entries;
}

Result<LabelTemplate> loadEntry(const ManifestEntry& entry)
{
    const std::string_view bytes = embeddedFile(entry.file);
    if (bytes.empty())
        return templateError("template file " + entry.file + " is listed in manifest.json but not embedded");
    const std::string hash = sha256Hex(bytes);
    if (hash != entry.sha256)
        return templateError("template " + entry.file + " differs from its locked version " +
                             std::to_string(entry.version) + " (sha256 " + hash + ", manifest " + entry.sha256 +
                             "): a layout change must be a new version");
    auto t = parseLabelTemplate(bytes);
    if (!t)
        return t;
    if (t->id != entry.id || t->version != entry.version)
        return templateError("template " + entry.file + " declares " + t->id + " v" + std::to_string(t->version) +
                             ", manifest says " + entry.id + " v" + std::to_string(entry.version));
    return t;
}

} // namespace

Result<LabelTemplate> parseLabelTemplate(std::string_view bytes)
{
    ensureGuiApplication();
    if (!guiApplicationReady())
        return templateError("checking a label template needs a QGuiApplication (fonts); "
                             "a plain QCoreApplication is running");
    LabelTemplate t;
    std::vector<json> elements;
    try {
        const json j = json::parse(bytes);
        t.id = j.at("id").get<std::string>();
        auto version = wholeNumber(j, "version", std::nullopt, "label template");
        if (!version)
            return version.error();
        t.version = *version;
        t.title = j.value("title", "");
        t.widthMm = j.at("width_mm").get<double>();
        t.heightMm = j.at("height_mm").get<double>();
        t.fontFamily = j.at("font_family").get<std::string>();
        elements = j.at("elements").get<std::vector<json>>();
    } catch (const json::exception& e) {
        return templateError(std::string("label template: ") + e.what());
    }
    if (t.id.empty() || t.version < 1 || t.widthMm <= 0 || t.heightMm <= 0)
        return templateError("label template: id, version >= 1 and a size are required");
    if (t.widthMm > kLargestLabelMm || t.heightMm > kLargestLabelMm)
        return templateError("label template: a label larger than 1000 mm");
    const QString family = QString::fromStdString(t.fontFamily);
    if (!QFontDatabase::hasFamily(family))
        return templateError("font \"" + t.fontFamily + "\" of template " + t.id +
                             " is not installed (Debian: fonts-dejavu-core)");
    for (size_t i = 0; i < elements.size(); ++i) {
        Result<TemplateElement> e = templateError("");
        try {
            e = parseElement(elements[i], i);
        } catch (const json::exception& ex) {
            return templateError("element " + std::to_string(i) + ": " + ex.what());
        }
        if (!e)
            return e.error();
        if (auto ok = checkElement(t, *e, i, family); !ok)
            return ok.error();
        t.elements.push_back(*e);
    }
    for (size_t a = 0; a < t.elements.size(); ++a) {
        for (size_t b = a + 1; b < t.elements.size(); ++b) {
            const auto& ea = t.elements[a];
            const auto& eb = t.elements[b];
            if (ea.kind == TemplateElement::Kind::Frame || eb.kind == TemplateElement::Kind::Frame)
                continue;
            if (overlaps(ea, eb))
                return templateError("template would clip: " + describe(ea, a) + " overlaps " + describe(eb, b));
        }
    }
    t.sha256 = sha256Hex(bytes);
    return t;
}

Result<LabelTemplate> loadLabelTemplate(std::string_view id, int version)
{
    auto entries = manifest();
    if (!entries)
        return entries.error();
    for (const auto& e : *entries)
        if (e.id == id && e.version == version)
            return loadEntry(e);
    return templateError("no label template \"" + std::string(id) + "\" version " + std::to_string(version));
}

Result<LabelTemplate> loadLabelTemplate(std::string_view id)
{
    auto entries = manifest();
    if (!entries)
        return entries.error();
    const ManifestEntry* latest = nullptr;
    for (const auto& e : *entries)
        if (e.id == id && (!latest || e.version > latest->version))
            latest = &e;
    if (!latest)
        return templateError("no label template \"" + std::string(id) + "\"");
    return loadEntry(*latest);
}

std::vector<std::string> labelTemplateIds()
{
    std::vector<std::string> ids;
    if (auto entries = manifest())
        for (const auto& e : *entries)
            if (std::find(ids.begin(), ids.end(), e.id) == ids.end())
                ids.push_back(e.id);
    return ids;
}

} // namespace prep::labels
