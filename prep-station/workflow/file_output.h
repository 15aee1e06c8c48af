// SPDX-License-Identifier: GPL-3.0-or-later
// Record files (photos, reports, logger copies) are written to a temporary file and renamed into place, so a
// failure part-way leaves the previous state intact and never a half-written file.
#pragma once

#include "prep-station/error.h"

#include <filesystem>
#include <string_view>

namespace prep::station {

Result<Ok> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);
Result<std::string> readWholeFile(const std::filesystem::path& path);

} // namespace prep::station
