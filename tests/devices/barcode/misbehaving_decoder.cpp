// SPDX-License-Identifier: GPL-3.0-or-later
// A decoder process for the containment tests: the station's protocol (serveDecodeRequests) around a decoder
// that misbehaves as argv[1] says — "abort", "hang", "abort-on-small" (frames under 100 px wide), or
// "zxing-pyramid": ZXing 1.4 asked for linear codes with its image pyramid, the call that aborted the station
// on the EAN-13 frame of abort_trigger.h (zxing-cpp issue #740).
#include "devices/barcode/contained_barcode_reader.h"

#include <ZXing/ReadBarcode.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

using namespace prep::devices;

namespace {

std::vector<Barcode> zxingPyramid(const cv::Mat& frame)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::LinearCodes);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    std::vector<Barcode> codes;
    for (const auto& res :
         ZXing::ReadBarcodes(ZXing::ImageView(frame.data, frame.cols, frame.rows, ZXing::ImageFormat::Lum), hints)) {
        Barcode b;
        b.text = std::string(res.bytes().begin(), res.bytes().end());
        codes.push_back(b);
    }
    return codes;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string how = argc > 1 ? argv[1] : "";
    return serveDecodeRequests(0, [&](const cv::Mat& frame, const BarcodeReaderOptions& options) {
        if (how == "abort" || (how == "abort-on-small" && frame.cols < 100))
            std::abort();
        if (how == "hang")
            std::this_thread::sleep_for(std::chrono::seconds(60));
        if (how == "zxing-pyramid")
            return zxingPyramid(frame);
        return BarcodeReader(options).read(frame);
    });
}
