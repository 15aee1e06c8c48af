// SPDX-License-Identifier: GPL-3.0-or-later
// The frame that made Debian's ZXing 1.4 abort (zxing-cpp issue #740): an EAN-13 (3400930000014, zint, 3 px
// modules, its quiet zones) in the middle of a white 1280x960 colour frame. One picture for the test that the
// reader no longer trips on it and the test that a decoder which does trip is contained.
#pragma once

#include <opencv2/core.hpp>

namespace prep::test {

cv::Mat ean13AbortTriggerFrame();

} // namespace prep::test
