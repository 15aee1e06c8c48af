// SPDX-License-Identifier: GPL-3.0-or-later
// A preparation's batch record as a PDF dossier for the auditor or an inspection: the preparation, its order and
// patient, the vial scans, every weighing with its source, the pharmacist's decisions, the clinical data versions
// that decided it, the labels and their read-backs, the signatures (re-checked against the current content), the
// history oldest first and the evidence photos. Written atomically (labels/document_renderer.h lays it out).
#pragma once

#include "labels/document_renderer.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <string>

namespace prep::station {

// The dossier's content, for a preparation given by number or database id.
Result<labels::Document> batchRecordDocument(StationContext& ctx, const std::string& idOrNumber);
// Writes it as a multi-page A4 PDF at `path`; returns the path.
Result<std::filesystem::path> writeBatchRecordPdf(StationContext& ctx, const std::string& idOrNumber,
                                                  const std::filesystem::path& path);

} // namespace prep::station
