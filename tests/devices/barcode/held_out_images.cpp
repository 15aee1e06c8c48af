// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/held_out_images.h"

#include "devices/gs1/gs1.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <zint.h>

#include <cmath>
#include <memory>
#include <random>

namespace prep::test {

namespace {

constexpr double kPi = 3.14159265358979323846;

// A symbol through zint's own raster output (quiet zones included, human-readable text under linear codes when
// `text`), `scale` as zint counts it: 1.0 = 2 px per module.
cv::Mat zintBitmap(int symbology, int inputMode, const std::string& data, float scale, bool text = false,
                   bool rectangular = false)
{
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> s(ZBarcode_Create(), &ZBarcode_Delete);
    s->symbology = symbology;
    s->input_mode = inputMode;
    s->scale = scale;
    s->show_hrt = text ? 1 : 0;
    s->output_options |= BARCODE_QUIET_ZONES;
    if (symbology == BARCODE_DATAMATRIX && rectangular)
        s->option_2 = 30; // 16x48
    else if (symbology == BARCODE_DATAMATRIX)
        s->option_3 = DM_SQUARE;
    if (ZBarcode_Encode_and_Buffer(s.get(), reinterpret_cast<const unsigned char*>(data.data()), int(data.size()), 0) >=
        ZINT_ERROR)
        return {};
    const cv::Mat rgb(s->bitmap_height, s->bitmap_width, CV_8UC3, s->bitmap);
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

struct Content
{
    std::string zintData; // what zint encodes
    int inputMode = DATA_MODE;
    ExpectedCode expected;
};

// Fictitious pack data in the French CIP range (GTIN-14 = 0 + CIP13 under 34009).
std::string gtin14(std::mt19937& rng)
{
    std::string body = "034009" + std::to_string(1000000 + int(rng() % 8999999));
    return body + devices::gs1CheckDigit(body);
}

std::string alnum(std::mt19937& rng, int n)
{
    static constexpr char kChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    std::string s;
    for (int i = 0; i < n; ++i)
        s += kChars[rng() % (sizeof(kChars) - 1)];
    return s;
}

Content gs1DataMatrix(std::mt19937& rng)
{
    const std::string hri = "(01)" + gtin14(rng) + "(17)2" + std::to_string(6 + int(rng() % 4)) + "0" +
                            std::to_string(1 + int(rng() % 9)) + "00(10)" + alnum(rng, 3 + int(rng() % 6)) + "(21)" +
                            alnum(rng, 6 + int(rng() % 12));
    std::string bracketed = hri;
    for (char& c : bracketed)
        c = c == '(' ? '[' : c == ')' ? ']' : c;
    return {bracketed, GS1_MODE, {"DataMatrix", hri}};
}

Content gs1128(std::mt19937& rng)
{
    const std::string hri = "(01)" + gtin14(rng) + "(17)280331(10)" + alnum(rng, 4 + int(rng() % 4));
    std::string bracketed = hri;
    for (char& c : bracketed)
        c = c == '(' ? '[' : c == ')' ? ']' : c;
    return {bracketed, GS1_MODE, {"GS1-128", hri}};
}

Content ean13(std::mt19937& rng)
{
    const std::string body = "34009" + std::to_string(1000000 + int(rng() % 8999999));
    return {body, DATA_MODE, {"EAN-13", body + devices::gs1CheckDigit(body)}};
}

Content qr(std::mt19937& rng)
{
    const std::string text = "https://pui.example.org/prep/" + alnum(rng, 10);
    return {text, DATA_MODE, {"QRCode", text}};
}

int symbologyOf(const Content& c)
{
    if (c.expected.format == "DataMatrix")
        return BARCODE_DATAMATRIX;
    if (c.expected.format == "GS1-128")
        return BARCODE_GS1_128;
    if (c.expected.format == "EAN-13")
        return BARCODE_EANX;
    return BARCODE_QRCODE;
}

cv::Mat render(const Content& c, float scale)
{
    const bool linear = c.expected.format == "GS1-128" || c.expected.format == "EAN-13";
    return zintBitmap(symbologyOf(c), c.inputMode, c.zintData, scale, linear);
}

// Backgrounds unlike the isolator scene: a wooden bench, a cloth, a dark steel bench with reflections.
cv::Mat background(std::mt19937& rng, int kind, cv::Size size)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    cv::Mat bg(size, CV_8UC3);
    cv::RNG noise(rng());
    if (kind == 0) { // wood: wavy stripes, smooth enough to be drawn at a quarter of the size
        const double f = 0.02 + 0.03 * u(rng), phase = 10 * u(rng);
        cv::Mat quarter(size.height / 4, size.width / 4, CV_8UC3);
        for (int y = 0; y < quarter.rows; ++y)
            for (int x = 0; x < quarter.cols; ++x) {
                const double w = 0.5 + 0.5 * std::sin(f * (4 * x + 25 * std::sin(4 * y * 0.01 + phase)) + phase);
                quarter.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(60 + 30 * w), uchar(100 + 40 * w), uchar(150 + 50 * w));
            }
        cv::resize(quarter, bg, size, 0, 0, cv::INTER_LINEAR);
    } else { // cloth or dark bench: a low-frequency random field
        cv::Mat coarse(6, 8, CV_8UC3);
        const double base = kind == 1 ? 120 : 45, spread = kind == 1 ? 90 : 40;
        for (int y = 0; y < coarse.rows; ++y)
            for (int x = 0; x < coarse.cols; ++x)
                coarse.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(base + spread * u(rng)), uchar(base + spread * u(rng)),
                                                       uchar(base + spread * u(rng)));
        cv::resize(coarse, bg, size, 0, 0, cv::INTER_CUBIC);
    }
    cv::Mat grain(size, CV_8UC3);
    noise.fill(grain, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(5));
    cv::Mat out;
    cv::add(bg, grain, out, cv::noArray(), CV_8UC3);
    // Distractors: pens, a printed note, a perforated tray.
    for (int i = 0; i < 4; ++i)
        cv::line(out, cv::Point(int(u(rng) * size.width), int(u(rng) * size.height)),
                 cv::Point(int(u(rng) * size.width), int(u(rng) * size.height)),
                 cv::Scalar(255 * u(rng), 255 * u(rng), 255 * u(rng)), 4 + int(10 * u(rng)), cv::LINE_AA);
    const cv::Point note(int(u(rng) * size.width * 0.7), int(u(rng) * size.height * 0.8) + 40);
    cv::rectangle(out, cv::Rect(note.x - 8, note.y - 30, 300, 90), cv::Scalar(245, 245, 245), cv::FILLED);
    cv::putText(out, "Retour pharmacie 14h30", note, cv::FONT_HERSHEY_COMPLEX, 0.7, cv::Scalar(40, 20, 20), 1,
                cv::LINE_AA);
    cv::putText(out, "Chambre froide 2", note + cv::Point(0, 35), cv::FONT_HERSHEY_COMPLEX, 0.7, cv::Scalar(40, 20, 20),
                1, cv::LINE_AA);
    const cv::Point tray(int(u(rng) * size.width * 0.8), int(u(rng) * size.height * 0.8));
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 9; ++c)
            cv::circle(out, tray + cv::Point(c * 16, r * 16), 5, cv::Scalar(20, 20, 20), cv::FILLED, cv::LINE_AA);
    return out;
}

