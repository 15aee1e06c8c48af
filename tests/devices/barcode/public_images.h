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
    std::string name;            // "datamatrix-2/01.webp"
    std::string expected;        // the content, as the .txt or .bin next to the image holds it
    bool expectedIsText = false; // .txt: the content as text (converted by ECI); .bin: the symbol's bytes
    cv::Mat image;               // BGR
};

// Every image with its expected content.
std::vector<PublicImage> publicDataMatrixImages();
// Whether a read of `image` is its expected content: as text for a .txt, as bytes for a .bin, a GS1 read as its
// HRI too; a leading FNC1 (GS) is not content.
bool isExpectedRead(const PublicImage& image, const std::string& bytes, const std::string& text,
                    const std::string& hri = {});

} // namespace prep::test
