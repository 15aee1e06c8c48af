// SPDX-License-Identifier: GPL-3.0-or-later
// The barcode reader on generated photos with known content (golden-data style): a decode-rate floor per class
// and zero misreads, plus the other formats a pharmacy meets and content that must never be reported.
#include "devices/barcode/barcode_reader.h"
#include "devices/barcode/image_enhance.h"
#include "devices/camera/vial_photo.h"
#include "devices/gs1/gs1.h"
#include "tests/devices/barcode/abort_trigger.h"
#include "tests/devices/barcode/vial_corpus.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>
#include <zint.h>

#include <cmath>
#include <memory>

using namespace prep::devices;

namespace {

// Photos per class in the test run; the benchmark runs many more (BENCHMARKS.md).
constexpr int kPhotosPerClass = 10;

// A zint symbol as a clean grey image with a quiet zone, `scale` px per module.
cv::Mat zintImage(int symbology, int inputMode, const std::string& data, int scale = 4)
{
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> s(ZBarcode_Create(), &ZBarcode_Delete);
    s->symbology = symbology;
    s->input_mode = inputMode;
    s->show_hrt = 0;
    if (ZBarcode_Encode(s.get(), reinterpret_cast<const unsigned char*>(data.data()), int(data.size())) >= ZINT_ERROR)
        return {};
    const bool linear = s->rows == 1 || symbology == BARCODE_EANX || symbology == BARCODE_GS1_128;
    const int h = linear ? 60 : s->rows;
    cv::Mat m(h, s->width, CV_8U, cv::Scalar(255));
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < s->width; ++c) {
            const int row = linear ? 0 : r;
            if ((s->encoded_data[row][c >> 3] >> (c & 7)) & 1)
                m.at<uint8_t>(r, c) = 0;
        }
    cv::Mat out;
    cv::resize(m, out, cv::Size(), scale, linear ? 2 : scale, cv::INTER_NEAREST);
    cv::copyMakeBorder(out, out, 40, 40, 60, 60, cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}

} // namespace

class VialCorpus : public ::testing::TestWithParam<prep::test::CorpusClass>
{};

TEST_P(VialCorpus, DecodeRateAboveTheFloorWithZeroMisreads)
{
    const auto& cls = GetParam();
    const BarcodeReader reader;
    int decoded = 0, misread = 0;
    std::string misses;
    for (const auto& photo : prep::test::corpusPhotos(cls.name, kPhotosPerClass)) {
        auto image = renderVialPhoto(photo.elementString, photo.options);
        ASSERT_TRUE(image) << image.error().message;
        ASSERT_EQ(image->cols, 1280);
        ASSERT_EQ(image->rows, 960);
        bool hit = false;
        for (const auto& code : reader.read(*image)) {
            if (code.hri == photo.hri && code.text == photo.elementString && code.format == "DataMatrix")
                hit = true;
            else
                ++misread;
        }
        decoded += hit;
        if (!hit)
            misses += " seed=" + std::to_string(photo.options.seed);
    }
    EXPECT_EQ(misread, 0) << cls.name << ": a wrong read is worse than no read";
    EXPECT_GE(double(decoded) / kPhotosPerClass, cls.floor)
        << cls.name << ": decoded " << decoded << "/" << kPhotosPerClass << "; missed" << misses;
}

INSTANTIATE_TEST_SUITE_P(Classes, VialCorpus, ::testing::ValuesIn(prep::test::corpusClasses()),
                         [](const ::testing::TestParamInfo<prep::test::CorpusClass>& cls) { return cls.param.name; });

TEST(BarcodeReader, FindsTheCodeWhereItIs)
{
    VialPhotoOptions o;
    o.centreX = 0.25;
    o.centreY = 0.7;
    const std::string content = "0103400930000014172705311012345" + std::string(1, kGs1Separator) + "21SER1";
    auto image = renderVialPhoto(content, o);
    ASSERT_TRUE(image);
    const auto codes = BarcodeReader().read(*image);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_TRUE(codes[0].gs1);
    EXPECT_EQ(codes[0].symbology, "]d2");
    EXPECT_EQ(codes[0].hri, "(01)03400930000014(17)270531(10)12345(21)SER1");
    ASSERT_EQ(codes[0].corners.size(), 4u);
    cv::Point2f centre(0, 0);
    for (const auto& p : codes[0].corners)
        centre += p * 0.25f;
    EXPECT_NEAR(centre.x, 0.25 * 1280, 40);
    EXPECT_NEAR(centre.y, 0.7 * 960, 40);
}

