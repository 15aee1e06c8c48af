// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/border_repair.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <vector>

namespace prep::devices {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kRenderedModule = 4; // px a module in the redrawn symbol
constexpr int kQuietModules = 2;
// Square ECC 200 sizes from 16x16 (ISO/IEC 16022 table 7).
constexpr std::array<int, 20> kSizes = {16, 18, 20, 22, 24, 26, 32, 36,  40,  44,
                                        48, 52, 64, 72, 80, 88, 96, 104, 120, 132};

// The module grid along one axis: a module edge every `pitch` px, one of them at `phase`.
struct Grid
{
    double pitch = 0;
    double phase = 0;
    double strength = 0; // how regular the edges are (the periodogram's peak), to compare angles
};

// Periodogram of an edge profile: the module pitch is the period at which the edges line up best. Pitches from
// `minPitch` to `maxPitch`, in steps small enough that the phase drifts by under 1/20 of a module across the
// profile. Edges a pitch apart also line up at half and a third of it (less, as edges are blurred): the longest
// period whose peak is at least half the highest is the module.
Grid gridOf(const std::vector<double>& edges, double minPitch, double maxPitch)
{
    const double n = double(edges.size());
    if (n < 16 || minPitch <= 1 || maxPitch <= minPitch)
        return {};
    double mean = 0;
    for (double e : edges)
        mean += e / n;
    auto at = [&](double f) {
        std::complex<double> sum = 0, turn = 1;
        const std::complex<double> step = std::polar(1.0, -2 * kPi * f);
        for (double e : edges) {
            sum += (e - mean) * turn;
            turn *= step;
        }
        Grid g;
        g.strength = std::abs(sum);
        g.pitch = 1 / f;
        // sum ~ exp(-2 pi i f x0): the edges sit at x0 + k * pitch.
        g.phase = std::fmod(-std::arg(sum) / (2 * kPi * f) + 10 * g.pitch, g.pitch);
        return g;
    };
    const double df = 0.05 / n;
    Grid best;
    for (double f = 1 / maxPitch; f <= 1 / minPitch; f += df)
        if (const Grid g = at(f); g.strength > best.strength)
            best = g;
    for (int k : {3, 2}) {
        if (best.pitch * k > maxPitch)
            continue;
        // The sub-multiple, refined around k times the pitch found.
        Grid sub;
        const double f0 = 1 / (best.pitch * k);
        for (double f = f0 - 10 * df; f <= f0 + 10 * df; f += df / 2)
            if (const Grid g = at(f); g.strength > sub.strength)
                sub = g;
        if (sub.strength >= 0.5 * best.strength)
            return sub;
    }
    return best;
}

// The upright view of the region: rotated so its sides are the image's axes, scaled so its side is ~360 px.
struct Upright
{
    cv::Mat image;
    cv::Mat toFrame; // 3x3
    double side = 0; // the region's side in `image` px
};

Upright uprightView(const cv::Mat& grey, const cv::RotatedRect& region, double angleDegrees)
{
    Upright u;
    const double side = std::max(region.size.width, region.size.height);
    const double scale = std::clamp(360.0 / side, 0.5, 4.0);
    const int out = int(side * scale * 1.4);
    cv::Mat rot = cv::getRotationMatrix2D(region.center, angleDegrees, scale);
    rot.at<double>(0, 2) += out / 2.0 - region.center.x;
    rot.at<double>(1, 2) += out / 2.0 - region.center.y;
    cv::warpAffine(grey, u.image, rot, cv::Size(out, out), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::Mat rot3 = cv::Mat::eye(3, 3, CV_64F);
    rot.copyTo(rot3(cv::Rect(0, 0, 3, 2)));
    u.toFrame = rot3.inv();
    u.side = side * scale;
    return u;
}

// Edge strength summed across the region, as a profile along x (`alongX`) or y.
std::vector<double> edgeProfile(const cv::Mat& image, const cv::Rect& box, bool alongX)
{
    cv::Mat gradient;
    cv::Sobel(image(box), gradient, CV_32F, alongX ? 1 : 0, alongX ? 0 : 1);
    gradient = cv::abs(gradient);
    cv::Mat sum;
    cv::reduce(gradient, sum, alongX ? 0 : 1, cv::REDUCE_SUM, CV_64F);
    return std::vector<double>(sum.begin<double>(), sum.end<double>());
}

// The ECC 200 border in its canonical place: solid left column and bottom row, clock tracks along the top
// (dark at even columns) and the right (dark at odd rows counted from the bottom-right).
void drawBorder(cv::Mat& darkModules)
{
    const int n = darkModules.rows;
    for (int i = 0; i < n; ++i) {
        darkModules.at<uchar>(i, 0) = 1;
        darkModules.at<uchar>(n - 1, i) = 1;
        darkModules.at<uchar>(0, i) = i % 2 == 0;
        darkModules.at<uchar>(i, n - 1) = (n - 1 - i) % 2 == 0;
    }
}

// Maps a module position of the matrix turned by cv::rotate(code) back to the position in the sampled matrix.
cv::Mat unturn(int rotateCode, int n)
{
    const double N = n;
    switch (rotateCode) {
    case cv::ROTATE_90_CLOCKWISE:
        return (cv::Mat_<double>(3, 3) << 0, 1, 0, -1, 0, N, 0, 0, 1);
    case cv::ROTATE_180:
        return (cv::Mat_<double>(3, 3) << -1, 0, N, 0, -1, N, 0, 0, 1);
    case cv::ROTATE_90_COUNTERCLOCKWISE:
        return (cv::Mat_<double>(3, 3) << 0, -1, N, 1, 0, 0, 0, 0, 1);
    default:
        return cv::Mat::eye(3, 3, CV_64F);
    }
}

// Samples an n x n grid whose top-left module corner is at (x0, y0), `pitch` px a module: 1 = dark. The
// threshold splits the module values in two (Otsu), so uneven light across a code moves both classes together.
cv::Mat sampleModules(const cv::Mat& image, double x0, double y0, double pitch, int n)
{
    cv::Mat values(n, n, CV_8U);
    const int half = std::max(0, int(pitch / 6));
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const int cx = int(std::lround(x0 + (c + 0.5) * pitch)), cy = int(std::lround(y0 + (r + 0.5) * pitch));
            const cv::Rect cell =
                cv::Rect(cx - half, cy - half, 2 * half + 1, 2 * half + 1) & cv::Rect(0, 0, image.cols, image.rows);
            values.at<uchar>(r, c) = cell.area() > 0 ? cv::saturate_cast<uchar>(cv::mean(image(cell))[0]) : 255;
        }
    cv::Mat dark;
    cv::threshold(values, dark, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return dark;
}

cv::Mat render(const cv::Mat& darkModules)
{
    const int n = darkModules.rows, q = kQuietModules;
    cv::Mat modules(n + 2 * q, n + 2 * q, CV_8U, cv::Scalar(255));
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            modules.at<uchar>(r + q, c + q) = darkModules.at<uchar>(r, c) ? 0 : 255;
    cv::Mat image;
    cv::resize(modules, image, cv::Size(), kRenderedModule, kRenderedModule, cv::INTER_NEAREST);
    return image;
}

} // namespace

bool decodeWithRedrawnBorder(const cv::Mat& grey, const cv::RotatedRect& region,
                             std::chrono::steady_clock::time_point deadline,
                             const std::function<bool(const cv::Mat& symbol, const cv::Mat& toFrame)>& decode)
{
    const double regionSide = std::max(region.size.width, region.size.height);
    if (regionSide < 2.0 * kSizes.front() || grey.empty())
        return false;
    // The region's angle is measured on a bitten outline: try it, then a little either side.
    for (double turn : {0.0, -1.5, 1.5}) {
        const Upright u = uprightView(grey, region, region.angle + turn);
        const double s = u.side;
        const cv::Rect box = cv::Rect(int(u.image.cols / 2.0 - s * 0.55), int(u.image.rows / 2.0 - s * 0.55),
                                      int(s * 1.1), int(s * 1.1)) &
                             cv::Rect(0, 0, u.image.cols, u.image.rows);
        // Pitches between 1/150 and 1/14 of the side: symbols of 16 to 132 modules, with room for a bitten side.
        const Grid gx = gridOf(edgeProfile(u.image, box, true), s / 150, s / 12);
        const Grid gy = gridOf(edgeProfile(u.image, box, false), s / 150, s / 12);
        if (gx.pitch <= 0 || gy.pitch <= 0 || std::abs(gx.pitch - gy.pitch) > 0.1 * gx.pitch)
            continue;
        const double pitch = (gx.pitch + gy.pitch) / 2;
        // Sizes whose side matches the region's, nearest first (the region may be bitten by up to a few modules).
        std::vector<int> sizes;
        for (int n : kSizes)
            if (std::abs(n * pitch - s) <= 0.2 * s)
                sizes.push_back(n);
        std::sort(sizes.begin(), sizes.end(),
                  [&](int a, int b) { return std::abs(a * pitch - s) < std::abs(b * pitch - s); });
        if (sizes.size() > 3)
            sizes.resize(3);
        for (int n : sizes) {
            // The grid line nearest to where the region's left (top) side is, then one module either way.
            const double left = u.image.cols / 2.0 - n * pitch / 2, top = u.image.rows / 2.0 - n * pitch / 2;
            const double x0 = gx.phase + std::round((left - gx.phase) / pitch) * pitch;
            const double y0 = gy.phase + std::round((top - gy.phase) / pitch) * pitch;
            for (int dy : {0, -1, 1})
                for (int dx : {0, -1, 1}) {
                    if (std::chrono::steady_clock::now() > deadline)
                        return false;
                    const double ox = x0 + dx * pitch, oy = y0 + dy * pitch;
                    const cv::Mat sampled = sampleModules(u.image, ox, oy, pitch, n);
                    const cv::Mat cellsToUpright = (cv::Mat_<double>(3, 3) << pitch, 0, ox, 0, pitch, oy, 0, 0, 1);
                    const cv::Mat renderedToCells = (cv::Mat_<double>(3, 3) << 1.0 / kRenderedModule, 0, -kQuietModules,
                                                     0, 1.0 / kRenderedModule, -kQuietModules, 0, 0, 1);
                    for (int code :
                         {-1, int(cv::ROTATE_90_CLOCKWISE), int(cv::ROTATE_180), int(cv::ROTATE_90_COUNTERCLOCKWISE)}) {
                        cv::Mat turned;
                        if (code < 0)
                            turned = sampled.clone();
                        else
                            cv::rotate(sampled, turned, code);
                        drawBorder(turned);
                        const cv::Mat toFrame = u.toFrame * cellsToUpright * unturn(code, n) * renderedToCells;
                        if (decode(render(turned), toFrame))
                            return true;
                    }
                }
        }
    }
    return false;
}

} // namespace prep::devices
