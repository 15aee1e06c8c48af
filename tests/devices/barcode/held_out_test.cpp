// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on the held-out image set (held_out_images.h): made unlike the vial corpus and never used to tune
// the reader. Every code in an image must be read with the content a scanner gives, and nothing else reported.
#include "devices/barcode/barcode_reader.h"
#include "tests/devices/barcode/held_out_images.h"

#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <utility>
#include <vector>

using namespace prep::devices;

namespace {

std::string shown(const Barcode& code)
{
    return code.gs1 ? code.hri : code.text;
}

std::string kindOf(const std::string& name)
{
    return name.substr(0, name.find('-'));
}

} // namespace

// prepctl decode reads any format; the station's camera path reads the pharmacy's formats. Every code in the
// set is one a pharmacy meets, so both must read all of them. (One test: making the set takes seconds.)
TEST(HeldOut, EveryCodeReadNothingElse)
{
    BarcodeReaderOptions anyFormat;
    anyFormat.allFormats = true;
    const std::vector<std::pair<std::string, BarcodeReader>> readers = {{"any format", BarcodeReader(anyFormat)},
                                                                        {"pharmacy formats", BarcodeReader()}};
    // Kinds at the edge of what a camera reads, and how many of their images may go unread: a reflection of a
    // ceiling tube crossing every bar of a GS1-128 leaves no scan line whole (linear codes have no error
    // correction).
    const std::map<std::string, int> allowedMisses = {{"streak", 1}};
    const auto images = prep::test::heldOutImages();
    EXPECT_GE(images.size(), 40u);
    for (const auto& [readerName, reader] : readers) {
        std::map<std::string, int> misses;
        for (const auto& image : images) {
            const auto codes = reader.read(image.image);
            for (const auto& code : codes) {
                bool expected = false;
                for (const auto& e : image.codes)
                    expected = expected || (code.format == e.format && shown(code) == e.text);
                EXPECT_TRUE(expected) << readerName << ", " << image.name << ": misread " << code.format << " "
                                      << shown(code);
            }
            bool complete = true;
            for (const auto& e : image.codes) {
                bool read = false;
                for (const auto& code : codes)
                    read = read || (code.format == e.format && shown(code) == e.text);
                complete = complete && read;
                if (!read)
                    std::cout << "[ info ] " << readerName << ", " << image.name << ": not read " << e.format << " "
                              << e.text << "\n";
            }
            if (!complete)
                ++misses[kindOf(image.name)];
            // prepctl decode prints the first code: on a pack with several, the GS1 DataMatrix.
            if (kindOf(image.name) == "multi" && !codes.empty()) {
                EXPECT_EQ(codes.front().format, "DataMatrix") << readerName << ", " << image.name;
            }
        }
        for (const auto& [kind, n] : misses) {
            const auto allowed = allowedMisses.find(kind);
            EXPECT_LE(n, allowed == allowedMisses.end() ? 0 : allowed->second)
                << readerName << ", " << kind << ": " << n << " image(s) not read";
        }
    }
}
