// SPDX-License-Identifier: GPL-3.0-or-later
// The station reads codes in a decoder process of its own: the same reads as in-process, and a decoder that
// aborts, crashes or hangs ends that process with an error naming what happened, never the station. The next
// frame gets a new decoder.
#include "devices/barcode/contained_barcode_reader.h"
#include "devices/camera/vial_photo.h"
#include "tests/devices/barcode/abort_trigger.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <iostream>
#include <mutex>
#include <thread>

using namespace prep::devices;

namespace {

const std::string kPack = "(01)03400930000120(17)270531(10)AB12CD(21)XYZ0987654321";

DecoderCommand misbehaving(const std::string& how)
{
    return {PREP_MISBEHAVING_DECODER, {how}};
}

cv::Mat vialPhoto()
{
    auto photo = renderVialPhoto(kPack, VialPhotoOptions{});
    EXPECT_TRUE(photo) << (photo ? "" : photo.error().message);
    return photo ? *photo : cv::Mat();
}

} // namespace

TEST(ContainedBarcodeReader, ReadsWhatTheReaderReadsInProcess)
{
    const cv::Mat photo = vialPhoto();
    const auto direct = BarcodeReader().read(photo);
    ASSERT_FALSE(direct.empty());
    const ContainedBarcodeReader contained;
    for (int frame = 0; frame < 2; ++frame) { // the second frame goes to the same decoder process
        const auto r = contained.read(photo);
        ASSERT_TRUE(r) << r.error().message;
        ASSERT_EQ(r->size(), direct.size());
        for (size_t i = 0; i < direct.size(); ++i) {
            EXPECT_EQ((*r)[i].format, direct[i].format);
            EXPECT_EQ((*r)[i].text, direct[i].text);
            EXPECT_EQ((*r)[i].hri, direct[i].hri);
            EXPECT_EQ((*r)[i].gs1, direct[i].gs1);
            EXPECT_EQ((*r)[i].symbology, direct[i].symbology);
            EXPECT_EQ((*r)[i].corners, direct[i].corners);
        }
    }
    // A grey frame and an empty one.
    cv::Mat grey;
    cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
    const auto r = contained.read(grey);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->size(), BarcodeReader().read(grey).size());
    const auto none = contained.read(cv::Mat());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(ContainedBarcodeReader, AnAbortInsideTheDecoderIsAnErrorAndTheNextFrameIsRead)
{
    const ContainedBarcodeReader reader({}, misbehaving("abort-on-small"));
    const auto r = reader.read(cv::Mat(40, 40, CV_8U, cv::Scalar(255)));
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("SIGABRT"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("not read"), std::string::npos) << r.error().message;
    // A new decoder process reads the next frame.
    const auto next = reader.read(vialPhoto());
    ASSERT_TRUE(next) << next.error().message;
    ASSERT_FALSE(next->empty());
    EXPECT_TRUE(next->front().gs1);
}

// The frame that made ZXing 1.4 abort (zxing-cpp issue #740): an EAN-13 in a 1280x960 frame, read with the image
// pyramid on linear formats. Our reader no longer asks ZXing for that; a decoder that does asserts, and its process,
// not the station, ends.
TEST(ContainedBarcodeReader, TheZxingAssertionThatOnceAbortedTheStationIsContained)
{
    const cv::Mat colour = prep::test::ean13AbortTriggerFrame();
    ASSERT_FALSE(colour.empty());
    cv::Mat frame;
    cv::cvtColor(colour, frame, cv::COLOR_BGR2GRAY);
    const ContainedBarcodeReader reader({}, misbehaving("zxing-pyramid"));
    const auto r = reader.read(frame);
    // Debian's ZXing 1.4 keeps its assertions: the decoder aborts. A ZXing without them reads the code.
    if (r) {
        EXPECT_FALSE(r->empty());
    } else {
        EXPECT_NE(r.error().message.find("SIGABRT"), std::string::npos) << r.error().message;
        std::cout << "contained: " << r.error().message << '\n';
    }
}

TEST(ContainedBarcodeReader, ADecoderRunningPastItsLimitIsStopped)
{
    const ContainedBarcodeReader reader({}, misbehaving("hang"), 300);
    const auto r = reader.read(cv::Mat(40, 40, CV_8U, cv::Scalar(255)));
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("ran past 300 ms"), std::string::npos) << r.error().message;
}

TEST(ContainedBarcodeReader, AMissingDecoderProgramIsNamed)
{
    const ContainedBarcodeReader reader({}, {"/nonexistent/prep-barcode-decoder", {}});
    const auto r = reader.read(cv::Mat(40, 40, CV_8U, cv::Scalar(255)));
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("/nonexistent/prep-barcode-decoder"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("cannot be started"), std::string::npos) << r.error().message;
}

TEST(ContainedBarcodeReader, FramesFromSeveralThreadsAreEachAnswered)
{
    const cv::Mat photo = vialPhoto();
    const ContainedBarcodeReader reader;
    std::vector<std::thread> threads;
    std::atomic<int> read{0};
    std::mutex errorsMutex;
    std::string errors;
    for (int t = 0; t < 3; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2; ++i) {
                const auto r = reader.read(photo);
                if (r && !r->empty() && r->front().gs1) {
                    ++read;
                } else {
                    std::lock_guard lock(errorsMutex);
                    errors += (r ? std::string("no GS1 code") : r.error().message) + "\n";
                }
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(read.load(), 6) << errors;
}
