// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/camera/evidence_photo.h"

#include <opencv2/imgcodecs.hpp>

#include <sodium.h>

namespace prep::devices {

// libsodium's SHA-256 (the same library the db layer hashes with), not a hand-written one.
std::string sha256Hex(const void* data, size_t size)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, static_cast<const unsigned char*>(data), size);
    static const char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * sizeof digest);
    for (unsigned char byte : digest) {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 0xf];
    }
    return hex;
}

Result<EvidencePhoto> makeEvidencePhoto(const cv::Mat& frame, const std::string& source, int quality)
{
    if (frame.empty())
        return makeDeviceError(DeviceError::Kind::Io, "evidence photo from " + source + ": empty frame");
    if (frame.depth() != CV_8U || (frame.channels() != 1 && frame.channels() != 3))
        return makeDeviceError(DeviceError::Kind::Config, "evidence photo: 8-bit grey or BGR frames only");
    if (quality < 1 || quality > 100)
        return makeDeviceError(DeviceError::Kind::Config, "evidence photo: JPEG quality must be 1-100");
    EvidencePhoto photo;
    if (!cv::imencode(".jpg", frame, photo.jpeg, {cv::IMWRITE_JPEG_QUALITY, quality}))
        return makeDeviceError(DeviceError::Kind::Io, "evidence photo: JPEG encoding failed");
    photo.sha256 = sha256Hex(photo.jpeg.data(), photo.jpeg.size());
    photo.width = frame.cols;
    photo.height = frame.rows;
    photo.source = source;
    return photo;
}

} // namespace prep::devices