TEST(BarcodeReader, ReadsGs1128Ean13AndQr)
{
    const BarcodeReader reader;
    auto gs1128 = reader.read(zintImage(BARCODE_GS1_128, GS1_MODE, "[00]030123450000000017"));
    ASSERT_EQ(gs1128.size(), 1u);
    EXPECT_EQ(gs1128[0].format, "GS1-128");
    EXPECT_TRUE(gs1128[0].gs1);
    EXPECT_EQ(gs1128[0].hri, "(00)030123450000000017");

    auto ean = reader.read(zintImage(BARCODE_EANX, DATA_MODE, "340093000001"));
    ASSERT_EQ(ean.size(), 1u);
    EXPECT_EQ(ean[0].format, "EAN-13");
    EXPECT_EQ(ean[0].text, "3400930000014") << "check digit added by zint, verified by ZXing";
    EXPECT_FALSE(ean[0].gs1);

    auto qr = reader.read(zintImage(BARCODE_QRCODE, DATA_MODE, "PREP-2026-0042"));
    ASSERT_EQ(qr.size(), 1u);
    EXPECT_EQ(qr[0].format, "QRCode");
    EXPECT_EQ(qr[0].text, "PREP-2026-0042");
}

TEST(BarcodeReader, Gs1ContentBreakingTheRulesIsNeverReported)
{
    // A well-formed DataMatrix whose GS1 GTIN has a wrong check digit: the symbol decodes, the content must not
    // pass as a read (it would identify the wrong product).
    const cv::Mat bad = zintImage(BARCODE_DATAMATRIX, GS1_MODE | GS1NOCHECK_MODE, "[01]03400930000015[17]270531", 6);
    ASSERT_FALSE(bad.empty());
    EXPECT_TRUE(BarcodeReader().read(bad).empty());
    // The same symbol with the right check digit reads.
    const cv::Mat good = zintImage(BARCODE_DATAMATRIX, GS1_MODE, "[01]03400930000014[17]270531", 6);
    EXPECT_EQ(BarcodeReader().read(good).size(), 1u);
}

TEST(BarcodeReader, NothingInAnEmptyOrCodelessFrame)
{
    const BarcodeReader reader;
    EXPECT_TRUE(reader.read(cv::Mat()).empty());
    EXPECT_TRUE(reader.read(cv::Mat(960, 1280, CV_8UC3, cv::Scalar(128, 128, 128))).empty());
    cv::Mat noise(960, 1280, CV_8U);
    cv::RNG(7).fill(noise, cv::RNG::UNIFORM, 0, 256);
    EXPECT_TRUE(reader.read(noise).empty());
}

TEST(BarcodeReader, NothingReadInAClutteredSceneWithoutACode)
{
    // The isolator scene with its label text, grids and highlights, the code painted over: every slow-path
    // variation runs on regions that hold no code, and none may report one.
    for (const char* cls : {"plain", "glare", "noise"})
        for (const auto& photo : prep::test::corpusPhotos(cls, 2)) {
            auto image = renderVialPhoto(photo.elementString, photo.options);
            ASSERT_TRUE(image);
            const cv::Point centre(int(photo.options.centreX * image->cols), int(photo.options.centreY * image->rows));
            const int half = int(photo.options.modulePixels * 16);
            cv::rectangle(*image, cv::Rect(centre.x - half, centre.y - half, 2 * half, 2 * half),
                          cv::Scalar(236, 244, 248), cv::FILLED);
            BarcodeReaderOptions all;
            all.allFormats = true;
            EXPECT_TRUE(BarcodeReader(all).read(*image).empty()) << cls << " seed=" << photo.options.seed;
        }
}

TEST(BarcodeReader, CandidateLocatorPutsTheCodeFirstInClutter)
{
    VialPhotoOptions o;
    o.seed = 11;
    auto image = renderVialPhoto("(01)03400930000014(17)270531(10)L1(21)S1", o);
    ASSERT_TRUE(image);
    cv::Mat grey;
    cv::cvtColor(*image, grey, cv::COLOR_BGR2GRAY);
    const auto candidates = locateCodeCandidates(grey, 8);
    ASSERT_FALSE(candidates.empty());
    bool near = false;
    for (size_t i = 0; i < candidates.size() && i < 3; ++i)
        near = near || cv::norm(candidates[i].center - cv::Point2f(640, 480)) < 60;
    EXPECT_TRUE(near) << "the code should be among the three best candidates";
}

