// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/barcode_reader.h"

#include "devices/barcode/border_repair.h"
#include "devices/barcode/code_locator.h"
#include "devices/barcode/dmtx_reader.h"
#include "devices/barcode/image_enhance.h"
#include "devices/gs1/gs1.h"

#include <opencv2/imgproc.hpp>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace prep::devices {

namespace {

// What redrawing hidden borders may cost a still frame, at most (a few ms per candidate region in practice).
constexpr int kBorderRepairBudgetMs = 300;

// The one cv::Mat -> ZXing::ImageView adapter: grey, 8 bits, any row stride.
ZXing::ImageView toImageView(const cv::Mat& grey)
{
    return ZXing::ImageView(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum, int(grey.step[0]), 1);
}

cv::Mat toGrey(const cv::Mat& image)
{
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = image;
    if (grey.depth() != CV_8U) {
        cv::Mat scaled;
        grey.convertTo(scaled, CV_8U, grey.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
        grey = scaled;
    }
    if (!grey.isContinuous())
        grey = grey.clone();
    return grey;
}

// Matrix and linear formats go to ZXing separately: ZXing 1.4 (Debian 12, built with assertions) aborts in
// Result::operator== when its image pyramid (tryDownscale) finds the same linear code at two scales
// (zxing-cpp issue #740), so linear formats are read at full scale only.
struct Hints
{
    ZXing::DecodeHints matrix;
    ZXing::DecodeHints linear;
};

Hints hintsFor(bool allFormats, ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    using F = ZXing::BarcodeFormat;
    Hints h;
    for (ZXing::DecodeHints* hints : {&h.matrix, &h.linear}) {
        hints->setTryHarder(true);
        hints->setTryRotate(true);
        hints->setBinarizer(binarizer);
        hints->setReturnErrors(false);
    }
    h.matrix.setFormats(allFormats ? ZXing::BarcodeFormats(F::MatrixCodes) : F::DataMatrix | F::QRCode);
    h.matrix.setTryDownscale(true);
    h.linear.setFormats(allFormats
                            ? ZXing::BarcodeFormats(F::LinearCodes)
                            : F::Code128 | F::EAN13 | F::EAN8 | F::UPCA | F::UPCE | F::DataBar | F::DataBarExpanded);
    h.linear.setTryDownscale(false);
    return h;
}

std::string formatName(const ZXing::Result& r)
{
    using F = ZXing::BarcodeFormat;
    switch (r.format()) {
    case F::DataMatrix:
        return "DataMatrix";
    case F::QRCode:
        return "QRCode";
    case F::Code128:
        return r.symbologyIdentifier() == "]C1" ? "GS1-128" : "Code128";
    case F::EAN13:
        return "EAN-13";
    case F::EAN8:
        return "EAN-8";
    case F::UPCA:
        return "UPC-A";
    case F::UPCE:
        return "UPC-E";
    case F::DataBarExpanded:
        return "DataBarExpanded";
    case F::DataBar:
        return "DataBar";
    default:
        return ZXing::ToString(r.format());
    }
}

bool isGs1Symbology(const std::string& id)
{
    return id == "]d2" || id == "]C1" || id == "]Q3" || id == "]e0";
}

// Applies the rules every decoder's result must pass, whichever decoder read it. Returns false for content that
// claims GS1 but breaks its rules: better no read than a wrong one.
bool validate(Barcode& out)
{
    // ZXing keeps FNC1 in the first position implicit and libdmtx spells it out; a leading GS is not data.
    while (!out.text.empty() && out.text.front() == kGs1Separator)
        out.text.erase(out.text.begin());
    if (isGs1Symbology(out.symbology)) {
        // Pairing rules span all the codes on an item, so one symbol is checked for its own elements only.
        auto msg = parseGs1(out.text, false);
        if (!msg)
            return false;
        out.gs1 = true;
        out.hri = msg->hri();
    }
    return !out.text.empty();
}

// Converts a ZXing result to ours, mapping its corners back to the frame with `toFrame` (the crop's geometry).
bool convert(const ZXing::Result& r, const cv::Mat& toFrame, Barcode& out)
{
    out.format = formatName(r);
    out.symbology = r.symbologyIdentifier();
    const auto& bytes = r.bytes();
    out.text.assign(bytes.begin(), bytes.end());
    out.utf8 = r.text();
    if (!validate(out))
        return false;
    const auto& pos = r.position();
    std::vector<cv::Point2f> pts;
    for (int i = 0; i < 4; ++i)
        pts.emplace_back(float(pos[i].x), float(pos[i].y));
    cv::perspectiveTransform(pts, out.corners, toFrame);
    return true;
}

// A decoded symbol and how many of ZXing's scan lines agreed on it (1 for matrix codes).
struct Read
{
    Barcode code;
    int lines = 1;
};

void addUnique(std::vector<Read>& found, Read r)
{
    for (auto& f : found)
        if (f.code.text == r.code.text && f.code.format == r.code.format) {
            f.lines = std::max(f.lines, r.lines);
            return;
        }
    found.push_back(std::move(r));
}

enum class Formats { All, Matrix, Linear };

// Decodes `image` (grey); every valid result goes to `found`. Returns how many were added or already known.
int decode(const cv::Mat& image, const Hints& hints, const cv::Mat& toFrame, std::vector<Read>& found,
           Formats formats = Formats::All)
{
    int n = 0;
    for (const ZXing::DecodeHints* h : {&hints.matrix, &hints.linear}) {
        if ((formats == Formats::Matrix && h == &hints.linear) || (formats == Formats::Linear && h == &hints.matrix))
            continue;
        for (const auto& r : ZXing::ReadBarcodes(toImageView(image), *h)) {
            if (!r.isValid())
                continue;
            Read read;
            read.lines = std::max(1, r.lineCount());
            if (convert(r, toFrame, read.code)) {
                addUnique(found, std::move(read));
                ++n;
            }
        }
    }
    return n;
}

bool isMatrix(const Barcode& b)
{
    return b.format == "DataMatrix" || b.format == "QRCode" || b.format == "Aztec" || b.format == "PDF417" ||
           b.format == "MicroQRCode" || b.format == "MaxiCode";
}

bool overlap(const Barcode& a, const Barcode& b)
{
    std::vector<cv::Point2f> hullA, hullB, common;
    cv::convexHull(a.corners, hullA);
    cv::convexHull(b.corners, hullB);
    // A linear result's corners may collapse to a line: widen to a few pixels so it still has an area.
    auto widen = [](std::vector<cv::Point2f>& hull) {
        const cv::RotatedRect r = cv::minAreaRect(hull);
        const cv::RotatedRect wide(r.center, cv::Size2f(std::max(r.size.width, 6.f), std::max(r.size.height, 6.f)),
                                   r.angle);
        hull.resize(4);
        wide.points(hull.data());
    };
    widen(hullA);
    widen(hullB);
    return cv::intersectConvexConvex(hullA, hullB, common) > 0;
}

// The area two symbols share, over the smaller one's.
double overlapShare(const Barcode& a, const Barcode& b)
{
    std::vector<cv::Point2f> hullA, hullB, common;
    cv::convexHull(a.corners, hullA);
    cv::convexHull(b.corners, hullB);
    const double smaller = std::min(cv::contourArea(hullA), cv::contourArea(hullB));
    if (smaller <= 0)
        return 0;
    return cv::intersectConvexConvex(hullA, hullB, common) / smaller;
}

// UPC-A is EAN-13 with a leading 0: the same symbol may come back under either name.
std::string linearKey(const Barcode& b)
{
    return b.format == "UPC-A" ? "0" + b.text : b.text;
}

// Two different contents read at the same place cannot both be right. A matrix code carries Reed-Solomon
// correction and wins over a linear read inside it; between linear reads (a check digit at most), the one
// confirmed by clearly more scan lines wins, and when neither is, both are dropped: no read beats a wrong one.
std::vector<Barcode> resolveConflicts(std::vector<Read> found)
{
    std::vector<bool> drop(found.size(), false);
    for (size_t i = 0; i < found.size(); ++i)
        for (size_t j = i + 1; j < found.size(); ++j) {
            const Barcode &a = found[i].code, &b = found[j].code;
            if (!overlap(a, b))
                continue;
            const bool ma = isMatrix(a), mb = isMatrix(b);
            if (ma && mb) {
                // Both error-corrected: two symbols side by side touch at most; two contents over the same
                // modules (two decoders, or two crops, disagreeing) cannot both be right.
                if (a.text != b.text && overlapShare(a, b) > 0.25)
                    drop[i] = drop[j] = true;
                continue;
            }
            if (ma != mb) {
                drop[ma ? j : i] = true;
                continue;
            }
            if (linearKey(a) == linearKey(b))
                continue;
            const int la = found[i].lines, lb = found[j].lines;
            if (la >= 2 * lb && la >= 4)
                drop[j] = true;
            else if (lb >= 2 * la && lb >= 4)
                drop[i] = true;
            else
                drop[i] = drop[j] = true;
        }
    std::vector<Barcode> out;
    for (size_t i = 0; i < found.size(); ++i)
        if (!drop[i])
            out.push_back(std::move(found[i].code));
    return out;
}

cv::Mat translationScale(double dx, double dy, double s)
{
    // Maps crop coordinates back to the frame: frame = crop / s + (dx, dy).
    return (cv::Mat_<double>(3, 3) << 1 / s, 0, dx, 0, 1 / s, dy, 0, 0, 1);
}

// A region of the frame as ZXing will see it, and the homography from its pixels back to the frame's.
struct Crop
{
    cv::Mat image;
    cv::Mat toFrame;
};

// Crop around a candidate, upscaled so a small code has at least ~4 px per module for ZXing's detector.
Crop cropCandidate(const cv::Mat& grey, const cv::RotatedRect& rect)
{
    const cv::Rect box = rect.boundingRect();
    // Generous margin: the candidate blob may miss a quiet zone or a finder edge.
    const int margin = int(std::max(box.width, box.height) * 0.25) + 8;
    const cv::Rect roi =
        (box + cv::Size(2 * margin, 2 * margin) - cv::Point(margin, margin)) & cv::Rect(0, 0, grey.cols, grey.rows);
    Crop c;
    if (roi.width < 8 || roi.height < 8)
        return c;
    const double side = std::max(roi.width, roi.height);
    const double scale = side < 260 ? std::min(3.0, 260.0 / side) : (side > 700 ? 700.0 / side : 1.0);
    if (scale != 1.0)
        cv::resize(grey(roi), c.image, cv::Size(), scale, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
    else
        c.image = grey(roi).clone();
    c.toFrame = translationScale(roi.x, roi.y, scale);
    return c;
}

// A linear candidate turned so its bars stand vertical, cropped to the bars plus quiet zones, upsampled twice
// and smoothed along the bars. ZXing scans rows and measures bar edges to the pixel: at 2 px per module that is
// too coarse (a misread EAN-13 in the held-out set came from a crop at native size); upsampling gives it
// sub-pixel edges, and averaging along the bars removes noise and JPEG blocks without touching their widths.
Crop cropLinear(const cv::Mat& grey, const cv::RotatedRect& rect)
{
    float angle = rect.angle;
    cv::Size2f size = rect.size;
    if (size.width < size.height) {
        angle += 90;
        std::swap(size.width, size.height);
    }
    // Quiet zones: 10 modules each side, roughly 8 % of a code's length; more height helps nothing.
    const cv::Size2f box(size.width * 1.3f + 20, size.height * 1.2f + 10);
    const double scale = std::clamp(1600.0 / box.width, 1.0, 2.0);
    const cv::Size out(int(box.width * scale), int(box.height * scale));
    cv::Mat rot = cv::getRotationMatrix2D(rect.center, angle, scale);
    rot.at<double>(0, 2) += out.width / 2.0 - rect.center.x;
    rot.at<double>(1, 2) += out.height / 2.0 - rect.center.y;
    Crop c;
    cv::Mat turned;
    cv::warpAffine(grey, turned, rot, out, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    cv::blur(turned, c.image, cv::Size(1, 2 * int(4 * scale) + 1));
    cv::Mat rot3 = cv::Mat::eye(3, 3, CV_64F);
    rot.copyTo(rot3(cv::Rect(0, 0, 3, 2)));
    c.toFrame = rot3.inv();
    return c;
}

// The candidate's quadrilateral warped to a square: undoes perspective (a label turned away from the camera)
// that ZXing's DataMatrix detector tolerates badly.
Crop rectify(const cv::Mat& grey, const std::vector<cv::Point2f>& quad)
{
    Crop c;
    if (quad.size() != 4)
        return c;
    double side = 0;
    for (int i = 0; i < 4; ++i)
        side = std::max(side, double(cv::norm(quad[i] - quad[(i + 1) % 4])));
    side = std::clamp(side * 1.5, 160.0, 420.0);
    const float s = float(side), m = float(side * 0.15);
    const cv::Point2f dst[4] = {{m, m}, {m + s, m}, {m + s, m + s}, {m, m + s}};
    const cv::Mat toCrop = cv::getPerspectiveTransform(quad.data(), dst);
    const int out = int(side + 2 * m);
    cv::warpPerspective(grey, c.image, toCrop, cv::Size(out, out), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    c.toFrame = toCrop.inv();
    return c;
}

// Module size in crop pixels, roughly: a region's shorter side spans ~20 modules on a pack's code.
double moduleEstimate(const Crop& crop, const CodeCandidate& c)
{
    const double cropScale = 1.0 / crop.toFrame.at<double>(0, 0);
    return std::max(2.0, std::min(c.rect.size.width, c.rect.size.height) * cropScale / 20);
}

// The same for a linear crop: the code's length over ~95 modules (EAN-13). Longer codes have more, smaller
// modules; overestimating only makes the local white level of normaliseLocalContrast smoother.
double linearModuleEstimate(const Crop& crop)
{
    return crop.image.cols / 1.3 / 95;
}

// Rotates the crop so the candidate's sides are axis-aligned (ZXing's DataMatrix detector prefers that).
Crop deskew(const Crop& crop, double angleDegrees)
{
    const cv::Point2f centre(crop.image.cols / 2.0f, crop.image.rows / 2.0f);
    cv::Mat rot = cv::getRotationMatrix2D(centre, angleDegrees, 1.0);
    Crop out;
    cv::warpAffine(crop.image, out.image, rot, crop.image.size(), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    cv::Mat rot3 = cv::Mat::eye(3, 3, CV_64F);
    rot.copyTo(rot3(cv::Rect(0, 0, 3, 2)));
    out.toFrame = crop.toFrame * rot3.inv();
    return out;
}

// Matrix codes first (a pack's GS1 DataMatrix is what the station looks for), then linear ones.
void orderFound(std::vector<Barcode>& found)
{
    auto rank = [](const Barcode& b) {
        if (b.format == "DataMatrix")
            return 0;
        if (b.format == "QRCode")
            return 1;
        if (b.format == "Aztec" || b.format == "PDF417" || b.format == "MicroQRCode" || b.format == "MaxiCode")
            return 2;
        return 3;
    };
    std::stable_sort(found.begin(), found.end(), [&](const Barcode& a, const Barcode& b) { return rank(a) < rank(b); });
}

// libdmtx's reads as ours, under the same rules as ZXing's; `toFrame` maps `image`'s pixels to the frame.
bool addLibdmtxReads(const cv::Mat& image, const cv::Mat& toFrame, std::chrono::steady_clock::time_point deadline,
                     int shrink, const char* step, std::vector<Read>& found)
{
    // libdmtx searches every edge of a frame: on a cluttered 1280x960 frame it once "decoded" a 10x10 symbol
    // (5 check codewords) in the background. A pack's code is 16x16 or larger; with 12 check codewords or more,
    // noise that passes Reed-Solomon is out of reach.
    constexpr int kMinErrorCodewords = 12;
    bool any = false;
    for (auto& s : readDataMatrixWithLibdmtx(image, deadline, shrink)) {
        if (s.errorCodewords < kMinErrorCodewords)
            continue;
        Read read;
        read.code.format = "DataMatrix";
        read.code.symbology = s.gs1 ? "]d2" : "]d1";
        read.code.text = std::move(s.text);
        read.code.utf8 = std::move(s.utf8);
        read.code.step = step;
        if (!validate(read.code))
            continue;
        cv::perspectiveTransform(s.corners, read.code.corners, toFrame);
        addUnique(found, std::move(read));
        any = true;
    }
    return any;
}

// libdmtx on the matrix candidates, each given an equal share of half the budget, then on the whole frame
// (subsampled first: quick for large modules) until the budget is spent.
void consultLibdmtx(const cv::Mat& grey, const std::vector<CodeCandidate>& candidates, const std::vector<Crop>& crops,
                    int budgetMs, std::vector<Read>& found)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto end = start + std::chrono::milliseconds(budgetMs);
    int matrixRegions = 0;
    for (const auto& c : candidates)
        matrixRegions += !c.linear;
    const auto share = std::chrono::milliseconds(budgetMs / 2 / std::max(1, matrixRegions));
    for (size_t i = 0; i < crops.size() && i < candidates.size(); ++i) {
        if (candidates[i].linear || crops[i].image.empty())
            continue;
        if (addLibdmtxReads(crops[i].image, crops[i].toFrame, std::min(end, Clock::now() + share), 1, "libdmtx-region",
                            found))
            return;
    }
    const cv::Mat identity = cv::Mat::eye(3, 3, CV_64F);
    for (int shrink : {2, 1})
        if (Clock::now() < end && addLibdmtxReads(grey, identity, end, shrink, "libdmtx-frame", found))
            return;
}

} // namespace

std::vector<cv::RotatedRect> locateCodeCandidates(const cv::Mat& grey, int maxCandidates)
{
    std::vector<cv::RotatedRect> out;
    for (const auto& c : locateCodes(toGrey(grey), maxCandidates, 0))
        out.push_back(c.rect);
    return out;
}

BarcodeReader::BarcodeReader()
    : BarcodeReader(BarcodeReaderOptions{})
{}

BarcodeReader::BarcodeReader(BarcodeReaderOptions options)
    : m_options(options)
{}

std::vector<Barcode> BarcodeReader::read(const cv::Mat& image) const
{
    std::vector<Read> found;
    if (image.empty())
        return {};
    const cv::Mat grey = toGrey(image);
    const cv::Mat identity = cv::Mat::eye(3, 3, CV_64F);
    const auto hard = hintsFor(m_options.allFormats);
    const auto global = hintsFor(m_options.allFormats, ZXing::Binarizer::GlobalHistogram);
    // Decodes one image and labels what it found with the pipeline step, for diagnostics and the benchmark.
    auto attempt = [&](const cv::Mat& img, const Hints& hints, const cv::Mat& toFrame, Formats formats,
                       const char* step) {
        if (img.empty())
            return false;
        const size_t before = found.size();
        const bool hit = decode(img, hints, toFrame, found, formats) > 0;
        for (size_t k = before; k < found.size(); ++k)
            found[k].code.step = step;
        return hit;
    };
    auto done = [&] {
        std::vector<Barcode> codes = resolveConflicts(std::move(found));
        orderFound(codes);
        return codes;
    };

    // A small image is probably a crop or a scan: ZXing on the whole of it is cheap and often enough.
    const bool small = double(grey.cols) * grey.rows <= 640.0 * 480.0;
    if (small && m_options.wholeFrame) {
        if (attempt(grey, hard, identity, Formats::All, "whole-image"))
            return done();
        // White on black (laser-marked codes): ZXing 1.4 reads dark modules only.
        if (m_options.retryVariations && attempt(inverted(grey), hard, identity, Formats::Matrix, "inverted"))
            return done();
    }

    // Fast path: each candidate region once, as cropped; linear candidates turned so their bars stand up.
    std::vector<CodeCandidate> candidates;
    std::vector<Crop> crops;
    if (m_options.locateCandidates) {
        candidates = locateCodes(grey, m_options.maxCandidates, m_options.maxCandidates);
        for (const auto& c : candidates) {
            crops.push_back(c.linear ? cropLinear(grey, c.rect) : cropCandidate(grey, c.rect));
            attempt(crops.back().image, hard, crops.back().toFrame, c.linear ? Formats::Linear : Formats::All,
                    "region");
        }
    }
    if (!found.empty())
        return done();
    // Live: one more cheap look, ZXing's own detector and image pyramid over the whole frame, matrix codes only.
    // It finds what the regions miss most often, a large code at an angle, in a few ms (2D detection is cheap
    // next to ZXing's row scans for linear codes).
    if (m_options.mode == ReadMode::LivePreview) {
        // At half size: such a code keeps 5 px modules or more, and the look costs a quarter.
        if (!small && m_options.wholeFrame) {
            cv::Mat half;
            cv::resize(grey, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
            attempt(half, hard, translationScale(0, 0, 0.5), Formats::Matrix, "whole-frame");
        }
        return done();
    }

    // The most telling variation of each region first: a highlight normalised away, a white-on-black code
    // inverted, a linear code smoothed along its bars.
    if (m_options.retryVariations) {
        for (size_t i = 0; i < crops.size() && found.empty(); ++i) {
            const Crop& crop = crops[i];
            if (crop.image.empty())
                continue;
            if (candidates[i].linear) {
                if (!attempt(sharpen(crop.image), hard, crop.toFrame, Formats::Linear, "linear-sharpened") &&
                    saturatedFraction(crop.image) > 0.02)
                    attempt(normaliseLocalContrast(crop.image, linearModuleEstimate(crop)), hard, crop.toFrame,
                            Formats::Linear, "glare");
                continue;
            }
            if (saturatedFraction(crop.image) > 0.02 &&
                attempt(normaliseLocalContrast(crop.image, moduleEstimate(crop, candidates[i])), hard, crop.toFrame,
                        Formats::Matrix, "glare"))
                break;
            attempt(inverted(crop.image), hard, crop.toFrame, Formats::Matrix, "inverted");
        }
    }
    if (!found.empty())
        return done();
    if (m_options.wholeFrame && !small)
        attempt(grey, hard, identity, Formats::All, "whole-frame");
    if (!found.empty() || !m_options.retryVariations)
        return done();

    // A highlight can cut a code in pieces that no longer look like one: locate again on the frame normalised
    // for local contrast, and try the regions not seen yet.
    if (m_options.locateCandidates) {
        for (const auto& c : locateCodes(grey, m_options.maxCandidates, m_options.maxCandidates, true)) {
            // Already tried: the same kind of region in the same place with about the same extent (a highlight
            // may leave the middle of a code where it was, while the blob now reaches across the whole code).
            auto longSide = [](const cv::RotatedRect& r) { return std::max(r.size.width, r.size.height); };
            bool seen = false;
            for (const auto& old : candidates)
                seen = seen || (old.linear == c.linear &&
                                cv::norm(old.rect.center - c.rect.center) <
                                    std::min(c.rect.size.width, c.rect.size.height) / 3 &&
                                std::abs(longSide(old.rect) - longSide(c.rect)) < 0.2 * longSide(c.rect));
            if (seen)
                continue;
            if (c.linear) {
                const Crop crop = cropLinear(grey, c.rect);
                if (attempt(normaliseLocalContrast(crop.image, linearModuleEstimate(crop)), hard, crop.toFrame,
                            Formats::Linear, "glare-located") ||
                    attempt(crop.image, hard, crop.toFrame, Formats::Linear, "glare-located"))
                    break;
                continue;
            }
            const Crop crop = cropCandidate(grey, c.rect);
            if (attempt(normaliseLocalContrast(crop.image, moduleEstimate(crop, c)), hard, crop.toFrame,
                        Formats::Matrix, "glare-located") ||
                attempt(crop.image, hard, crop.toFrame, Formats::All, "glare-located"))
                break;
        }
    }
    if (!found.empty())
        return done();

    // Slow path, only for frames that gave nothing: more variations per candidate, cheapest first.
    for (size_t i = 0; i < crops.size() && found.empty(); ++i) {
        const Crop& crop = crops[i];
        const CodeCandidate& cand = candidates[i];
        if (crop.image.empty() || cand.linear)
            continue;
        const Crop straight = deskew(crop, cand.rect.angle);
        const double module = moduleEstimate(crop, cand);
        const int glareKernel = std::max(5, int(module * 2.5));
        // Built lazily, cheapest and most often useful first.
        using Variant = std::pair<std::function<cv::Mat()>, const Crop*>;
        const std::vector<Variant> variants = {
            {[&] { return straight.image; }, &straight},
            {[&] { return stretchContrast(crop.image); }, &crop},
            {[&] { return normaliseLocalContrast(crop.image, module); }, &crop},
            {[&] { return flattenGlare(crop.image, glareKernel); }, &crop},
            {[&] { return equaliseLocally(crop.image); }, &crop},
            {[&] { return sharpen(crop.image); }, &crop},
            {[&] { return normaliseLocalContrast(straight.image, module); }, &straight},
            {[&] { return sharpen(straight.image); }, &straight},
        };
        for (const auto& [make, geometry] : variants) {
            const cv::Mat img = make();
            if (attempt(img, hard, geometry->toFrame, Formats::Matrix, "variation") ||
                attempt(img, global, geometry->toFrame, Formats::Matrix, "variation"))
                break;
        }
        if (!found.empty())
            break;
        const Crop square = rectify(grey, cand.quad);
        if (attempt(square.image, hard, square.toFrame, Formats::Matrix, "perspective") ||
            (!square.image.empty() && attempt(normaliseLocalContrast(square.image, module), hard, square.toFrame,
                                              Formats::Matrix, "perspective")))
            break;
        // Scale: a blurred small code reads better a little smaller, a large one a little larger.
        for (double s : {0.6, 1.6}) {
            cv::Mat scaled;
            cv::resize(crop.image, scaled, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
            if (attempt(scaled, hard, crop.toFrame * translationScale(0, 0, s), Formats::Matrix, "rescaled"))
                break;
        }
    }
    // A border hidden in part (a gloved finger over a corner): redraw it and let Reed-Solomon judge the rest.
    if (found.empty()) {
        Hints pure = hintsFor(false);
        pure.matrix.setFormats(ZXing::BarcodeFormat::DataMatrix);
        pure.matrix.setIsPure(true);
        pure.matrix.setTryRotate(false);
        pure.matrix.setTryDownscale(false);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBorderRepairBudgetMs);
        for (const auto& cand : candidates)
            if (!cand.linear &&
                decodeWithRedrawnBorder(grey, cand.rect, deadline, [&](const cv::Mat& symbol, const cv::Mat& toFrame) {
                    return attempt(symbol, pure, toFrame, Formats::Matrix, "border-redrawn");
                }))
                break;
    }
    if (!found.empty())
        return done();
    // Last, a second, independent decoder for DataMatrix: ZXing's detector gave up on every region.
    if (m_options.libdmtxBudgetMs > 0)
        consultLibdmtx(grey, candidates, crops, m_options.libdmtxBudgetMs, found);
    return done();
}

} // namespace prep::devices