// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/hash.h"

#include "db/sha256.h"

namespace prep::db {

std::string sha256Hex(std::string_view data)
{
    unsigned char digest[32];
    sha256(data.data(), data.size(), digest);
    static const char kHex[] = "0123456789abcdef";
    std::string hex(2 * sizeof digest, '0');
    for (size_t i = 0; i < sizeof digest; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return hex;
}

} // namespace prep::db