// A card (paper, or black for a laser-marked code) carrying the symbols side by side over a line of text.
cv::Mat card(const std::vector<cv::Mat>& symbols, bool dark, std::mt19937& rng)
{
    int width = 40, height = 0;
    for (const auto& s : symbols) {
        width += s.cols + 40;
        height = std::max(height, s.rows);
    }
    const cv::Scalar paper = dark ? cv::Scalar(35, 35, 40) : cv::Scalar(235 + rng() % 15, 240, 242 - rng() % 20);
    cv::Mat c(height + 130, width, CV_8UC3, paper);
    const cv::Scalar ink = dark ? cv::Scalar(230, 230, 230) : cv::Scalar(30, 30, 30);
    cv::putText(c, "BORTEZOMIB 3,5 mg - DEMO", cv::Point(30, 55), cv::FONT_HERSHEY_TRIPLEX, 1.0, ink, 2, cv::LINE_AA);
    int x = 40;
    for (const auto& s : symbols) {
        cv::Mat sym = dark ? cv::Mat(cv::Scalar::all(255) - s) : s;
        if (dark) {
            // Laser marking leaves the quiet zone dark: only the modules are bright.
            cv::Mat f;
            sym.convertTo(f, CV_8UC3, 0.85, 20);
            sym = f;
        }
        sym.copyTo(c(cv::Rect(x, 90, s.cols, s.rows)));
        x += s.cols + 40;
    }
    return c;
}

