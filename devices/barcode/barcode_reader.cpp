// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/barcode_reader.h"

#include "devices/gs1/gs1.h"

#include <opencv2/imgproc.hpp>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace prep::devices {

namespace {

// The one cv::Mat -> ZXing::ImageView adapter (STYLE.md §7): grey, 8 bits, any row stride.
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
    return grey;
}

ZXing::DecodeHints hintsFor(bool hard, bool allFormats, ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    ZXing::DecodeHints hints;
    using F = ZXing::BarcodeFormat;
    hints.setFormats(allFormats ? ZXing::BarcodeFormats(F::Any)
                                : F::DataMatrix | F::QRCode | F::Code128 | F::EAN13 | F::EAN8 | F::UPCA | F::UPCE |
                                      F::DataBar | F::DataBarExpanded);
    hints.setTryHarder(hard);
    hints.setTryRotate(hard);
    hints.setTryDownscale(true);
    hints.setBinarizer(binarizer);
    hints.setReturnErrors(false);
    return hints;
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

// Converts a ZXing result to ours, mapping its corners back by `offset` and `scale` (the crop's geometry).
// Returns false for content that claims GS1 but breaks its rules: better no read than a wrong one.
bool convert(const ZXing::Result& r, const cv::Mat& toFrame, Barcode& out)
{
    out.format = formatName(r);
    out.symbology = r.symbologyIdentifier();
    const auto& bytes = r.bytes();
    out.text.assign(bytes.begin(), bytes.end());
    // ZXing keeps FNC1 in the first position implicit; a leading GS is not data.
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
    const auto& pos = r.position();
    std::vector<cv::Point2f> pts;
    for (int i = 0; i < 4; ++i)
        pts.emplace_back(float(pos[i].x), float(pos[i].y));
    cv::perspectiveTransform(pts, out.corners, toFrame);
    return true;
}

void addUnique(std::vector<Barcode>& found, Barcode b)
{
    for (const auto& f : found)
        if (f.text == b.text && f.format == b.format)
            return;
    found.push_back(std::move(b));
}

// Decodes `image` (grey); every valid result goes to `found`. Returns how many were added or already known.
int decode(const cv::Mat& image, const ZXing::DecodeHints& hints, const cv::Mat& toFrame, std::vector<Barcode>& found)
{
    int n = 0;
    for (const auto& r : ZXing::ReadBarcodes(toImageView(image), hints)) {
        if (!r.isValid())
            continue;
        Barcode b;
        if (convert(r, toFrame, b)) {
            addUnique(found, std::move(b));
            ++n;
        }
    }
    return n;
}

cv::Mat translationScale(double dx, double dy, double s)
{
    // Maps crop coordinates back to the frame: frame = crop / s + (dx, dy).
    return (cv::Mat_<double>(3, 3) << 1 / s, 0, dx, 0, 1 / s, dy, 0, 0, 1);
}

// Crop around a candidate, upscaled so a small code has at least ~4 px per module for ZXing's detector.
struct Crop
{
    cv::Mat image;
    cv::Mat toFrame;
};

Crop cropCandidate(const cv::Mat& grey, const cv::RotatedRect& rect)
{
    const cv::Rect box = rect.boundingRect();
    // Generous margin: the candidate blob may miss a quiet zone or a finder edge.
    const int margin = int(std::max(box.width, box.height) * 0.25) + 8;
    const cv::Rect roi =
        (box + cv::Size(2 * margin, 2 * margin) - cv::Point(margin, margin)) & cv::Rect(0, 0, grey.cols, grey.rows);
    Crop c;
    const double side = std::max(roi.width, roi.height);
    const double scale = side < 260 ? std::min(3.0, 260.0 / side) : (side > 700 ? 700.0 / side : 1.0);
    if (scale != 1.0)
        cv::resize(grey(roi), c.image, cv::Size(), scale, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
    else
        c.image = grey(roi).clone();
    c.toFrame = translationScale(roi.x, roi.y, scale);
    return c;
}

cv::Mat stretchContrast(const cv::Mat& grey)
{
    cv::Mat out;
    cv::normalize(grey, out, 0, 255, cv::NORM_MINMAX);
    return out;
}

cv::Mat claheOf(const cv::Mat& grey)
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
    return claheOf(255 - stretched);
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

} // namespace

std::vector<cv::RotatedRect> locateCodeCandidates(const cv::Mat& greyIn, int maxCandidates)
{
    cv::Mat grey = toGrey(greyIn);
    // The kernels below are tuned for a 1280x960 camera frame; larger photos are searched at that scale and the
    // regions scaled back.
    const double shrink = std::min(1.0, 1600.0 / std::max(grey.cols, grey.rows));
    if (shrink < 1.0) {
        cv::Mat smaller;
        cv::resize(grey, smaller, cv::Size(), shrink, shrink, cv::INTER_AREA);
        grey = smaller;
    }
    // Dense texture of dark/light modules: strong morphological gradient everywhere inside a code, closed into
    // one blob; text lines and edges give elongated or sparse blobs that the shape tests drop.
    cv::Mat gradient;
    cv::morphologyEx(grey, gradient, cv::MORPH_GRADIENT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat edges;
    cv::threshold(gradient, edges, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);

    struct Scored
    {
        cv::RotatedRect rect;
        double score;
    };
    std::vector<Scored> scored;
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
            // Smallest code: 10x10 modules of 2 px; largest: a third of the frame.
            if (area < 300 || area > frameArea / 3)
                continue;
            const cv::RotatedRect rect = cv::minAreaRect(contour);
            const double w = rect.size.width, h = rect.size.height;
            if (w < 14 || h < 14)
                continue;
            const double aspect = std::max(w, h) / std::min(w, h);
            const double fill = area / (w * h);
            if (aspect > 3.0 || fill < 0.45)
                continue;
            // The same region found at both sizes is one candidate.
            bool known = false;
            for (const auto& s : scored)
                known = known || cv::norm(s.rect.center - rect.center) < std::min(w, h) / 3;
            if (known)
                continue;
            // Square, solid blobs first; size breaks ties in favour of larger (better resolved) codes.
            scored.push_back({rect, fill / aspect + 1e-6 * area});
        }
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    std::vector<cv::RotatedRect> out;
    for (const auto& s : scored) {
        if (int(out.size()) >= maxCandidates)
            break;
        out.emplace_back(s.rect.center / shrink,
                         cv::Size2f(s.rect.size.width / float(shrink), s.rect.size.height / float(shrink)),
                         s.rect.angle);
    }
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
    std::vector<Barcode> found;
    if (image.empty())
        return found;
    const cv::Mat grey = toGrey(image);
    const cv::Mat identity = cv::Mat::eye(3, 3, CV_64F);
    const auto hard = hintsFor(true, m_options.allFormats);
    const auto global = hintsFor(true, m_options.allFormats, ZXing::Binarizer::GlobalHistogram);
    // A small image is probably a crop or a scan: ZXing on the whole of it is cheap and often enough.
    const bool small = double(grey.cols) * grey.rows <= 640.0 * 480.0;
    if (small && m_options.wholeFrame && decode(grey, hard, identity, found))
        return found;

    std::vector<cv::RotatedRect> candidates;
    std::vector<Crop> crops;
    if (m_options.locateCandidates) {
        candidates = locateCodeCandidates(grey, m_options.maxCandidates);
        // Fast path: each candidate region once, as cropped.
        for (const auto& c : candidates) {
            crops.push_back(cropCandidate(grey, c));
            decode(crops.back().image, hard, crops.back().toFrame, found);
        }
    }
    if (!found.empty())
        return found;
    if (m_options.wholeFrame && !small)
        decode(grey, hard, identity, found);
    if (!found.empty() || !m_options.retryVariations)
        return found;

    // Slow path, only for frames that gave nothing: variations per candidate, cheapest first.
    for (size_t i = 0; i < crops.size() && found.empty(); ++i) {
        const Crop& crop = crops[i];
        const Crop straight = deskew(crop, candidates[i].angle);
        // Module size in crop pixels, roughly: codes on packs are 16-26 modules wide.
        const double cropScale = crop.image.cols / std::max(1.0, double(candidates[i].boundingRect().width));
        const double side = std::min(candidates[i].size.width, candidates[i].size.height) * cropScale;
        const int glareKernel = std::max(5, int(side / 8));
        // Built lazily, cheapest and most often useful first.
        using Variant = std::pair<std::function<cv::Mat()>, const Crop*>;
        const std::vector<Variant> variants = {
            {[&] { return straight.image; }, &straight},
            {[&] { return stretchContrast(crop.image); }, &crop},
            {[&] { return flattenGlare(crop.image, glareKernel); }, &crop},
            {[&] { return claheOf(crop.image); }, &crop},
            {[&] { return sharpen(crop.image); }, &crop},
            {[&] { return flattenGlare(straight.image, glareKernel); }, &straight},
            {[&] { return sharpen(straight.image); }, &straight},
        };
        for (const auto& [make, geometry] : variants) {
            const cv::Mat img = make();
            if (decode(img, hard, geometry->toFrame, found))
                break;
            if (decode(img, global, geometry->toFrame, found))
                break;
        }
        if (found.empty()) {
            // Scale: a blurred small code reads better a little smaller, a large one a little larger.
            for (double s : {0.6, 1.6}) {
                cv::Mat scaled;
                cv::resize(crop.image, scaled, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
                if (decode(scaled, hard, crop.toFrame * translationScale(0, 0, s), found))
                    break;
            }
        }
    }
    return found;
}

} // namespace prep::devices
