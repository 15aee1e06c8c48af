// SPDX-License-Identifier: GPL-3.0-or-later
// Fitting a text into a template box: word-wrap, then shrink from the preferred size down to the minimum, else
// refuse. Lengths are in label units of 1/100 mm, so the same fit holds for the PDF, every PNG resolution and ZPL.
#pragma once

#include "labels/error.h"
#include "labels/label_template.h"

#include <QFont>
#include <QString>

#include <vector>

namespace prep::labels::detail {

inline constexpr double kUnitsPerMm = 100.0;
inline double mmToUnits(double mm)
{
    return mm * kUnitsPerMm;
}
inline double ptToUnits(double pt)
{
    return pt * 25.4 / 72.0 * kUnitsPerMm;
}

// Joins words that must stay on one line ("04 00 00 00 00", "24/11/2026 20:30"); printed as a plain space.
inline constexpr char16_t kUnbreakableSpace = u'\ue000';

struct FittedText
{
    QFont font;
    double fontPt = 0;
    std::vector<QString> lines;
    double ascent = 0; // units
    double lineSpacing = 0;
};

// The label font at `pt`, unhinted so that its metrics scale linearly to any device.
QFont labelFont(const QString& family, double pt, bool bold);

// `what` names the text in the error ("patientName").
Result<FittedText> fitText(const QString& text, const TemplateElement& box, const QString& family,
                           const std::string& what);

} // namespace prep::labels::detail
