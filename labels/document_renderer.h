// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-page A4 documents (a preparation's batch record) as PDF: a title, then sections of paragraphs, one table
// each and images. The content is plain text decided by the workflow; this layer only lays it out and paginates.
#pragma once

#include "labels/error.h"

#include <string>
#include <vector>

namespace prep::labels {

struct DocumentTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

struct DocumentImage
{
    std::string caption;
    std::string path; // a PNG or JPEG file; a missing or unreadable one is named in the document, not skipped
};

struct DocumentSection
{
    std::string title;
    std::vector<std::string> paragraphs;
    DocumentTable table; // none when it has no header
    std::vector<DocumentImage> images;
};

struct Document
{
    std::string title;
    std::string subtitle;
    std::vector<DocumentSection> sections;
    std::string footer; // on every page, with the page number
};

// The PDF's bytes.
Result<std::string> renderDocumentPdf(const Document& document);
// Renders and writes `path` atomically (the previous file stays when anything fails).
Result<Ok> writeDocumentPdf(const Document& document, const std::string& path);

} // namespace prep::labels
