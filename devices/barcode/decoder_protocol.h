// SPDX-License-Identifier: GPL-3.0-or-later
// What the station and its barcode decoder process say to each other over their socket: a frame with the reading
// options, then the codes read. Both ends are our own programs of the same build; the parent still checks every
// length, since a decoder that dies mid-answer leaves a truncated one.
#pragma once

#include "devices/barcode/barcode_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prep::devices::decoder {

// Fixed-size head of a request; the frame's rows * cols * elemSize bytes follow.
struct RequestHead
{
    uint32_t magic = 0x50424451; // "PBDQ"
    uint32_t mode = 0;           // ReadMode
    uint32_t allFormats = 0;
    int32_t libdmtxBudgetMs = 0;
    int32_t rows = 0;
    int32_t cols = 0;
    int32_t type = 0; // OpenCV type: CV_8UC1, CV_8UC3 or CV_8UC4
};

// A frame larger than this is refused before any byte is sent (a 4K colour frame is 25 MB).
constexpr size_t kMaxFrameBytes = 64u << 20;

RequestHead headFor(const cv::Mat& frame, const BarcodeReaderOptions& options);
// The frame's size in bytes, or nothing when the head does not describe an 8-bit frame of an accepted size.
std::optional<size_t> frameBytes(const RequestHead& head);
BarcodeReaderOptions optionsOf(const RequestHead& head);

// Answer: a 4-byte length, then the codes.
std::string serialiseCodes(const std::vector<Barcode>& codes);
bool deserialiseCodes(const std::string& bytes, std::vector<Barcode>& codes);

} // namespace prep::devices::decoder
