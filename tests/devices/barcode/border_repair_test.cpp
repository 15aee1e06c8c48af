// SPDX-License-Identifier: GPL-3.0-or-later
// A DataMatrix with its L corner under a gloved finger: neither ZXing nor libdmtx finds the symbol, the redrawn
// border lets Reed-Solomon read it; a texture that is no symbol gives nothing whatever border is drawn on it.
#include "devices/barcode/barcode_reader.h"
#include "devices/barcode/border_repair.h"
#include "devices/camera/vial_photo.h"
#include "devices/gs1/gs1.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>
#include <ZXing/ReadBarcode.h>

#include <random>

using namespace prep::devices;

namespace {

const std::string kPack = "(01)03400930000120(17)270531(10)AB12CD(21)XYZ0987654321";
constexpr int kModule = 6;

struct Scene
{
    cv::Mat frame;
    cv::RotatedRect symbol; // where the symbol is, in frame pixels
    int modules = 0;
};

// The pack's code turned by `angle`, a grey glove covering a disc of `fingerModules` radius on its L corner.
Scene occludedCorner(double angle, double fingerModules)
{
    Scene s;
    auto code = renderGs1DataMatrix(kPack, kModule, 3);
    EXPECT_TRUE(code);
    if (!code)
        return s;
    s.modules = code->cols / kModule - 6;
    s.frame = cv::Mat(480, 640, CV_8U, cv::Scalar(215));
    const cv::Point2f centre(320, 240);
    cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(code->cols / 2.f, code->rows / 2.f), angle, 1.0);
    turn.at<double>(0, 2) += centre.x - code->cols / 2.0;
    turn.at<double>(1, 2) += centre.y - code->rows / 2.0;
    cv::Mat turned, mask;
    cv::warpAffine(*code, turned, turn, s.frame.size(), cv::INTER_LINEAR);
    cv::warpAffine(cv::Mat(code->size(), CV_8U, cv::Scalar(255)), mask, turn, s.frame.size(), cv::INTER_NEAREST);
    turned.copyTo(s.frame, mask);
    // The L's corner: the symbol's bottom-left module, 3 quiet modules in.
    const double q = 3 * kModule;
    const cv::Point2f corner(float(q), float(code->rows - q));
    std::vector<cv::Point2f> at;
    cv::transform(std::vector<cv::Point2f>{corner}, at, turn);
    cv::circle(s.frame, at[0], int(fingerModules * kModule), cv::Scalar(120), cv::FILLED, cv::LINE_AA);
    cv::GaussianBlur(s.frame, s.frame, cv::Size(0, 0), 0.8);
    const float side = float(s.modules * kModule);
    s.symbol = cv::RotatedRect(centre, cv::Size2f(side, side), float(-angle));
    return s;
}

std::vector<std::string> zxingReads(const cv::Mat& grey, bool pure)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setIsPure(pure);
    std::vector<std::string> texts;
    for (const auto& r :
         ZXing::ReadBarcodes(ZXing::ImageView(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum), hints))
        if (r.isValid())
            texts.emplace_back(r.bytes().begin(), r.bytes().end());
    return texts;
}

std::string hriOf(const std::string& text)
{
    auto msg = parseGs1(text);
    return msg ? msg->hri() : std::string();
}

} // namespace

TEST(BorderRepair, ReadsADataMatrixWhoseLCornerIsHidden)
{
    for (double angle : {0.0, 25.0, 130.0, 250.0}) {
        const Scene s = occludedCorner(angle, 2.5);
        ASSERT_FALSE(s.frame.empty());
        // The finger defeats ZXing's own detector.
        EXPECT_TRUE(zxingReads(s.frame, false).empty()) << angle;
        std::string read;
        cv::Mat mapping;
        const bool ok =
            decodeWithRedrawnBorder(s.frame, s.symbol, std::chrono::steady_clock::now() + std::chrono::seconds(10),
                                    [&](const cv::Mat& symbol, const cv::Mat& toFrame) {
                                        const auto texts = zxingReads(symbol, true);
                                        if (texts.empty())
                                            return false;
                                        read = texts.front();
                                        mapping = toFrame;
                                        return true;
                                    });
        ASSERT_TRUE(ok) << "angle " << angle;
        EXPECT_EQ(hriOf(read), kPack);
        // The redrawn symbol maps back onto the symbol in the frame: its centre within a module.
        const double n = s.modules + 4.0; // the redrawn symbol: 4 px a module, 2 quiet modules each side
        std::vector<cv::Point2f> centre;
        cv::perspectiveTransform(std::vector<cv::Point2f>{{float(n * 2), float(n * 2)}}, centre, mapping);
        EXPECT_LT(cv::norm(centre[0] - s.symbol.center), kModule) << angle;
    }
}

TEST(BorderRepair, TheReaderUsesItOnAStillFrameOnly)
{
    const Scene s = occludedCorner(25, 2.5);
    BarcodeReaderOptions still;
    still.libdmtxBudgetMs = 0; // the redrawn border, not libdmtx, must read it
    const auto codes = BarcodeReader(still).read(s.frame);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].hri, kPack);
    EXPECT_EQ(codes[0].step, "border-redrawn");
    BarcodeReaderOptions live;
    live.mode = ReadMode::LivePreview;
    EXPECT_TRUE(BarcodeReader(live).read(s.frame).empty());
}

TEST(BorderRepair, ATextureThatIsNoSymbolGivesNothing)
{
    // Random modules of a 24x24 grid with no border, at several angles: whatever border is drawn on them,
    // Reed-Solomon refuses the codewords.
    std::mt19937 rng(11);
    for (double angle : {0.0, 17.0, 61.0}) {
        cv::Mat modules(24, 24, CV_8U);
        for (int r = 0; r < 24; ++r)
            for (int c = 0; c < 24; ++c)
                modules.at<uchar>(r, c) = (rng() & 1) ? 0 : 255;
        cv::Mat texture;
        cv::resize(modules, texture, cv::Size(), kModule, kModule, cv::INTER_NEAREST);
        cv::Mat frame(480, 640, CV_8U, cv::Scalar(215));
        cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(texture.cols / 2.f, texture.rows / 2.f), angle, 1.0);
        turn.at<double>(0, 2) += 320 - texture.cols / 2.0;
        turn.at<double>(1, 2) += 240 - texture.rows / 2.0;
        cv::Mat turned, mask;
        cv::warpAffine(texture, turned, turn, frame.size(), cv::INTER_LINEAR);
        cv::warpAffine(cv::Mat(texture.size(), CV_8U, cv::Scalar(255)), mask, turn, frame.size(), cv::INTER_NEAREST);
        turned.copyTo(frame, mask);
        int offered = 0;
        const bool ok = decodeWithRedrawnBorder(
            frame, cv::RotatedRect(cv::Point2f(320, 240), cv::Size2f(144, 144), float(-angle)),
            std::chrono::steady_clock::now() + std::chrono::seconds(10), [&](const cv::Mat& symbol, const cv::Mat&) {
                ++offered;
                return !zxingReads(symbol, true).empty();
            });
        EXPECT_FALSE(ok) << angle;
        EXPECT_GT(offered, 0) << "the texture was never tried, so the test shows nothing (angle " << angle << ")";
    }
}
