// SPDX-License-Identifier: GPL-3.0-or-later
// The baselines the issue names, run as their own tools run them: plain ZXing-cpp 1.4 (ZXingReader: try harder,
// rotate, downscale; DataMatrix only) and plain libdmtx (dmtxread: the whole frame, no shrink). One definition
// for the tests and the benchmark.
#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace prep::test {

// One symbol as a decoder reports it: its bytes, and its content as text (ZXing converts by ECI / character set;
// libdmtx gives bytes, read as ISO 8859-1).
struct PlainRead
{
    std::string bytes;
    std::string text;
};

std::vector<PlainRead> plainZxingDataMatrix(const cv::Mat& bgr);
// `limitSeconds`: dmtxread has no limit; a benchmark needs one.
std::vector<PlainRead> plainLibdmtx(const cv::Mat& bgr, int limitSeconds = 20);

} // namespace prep::test
