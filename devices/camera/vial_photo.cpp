// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/camera/vial_photo.h"

#include "devices/camera/photo_scene.h"
#include "devices/gs1/gs1.h"

#include <opencv2/imgproc.hpp>

#include <zint.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

namespace prep::devices {

namespace {

constexpr double kPi = 3.14159265358979323846;
// The label is drawn at this multiple of the photo's resolution and warped down, so edges are anti-aliased
// as a lens and sensor would blur them.
constexpr int kSupersample = 3;

struct ZintDeleter
{
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

// The flat label (white, with the code on the left and product text on the right), supersampled.
cv::Mat drawLabel(const cv::Mat& code, int moduleSize)
{
    const int side = code.cols;
    const int height = int(side * 1.35);
    const int width = int(side * 2.7);
    cv::Mat label(height, width, CV_8UC3, cv::Scalar(236, 244, 248));
    cv::Mat codeBgr;
    cv::cvtColor(code, codeBgr, cv::COLOR_GRAY2BGR);
    const int top = (height - side) / 2;
    codeBgr.copyTo(label(cv::Rect(moduleSize, top, side, side)));
    const double font = std::max(0.3, side / 200.0);
    const int x = side + 3 * moduleSize;
    const int thick = std::max(1, int(font * 2));
    cv::putText(label, "AZACITIDINE", cv::Point(x, top + int(side * 0.2)), cv::FONT_HERSHEY_DUPLEX, font,
                cv::Scalar(30, 30, 30), thick, cv::LINE_AA);
    cv::putText(label, "100 mg poudre", cv::Point(x, top + int(side * 0.45)), cv::FONT_HERSHEY_SIMPLEX, font * 0.8,
                cv::Scalar(30, 30, 30), thick, cv::LINE_AA);
    cv::putText(label, "DEMO - FICTIF", cv::Point(x, top + int(side * 0.7)), cv::FONT_HERSHEY_SIMPLEX, font * 0.8,
                cv::Scalar(20, 20, 170), thick, cv::LINE_AA);
    cv::rectangle(label, cv::Rect(x, top + int(side * 0.85), width - x - moduleSize, int(side * 0.12)),
                  cv::Scalar(60, 60, 160), cv::FILLED);
    return label;
}

// Wraps the label around a vial seen from the front, with the code facing the camera: the code's width spans
// `curvature` x 90 degrees of the cylinder, so the label compresses and darkens towards the edges and what
// turns past the silhouette is hidden. `alpha` is where the label is visible; `codeCentre` the code's column.
struct Wrapped
{
    cv::Mat label;
    cv::Mat alpha;
    double codeCentre = 0;
};

Wrapped wrapOnCylinder(const cv::Mat& label, double codeCentre, double codeWidth, double curvature)
{
    Wrapped out;
    if (curvature < 0.01) {
        out.label = label;
        out.alpha = cv::Mat(label.size(), CV_8U, cv::Scalar(255));
        out.codeCentre = codeCentre;
        return out;
    }
    const double radius = codeWidth / (std::min(curvature, 1.5) * kPi / 2);
    const double left = radius * std::sin(std::max(-kPi / 2, -codeCentre / radius));
    const double right = radius * std::sin(std::min(kPi / 2, (label.cols - codeCentre) / radius));
    const int projected = std::max(2, int(right - left));
    cv::Mat mapX(label.rows, projected, CV_32F), mapY(label.rows, projected, CV_32F);
    cv::Mat shade(label.rows, projected, CV_32F);
    for (int x = 0; x < projected; ++x) {
        const double phi = std::asin(std::clamp((x + left) / radius, -1.0, 1.0));
        const float xs = float(codeCentre + radius * phi);
        const float s = float(0.55 + 0.45 * std::cos(phi));
        for (int y = 0; y < label.rows; ++y) {
            mapX.at<float>(y, x) = xs;
            mapY.at<float>(y, x) = float(y);
            shade.at<float>(y, x) = s;
        }
    }
    cv::Mat wrapped;
    cv::remap(label, wrapped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::remap(cv::Mat(label.size(), CV_8U, cv::Scalar(255)), out.alpha, mapX, mapY, cv::INTER_LINEAR,
              cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::Mat f;
    wrapped.convertTo(f, CV_32FC3);
    cv::Mat shade3;
    cv::merge(std::vector<cv::Mat>{shade, shade, shade}, shade3);
    cv::multiply(f, shade3, f);
    f.convertTo(out.label, CV_8UC3);
    out.codeCentre = -left;
    return out;
}

} // namespace

Result<cv::Mat> renderGs1DataMatrix(const std::string& gs1ElementString, int modulePixels, int quietModules)
{
    auto msg = parseGs1(gs1ElementString);
    if (!msg)
        return msg.error();
    if (modulePixels < 1 || quietModules < 0)
        return makeDeviceError(DeviceError::Kind::Config, "module size must be at least one pixel");
    // zint's GS1 mode takes "[AI]value" and inserts FNC1 where the syntax needs it.
    std::string bracketed;
    for (const auto& e : msg->elements)
        bracketed += "[" + e.ai + "]" + e.value;
    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeDeviceError(DeviceError::Kind::Io, "zint: out of memory");
    symbol->symbology = BARCODE_DATAMATRIX;
    symbol->input_mode = GS1_MODE;
    symbol->option_3 = DM_SQUARE;
    const int rc =
        ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(bracketed.data()), int(bracketed.size()));
    if (rc >= ZINT_ERROR)
        return makeDeviceError(DeviceError::Kind::Config, std::string("zint: ") + symbol->errtxt);
    const int rows = symbol->rows, cols = symbol->width;
    cv::Mat modules(rows + 2 * quietModules, cols + 2 * quietModules, CV_8U, cv::Scalar(255));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if ((symbol->encoded_data[r][c >> 3] >> (c & 7)) & 1)
                modules.at<uint8_t>(r + quietModules, c + quietModules) = 0;
    cv::Mat out;
    cv::resize(modules, out, cv::Size(), modulePixels, modulePixels, cv::INTER_NEAREST);
    return out;
}

Result<cv::Mat> renderVialPhoto(const std::string& gs1ElementString, const VialPhotoOptions& o)
{
    if (o.width < 64 || o.height < 64 || o.modulePixels <= 0)
        return makeDeviceError(DeviceError::Kind::Config, "vial photo: bad size");
    // Module size in the supersampled label; the warp below maps label pixels 1:kSupersample to the photo.
    const int moduleSize = std::max(1, int(std::lround(o.modulePixels * kSupersample)));
    auto code = renderGs1DataMatrix(gs1ElementString, moduleSize, 2);
    if (!code)
        return code.error();
    std::mt19937 rng(o.seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);

    cv::Mat scene(o.height, o.width, CV_8UC3);
    cv::RNG pixelNoise(o.seed); // seeded here so the same options always give the same photo
    if (o.clutter)
        photo::drawClutter(scene, rng, pixelNoise);
    else
        scene.setTo(cv::Scalar(170, 165, 160));

    const Wrapped wrapped =
        wrapOnCylinder(drawLabel(*code, moduleSize), moduleSize + code->cols / 2.0, code->cols, o.curvature);
    const cv::Mat& label = wrapped.label;
    const double lw = label.cols, lh = label.rows;
    // Where the code's centre lies across the label, relative to the label's centre.
    const double codeShift = wrapped.codeCentre - lw / 2.0;

    // Camera model: label in a plane turned by `tilt` about its vertical axis, pinhole projection, then
    // rotated in the image and placed so the code's centre lands at (centreX, centreY).
    const double tilt = o.tiltDegrees * kPi / 180, rot = o.rotationDegrees * kPi / 180;
    const double focal = 1.6 * o.width;
    const double scale = 1.0 / kSupersample;
    auto project = [&](double x, double y) {
        // (x, y) in label pixels relative to the label centre.
        const double xs = x * scale, ys = y * scale;
        const double x3 = xs * std::cos(tilt), z3 = xs * std::sin(tilt);
        const double px = focal * x3 / (focal + z3), py = focal * ys / (focal + z3);
        return cv::Point2d(px * std::cos(rot) - py * std::sin(rot), px * std::sin(rot) + py * std::cos(rot));
    };
    // Put the code (not the label centre) at the requested point.
    const cv::Point2d codeCentre = project(codeShift, 0);
    const cv::Point2d origin(o.centreX * o.width - codeCentre.x, o.centreY * o.height - codeCentre.y);
    auto place = [&](double x, double y) {
        const cv::Point2d p = project(x, y);
        return cv::Point2f(float(p.x + origin.x), float(p.y + origin.y));
    };

    // The vial behind the label: glass body and a crimped cap above it.
    std::vector<cv::Point> body, cap;
    for (auto [x, y] : {std::pair{-0.5, -0.9}, {0.5, -0.9}, {0.5, 0.95}, {-0.5, 0.95}})
        body.push_back(place(x * lw * 1.04, y * lh));
    for (auto [x, y] : {std::pair{-0.3, -1.5}, {0.3, -1.5}, {0.3, -0.9}, {-0.3, -0.9}})
        cap.push_back(place(x * lw, y * lh));
    cv::fillConvexPoly(scene, body, cv::Scalar(205, 200, 190), cv::LINE_AA);
    cv::fillConvexPoly(scene, cap, cv::Scalar(90, 90, 95), cv::LINE_AA);

    const cv::Point2f corners[4] = {place(-lw / 2, -lh / 2), place(lw / 2, -lh / 2), place(lw / 2, lh / 2),
                                    place(-lw / 2, lh / 2)};
    // Low-pass before resampling so the supersampled label is anti-aliased as a lens would blur it.
    if (!photo::blendInPerspective(scene, label, wrapped.alpha, corners, kSupersample * 0.5))
        return makeDeviceError(DeviceError::Kind::Config, "vial photo: the label falls outside the frame");

    // Lighting: overall level, then a specular reflection near the code.
    if (o.brightness != 1.0)
        scene.convertTo(scene, CV_8UC3, o.brightness);
    if (o.glare > 0) {
        const cv::Point2f c = place(codeShift + (u(rng) - 0.5) * code->cols * 0.5, (u(rng) - 0.5) * code->rows * 0.5);
        const double sx = code->cols * scale * (0.25 + 0.2 * u(rng)), sy = sx * (0.3 + 0.4 * u(rng));
        photo::addGlare(scene, c, sx, sy, u(rng) * kPi, o.glare);
    }
    photo::applySensor(scene, o.blurSigma, o.noiseSigma, pixelNoise);
    return scene;
}

} // namespace prep::devices
