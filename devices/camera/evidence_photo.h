// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence photos: the frame kept at a configured step of a preparation, as JPEG bytes with their SHA-256.
// The workflow stores the bytes and puts the hash in the record and the audit trail, so a photo shown at
// release can be proved to be the one taken.
#pragma once

#include "devices/error.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace prep::devices {

struct EvidencePhoto
{
    std::vector<uint8_t> jpeg;
    std::string sha256; // lowercase hex of the JPEG bytes
    int width = 0;
    int height = 0;
    std::string source; // the camera URI ("sim://" for the simulator)
};

// Encodes `frame` (BGR or grey, 8-bit) as JPEG at `quality` (1-100) and hashes the bytes.
Result<EvidencePhoto> makeEvidencePhoto(const cv::Mat& frame, const std::string& source, int quality = 90);

// SHA-256 (FIPS 180-4) of a byte buffer, lowercase hex.
std::string sha256Hex(const void* data, size_t size);

} // namespace prep::devices
