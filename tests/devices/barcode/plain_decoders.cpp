// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/plain_decoders.h"

#include "devices/barcode/dmtx_reader.h"

#include <opencv2/imgproc.hpp>
#include <ZXing/ReadBarcode.h>

#include <chrono>

namespace prep::test {

namespace {

cv::Mat greyOf(const cv::Mat& image)
{
    if (image.channels() == 1)
        return image.isContinuous() ? image : image.clone();
    cv::Mat grey;
    cv::cvtColor(image, grey, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return grey;
}

} // namespace

std::vector<PlainRead> plainZxingDataMatrix(const cv::Mat& bgr)
{
    const cv::Mat grey = greyOf(bgr);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    std::vector<PlainRead> out;
    for (const auto& r :
         ZXing::ReadBarcodes(ZXing::ImageView(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum), hints))
        if (r.isValid())
            out.push_back({std::string(r.bytes().begin(), r.bytes().end()), r.text()});
    return out;
}

std::vector<PlainRead> plainLibdmtx(const cv::Mat& bgr, int limitSeconds)
{
    std::vector<PlainRead> out;
    for (auto& s : devices::readDataMatrixWithLibdmtx(
             greyOf(bgr), std::chrono::steady_clock::now() + std::chrono::seconds(limitSeconds), 1, 1)) {
        out.push_back({s.text, s.utf8});
    }
    return out;
}

} // namespace prep::test
