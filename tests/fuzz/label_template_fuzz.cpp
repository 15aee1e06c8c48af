// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for label templates (parseLabelTemplate: the JSON text of a layout, checked against the label and the
// font before any content is seen). Templates are embedded at build time, but a template file is written by hand
// and arrives with each release, so its parser must refuse any text with an error instead of crashing or hanging.
// Properties: an error names what was wrong; an accepted layout has an id, a version >= 1, every element inside
// the label, no two non-frame elements overlapping, a printable module and a frame line of some width, and the SHA-256
// of the bytes; parsing is deterministic. Seeds: the shipped templates (labels/templates/) and small layouts of each
// element kind.
#include "labels/label_template.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

using prep::labels::LabelTemplate;
using prep::labels::TemplateElement;

constexpr double kToleranceMm = 1e-6;

bool inside(const LabelTemplate& t, const TemplateElement& e)
{
    return e.widthMm > 0 && e.heightMm > 0 && e.xMm >= -kToleranceMm && e.yMm >= -kToleranceMm &&
           e.xMm + e.widthMm <= t.widthMm + kToleranceMm && e.yMm + e.heightMm <= t.heightMm + kToleranceMm;
}

bool overlap(const TemplateElement& a, const TemplateElement& b)
{
    const double dx = std::min(a.xMm + a.widthMm, b.xMm + b.widthMm) - std::max(a.xMm, b.xMm);
    const double dy = std::min(a.yMm + a.heightMm, b.yMm + b.heightMm) - std::max(a.yMm, b.yMm);
    return dx > 1e-3 && dy > 1e-3;
}

void checkAccepted(const LabelTemplate& t)
{
    if (t.id.empty() || t.version < 1 || !(t.widthMm > 0) || !(t.heightMm > 0) || t.sha256.size() != 64)
        std::abort();
    for (size_t a = 0; a < t.elements.size(); ++a) {
        const TemplateElement& e = t.elements[a];
        if (!inside(t, e))
            std::abort();
        // A symbol's module is at least one dot of a 203-dpi head; a frame's line has a width.
        const bool symbol = e.kind == TemplateElement::Kind::DataMatrix || e.kind == TemplateElement::Kind::Gs1_128;
        if ((symbol && !(e.minModuleMm >= 0.125)) || (e.kind == TemplateElement::Kind::Frame && !(e.lineMm > 0)))
            std::abort();
        for (size_t b = a + 1; b < t.elements.size(); ++b) {
            const bool frame = t.elements[a].kind == TemplateElement::Kind::Frame ||
                               t.elements[b].kind == TemplateElement::Kind::Frame;
            if (!frame && overlap(t.elements[a], t.elements[b]))
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto t = prep::labels::parseLabelTemplate(text);
    if (!t) {
        if (t.error().message.empty())
            std::abort();
        return 0;
    }
    checkAccepted(*t);
    auto again = prep::labels::parseLabelTemplate(text);
    if (!again || again->sha256 != t->sha256 || again->elements.size() != t->elements.size())
        std::abort();
    return 0;
}
