// SPDX-License-Identifier: GPL-3.0-or-later
// Camera sources by URI: simulated, still image, folder replay, video file; errors name the source.
#include "devices/camera/camera.h"
#include "devices/camera/evidence_photo.h"
#include "devices/camera/vial_photo.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <fstream>

using namespace prep::devices;

TEST(SimulatedCamera, ReturnsQueuedFramesThenTheLastShownAndNamedFaults)
{
    auto cam = openCamera("sim://isolator-1");
    ASSERT_TRUE(cam) << cam.error().message;
    auto& sim = dynamic_cast<SimulatedCamera&>(**cam);
    EXPECT_EQ(sim.uri(), "sim://isolator-1");
    auto nothing = sim.grabFrame();
    ASSERT_FALSE(nothing);
    EXPECT_NE(nothing.error().message.find("sim://isolator-1"), std::string::npos);

    sim.show(cv::Mat(4, 4, CV_8UC3, cv::Scalar(1, 2, 3)));
    sim.queue(cv::Mat(4, 4, CV_8UC1, cv::Scalar(9)));
    auto first = sim.grabFrame();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->channels(), 3) << "frames are always BGR";
    EXPECT_EQ(first->at<cv::Vec3b>(0, 0)[0], 9);
    auto again = sim.grabFrame();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->at<cv::Vec3b>(0, 0)[0], 9) << "the last frame stays in view";

    sim.failNextGrab(makeDeviceError(DeviceError::Kind::Unreachable, "unplugged"));
    auto fault = sim.grabFrame();
    ASSERT_FALSE(fault);
    EXPECT_EQ(fault.error().message, "unplugged");
    EXPECT_TRUE(sim.grabFrame()) << "a fault is for one grab";
}

TEST(CameraUris, ImageFolderAndVideoFileSources)
{
    prep::test::TempDir dir;
    auto photo = renderVialPhoto("(01)03400930000014(17)270531(10)L1(21)S1");
    ASSERT_TRUE(photo);
    ASSERT_TRUE(cv::imwrite(dir.file("b.png").string(), *photo));
    ASSERT_TRUE(cv::imwrite(dir.file("a.png").string(), cv::Mat(10, 20, CV_8UC1, cv::Scalar(50))));
    std::ofstream(dir.file("notes.txt")) << "not an image";

    auto still = openCamera("image://" + dir.file("b.png").string());
    ASSERT_TRUE(still) << still.error().message;
    auto f = (*still)->grabFrame();
    ASSERT_TRUE(f);
    EXPECT_EQ(f->size(), cv::Size(1280, 960));

    auto folder = openCamera("folder://" + dir.path().string());
    ASSERT_TRUE(folder) << folder.error().message;
    EXPECT_EQ((*folder)->grabFrame()->cols, 20) << "name order: a.png first";
    EXPECT_EQ((*folder)->grabFrame()->cols, 1280);
    EXPECT_EQ((*folder)->grabFrame()->cols, 20) << "replays in a loop";

    // A short MJPG clip, if this OpenCV build can write one.
    const auto clip = dir.file("clip.avi").string();
    cv::VideoWriter writer(clip, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 5, cv::Size(64, 48));
    if (writer.isOpened()) {
        for (int i = 0; i < 3; ++i)
            writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 80, 0, 0)));
        writer.release();
        auto video = openCamera("file://" + clip);
        ASSERT_TRUE(video) << video.error().message;
        int frames = 0;
        while ((*video)->grabFrame())
            ++frames;
        EXPECT_EQ(frames, 3);
    }
}

TEST(CameraUris, BadUrisFailNamingTheSource)
{
    prep::test::TempDir dir;
    const std::vector<std::string> uris = {"image:///no/such.png", "folder:///no/such/dir", "file:///no/such.mp4",
                                           "ftp://x", "folder://" + dir.path().string()};
    for (const auto& uri : uris) {
        auto cam = openCamera(uri);
        ASSERT_FALSE(cam) << uri;
        EXPECT_NE(cam.error().message.find(uri), std::string::npos) << cam.error().message;
    }
}

TEST(EvidencePhoto, Sha256MatchesFipsVectors)
{
    EXPECT_EQ(sha256Hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const std::string twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    EXPECT_EQ(sha256Hex(twoBlocks.data(), twoBlocks.size()),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const std::string million(1000000, 'a');
    EXPECT_EQ(sha256Hex(million.data(), million.size()),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(EvidencePhoto, JpegBytesWithTheirHashAndSource)
{
    auto frame = renderVialPhoto("(01)03400930000014(17)270531(10)L1(21)S1");
    ASSERT_TRUE(frame);
    auto photo = makeEvidencePhoto(*frame, "sim://isolator-1");
    ASSERT_TRUE(photo) << photo.error().message;
    ASSERT_GT(photo->jpeg.size(), 1000u);
    EXPECT_EQ(photo->jpeg[0], 0xFF);
    EXPECT_EQ(photo->jpeg[1], 0xD8) << "JPEG SOI marker";
    EXPECT_EQ(photo->sha256, sha256Hex(photo->jpeg.data(), photo->jpeg.size()));
    EXPECT_EQ(photo->width, 1280);
    EXPECT_EQ(photo->source, "sim://isolator-1");
    const cv::Mat decoded = cv::imdecode(photo->jpeg, cv::IMREAD_COLOR);
    EXPECT_EQ(decoded.size(), frame->size());
    EXPECT_FALSE(makeEvidencePhoto(cv::Mat(), "sim://"));
    EXPECT_FALSE(makeEvidencePhoto(*frame, "sim://", 0));
}
