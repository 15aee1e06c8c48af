// SPDX-License-Identifier: GPL-3.0-or-later
// Where the codes may be in a camera frame: regions of dense module texture (matrix codes) and of parallel bars
// (linear codes), found with OpenCV before ZXing is asked to decode the region alone. ZXing 1.4 on a whole
// cluttered 1280x960 frame misses most codes it reads at once from such a region.
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace prep::devices {

struct CodeCandidate
{
    cv::RotatedRect rect;          // the region in frame pixels
    std::vector<cv::Point2f> quad; // its outline as four corners, clockwise from top-left (perspective); may be empty
    bool linear = false;           // parallel bars (a linear code) rather than a matrix code's texture
    double score = 0;              // higher first, within each kind
};

// Up to `maxMatrix` matrix candidates, best first, then up to `maxLinear` linear ones. With `flattenLight`, the
// frame is first normalised for local contrast, so a code cut in pieces by a highlight closes into one blob.
// Frames larger than 1600 px are searched scaled down; the regions are in the frame's own pixels.
std::vector<CodeCandidate> locateCodes(const cv::Mat& grey, int maxMatrix, int maxLinear, bool flattenLight = false);

} // namespace prep::devices