struct Pose
{
    cv::Point2d centre;  // in the frame
    double width = 600;  // the card's width in the frame, pixels, before perspective
    double rotation = 0; // in the image plane, degrees
    double tilt = 0;     // about the card's vertical axis, degrees
    double pitch = 0;    // about its horizontal axis, degrees
};

// Photographs `cardImage` lying on `scene`: pinhole projection of the tilted card, uneven light, defocus, noise
// and JPEG compression as a cheap webcam would deliver.
cv::Mat photograph(const cv::Mat& cardImage, cv::Mat scene, const Pose& pose, std::mt19937& rng, double blur,
                   double noiseSigma, int jpegQuality, double light = 1.0, double streak = 0)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double s = pose.width / cardImage.cols;
    const double t = pose.tilt * kPi / 180, p = pose.pitch * kPi / 180, r = pose.rotation * kPi / 180;
    const double focal = 1.4 * scene.cols;
    auto project = [&](double x, double y) {
        x = (x - cardImage.cols / 2.0) * s;
        y = (y - cardImage.rows / 2.0) * s;
        // tilt about y, then pitch about x
        double x1 = x * std::cos(t), z1 = x * std::sin(t);
        double y2 = y * std::cos(p) - z1 * std::sin(p), z2 = y * std::sin(p) + z1 * std::cos(p);
        const double px = focal * x1 / (focal + z2), py = focal * y2 / (focal + z2);
        return cv::Point2f(float(pose.centre.x + px * std::cos(r) - py * std::sin(r)),
                           float(pose.centre.y + px * std::sin(r) + py * std::cos(r)));
    };
    const float w = float(cardImage.cols), h = float(cardImage.rows);
    const cv::Point2f src[4] = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    const cv::Point2f dst[4] = {project(0, 0), project(w, 0), project(w, h), project(0, h)};
    const cv::Mat homography = cv::getPerspectiveTransform(src, dst);
    cv::Mat smooth;
    cv::GaussianBlur(cardImage, smooth, cv::Size(), 0.4 * std::max(1.0, 1.0 / s));
    cv::warpPerspective(smooth, scene, homography, scene.size(), cv::INTER_AREA, cv::BORDER_TRANSPARENT);
    // Light: a ramp across the frame and a vignette.
    // Light and reflections vary slowly: computed at a quarter of the size and interpolated.
    const cv::Size quarter(scene.cols / 4, scene.rows / 4);
    cv::Mat lightQuarter(quarter, CV_32F);
    const double angle = u(rng) * 2 * kPi, depth = 0.25 + 0.25 * u(rng);
    for (int y = 0; y < quarter.height; ++y)
        for (int x = 0; x < quarter.width; ++x) {
            const double nx = (x - quarter.width / 2.0) / quarter.width;
            const double ny = (y - quarter.height / 2.0) / quarter.height;
            const double ramp = 1.0 - depth * (0.5 + nx * std::cos(angle) + ny * std::sin(angle));
            const double vignette = 1.0 - 0.5 * (nx * nx + ny * ny);
            lightQuarter.at<float>(y, x) = float(std::clamp(ramp * vignette, 0.2, 1.2) * light);
        }
    cv::Mat lightField, light3;
    cv::resize(lightQuarter, lightField, scene.size(), 0, 0, cv::INTER_LINEAR);
    cv::merge(std::vector<cv::Mat>{lightField, lightField, lightField}, light3);
    cv::Mat f;
    scene.convertTo(f, CV_32FC3);
    f = f.mul(light3);
    if (streak > 0) {
        // The reflection of a ceiling tube on glossy film: a long soft band across the card, saturating the
        // paper and lifting the print, centred near the card's middle.
        const cv::Point2f c = project(cardImage.cols * (0.3 + 0.4 * u(rng)), cardImage.rows * (0.4 + 0.2 * u(rng)));
        const double a = u(rng) * kPi, halfWidth = 12 + 10 * u(rng);
        cv::Mat bandQuarter(quarter, CV_32F);
        for (int y = 0; y < quarter.height; ++y)
            for (int x = 0; x < quarter.width; ++x) {
                const double d = std::abs(-(4 * x - c.x) * std::sin(a) + (4 * y - c.y) * std::cos(a));
                bandQuarter.at<float>(y, x) = float(streak * 255 * std::exp(-d * d / (2 * halfWidth * halfWidth)));
            }
        cv::Mat band, band3;
        cv::resize(bandQuarter, band, scene.size(), 0, 0, cv::INTER_LINEAR);
        cv::merge(std::vector<cv::Mat>{band, band, band}, band3);
        f += band3;
    }
    if (blur > 0)
        cv::GaussianBlur(f, f, cv::Size(), blur);
    cv::Mat n(f.size(), CV_32FC3);
    cv::RNG(rng()).fill(n, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noiseSigma));
    f += n;
    cv::Mat photo;
    f.convertTo(photo, CV_8UC3);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", photo, jpeg, {cv::IMWRITE_JPEG_QUALITY, jpegQuality});
    return cv::imdecode(jpeg, cv::IMREAD_COLOR);
}

