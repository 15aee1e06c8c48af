// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: one-shot SHA-256. Uses the CPU's SHA extensions (x86 SHA-NI) when present, libsodium otherwise;
// verifying a long audit chain is mostly hashing, and SHA-NI is several times faster than portable code.
#pragma once

#include <cstddef>

namespace prep::db {

void sha256(const void* data, std::size_t size, unsigned char digest[32]);
// Whether the SHA-NI path is in use (reported by the benchmarks).
bool sha256Accelerated();

} // namespace prep::db
