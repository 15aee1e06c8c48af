// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/dmtx_reader.h"

#include <dmtx.h>

#include <algorithm>

namespace prep::devices {

namespace {

// ISO/IEC 16022, 5.2.1: without an ECI, a DataMatrix's bytes are ISO 8859-1.
std::string latin1AsUtf8(const std::string& bytes)
{
    std::string out;
    for (unsigned char c : bytes) {
        if (c < 0x80) {
            out += char(c);
        } else {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

constexpr int kFnc1Codeword = 232;
constexpr int kGroupSeparator = 0x1d;

// libdmtx's handles, released whatever path leaves the function.
struct Handles
{
    DmtxImage* image = nullptr;
    DmtxDecode* decode = nullptr;
    ~Handles()
    {
        if (decode)
            dmtxDecodeDestroy(&decode);
        if (image)
            dmtxImageDestroy(&image);
    }
};

} // namespace

std::vector<DmtxSymbol> readDataMatrixWithLibdmtx(const cv::Mat& grey, std::chrono::steady_clock::time_point deadline,
                                                  int shrink, int maxSymbols)
{
    std::vector<DmtxSymbol> out;
    if (grey.empty() || grey.type() != CV_8UC1 || grey.cols < 16 || grey.rows < 16)
        return out;
    // libdmtx reads rows without padding; it does not write the pixels, but its API takes them non-const.
    cv::Mat pixels = grey.isContinuous() ? grey : grey.clone();
    Handles h;
    h.image = dmtxImageCreate(pixels.data, pixels.cols, pixels.rows, DmtxPack8bppK);
    if (!h.image)
        return out;
    // libdmtx counts y upwards from the last row; DmtxFlipNone tells it the rows are stored top first.
    dmtxImageSetProp(h.image, DmtxPropImageFlip, DmtxFlipNone);
    shrink = std::max(1, shrink);
    h.decode = dmtxDecodeCreate(h.image, shrink);
    if (!h.decode)
        return out;
    dmtxDecodeSetProp(h.decode, DmtxPropFnc1, kGroupSeparator);
    while (int(out.size()) < maxSymbols) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        DmtxTime timeout = dmtxTimeAdd(dmtxTimeNow(), long(left.count()));
        DmtxRegion* region = dmtxRegionFindNext(h.decode, &timeout);
        if (!region)
            break;
        DmtxMessage* message = dmtxDecodeMatrixRegion(h.decode, region, DmtxUndefined);
        if (message) {
            DmtxSymbol s;
            s.text.assign(reinterpret_cast<const char*>(message->output), size_t(message->outputIdx));
            s.utf8 = latin1AsUtf8(s.text);
            s.gs1 = message->codeSize > 0 && message->code[0] == kFnc1Codeword;
            s.errorCodewords = dmtxGetSymbolAttribute(DmtxSymAttribSymbolErrorWords, region->sizeIdx);
            // The symbol's unit square (y up, (0,0) the corner of the L) mapped to the shrunk image, then to rows
            // counted from the top of `grey`.
            for (auto [x, y] : {std::pair{0.0, 1.0}, {1.0, 1.0}, {1.0, 0.0}, {0.0, 0.0}}) {
                DmtxVector2 p{x, y};
                dmtxMatrix3VMultiplyBy(&p, region->fit2raw);
                s.corners.emplace_back(float(p.X * shrink), float(pixels.rows - 1 - p.Y * shrink));
            }
            out.push_back(std::move(s));
            dmtxMessageDestroy(&message);
        }
        dmtxRegionDestroy(&region);
    }
    return out;
}

} // namespace prep::devices
