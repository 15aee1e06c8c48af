// SPDX-License-Identifier: GPL-3.0-or-later
// A held-out image set for the barcode reader, made on purpose unlike the vial corpus (vial_photo.cpp): codes
// rendered by zint at other sizes and through zint's own bitmap output (with human-readable text under linear
// codes), scans on a plain page, codes filling the frame, white-on-black DataMatrix, EAN-13, GS1-128 and QR,
// several codes on one pack face, and cards photographed at an angle on other backgrounds (wood, cloth, a dark
// bench) with uneven light, defocus, sensor noise and JPEG compression. The reader was not tuned on it.
#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace prep::test {

struct ExpectedCode
{
    std::string format; // as devices::Barcode::format: "DataMatrix", "QRCode", "EAN-13", "GS1-128"
    std::string text;   // GS1 content as HRI, anything else as encoded
};

struct HeldOutImage
{
    std::string name; // "<kind>-<n>", e.g. "scan-dm-3px-1"
    cv::Mat image;    // BGR
    std::vector<ExpectedCode> codes;
};

// Kinds, each with a few images: scan (plain page), fill (code filling the frame), inverted, photo (a card on a
// bench, any format), angle (strong perspective), multi (a pack face with DataMatrix, GS1-128 and EAN-13),
// small (DataMatrix of 2-3 px modules in a 1280x960 photo). Same call, same images.
std::vector<HeldOutImage> heldOutImages();

} // namespace prep::test
