// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/code_locator.h"

#include "devices/barcode/image_enhance.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace prep::devices {

namespace {

// Four corners of a blob's outline, clockwise from top-left, or nothing when it is no quadrilateral.
std::vector<cv::Point2f> quadOf(const std::vector<cv::Point>& contour)
{
    std::vector<cv::Point> hull;
    cv::convexHull(contour, hull);
    const double perimeter = cv::arcLength(hull, true);
    std::vector<cv::Point> poly;
    for (double eps = 0.02; eps <= 0.1 && poly.size() != 4; eps += 0.01)
        cv::approxPolyDP(hull, poly, eps * perimeter, true);
    if (poly.size() != 4 || !cv::isContourConvex(poly))
        return {};
    std::vector<cv::Point2f> quad(poly.begin(), poly.end());
    // Clockwise from the corner nearest the top-left.
    cv::Point2f centre(0, 0);
    for (const auto& p : quad)
        centre += p * 0.25f;
    std::sort(quad.begin(), quad.end(), [&](const cv::Point2f& a, const cv::Point2f& b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    const auto first = std::min_element(
        quad.begin(), quad.end(), [](const cv::Point2f& a, const cv::Point2f& b) { return a.x + a.y < b.x + b.y; });
    std::rotate(quad.begin(), first, quad.end());
    return quad;
}

// How strongly the gradients inside `rect` share one direction, and whether that direction runs along the
// rectangle's long side (bars across it): 0 for text or noise, near 1 for the bars of a linear code.
double barCoherence(const cv::Mat& grey, const cv::RotatedRect& rect)
{
    const cv::Rect box = rect.boundingRect() & cv::Rect(0, 0, grey.cols, grey.rows);
    if (box.width < 8 || box.height < 8)
        return 0;
    cv::Mat gx, gy;
    cv::Sobel(grey(box), gx, CV_32F, 1, 0);
    cv::Sobel(grey(box), gy, CV_32F, 0, 1);
    const double xx = gx.dot(gx), yy = gy.dot(gy), xy = gx.dot(gy);
    const double trace = xx + yy;
    if (trace <= 0)
        return 0;
    const double coherence = std::sqrt((xx - yy) * (xx - yy) + 4 * xy * xy) / trace;
    // Dominant gradient direction vs. the long axis of the blob.
    const double gradientAngle = 0.5 * std::atan2(2 * xy, xx - yy);
    double axis = rect.angle * CV_PI / 180;
    if (rect.size.width < rect.size.height)
        axis += CV_PI / 2;
    const double alignment = std::abs(std::cos(gradientAngle - axis));
    return coherence * alignment;
}

// Blobs of module texture in `grey` (the frame scaled by `scale`), added to `squares` and `linears` in the
// frame's own pixels unless a candidate is already known there.
void findBlobs(const cv::Mat& grey, double scale, bool withLinear, std::vector<CodeCandidate>& squares,
               std::vector<CodeCandidate>& linears)
{
    auto known = [](const std::vector<CodeCandidate>& list, const cv::RotatedRect& rect) {
        for (const auto& s : list)
            if (cv::norm(s.rect.center - rect.center) < std::min(rect.size.width, rect.size.height) / 3)
                return true;
        return false;
    };
    // Dense texture of dark/light modules: strong morphological gradient everywhere inside a code, closed into
    // one blob; text lines and edges give elongated or sparse blobs that the shape tests drop.
    cv::Mat gradient;
    cv::morphologyEx(grey, gradient, cv::MORPH_GRADIENT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat edges;
    cv::threshold(gradient, edges, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);

    const double frameArea = double(grey.cols) * grey.rows;
    // Two closing sizes: the large one joins the modules of a well-resolved code; the small one keeps a code of
    // 2-3 px modules apart from the label text printed a few pixels away.
    for (const int closing : {9, 5}) {
        cv::Mat mask;
        cv::morphologyEx(edges, mask, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(closing, closing)));
        cv::morphologyEx(mask, mask, cv::MORPH_OPEN,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(closing - 2, closing - 2)));
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        for (const auto& contour : contours) {
            const double area = cv::contourArea(contour);
            // Smallest code: 10x10 modules of 2 px; largest: most of the frame.
            if (area < 300 || area > frameArea * 0.8)
                continue;
            const cv::RotatedRect found = cv::minAreaRect(contour);
            const cv::RotatedRect rect(cv::Point2f(float(found.center.x / scale), float(found.center.y / scale)),
                                       cv::Size2f(float(found.size.width / scale), float(found.size.height / scale)),
                                       found.angle);
            const double w = found.size.width, h = found.size.height;
            if (w < 14 || h < 14)
                continue;
            const double aspect = std::max(w, h) / std::min(w, h);
            const double fill = area / (w * h);
            if (fill < 0.45)
                continue;
            if (aspect <= 3.0 && !known(squares, rect)) {
                CodeCandidate c;
                c.rect = rect;
                c.quad = quadOf(contour);
                for (auto& p : c.quad)
                    p = cv::Point2f(float(p.x / scale), float(p.y / scale));
                // Square, solid blobs first. Blobs under 40 px (a word of label text, closed into a block) rank
                // lower: a pack's GS1 DataMatrix has at least 18x18 modules, 40 px at the 2 px a read needs.
                c.score = fill / aspect * std::sqrt(std::min(1.0, std::min(w, h) / 40.0)) + 1e-6 * area;
                squares.push_back(std::move(c));
            }
            // A linear code closes into a bar-filled rectangle, from square-ish (EAN-13) to long (GS1-128).
            if (withLinear && aspect >= 1.2 && aspect <= 12.0 && std::min(w, h) >= 20 && !known(linears, rect)) {
                const double coherence = barCoherence(grey, found);
                if (coherence < 0.6)
                    continue;
                CodeCandidate c;
                c.rect = rect;
                c.linear = true;
                c.score = coherence + 1e-6 * area;
                linears.push_back(std::move(c));
            }
        }
    }
}

} // namespace

std::vector<CodeCandidate> locateCodes(const cv::Mat& greyIn, int maxMatrix, int maxLinear, bool flattenLight)
{
    cv::Mat grey = greyIn;
    // The kernels below are tuned for a 1280x960 camera frame; larger photos are searched at that scale and the
    // regions scaled back.
    const double shrink = std::min(1.0, 1600.0 / std::max(grey.cols, grey.rows));
    if (shrink < 1.0)
        cv::resize(greyIn, grey, cv::Size(), shrink, shrink, cv::INTER_AREA);
    // Modules of 2-7 px at this scale; a high contrast floor keeps flat, noisy areas flat.
    if (flattenLight)
        grey = normaliseLocalContrast(grey, 4.0, 25);
    std::vector<CodeCandidate> squares, linears;
    findBlobs(grey, 1.0, maxLinear > 0, squares, linears);
    // Modules over ~10 px (a code filling a quarter of the frame) leave holes no closing above fills: the same
    // search on the frame at a third of its size sees them as 3-4 px modules.
    if (grey.cols >= 480 && grey.rows >= 360) {
        cv::Mat third;
        cv::resize(grey, third, cv::Size(), 1.0 / 3, 1.0 / 3, cv::INTER_AREA);
        findBlobs(third, 1.0 / 3, maxLinear > 0, squares, linears);
    }
    auto best = [](std::vector<CodeCandidate>& list, int n) {
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
        if (int(list.size()) > n)
            list.resize(size_t(std::max(0, n)));
    };
    best(squares, maxMatrix);
    best(linears, maxLinear);
    squares.insert(squares.end(), linears.begin(), linears.end());
    for (auto& c : squares) {
        c.rect = cv::RotatedRect(c.rect.center / shrink,
                                 cv::Size2f(c.rect.size.width / float(shrink), c.rect.size.height / float(shrink)),
                                 c.rect.angle);
        for (auto& p : c.quad)
            p /= shrink;
    }
    return squares;
}

} // namespace prep::devices
