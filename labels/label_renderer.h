// SPDX-License-Identifier: GPL-3.0-or-later
// Label content + locked template -> vector PDF, PNG at printer resolution, or ZPL II for Zebra printers.
// Every output is checked before a byte is written: a missing mandatory mention, a text that cannot fit without
// clipping, or a barcode that would not scan is refused with an error naming it; files are written whole or not
// at all.
#pragma once

#include "labels/error.h"
#include "labels/gui_application.h"
#include "labels/label_content.h"
#include "labels/label_template.h"

#include <string>

namespace prep::labels {

inline constexpr int kZebraDpi = 203; // 8 dots/mm, the common Zebra print head

Result<Ok> renderLabelPdf(const LabelContent& content, const LabelTemplate& tmpl, const std::string& path);
// dpi: the printer's resolution (203 or 300 for label printers; 100..1200 accepted).
Result<Ok> renderLabelPng(const LabelContent& content, const LabelTemplate& tmpl, int dpi, const std::string& path);
// ZPL II for a `dpi` print head (203 or 300), DataMatrix as ^BX ECC 200 with FNC1.
Result<std::string> renderLabelZpl(const LabelContent& content, const LabelTemplate& tmpl, int dpi = kZebraDpi);
// By the extension of `path`: .pdf, .png (300 dpi) or .zpl; returns the format written ("pdf", "png", "zpl").
Result<std::string> renderLabel(const LabelContent& content, const LabelTemplate& tmpl, const std::string& path);

// In-memory variants (benchmarks, read-back before release, printing without a file).
Result<std::string> renderLabelPdfBytes(const LabelContent& content, const LabelTemplate& tmpl);
Result<std::string> renderLabelPngBytes(const LabelContent& content, const LabelTemplate& tmpl, int dpi);

// Checks that the content is complete and fits the template, without rendering.
Result<Ok> checkLabel(const LabelContent& content, const LabelTemplate& tmpl);

} // namespace prep::labels
