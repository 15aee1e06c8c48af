// SPDX-License-Identifier: GPL-3.0-or-later
// Label files are written whole or not at all: bytes go to a temporary file in the same folder, are flushed to
// disk, then renamed over the target. A failure leaves the previous file (if any) untouched and no temporary.
#pragma once

#include "labels/error.h"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace prep::labels {

// `failAfterBytes` injects a write failure after that many bytes (tests of the no-half-written-label rule).
Result<Ok> writeFileAtomically(const std::string& path, std::string_view bytes,
                               std::size_t failAfterBytes = std::numeric_limits<std::size_t>::max());

} // namespace prep::labels
