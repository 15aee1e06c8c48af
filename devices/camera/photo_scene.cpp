// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/camera/photo_scene.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace prep::devices::photo {

void drawClutter(cv::Mat& scene, std::mt19937& rng, cv::RNG& pixelNoise)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const int w = scene.cols, h = scene.rows;
    // Isolator floor: a brushed-steel gradient.
    for (int y = 0; y < h; ++y) {
        const double g = 150 + 50 * double(y) / h;
        scene.row(y).setTo(cv::Scalar(g + 8, g + 4, g));
    }
    cv::Mat grain(h, w, CV_8UC3);
    pixelNoise.fill(grain, cv::RNG::NORMAL, cv::Scalar::all(8), cv::Scalar::all(6));
    scene += grain;
    auto colour = [&] { return cv::Scalar(40 + 200 * u(rng), 40 + 200 * u(rng), 40 + 200 * u(rng)); };
    // Gloves, trays, syringes and tools: coloured blobs, rounded bars, lines.
    for (int i = 0; i < 6; ++i)
        cv::ellipse(scene, cv::Point(int(u(rng) * w), int(u(rng) * h)),
                    cv::Size(int(60 + 160 * u(rng)), int(40 + 100 * u(rng))), 360 * u(rng), 0, 360,
                    u(rng) < 0.5 ? cv::Scalar(200, 120, 90) : colour(), cv::FILLED, cv::LINE_AA);
    for (int i = 0; i < 8; ++i)
        cv::line(scene, cv::Point(int(u(rng) * w), int(u(rng) * h)), cv::Point(int(u(rng) * w), int(u(rng) * h)),
                 colour(), int(2 + 14 * u(rng)), cv::LINE_AA);
    // Other paperwork: printed text and a grid (a keyboard, a rack) that look like texture to a detector.
    for (int i = 0; i < 6; ++i) {
        const cv::Point org(int(u(rng) * w * 0.8), int(u(rng) * h));
        const cv::Rect sheet(org.x - 10, org.y - 30, int(180 + 200 * u(rng)), 120);
        cv::rectangle(scene, sheet, cv::Scalar(235, 235, 230), cv::FILLED);
        for (int line = 0; line < 4; ++line)
            cv::putText(scene, line % 2 ? "Lot 24A117 EXP 05/2027" : "CYTOTOXIQUE - NE PAS OUVRIR",
                        cv::Point(org.x, org.y - 10 + 25 * line), cv::FONT_HERSHEY_SIMPLEX, 0.5 + 0.2 * u(rng),
                        cv::Scalar(20, 20, 20), 1, cv::LINE_AA);
    }
    const cv::Point grid(int(u(rng) * w * 0.8), int(u(rng) * h * 0.8));
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 12; ++c)
            cv::rectangle(scene, cv::Rect(grid.x + c * 18, grid.y + r * 18, 14, 14), cv::Scalar(30, 30, 30),
                          cv::FILLED);
}

bool blendInPerspective(cv::Mat& scene, const cv::Mat& subject, const cv::Mat& alpha, const cv::Point2f corners[4],
                        double antiAlias)
{
    const float sw = float(subject.cols), sh = float(subject.rows);
    const cv::Point2f src[4] = {{0, 0}, {sw, 0}, {sw, sh}, {0, sh}};
    // Work only inside the subject's bounding box: warping and blending the whole frame in float costs ten
    // times more.
    const cv::Rect frame(0, 0, scene.cols, scene.rows);
    const cv::Rect roi = cv::boundingRect(std::vector<cv::Point2f>(corners, corners + 4)) & frame;
    if (roi.empty())
        return false;
    cv::Point2f dst[4];
    for (int i = 0; i < 4; ++i)
        dst[i] = corners[i] - cv::Point2f(float(roi.x), float(roi.y));
    const cv::Mat h = cv::getPerspectiveTransform(src, dst);
    cv::Mat smooth, smoothAlpha;
    cv::GaussianBlur(subject, smooth, cv::Size(), antiAlias);
    cv::GaussianBlur(alpha, smoothAlpha, cv::Size(), antiAlias);
    cv::Mat warped, mask;
    cv::warpPerspective(smooth, warped, h, roi.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::warpPerspective(smoothAlpha, mask, h, roi.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::Mat sceneF, warpedF, a, a3;
    scene(roi).convertTo(sceneF, CV_32FC3);
    warped.convertTo(warpedF, CV_32FC3);
    mask.convertTo(a, CV_32F, 1.0 / 255);
    cv::merge(std::vector<cv::Mat>{a, a, a}, a3);
    sceneF = sceneF.mul(cv::Scalar::all(1.0) - a3) + warpedF.mul(a3);
    sceneF.convertTo(scene(roi), CV_8UC3);
    return true;
}

void addGlare(cv::Mat& scene, cv::Point2f centre, double sigmaX, double sigmaY, double angleRadians, double strength)
{
    const int reach = int(3 * std::max(sigmaX, sigmaY));
    const cv::Rect frame(0, 0, scene.cols, scene.rows);
    const cv::Rect area = cv::Rect(int(centre.x) - reach, int(centre.y) - reach, 2 * reach, 2 * reach) & frame;
    if (area.empty())
        return;
    cv::Mat glare(area.size(), CV_8U);
    const double c = std::cos(angleRadians), s = std::sin(angleRadians);
    for (int y = 0; y < glare.rows; ++y) {
        uint8_t* row = glare.ptr<uint8_t>(y);
        for (int x = 0; x < glare.cols; ++x) {
            const double dx = x + area.x - centre.x, dy = y + area.y - centre.y;
            const double a = dx * c + dy * s;
            const double b = -dx * s + dy * c;
            row[x] = cv::saturate_cast<uint8_t>(
                strength * 255 * 1.4 * std::exp(-(a * a) / (2 * sigmaX * sigmaX) - (b * b) / (2 * sigmaY * sigmaY)));
        }
    }
    cv::Mat glare3;
    cv::cvtColor(glare, glare3, cv::COLOR_GRAY2BGR);
    cv::add(scene(area), glare3, scene(area)); // saturates, as a specular highlight does
}

void applySensor(cv::Mat& photo, double blurSigma, double noiseSigma, cv::RNG& pixelNoise)
{
    if (blurSigma > 0)
        cv::GaussianBlur(photo, photo, cv::Size(), blurSigma);
    if (noiseSigma > 0) {
        cv::Mat noise(photo.size(), CV_16SC3);
        pixelNoise.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noiseSigma));
        cv::Mat p16;
        photo.convertTo(p16, CV_16SC3);
        p16 += noise;
        p16.convertTo(photo, CV_8UC3);
    }
}

} // namespace prep::devices::photo
