// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/camera/label_photo.h"

#include "devices/camera/photo_scene.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace prep::devices {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

Result<cv::Mat> photographLabel(const cv::Mat& printedLabel, const LabelPhotoOptions& o)
{
    if (printedLabel.empty() || (printedLabel.type() != CV_8UC1 && printedLabel.type() != CV_8UC3))
        return makeDeviceError(DeviceError::Kind::Config, "label photo: the printed label is not an 8-bit image");
    if (o.width < 64 || o.height < 64 || o.labelWidthFraction <= 0 || o.labelWidthFraction > 1.5)
        return makeDeviceError(DeviceError::Kind::Config, "label photo: bad size");
    cv::Mat bgr;
    if (printedLabel.channels() == 1)
        cv::cvtColor(printedLabel, bgr, cv::COLOR_GRAY2BGR);
    else
        bgr = printedLabel;
    // Paper is not perfectly white nor ink perfectly black (a new matrix: the caller's page stays as it was).
    cv::Mat label;
    bgr.convertTo(label, CV_8UC3, 0.94, 6);

    std::mt19937 rng(o.seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    cv::Mat scene(o.height, o.width, CV_8UC3);
    cv::RNG pixelNoise(o.seed);
    if (o.clutter)
        photo::drawClutter(scene, rng, pixelNoise);
    else
        scene.setTo(cv::Scalar(170, 165, 160));

    // Camera model: the label plane turned by `tilt` about its vertical axis and `pitch` about its horizontal one,
    // pinhole projection, then rotated in the image and centred at (centreX, centreY).
    const double lw = label.cols, lh = label.rows;
    const double scale = o.labelWidthFraction * o.width / lw; // photo pixels per label pixel, face on
    const double tilt = o.tiltDegrees * kPi / 180, pitch = o.pitchDegrees * kPi / 180;
    const double rot = o.rotationDegrees * kPi / 180;
    const double focal = 1.6 * o.width;
    auto place = [&](double x, double y) {
        // (x, y) in label pixels relative to the label centre.
        const double xs = x * scale, ys = y * scale;
        const double x1 = xs * std::cos(tilt), z1 = xs * std::sin(tilt);
        const double y2 = ys * std::cos(pitch), z2 = z1 + ys * std::sin(pitch);
        const double px = focal * x1 / (focal + z2), py = focal * y2 / (focal + z2);
        return cv::Point2f(float(px * std::cos(rot) - py * std::sin(rot) + o.centreX * o.width),
                           float(px * std::sin(rot) + py * std::cos(rot) + o.centreY * o.height));
    };
    // A shadow under the label (it lies on the bench or the bag), then the label itself.
    std::vector<cv::Point> shadow;
    for (auto [x, y] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}}) {
        const cv::Point2f p = place(x * lw * 1.02, y * lh * 1.03);
        shadow.emplace_back(int(p.x + 4), int(p.y + 5));
    }
    cv::fillConvexPoly(scene, shadow, cv::Scalar(90, 90, 95), cv::LINE_AA);
    const cv::Point2f corners[4] = {place(-lw / 2, -lh / 2), place(lw / 2, -lh / 2), place(lw / 2, lh / 2),
                                    place(-lw / 2, lh / 2)};
    // Anti-alias as a lens would: about half a photo pixel, expressed in label pixels.
    const double antiAlias = std::max(0.5, 0.5 / scale);
    if (!photo::blendInPerspective(scene, label, cv::Mat(label.size(), CV_8U, cv::Scalar(255)), corners, antiAlias))
        return makeDeviceError(DeviceError::Kind::Config, "label photo: the label falls outside the frame");

    if (o.brightness != 1.0)
        scene.convertTo(scene, CV_8UC3, o.brightness);
    if (o.glare > 0) {
        // A reflection somewhere on the label, a fifth to a third of its width across.
        const cv::Point2f c = place((u(rng) - 0.5) * lw * 0.8, (u(rng) - 0.5) * lh * 0.8);
        const double sx = lw * scale * (0.1 + 0.1 * u(rng)), sy = sx * (0.3 + 0.4 * u(rng));
        photo::addGlare(scene, c, sx, sy, u(rng) * kPi, o.glare);
    }
    photo::applySensor(scene, o.blurSigma, o.noiseSigma, pixelNoise);
    return scene;
}

} // namespace prep::devices
