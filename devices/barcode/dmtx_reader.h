// SPDX-License-Identifier: GPL-3.0-or-later
// libdmtx, a second DataMatrix decoder independent of ZXing-cpp: its own edge-following detector and grid fit
// read some codes ZXing's detector misses (large modules at an angle, noise, curvature). It is slow on a whole
// frame, so the reader consults it only on a still frame where ZXing gave nothing, under a deadline.
#pragma once

#include <opencv2/core.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace prep::devices {

struct DmtxSymbol
{
    std::string text;                 // decoded bytes; FNC1 as GS (0x1D), a leading one included
    std::string utf8;                 // the same as text: ISO 8859-1, a DataMatrix's character set without ECI
    bool gs1 = false;                 // the first codeword is FNC1: GS1 DataMatrix (symbology identifier ]d2)
    std::vector<cv::Point2f> corners; // in `grey`'s pixels, clockwise from the symbol's top-left
    int errorCodewords = 0;           // Reed-Solomon check codewords of the symbol's size: how hard it is to fake
};

// Up to `maxSymbols` DataMatrix symbols in `grey` (8-bit, one channel), searching until `deadline`. `shrink`
// (1, 2, ...) searches a subsampled image: much faster, enough when modules are large.
std::vector<DmtxSymbol> readDataMatrixWithLibdmtx(const cv::Mat& grey, std::chrono::steady_clock::time_point deadline,
                                                  int shrink = 1, int maxSymbols = 2);

} // namespace prep::devices