// A plain scan: the symbol on a white page with a margin.
cv::Mat page(const cv::Mat& symbol, int margin)
{
    cv::Mat out;
    cv::copyMakeBorder(symbol, out, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar::all(255));
    return out;
}

} // namespace

std::vector<HeldOutImage> heldOutImages()
{
    std::vector<HeldOutImage> out;
    std::mt19937 rng(20261123);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto add = [&](const std::string& name, cv::Mat image, std::vector<ExpectedCode> codes) {
        out.push_back({name, std::move(image), std::move(codes)});
    };

    // Scans: each format on a white page; DataMatrix from 2 to 8 px per module.
    for (float scale : {1.0f, 1.5f, 2.5f, 4.0f}) {
        const Content c = gs1DataMatrix(rng);
        add("scan-dm-" + std::to_string(int(scale * 2)) + "px", page(render(c, scale), 30), {c.expected});
    }
    for (const auto& c : {qr(rng), ean13(rng), gs1128(rng)})
        add("scan-" + c.expected.format, page(render(c, 1.5f), 30), {c.expected});

    // Codes filling the frame (a phone held close): 1280x960 and a square crop of the symbol alone.
    {
        const Content c = gs1DataMatrix(rng);
        cv::Mat sym = render(c, 1.0f);
        const double fit = 900.0 / sym.rows;
        cv::resize(sym, sym, cv::Size(), fit, fit, cv::INTER_NEAREST);
        cv::Mat frame(960, 1280, CV_8UC3, cv::Scalar::all(250));
        sym.copyTo(frame(cv::Rect((1280 - sym.cols) / 2, (960 - sym.rows) / 2, sym.cols, sym.rows)));
        add("fill-dm-frame", frame, {c.expected});
        const Content q = qr(rng);
        cv::Mat qsym = render(q, 1.0f);
        cv::resize(qsym, qsym, cv::Size(940, 940), 0, 0, cv::INTER_NEAREST);
        cv::Mat qframe(960, 1280, CV_8UC3, cv::Scalar::all(250));
        qsym.copyTo(qframe(cv::Rect(170, 10, 940, 940)));
        add("fill-qr-frame", qframe, {q.expected});
        const Content d = gs1DataMatrix(rng);
        add("fill-dm-symbol-only", render(d, 12.0f), {d.expected});
        // Photographed from a few centimetres: the card's code fills the frame, tilted and slightly defocused.
        const Content e = gs1DataMatrix(rng);
        const cv::Mat esym = render(e, 8.0f);
        const cv::Mat ecard = card({esym}, false, rng);
        Pose pose;
        pose.width = ecard.cols * 780.0 / esym.rows; // the code about 780 px high
        pose.centre = {640, 480 - (90 + esym.rows / 2.0 - ecard.rows / 2.0) * pose.width / ecard.cols};
        pose.rotation = -10 + 20 * u(rng);
        pose.tilt = 15;
        add("fill-dm-photo", photograph(ecard, background(rng, 1, {1280, 960}), pose, rng, 2.0, 3, 80), {e.expected});
    }

    // White on black: a laser-marked DataMatrix, scanned and photographed.
    {
        const Content c = gs1DataMatrix(rng);
        add("inverted-scan", page(cv::Scalar::all(255) - render(c, 2.0f), 0), {c.expected});
        for (int i = 0; i < 2; ++i) {
            const Content d = gs1DataMatrix(rng);
            Pose pose;
            pose.centre = {500 + 300 * u(rng), 380 + 200 * u(rng)};
            pose.width = 480;
            pose.rotation = 360 * u(rng);
            pose.tilt = 25 * u(rng);
            add("inverted-photo-" + std::to_string(i),
                photograph(card({render(d, 2.5f)}, true, rng), background(rng, i, {1280, 960}), pose, rng, 0.8, 3, 85),
                {d.expected});
        }
    }

    // Cards photographed on a bench: every format, moderate angles, any rotation.
    int n = 0;
    for (int round = 0; round < 2; ++round)
        for (const auto& c : {gs1DataMatrix(rng), qr(rng), ean13(rng), gs1128(rng)}) {
            const bool linear = c.expected.format == "EAN-13" || c.expected.format == "GS1-128";
            // Linear codes at 2.4-2.8 px per module in the frame (zint draws 3), matrix codes at 3-4.
            const cv::Mat cardImage = card({render(c, linear ? 1.5f : 2.0f)}, false, rng);
            Pose pose;
            pose.centre = {450 + 380 * u(rng), 350 + 260 * u(rng)};
            pose.width = linear ? cardImage.cols * (2.4 + 0.4 * u(rng)) / 3.0 : 440;
            pose.rotation = linear ? -30 + 60 * u(rng) : 360 * u(rng);
            pose.tilt = -30 + 60 * u(rng);
            pose.pitch = -20 + 40 * u(rng);
            add("photo-" + c.expected.format + "-" + std::to_string(n++),
                photograph(cardImage, background(rng, int(rng() % 3), {1280, 960}), pose, rng, 0.6 + 0.8 * u(rng),
                           2 + 4 * u(rng), 70 + int(rng() % 20)),
                {c.expected});
        }

    // Strong perspective: the card turned 45-55 degrees away.
    for (int i = 0; i < 3; ++i) {
        const Content c = i == 2 ? ean13(rng) : gs1DataMatrix(rng);
        Pose pose;
        pose.centre = {640, 480};
        pose.width = 700;
        pose.rotation = -20 + 40 * u(rng);
        pose.tilt = (i % 2 ? -1 : 1) * (45 + 10 * u(rng));
        add("angle-" + std::to_string(i),
            photograph(card({render(c, 2.0f)}, false, rng), background(rng, i % 3, {1280, 960}), pose, rng, 0.7, 3, 80),
            {c.expected});
    }

    // A pack face with three codes: DataMatrix, GS1-128 and EAN-13 (the reader must return all three).
    for (int i = 0; i < 2; ++i) {
        const Content dm = gs1DataMatrix(rng), g = gs1128(rng), e = ean13(rng);
        Pose pose;
        pose.centre = {640, 480};
        pose.width = 1100;
        pose.rotation = -8 + 16 * u(rng);
        pose.tilt = -15 + 30 * u(rng);
        add("multi-" + std::to_string(i),
            photograph(card({render(dm, 2.0f), render(g, 1.0f), render(e, 1.2f)}, false, rng),
                       background(rng, 1, {1280, 960}), pose, rng, 0.6, 2, 85),
            {dm.expected, g.expected, e.expected});
    }

    // Small: a DataMatrix of 2-3 px modules in the frame.
    for (int i = 0; i < 3; ++i) {
        const Content c = gs1DataMatrix(rng);
        Pose pose;
        pose.centre = {300 + 680 * u(rng), 250 + 460 * u(rng)};
        const cv::Mat sym = render(c, 2.0f); // 4 px per module on the card
        const cv::Mat cardImage = card({sym}, false, rng);
        const double modulePx = 2.0 + u(rng);
        pose.width = cardImage.cols * modulePx / 4.0;
        pose.rotation = 360 * u(rng);
        pose.tilt = -20 + 40 * u(rng);
        add("small-" + std::to_string(i),
            photograph(cardImage, background(rng, i % 3, {1280, 960}), pose, rng, 0.5, 2, 90), {c.expected});
    }
    // Rectangular GS1 DataMatrix (16x48), scanned and photographed.
    for (int i = 0; i < 2; ++i) {
        const Content c = gs1DataMatrix(rng);
        const cv::Mat sym = zintBitmap(BARCODE_DATAMATRIX, GS1_MODE, c.zintData, 2.0f, false, true);
        if (i == 0) {
            add("rect-dm-scan", page(sym, 20), {c.expected});
            continue;
        }
        Pose pose;
        pose.centre = {640, 480};
        pose.width = 520;
        pose.rotation = 360 * u(rng);
        pose.tilt = 20;
        add("rect-dm-photo",
            photograph(card({sym}, false, rng), background(rng, 0, {1280, 960}), pose, rng, 0.7, 3, 85), {c.expected});
    }

    // Two vials' codes in one frame: both must be returned.
    {
        const Content a = gs1DataMatrix(rng), b = gs1DataMatrix(rng);
        cv::Mat scene = background(rng, 2, {1280, 960});
        Pose pose;
        pose.width = 380;
        pose.centre = {360, 480};
        pose.rotation = 15;
        scene = photograph(card({render(a, 2.0f)}, false, rng), scene, pose, rng, 0, 0, 100);
        pose.centre = {930, 470};
        pose.rotation = -25;
        pose.tilt = 20;
        add("two-codes", photograph(card({render(b, 2.0f)}, false, rng), scene, pose, rng, 0.6, 3, 85),
            {a.expected, b.expected});
    }

    // A phone's full-resolution photo (3264x2448), the code at about 7 px per module.
    {
        const Content c = gs1DataMatrix(rng);
        Pose pose;
        pose.centre = {1500, 1300};
        pose.width = 1500;
        pose.rotation = 360 * u(rng);
        pose.tilt = 15;
        add("hires",
            photograph(card({render(c, 4.0f)}, false, rng), background(rng, 1, {3264, 2448}), pose, rng, 1.2, 3, 90),
            {c.expected});
    }

    // Hard light: a dim bench with sensor noise, and reflections of a ceiling tube across glossy cards.
    {
        const Content c = gs1DataMatrix(rng);
        Pose pose;
        pose.centre = {640, 480};
        pose.width = 460;
        pose.rotation = 360 * u(rng);
        add("dim",
            photograph(card({render(c, 2.0f)}, false, rng), background(rng, 1, {1280, 960}), pose, rng, 0.8, 6, 80,
                       0.3),
            {c.expected});
    }
    for (int i = 0; i < 3; ++i) {
        const Content c = i == 2 ? gs1128(rng) : gs1DataMatrix(rng);
        const cv::Mat cardImage = card({render(c, i == 2 ? 1.5f : 2.0f)}, false, rng);
        Pose pose;
        pose.centre = {640, 480};
        pose.width = i == 2 ? cardImage.cols * 0.9 : 480;
        pose.rotation = i == 2 ? -10 + 20 * u(rng) : 360 * u(rng);
        pose.tilt = -15 + 30 * u(rng);
        add("streak-" + std::to_string(i),
            photograph(cardImage, background(rng, i % 3, {1280, 960}), pose, rng, 0.7, 3, 85, 1.0, 0.7 + 0.2 * u(rng)),
            {c.expected});
    }

    // A small EAN-13 (2 px per module) and a white-on-black QR code.
    {
        const Content e = ean13(rng);
        const cv::Mat cardImage = card({render(e, 1.5f)}, false, rng);
        Pose pose;
        pose.centre = {700, 400};
        pose.width = cardImage.cols * 2.0 / 3.0;
        pose.rotation = -12;
        add("small-ean", photograph(cardImage, background(rng, 0, {1280, 960}), pose, rng, 0.6, 2, 90), {e.expected});
        const Content q = qr(rng);
        add("inverted-qr-scan", page(cv::Scalar::all(255) - render(q, 2.0f), 0), {q.expected});
    }
    return out;
}

} // namespace prep::test
