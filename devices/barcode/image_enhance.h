// SPDX-License-Identifier: GPL-3.0-or-later
// Image conditioning for the barcode reader: what a crop goes through before ZXing sees it again when the plain
// crop gave nothing. Each function takes and returns an 8-bit grey image.
#pragma once

#include <opencv2/core.hpp>

namespace prep::devices {

// Local contrast normalisation against glare and uneven light (see the .cpp); `modulePixels` is the code's
// module size in the image, `minContrast` the smallest local contrast (grey levels) stretched to full range.
cv::Mat normaliseLocalContrast(const cv::Mat& grey, double modulePixels, float minContrast = 6);
// The black-hat of `kernel` px, stretched and equalised: an older, coarser glare flattening.
cv::Mat flattenGlare(const cv::Mat& grey, int kernel);
cv::Mat stretchContrast(const cv::Mat& grey);
cv::Mat equaliseLocally(const cv::Mat& grey); // CLAHE
cv::Mat sharpen(const cv::Mat& grey);
cv::Mat inverted(const cv::Mat& grey);
// Fraction of the pixels at the sensor's white (>= 250): a highlight.
double saturatedFraction(const cv::Mat& grey);

} // namespace prep::devices
