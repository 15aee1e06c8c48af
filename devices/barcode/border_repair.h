// SPDX-License-Identifier: GPL-3.0-or-later
// A DataMatrix whose border is partly hidden — a gloved finger over a corner, a highlight along an edge — defeats
// both detectors: ZXing and libdmtx find a symbol by its solid L and its two clock tracks. That border is the
// same in every symbol of a size, so it can be redrawn. In a candidate region, the module grid is measured (pitch
// and phase from the module edges), the modules are sampled, the border of the size is drawn over them in each
// of the four orientations, and the clean symbol goes to ZXing. Reed-Solomon then corrects the data modules under
// the occlusion, or refuses the symbol: a wrong guess of size, place or orientation gives codewords that no
// check can pass. Square symbols of 16x16 modules or more only (12 check codewords or more, as for libdmtx).
#pragma once

#include <opencv2/core.hpp>

#include <chrono>
#include <functional>

namespace prep::devices {

// Offers `decode` each redrawn symbol (an 8-bit grey image, 4 px a module, a 2-module quiet zone) with the
// homography from its pixels to the frame's, most likely first, until `decode` returns true (then true) or
// `deadline` passes.
bool decodeWithRedrawnBorder(const cv::Mat& grey, const cv::RotatedRect& region,
                             std::chrono::steady_clock::time_point deadline,
                             const std::function<bool(const cv::Mat& symbol, const cv::Mat& toFrame)>& decode);

} // namespace prep::devices
