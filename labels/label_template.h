// SPDX-License-Identifier: GPL-3.0-or-later
// Locked, versioned label layouts. Templates are data embedded at build time (labels/templates/); the station
// cannot edit them. templates/manifest.json lists every shipped version with the SHA-256 of its file, so a layout
// changed without a new version is refused at load, and the hash printed in the record identifies the layout used.
#pragma once

#include "labels/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::labels {

struct TemplateElement
{
    enum class Kind { Text, DataMatrix, Gs1_128, Frame };
    enum class Align { Left, Center, Right };

    Kind kind = Kind::Text;
    double xMm = 0, yMm = 0, widthMm = 0, heightMm = 0;

    // Text: either a LabelContent field ("patientName") or a fixed literal ("Ne pas avaler").
    std::string field;
    std::string literal;
    std::string prefix;   // caption printed before the field's value: "Né(e) le "
    std::string when;     // only printed when this flag is set: "protectFromLight", "duplicate"
    double fontPt = 8;    // preferred size; long texts shrink to fit ...
    double minFontPt = 8; // ... but never below this: then the label is refused
    bool bold = false;
    int maxLines = 1;
    Align align = Align::Left;
    bool optional = false;  // an empty field is refused unless optional
    bool keepWhole = false; // the value never breaks across lines (a phone number, a date and time)

    // DataMatrix, GS1-128: smallest module (X dimension) that still scans (mm). A GS1-128 is drawn over the
    // whole height of its box with a quiet zone of 10 modules each side inside the box.
    double minModuleMm = 0.38;
    // Frame: stroke width.
    double lineMm = 0.3;
};

struct LabelTemplate
{
    std::string id; // "transport-100x60"
    int version = 0;
    double widthMm = 0, heightMm = 0;
    std::string title;
    std::string fontFamily; // one known font, so that the fit computed here is what is printed
    std::vector<TemplateElement> elements;
    std::string sha256; // of the template file's bytes, lower-case hex
};

// The latest version of template `id` ("transport-100x60", "syringe-70x40"), from the embedded files.
Result<LabelTemplate> loadLabelTemplate(std::string_view id);
// A given version, e.g. to reprint a label exactly as first printed.
Result<LabelTemplate> loadLabelTemplate(std::string_view id, int version);
// Ids of the shipped templates (latest versions).
std::vector<std::string> labelTemplateIds();

// Parses and checks a template document (the embedded ones go through this too). Refuses, naming the element,
// a layout that would clip: an element outside the label, overlapping boxes, a box too small for one line of
// its minimum font, a literal that does not fit.
Result<LabelTemplate> parseLabelTemplate(std::string_view json);

} // namespace prep::labels
