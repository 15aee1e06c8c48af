// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/abort_trigger.h"

#include <zint.h>

#include <memory>
#include <string>

namespace prep::test {

cv::Mat ean13AbortTriggerFrame()
{
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> s(ZBarcode_Create(), &ZBarcode_Delete);
    s->symbology = BARCODE_EANX;
    s->scale = 3;
    s->show_hrt = 1;
    s->output_options |= BARCODE_QUIET_ZONES;
    const std::string digits = "340093000001";
    cv::Mat frame(960, 1280, CV_8UC3, cv::Scalar::all(255));
    if (ZBarcode_Encode_and_Buffer(s.get(), reinterpret_cast<const unsigned char*>(digits.data()), int(digits.size()),
                                   0) >= ZINT_ERROR)
        return {};
    const cv::Mat symbol(s->bitmap_height, s->bitmap_width, CV_8UC3, s->bitmap);
    symbol.copyTo(frame(cv::Rect((1280 - symbol.cols) / 2, (960 - symbol.rows) / 2, symbol.cols, symbol.rows)));
    return frame;
}

} // namespace prep::test
