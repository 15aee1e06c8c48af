// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/pack_corpus.h"

#include "devices/camera/photo_scene.h"
#include "devices/camera/vial_photo.h"
#include "devices/gs1/gs1.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace prep::test {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kWidth = 1280, kHeight = 960;
// The label is drawn at up to this multiple of its size in the photo, then warped down (anti-aliased edges); a
// module is never drawn larger than kMaxLabelModule px, which keeps a large code's label a few megapixels.
constexpr int kSupersample = 3;
constexpr double kMaxLabelModule = 18;

using Rng = std::mt19937;

double uniform(Rng& rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

int pick(Rng& rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

cv::Scalar randomColour(Rng& rng, int lo = 0, int hi = 255)
{
    return cv::Scalar(uniform(rng, lo, hi), uniform(rng, lo, hi), uniform(rng, lo, hi));
}

std::string randomText(Rng& rng, int minLen, int maxLen, const char* alphabet)
{
    const std::string chars(alphabet);
    std::string s;
    for (int n = minLen + pick(rng, maxLen - minLen + 1); n > 0; --n)
        s += chars[size_t(pick(rng, int(chars.size())))];
    return s;
}

// A GS1 element string as a pack carries it: GTIN, expiry, lot and serial in one of the orders seen on packs.
std::string packContent(Rng& rng)
{
    std::string gtin = "0340093" + randomText(rng, 6, 6, "0123456789");
    gtin += devices::gs1CheckDigit(gtin);
    char expiry[40];
    std::snprintf(expiry, sizeof expiry, "%02d%02d%02d", 26 + pick(rng, 4), 1 + pick(rng, 12),
                  pick(rng, 5) == 0 ? 0 : 1 + pick(rng, 28));
    const std::string lot = randomText(rng, 3, 12, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789-");
    const std::string serial = randomText(rng, 6, 20, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789");
    const char gs = devices::kGs1Separator;
    switch (pick(rng, 3)) {
    case 0:
        return "01" + gtin + "17" + expiry + "10" + lot + gs + "21" + serial;
    case 1:
        return "01" + gtin + "21" + serial + gs + "17" + expiry + "10" + lot;
    default:
        return "01" + gtin + "17" + expiry + "21" + serial + gs + "10" + lot;
    }
}

// A label laid out around the code (grey, white quiet zone included), drawn at `module` px per module.
struct Label
{
    cv::Mat image;          // BGR
    cv::Point2f codeCentre; // in label pixels
    double codeSide = 0;    // pixels
};

void textLines(cv::Mat& img, Rng& rng, cv::Rect area, int lines, cv::Scalar colour)
{
    if (area.width < 10 || area.height < 10 || lines <= 0)
        return;
    const double lineHeight = double(area.height) / lines;
    const double scale = std::max(0.3, lineHeight / 40.0);
    for (int i = 0; i < lines; ++i)
        cv::putText(img, randomText(rng, 4, 14, "ABCDEFGHIJKLMNOPRSTUVW 0123456789.mg/L"),
                    cv::Point(area.x, area.y + int((i + 0.8) * lineHeight)),
                    pick(rng, 2) ? cv::FONT_HERSHEY_SIMPLEX : cv::FONT_HERSHEY_TRIPLEX, scale, colour,
                    std::max(1, int(scale * 1.5)), cv::LINE_AA);
}

Label layOut(const cv::Mat& code, Rng& rng)
{
    cv::Mat codeBgr;
    cv::cvtColor(code, codeBgr, cv::COLOR_GRAY2BGR);
    const int side = code.cols;
    Label l;
    l.codeSide = side;
    const cv::Scalar ink(uniform(rng, 0, 50), uniform(rng, 0, 50), uniform(rng, 0, 50));
    switch (pick(rng, 4)) {
    case 0: { // vial label: code left, text right, a coloured band
        l.image = cv::Mat(int(side * 1.4), int(side * 3.0), CV_8UC3, randomColour(rng, 225, 255));
        const int top = (l.image.rows - side) / 2;
        codeBgr.copyTo(l.image(cv::Rect(side / 12, top, side, side)));
        l.codeCentre = cv::Point2f(side / 12 + side / 2.f, top + side / 2.f);
        textLines(l.image, rng, cv::Rect(side + side / 6, top, int(side * 1.7), int(side * 0.75)), 2 + pick(rng, 3),
                  ink);
        cv::rectangle(l.image, cv::Rect(side + side / 6, top + int(side * 0.82), int(side * 1.7), side / 8),
                      randomColour(rng, 40, 200), cv::FILLED);
        break;
    }
    case 1: { // carton face: a coloured pack, the code on a white patch in a corner, text elsewhere
        l.image = cv::Mat(int(side * 2.6), int(side * 3.4), CV_8UC3, randomColour(rng, 30, 220));
        const cv::Point at(int(side * 3.4) - side - side / 5, int(side * 2.6) - side - side / 5);
        codeBgr.copyTo(l.image(cv::Rect(at, code.size())));
        l.codeCentre = cv::Point2f(at.x + side / 2.f, at.y + side / 2.f);
        textLines(l.image, rng, cv::Rect(side / 5, side / 5, int(side * 2.8), int(side * 1.2)), 2 + pick(rng, 2),
                  pick(rng, 2) ? cv::Scalar(255, 255, 255) : ink);
        textLines(l.image, rng, cv::Rect(side / 5, int(side * 1.6), int(side * 1.9), int(side * 0.8)), 3, ink);
        break;
    }
    case 2: { // sticker: just the code on a small label with a border and one line under it
        const int m = std::max(2, side / 10);
        l.image = cv::Mat(side + 2 * m + side / 4, side + 2 * m, CV_8UC3, cv::Scalar(250, 250, 250));
        codeBgr.copyTo(l.image(cv::Rect(m, m, side, side)));
        l.codeCentre = cv::Point2f(m + side / 2.f, m + side / 2.f);
        cv::rectangle(l.image, cv::Rect(0, 0, l.image.cols, l.image.rows), ink, std::max(1, m / 4));
        textLines(l.image, rng, cv::Rect(m, side + m, side, side / 4), 1, ink);
        break;
    }
    default: { // dense pharmacy label: small print on the left, rules close to the code's quiet zone
        l.image = cv::Mat(int(side * 1.6), int(side * 3.2), CV_8UC3, cv::Scalar(245, 245, 240));
        const int x = int(side * 3.2) - side - side / 10, top = int(side * 0.3);
        codeBgr.copyTo(l.image(cv::Rect(x, top, side, side)));
        l.codeCentre = cv::Point2f(x + side / 2.f, top + side / 2.f);
        textLines(l.image, rng, cv::Rect(side / 10, side / 10, x - side / 5, int(side * 1.4)), 6 + pick(rng, 4), ink);
        cv::line(l.image, cv::Point(x - side / 20, 0), cv::Point(x - side / 20, l.image.rows), ink,
                 std::max(1, side / 60));
        cv::line(l.image, cv::Point(0, top + side + side / 15), cv::Point(l.image.cols, top + side + side / 15), ink,
                 std::max(1, side / 60));
        break;
    }
    }
    return l;
}

// The label wrapped on a cylinder whose axis is vertical: `curvature` 1 turns the code's width over 90 degrees.
void wrap(Label& l, cv::Mat& alpha, double curvature)
{
    alpha = cv::Mat(l.image.size(), CV_8U, cv::Scalar(255));
    if (curvature < 0.02)
        return;
    const double radius = l.codeSide / (curvature * kPi / 2);
    const double c = l.codeCentre.x;
    const double left = radius * std::sin(std::max(-kPi / 2, -c / radius));
    const double right = radius * std::sin(std::min(kPi / 2, (l.image.cols - c) / radius));
    const int cols = std::max(2, int(right - left));
    cv::Mat mapX(l.image.rows, cols, CV_32F), mapY(l.image.rows, cols, CV_32F), shade(l.image.rows, cols, CV_32F);
    for (int x = 0; x < cols; ++x) {
        const double phi = std::asin(std::clamp((x + left) / radius, -1.0, 1.0));
        for (int y = 0; y < l.image.rows; ++y) {
            mapX.at<float>(y, x) = float(c + radius * phi);
            mapY.at<float>(y, x) = float(y);
            shade.at<float>(y, x) = float(0.6 + 0.4 * std::cos(phi));
        }
    }
    cv::Mat wrapped, a;
    cv::remap(l.image, wrapped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::remap(alpha, a, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::Mat f, shade3;
    wrapped.convertTo(f, CV_32FC3);
    cv::merge(std::vector<cv::Mat>{shade, shade, shade}, shade3);
    cv::multiply(f, shade3, f);
    f.convertTo(l.image, CV_8UC3);
    alpha = a;
    l.codeCentre.x = float(-left);
}

// A bench unlike the isolator of the vial photos: a gradient, shapes, paperwork, cables.
cv::Mat background(Rng& rng)
{
    cv::Mat bg(kHeight, kWidth, CV_8UC3);
    const cv::Scalar a = randomColour(rng, 40, 220), b = randomColour(rng, 40, 220);
    for (int y = 0; y < kHeight; ++y)
        bg.row(y).setTo(a + (b - a) * (double(y) / kHeight));
    for (int i = 4 + pick(rng, 8); i > 0; --i) {
        const cv::Point p(pick(rng, kWidth), pick(rng, kHeight));
        if (pick(rng, 2))
            cv::rectangle(bg, cv::Rect(p, cv::Size(40 + pick(rng, 300), 40 + pick(rng, 200))), randomColour(rng),
                          cv::FILLED);
        else
            cv::ellipse(bg, p, cv::Size(20 + pick(rng, 150), 20 + pick(rng, 150)), uniform(rng, 0, 180), 0, 360,
                        randomColour(rng), cv::FILLED, cv::LINE_AA);
    }
    for (int i = 2 + pick(rng, 4); i > 0; --i)
        cv::line(bg, cv::Point(pick(rng, kWidth), pick(rng, kHeight)), cv::Point(pick(rng, kWidth), pick(rng, kHeight)),
                 randomColour(rng, 0, 80), 3 + pick(rng, 8), cv::LINE_AA);
    for (int i = 3 + pick(rng, 6); i > 0; --i)
        cv::putText(bg, randomText(rng, 5, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "),
                    cv::Point(pick(rng, kWidth), pick(rng, kHeight)), cv::FONT_HERSHEY_PLAIN, uniform(rng, 0.8, 2.5),
                    randomColour(rng, 0, 90), 1 + pick(rng, 2), cv::LINE_AA);
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), 1.2);
    return bg;
}

// A gloved fingertip from outside over the edge of the label: a rounded capsule with a shaded side.
void finger(cv::Mat& photo, Rng& rng, cv::Point2f codeCentre, double codeSide)
{
    const cv::Scalar glove =
        std::vector<cv::Scalar>{{205, 140, 70}, {170, 90, 120}, {225, 225, 230}}[size_t(pick(rng, 3))];
    const double from = uniform(rng, 0, 2 * kPi);
    const cv::Point2f dir(float(std::cos(from)), float(std::sin(from)));
    // The tip reaches 0-12 % of the code's side into it, past its quiet zone.
    const double width = codeSide * uniform(rng, 0.35, 0.6);
    const double reach = codeSide * (0.5 - uniform(rng, 0.0, 0.12)) + width / 2;
    const cv::Point2f tip = codeCentre + dir * float(reach);
    const cv::Point2f base = codeCentre + dir * float(reach + codeSide * 3);
    cv::line(photo, tip, base, glove, int(width), cv::LINE_AA);
    cv::line(photo, tip + cv::Point2f(dir.y, -dir.x) * float(width * 0.25), base, glove * 0.8, int(width * 0.35),
             cv::LINE_AA);
}

// Light falling unevenly: a gradient across the frame times a vignette, at overall level `level`.
void light(cv::Mat& photo, Rng& rng, double level, double unevenness)
{
    // Smooth: computed on a grid 8 times coarser, then interpolated.
    cv::Mat coarse(kHeight / 8, kWidth / 8, CV_32F);
    const double angle = uniform(rng, 0, 2 * kPi), cx = uniform(rng, 0.2, 0.8) * kWidth,
                 cy = uniform(rng, 0.2, 0.8) * kHeight;
    for (int r = 0; r < coarse.rows; ++r)
        for (int c = 0; c < coarse.cols; ++c) {
            const double x = c * 8.0 + 4, y = r * 8.0 + 4;
            const double t = ((x - kWidth / 2.0) * std::cos(angle) + (y - kHeight / 2.0) * std::sin(angle)) / kWidth;
            const double r2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (double(kWidth) * kWidth);
            coarse.at<float>(r, c) = float(level * (1 + unevenness * t) * (1 - unevenness * 0.8 * r2));
        }
    cv::Mat field;
    cv::resize(coarse, field, photo.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat f, field3;
    photo.convertTo(f, CV_32FC3);
    cv::merge(std::vector<cv::Mat>{field, field, field}, field3);
    cv::multiply(f, field3, f);
    f.convertTo(photo, CV_8UC3);
}

// A specular highlight near the code, of one of several shapes: a blob, a streak (a ceiling tube), a ring (a ring
// light), a cluster of small spots (a wrinkled film).
void highlight(cv::Mat& photo, Rng& rng, cv::Point2f near, double codeSide, double strength)
{
    cv::Mat layer(photo.size(), CV_32F, cv::Scalar(0));
    const cv::Point2f c =
        near + cv::Point2f(float(uniform(rng, -0.3, 0.3) * codeSide), float(uniform(rng, -0.3, 0.3) * codeSide));
    const double size = codeSide * uniform(rng, 0.15, 0.4);
    switch (pick(rng, 4)) {
    case 0:
        cv::ellipse(layer, c, cv::Size(int(size), int(size * uniform(rng, 0.3, 1.0))), uniform(rng, 0, 180), 0, 360,
                    cv::Scalar(1), cv::FILLED);
        break;
    case 1: {
        const double a = uniform(rng, 0, kPi);
        const cv::Point2f d(float(std::cos(a) * codeSide * 2), float(std::sin(a) * codeSide * 2));
        cv::line(layer, c - d, c + d, cv::Scalar(1), std::max(2, int(size * 0.4)));
        break;
    }
    case 2:
        cv::ellipse(layer, c, cv::Size(int(size * 1.5), int(size * 1.2)), 0, 0, 360, cv::Scalar(1),
                    std::max(2, int(size * 0.25)));
        break;
    default:
        for (int i = 0; i < 6; ++i)
            cv::circle(
                layer,
                c + cv::Point2f(float(uniform(rng, -1, 1) * size * 1.5), float(uniform(rng, -1, 1) * size * 1.5)),
                std::max(2, int(size * uniform(rng, 0.1, 0.25))), cv::Scalar(1), cv::FILLED);
        break;
    }
    cv::GaussianBlur(layer, layer, cv::Size(0, 0), std::max(1.0, size * 0.25));
    cv::Mat f, layer3;
    photo.convertTo(f, CV_32FC3);
    cv::merge(std::vector<cv::Mat>{layer, layer, layer}, layer3);
    f += layer3 * (strength * 1.6 * 255);
    f.convertTo(photo, CV_8UC3);
}

// Shot noise (grows with the light, `gain` grey levels squared per grey level) plus read noise.
void shotNoise(cv::Mat& photo, Rng& rng, double gain, double readSigma)
{
    cv::Mat f, n(photo.size(), CV_32FC3);
    photo.convertTo(f, CV_32FC3);
    cv::RNG pixels(rng());
    pixels.fill(n, cv::RNG::NORMAL, 0, 1);
    cv::Mat sigma;
    cv::sqrt(cv::max(f, 0) * gain + readSigma * readSigma, sigma);
    f += n.mul(sigma);
    f.convertTo(photo, CV_8UC3);
}

void motionBlur(cv::Mat& photo, Rng& rng, double length)
{
    const int k = int(std::ceil(length)) | 1;
    cv::Mat kernel(k, k, CV_32F, cv::Scalar(0));
    const double a = uniform(rng, 0, kPi);
    const cv::Point2f c(k / 2.f, k / 2.f), d(float(std::cos(a) * length / 2), float(std::sin(a) * length / 2));
    cv::line(kernel, c - d, c + d, cv::Scalar(1), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::filter2D(photo, photo, -1, kernel);
}

void jpeg(cv::Mat& photo, int quality)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", photo, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    photo = cv::imdecode(bytes, cv::IMREAD_COLOR);
}

struct Shot
{
    double module = 0;   // px per module in the photo
    bool large = false;  // the code fills about a quarter of the frame
    double rotation = 0; // degrees
    double tiltX = 0, tiltY = 0;
    double curvature = 0;
    double defocus = 0.4, motion = 0;
    double gain = 0.1, readSigma = 2;
    double level = 1, unevenness = 0.15;
    double glare = 0;
    bool finger = false;
    int quality = 80;
};

Shot shotFor(const std::string& cls, Rng& rng)
{
    Shot s;
    s.module = std::exp(uniform(rng, std::log(3.0), std::log(12.0)));
    s.rotation = uniform(rng, -8, 8);
    s.level = uniform(rng, 0.7, 1.05);
    s.unevenness = uniform(rng, 0, 0.3);
    s.quality = 55 + pick(rng, 31);
    const bool sign = pick(rng, 2);
    if (cls == "rotated") {
        s.rotation = uniform(rng, 0, 360);
    } else if (cls == "tilted") {
        s.rotation = uniform(rng, 0, 360);
        s.tiltX = (sign ? 1 : -1) * uniform(rng, 20, 45);
        s.tiltY = uniform(rng, -25, 25);
    } else if (cls == "curved") {
        s.rotation = uniform(rng, -30, 30) + (pick(rng, 4) ? 0 : 90);
        s.curvature = uniform(rng, 0.4, 0.9);
        s.tiltY = uniform(rng, -15, 15);
    } else if (cls == "blurred") {
        s.module = uniform(rng, 4, 12);
        if (sign)
            s.defocus = uniform(rng, 1.0, 0.25 * s.module + 1.0);
        else
            s.motion = uniform(rng, 3, 0.6 * s.module + 3);
    } else if (cls == "noisy") {
        s.module = uniform(rng, 3.5, 12);
        s.gain = uniform(rng, 1.0, 3.0);
        s.readSigma = uniform(rng, 6, 14);
        s.quality = 40 + pick(rng, 31);
    } else if (cls == "dim") {
        s.level = uniform(rng, 0.15, 0.32);
        s.gain = 0.3;
        s.readSigma = 3;
        s.unevenness = uniform(rng, 0, 0.4);
    } else if (cls == "glare") {
        s.glare = uniform(rng, 0.5, 0.9);
    } else if (cls == "small") {
        s.module = uniform(rng, 2.0, 3.0);
        s.defocus = 0.3;
        s.quality = 70 + pick(rng, 16);
    } else if (cls == "large") {
        s.large = true;
        s.rotation = uniform(rng, 0, 360);
        s.tiltX = uniform(rng, -20, 20);
    } else if (cls == "occluded") {
        s.finger = true;
        s.rotation = uniform(rng, 0, 360);
    } else if (cls == "combined") {
        s.module = uniform(rng, 3.5, 12);
        s.rotation = uniform(rng, 0, 360);
        s.tiltX = uniform(rng, -30, 30);
        s.tiltY = uniform(rng, -20, 20);
        s.curvature = uniform(rng, 0, 0.6);
        s.gain = uniform(rng, 0.2, 1.5);
        s.readSigma = uniform(rng, 2, 8);
        s.unevenness = uniform(rng, 0.1, 0.5);
        s.motion = pick(rng, 3) == 0 ? uniform(rng, 2, 4) : 0;
        s.glare = pick(rng, 3) == 0 ? uniform(rng, 0.3, 0.6) : 0;
        s.quality = 40 + pick(rng, 46);
    }
    return s;
}

} // namespace

const std::vector<std::string>& packClasses()
{
    static const std::vector<std::string> kClasses = {"clean", "rotated", "tilted", "curved", "blurred",  "noisy",
                                                      "dim",   "glare",   "small",  "large",  "occluded", "combined"};
    return kClasses;
}

int testPhotosPerClass(int fallback)
{
    const char* env = std::getenv("PREP_BARCODE_TEST_PHOTOS");
    return env && std::atoi(env) > 0 ? std::atoi(env) : fallback;
}

PackPhoto packPhoto(const std::string& cls, PackSplit split, int index)
{
    const auto& classes = packClasses();
    const int classIndex = int(std::find(classes.begin(), classes.end(), cls) - classes.begin());
    // The split is part of every seed: no held-out photo is ever a tuning photo.
    std::seed_seq seeds{split == PackSplit::Tuning ? 1 : 2, classIndex, index};
    Rng rng(seeds);
    PackPhoto p;
    p.name = cls + (split == PackSplit::Tuning ? "-tuning-" : "-heldout-") + std::to_string(index);
    const std::string content = packContent(rng);
    p.hri = devices::parseGs1(content)->hri();
    Shot s = shotFor(cls, rng);
    const int quiet = 1 + pick(rng, 6);
    auto modules = devices::renderGs1DataMatrix(content, 1, quiet);
    if (s.large)
        // The code alone (no quiet zone) covers 20-30 % of the frame's area.
        s.module = std::sqrt(uniform(rng, 0.2, 0.3) * kWidth * kHeight) / (modules->cols - 2 * quiet);
    const double supersample = std::clamp(kMaxLabelModule / s.module, 1.0, double(kSupersample));
    const int labelModule = std::max(2, int(std::lround(s.module * supersample)));
    cv::Mat code;
    cv::resize(*modules, code, cv::Size(), labelModule, labelModule, cv::INTER_NEAREST);
    Label label = layOut(code, rng);
    cv::Mat alpha;
    wrap(label, alpha, s.curvature);

    // Camera: the label plane turned about its axes, pinhole projection, turned in the image, code centre placed.
    const double scale = s.module / labelModule, focal = 1.5 * kWidth;
    const double ax = s.tiltX * kPi / 180, ay = s.tiltY * kPi / 180, rz = s.rotation * kPi / 180;
    const cv::Point2f at(float(uniform(rng, s.large ? 0.45 : 0.3, s.large ? 0.55 : 0.7) * kWidth),
                         float(uniform(rng, s.large ? 0.45 : 0.3, s.large ? 0.55 : 0.7) * kHeight));
    auto project = [&](double x, double y) {
        x = (x - label.codeCentre.x) * scale;
        y = (y - label.codeCentre.y) * scale;
        // Turn about the vertical axis (ay), then the horizontal one (ax).
        double x1 = x * std::cos(ay), z1 = x * std::sin(ay);
        double y2 = y * std::cos(ax) - z1 * std::sin(ax), z2 = y * std::sin(ax) + z1 * std::cos(ax);
        const double px = focal * x1 / (focal + z2), py = focal * y2 / (focal + z2);
        return cv::Point2f(float(px * std::cos(rz) - py * std::sin(rz) + at.x),
                           float(px * std::sin(rz) + py * std::cos(rz) + at.y));
    };
    const double w = label.image.cols, h = label.image.rows;
    const cv::Point2f corners[4] = {project(0, 0), project(w, 0), project(w, h), project(0, h)};
    cv::Mat photo = background(rng);
    devices::photo::blendInPerspective(photo, label.image, alpha, corners, supersample * 0.5);
    const double codeSide = label.codeSide * scale;
    if (s.finger)
        finger(photo, rng, at, codeSide);
    light(photo, rng, s.level, s.unevenness);
    if (s.glare > 0)
        highlight(photo, rng, at, codeSide, s.glare);
    if (s.defocus > 0)
        cv::GaussianBlur(photo, photo, cv::Size(0, 0), s.defocus);
    if (s.motion > 0)
        motionBlur(photo, rng, s.motion);
    shotNoise(photo, rng, s.gain, s.readSigma);
    jpeg(photo, s.quality);
    p.image = photo;
    return p;
}

} // namespace prep::test
