// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on public DataMatrix test images made by others (zxing-cpp's samples, SOURCE.md there): nothing
// misread, and every image that plain ZXing-cpp 1.4 reads is read too.
#include "devices/barcode/barcode_reader.h"
#include "devices/gs1/gs1.h"
#include "tests/devices/barcode/public_images.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <iostream>

using namespace prep;

namespace {

// ZXing-cpp 1.4 as its own reader runs it, DataMatrix only: the baseline the issue names.
std::vector<std::string> plainZxing(const cv::Mat& bgr)
{
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    std::vector<std::string> out;
    for (const auto& r : ZXing::ReadBarcodes(
             ZXing::ImageView(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum, int(grey.step[0]), 1), hints))
        if (r.isValid()) {
            std::string text(r.bytes().begin(), r.bytes().end());
            while (!text.empty() && text.front() == devices::kGs1Separator)
                text.erase(text.begin());
            out.push_back(text);
        }
    return out;
}

} // namespace

TEST(PublicImages, NothingMisreadAndEverythingPlainZxingReads)
{
    const auto images = test::publicDataMatrixImages();
    ASSERT_GE(images.size(), 90u) << "tests/data/barcode/zxing-cpp is incomplete";
    devices::BarcodeReaderOptions options;
    options.allFormats = true; // as prepctl decode reads
    // The libdmtx budget only adds reads; what is asserted below does not depend on it, so a slow machine
    // (the sanitizer build) gives the same verdict.
    options.libdmtxBudgetMs = 300;
    const devices::BarcodeReader reader(options);
    int read = 0, zxingRead = 0;
    std::string misread, lostVsZxing;
    for (const auto& image : images) {
        bool ours = false;
        for (const auto& c : reader.read(image.image)) {
            const bool right = c.text == image.expected || (c.gs1 && c.hri == image.expected);
            ours = ours || right;
            // Several symbols in one image (dm-2x2-*): one of them is expected, the others are not misreads.
            if (!right && image.name.find("2x2") == std::string::npos)
                misread += " " + image.name;
        }
        const auto plain = plainZxing(image.image);
        const bool theirs = std::find(plain.begin(), plain.end(), image.expected) != plain.end();
        read += ours;
        zxingRead += theirs;
        if (theirs && !ours)
            lostVsZxing += " " + image.name;
    }
    std::cout << "public DataMatrix images: reader " << read << ", plain ZXing-cpp " << zxingRead << " of "
              << images.size() << '\n';
    EXPECT_EQ(misread, "");
    EXPECT_EQ(lostVsZxing, "");
}