TEST(VialPhoto, SameOptionsSamePhotoAndBadContentRefused)
{
    VialPhotoOptions o;
    o.noiseSigma = 10;
    o.glare = 0.5;
    const std::string content = "(01)03400930000014(17)270531(10)L1(21)S1";
    auto a = renderVialPhoto(content, o), b = renderVialPhoto(content, o);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(cv::norm(*a, *b, cv::NORM_INF), 0.0);
    EXPECT_FALSE(renderVialPhoto("(01)03400930000015"));
    EXPECT_FALSE(renderGs1DataMatrix("not gs1"));
}

TEST(BarcodeReader, PlainEan13InACameraFrameDoesNotAbort)
{
    // ZXing 1.4 as Debian builds it keeps its assertions, and its image pyramid finding one linear code at two
    // scales aborted the process (zxing-cpp issue #740) on exactly this: an EAN-13 in the middle of a 1280x960
    // frame. Linear formats are now read without the pyramid.
    const cv::Mat frame = prep::test::ean13AbortTriggerFrame();
    ASSERT_FALSE(frame.empty());
    BarcodeReaderOptions all;
    all.allFormats = true;
    for (const auto& reader : {BarcodeReader(), BarcodeReader(all)}) {
        const auto codes = reader.read(frame);
        ASSERT_EQ(codes.size(), 1u);
        EXPECT_EQ(codes[0].format, "EAN-13");
        EXPECT_EQ(codes[0].text, "3400930000014");
    }
}

TEST(BarcodeReader, ReadsWhiteOnBlackDataMatrix)
{
    // Laser-marked codes on dark caps; ZXing 1.4 reads dark modules on light ground only.
    const cv::Mat dark = 255 - zintImage(BARCODE_DATAMATRIX, GS1_MODE, "[01]03400930000014[17]270531[10]AB12", 5);
    cv::Mat frame(960, 1280, CV_8U, cv::Scalar(40));
    dark.copyTo(frame(cv::Rect(500, 300, dark.cols, dark.rows)));
    const auto codes = BarcodeReader().read(frame);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].hri, "(01)03400930000014(17)270531(10)AB12");
    EXPECT_EQ(codes[0].step, "inverted");
}

TEST(ImageEnhance, LocalContrastBringsBackModulesUnderAHighlight)
{
    // 6 px modules of a checkerboard (black 30, paper 230) under an additive highlight that lifts the dark modules
    // to 200-240 without saturating them: a global threshold loses them, the normalised image has them back.
    cv::Mat modules(240, 240, CV_8U);
    for (int y = 0; y < modules.rows; ++y)
        for (int x = 0; x < modules.cols; ++x)
            modules.at<uint8_t>(y, x) = ((x / 6 + y / 6) % 2) ? 230 : 30;
    cv::Mat lit = modules.clone();
    for (int y = 0; y < lit.rows; ++y)
        for (int x = 0; x < lit.cols; ++x) {
            const double r2 = (x - 120.0) * (x - 120.0) + (y - 120.0) * (y - 120.0);
            const double add = 210 * std::exp(-r2 / (2 * 45.0 * 45.0));
            lit.at<uint8_t>(y, x) = cv::saturate_cast<uint8_t>(modules.at<uint8_t>(y, x) + add);
        }
    const cv::Rect centre(96, 96, 48, 48); // where the highlight is strongest
    auto agreement = [&](const cv::Mat& image) {
        cv::Mat bin, truth;
        cv::threshold(image(centre), bin, 128, 255, cv::THRESH_BINARY);
        cv::threshold(modules(centre), truth, 128, 255, cv::THRESH_BINARY);
        return 1.0 - double(cv::countNonZero(bin != truth)) / centre.area();
    };
    EXPECT_LT(agreement(lit), 0.6);
    EXPECT_GT(agreement(normaliseLocalContrast(lit, 6)), 0.95);
    EXPECT_GT(saturatedFraction(lit), 0.0);
    EXPECT_EQ(saturatedFraction(modules), 0.0);
}
