// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/image_enhance.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace prep::devices {

cv::Mat stretchContrast(const cv::Mat& grey)
{
    cv::Mat out;
    cv::normalize(grey, out, 0, 255, cv::NORM_MINMAX);
    return out;
}

cv::Mat equaliseLocally(const cv::Mat& grey)
{
    static thread_local cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(3.0, cv::Size(4, 4));
    cv::Mat out;
    clahe->apply(grey, out);
    return out;
}

cv::Mat sharpen(const cv::Mat& grey)
{
    cv::Mat blurred, out;
    cv::GaussianBlur(grey, blurred, cv::Size(), 2.0);
    cv::addWeighted(grey, 2.0, blurred, -1.0, 0, out);
    return out;
}

// Removes a smooth additive light (glare, a reflection on the vial's glass): the black-hat keeps how much darker
// each pixel is than its light surroundings, so dark modules inside a highlight stand out again.
cv::Mat flattenGlare(const cv::Mat& grey, int kernel)
{
    cv::Mat blackHat;
    kernel |= 1;
    cv::morphologyEx(grey, blackHat, cv::MORPH_BLACKHAT,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kernel, kernel)));
    cv::Mat stretched;
    cv::normalize(blackHat, stretched, 0, 255, cv::NORM_MINMAX);
    return equaliseLocally(255 - stretched);
}

cv::Mat inverted(const cv::Mat& grey)
{
    return 255 - grey;
}

// Local contrast normalisation against glare and uneven light. A specular highlight adds light: inside it the
// white paper saturates and the dark modules are lifted to near white, yet they stay a few grey levels darker
// than their surroundings until the sensor saturates them too. The black-hat (closing minus image) keeps how
// much darker each pixel is than its local white; dividing by the strongest such contrast nearby (a window of
// ~2 modules) brings the modules in the highlight back to full contrast. Where no contrast is left at all (the
// code's modules are saturated too) the image stays white: that part is lost, and the Reed-Solomon correction
// has to make up for it.
cv::Mat normaliseLocalContrast(const cv::Mat& grey, double modulePixels, float minContrast)
{
    const int closeSize = std::max(5, int(4 * modulePixels)) | 1;
    const int envSize = std::max(5, int(2 * modulePixels)) | 1;
    cv::Mat closed, blackHat, envelope;
    cv::morphologyEx(grey, closed, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {closeSize, closeSize}));
    cv::subtract(closed, grey, blackHat);
    cv::dilate(blackHat, envelope, cv::getStructuringElement(cv::MORPH_RECT, {envSize, envSize}));
    cv::Mat f, e;
    blackHat.convertTo(f, CV_32F);
    envelope.convertTo(e, CV_32F);
    cv::GaussianBlur(e, e, cv::Size(), envSize / 3.0);
    e = cv::max(e, minContrast);
    cv::divide(f, e, f, 255.0);
    cv::Mat out;
    f.convertTo(out, CV_8U, -1.0, 255.0);
    return out;
}

double saturatedFraction(const cv::Mat& grey)
{
    return double(cv::countNonZero(grey >= 250)) / double(std::max(1, grey.cols * grey.rows));
}

} // namespace prep::devices
