// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 (libsodium), as lowercase hex: the audit chain, signature binding and file fingerprints.
#pragma once

#include <string>
#include <string_view>

namespace prep::db {

std::string sha256Hex(std::string_view data);

} // namespace prep::db
