// SPDX-License-Identifier: GPL-3.0-or-later
// Public DataMatrix test images that others made (tests/data/barcode/zxing-cpp/SOURCE.md), with the content each
// is expected to yield: golden data the reader was not tuned on.
#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace prep::test {

struct PublicImage
{
    std::string name;     // "datamatrix-2/01.webp"
    std::string expected; // the content, as the .txt or .bin next to the image holds it
    cv::Mat image;        // BGR
};

// Every image but the ECI ones: their expected text is converted from the symbol's character set, and the reader
// reports a symbol's bytes unconverted (a pharmacy's GS1 codes carry no ECI).
std::vector<PublicImage> publicDataMatrixImages();

} // namespace prep::test
