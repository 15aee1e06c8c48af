// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on public DataMatrix test images made by others (zxing-cpp's samples, SOURCE.md there): nothing
// misread, and every image that plain ZXing-cpp 1.4 reads is read too.
#include "devices/barcode/barcode_reader.h"
#include "devices/gs1/gs1.h"
#include "tests/devices/barcode/plain_decoders.h"
#include "tests/devices/barcode/public_images.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <iostream>

using namespace prep;

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
            const bool right = test::isExpectedRead(image, c.text, c.utf8, c.gs1 ? c.hri : "");
            ours = ours || right;
            // Several symbols in one image (dm-2x2-*): one of them is expected, the others are not misreads.
            if (!right && image.name.find("2x2") == std::string::npos)
                misread += " " + image.name;
        }
        bool theirs = false;
        for (const auto& p : test::plainZxingDataMatrix(image.image))
            theirs = theirs || test::isExpectedRead(image, p.bytes, p.text);
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

// A symbol with an ECI (zxing-cpp's eci.png: text in two character sets) is shown as the text it holds, and its
// bytes stay as the symbol has them.
TEST(PublicImages, EciContentIsShownAsText)
{
    for (const auto& image : test::publicDataMatrixImages()) {
        if (image.name != "datamatrix-1/eci.png")
            continue;
        const auto codes = devices::BarcodeReader().read(image.image);
        ASSERT_EQ(codes.size(), 1u);
        EXPECT_EQ(codes[0].utf8, "\u00b6\u0416"); // ¶Ж
        EXPECT_EQ(devices::shownText(codes[0]), "\u00b6\u0416");
        EXPECT_NE(codes[0].text, codes[0].utf8);
        return;
    }
    FAIL() << "datamatrix-1/eci.png is missing from tests/data/barcode/zxing-cpp";
}
