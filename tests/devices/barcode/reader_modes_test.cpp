// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's modes and safety nets: the live preview's fast path, large codes at any angle, libdmtx as the
// second decoder (containment: contained_reader_test.cpp).
#include "devices/barcode/barcode_reader.h"
#include "devices/barcode/dmtx_reader.h"
#include "devices/camera/photo_scene.h"
#include "devices/camera/vial_photo.h"
#include "devices/gs1/gs1.h"
#include "tests/devices/barcode/abort_trigger.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>
#include <zint.h>
#include <ZXing/ReadBarcode.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <random>
#include <thread>

using namespace prep::devices;

namespace {

const std::string kPack = "(01)03400930000120(17)270531(10)AB12CD(21)XYZ0987654321";

BarcodeReader liveReader()
{
    BarcodeReaderOptions o;
    o.mode = ReadMode::LivePreview;
    return BarcodeReader(o);
}

} // namespace

TEST(BarcodeReaderModes, LivePreviewReadsAVialPhotoAndNothingInAnEmptyScene)
{
    VialPhotoOptions o;
    o.seed = 7;
    o.rotationDegrees = 33;
    auto photo = renderVialPhoto(kPack, o);
    ASSERT_TRUE(photo);
    const auto codes = liveReader().read(*photo);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].hri, kPack);
    // The same scene with the code painted over: the fast path reports nothing (and never guesses).
    cv::Mat blank = photo->clone();
    cv::circle(blank, cv::Point(640, 480), 140, cv::Scalar(236, 244, 248), cv::FILLED);
    EXPECT_TRUE(liveReader().read(blank).empty());
}

// A code covering a quarter of the frame (the vial held close to the camera) at every angle, 5 degrees apart,
// on a cluttered bench: read in the live preview already, so the still frame's fallbacks are never needed.
TEST(BarcodeReaderModes, LargeCodeReadAtEveryAngle)
{
    auto code = renderGs1DataMatrix(kPack, 24, 2); // 24x24 modules: 576 px, a quarter of 1280x960
    ASSERT_TRUE(code);
    cv::Mat label;
    cv::copyMakeBorder(*code, label, 40, 40, 40, 40, cv::BORDER_CONSTANT, cv::Scalar(255));
    std::mt19937 rng(3);
    cv::RNG pixels(3);
    cv::Mat bench(960, 1280, CV_8UC3);
    photo::drawClutter(bench, rng, pixels);
    std::string missed;
    for (int angle = 0; angle < 360; angle += 5) {
        cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(label.cols / 2.f, label.rows / 2.f), angle, 1.0);
        turn.at<double>(0, 2) += 640 - label.cols / 2.0;
        turn.at<double>(1, 2) += 480 - label.rows / 2.0;
        cv::Mat turned, mask;
        cv::warpAffine(label, turned, turn, bench.size(), cv::INTER_LINEAR);
        cv::warpAffine(cv::Mat(label.size(), CV_8U, cv::Scalar(255)), mask, turn, bench.size(), cv::INTER_NEAREST);
        cv::Mat frame = bench.clone();
        cv::Mat turnedBgr;
        cv::cvtColor(turned, turnedBgr, cv::COLOR_GRAY2BGR);
        turnedBgr.copyTo(frame, mask);
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), 1.0);
        const auto codes = liveReader().read(frame);
        if (codes.size() != 1 || codes[0].hri != kPack)
            missed.append(" ").append(std::to_string(angle));
    }
    EXPECT_EQ(missed, "") << "large code missed at these angles (degrees)";
}

TEST(Libdmtx, ReadsGs1DataMatrixWithItsPosition)
{
    auto code = renderGs1DataMatrix(kPack, 6, 3);
    ASSERT_TRUE(code);
    cv::Mat frame(480, 640, CV_8U, cv::Scalar(255));
    const cv::Rect where(200, 100, code->cols, code->rows);
    code->copyTo(frame(where));
    const auto symbols = readDataMatrixWithLibdmtx(frame, std::chrono::steady_clock::now() + std::chrono::seconds(30));
    ASSERT_EQ(symbols.size(), 1u);
    EXPECT_TRUE(symbols[0].gs1);
    auto msg = parseGs1(symbols[0].text);
    ASSERT_TRUE(msg);
    EXPECT_EQ(msg->hri(), kPack);
    EXPECT_GE(symbols[0].errorCodewords, 12);
    // Corners within a module or two of the symbol (its quiet zone is 3 modules of 6 px).
    const cv::Rect symbol(where.x + 18, where.y + 18, where.width - 36, where.height - 36);
    ASSERT_EQ(symbols[0].corners.size(), 4u);
    EXPECT_NEAR(symbols[0].corners[0].x, symbol.x, 12);
    EXPECT_NEAR(symbols[0].corners[0].y, symbol.y, 12);
    EXPECT_NEAR(symbols[0].corners[2].x, symbol.br().x, 12);
    EXPECT_NEAR(symbols[0].corners[2].y, symbol.br().y, 12);
}

TEST(Libdmtx, GivesUpAtItsDeadline)
{
    cv::Mat noise(960, 1280, CV_8U);
    cv::randu(noise, 0, 256);
    // A deadline already past: nothing is searched, nothing is reported.
    EXPECT_TRUE(readDataMatrixWithLibdmtx(noise, std::chrono::steady_clock::now()).empty());
}
