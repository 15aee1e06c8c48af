// SPDX-License-Identifier: GPL-3.0-or-later
// The printed label is read back by the station camera before release: the real label page, photographed at
// the isolator (turned, tilted, out of focus, dim, with a reflection), must give the preparation's DataMatrix;
// another preparation's label, or no readable label, is refused and recorded; the photo is kept as evidence.
#include "db/hash.h"
#include "devices/camera/label_photo.h"
#include "devices/camera/vial_photo.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "tests/prep-station/workflow/bench_fixture.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace prep::station {
namespace {

class LabelReadBackTest : public BenchFixture
{
protected:
    // Prepares the first syringe up to its label, printed as PDF and read back from the PDF; keeps the printed
    // page (the PDF rasterised at 300 dpi) in m_page. The camera read-back and the signature are the tests' part.
    void prepareAndPrint()
    {
        passDailyCheck();
        presentRightVial();
        auto scan = m_session->scanVial(m_prep.id);
        ASSERT_TRUE(scan) << scan.error().message;
        reconstitute();
        weighWithBias(1.0);
        ASSERT_TRUE(m_session->weighFilledSyringe(m_prep.id));
        weighTheVialAsNeeded();
        ASSERT_TRUE(m_session->assignExpiry(m_prep.id, m_clock.now(), "2-8C", {"2-8C"}));
        auto tech = m_ctx->users().find(demoAccount(db::Role::Technician).username);
        ASSERT_TRUE(tech);
        m_tech = *tech;
        LabelDesk labels(*m_ctx);
        auto printed = labels.produce(m_tech, m_prep.id, m_dir.file("label.pdf"));
        ASSERT_TRUE(printed) << printed.error().message;
        m_barcode = printed->barcodeData;
        auto read = labels.readBack(m_tech, m_prep.id, m_bench->reader());
        ASSERT_TRUE(read) << read.error().message;
        m_page = cv::imread(read->path, cv::IMREAD_COLOR);
        ASSERT_FALSE(m_page.empty());
    }
    std::vector<db::LabelRecord> cameraRecords()
    {
        std::vector<db::LabelRecord> out;
        if (auto all = m_ctx->labels().listFor(m_prep.id))
            for (const auto& l : *all)
                if (l.format == "readback-photo")
                    out.push_back(l);
        return out;
    }
    Result<db::LabelRecord> readBackFromCamera()
    {
        return LabelDesk(*m_ctx).readBackFromCamera(m_tech, m_prep.id, m_bench->camera(), m_bench->reader());
    }

    db::Actor m_tech;
    std::string m_barcode;
    cv::Mat m_page;
};

TEST_F(LabelReadBackTest, NeitherSignatureNorReleaseWithoutTheCameraReadBack)
{
    prepareAndPrint();
    const auto& tech = demoAccount(db::Role::Technician);
    auto unsigned_ = m_session->complete(m_prep.id, tech.password);
    ASSERT_FALSE(unsigned_);
    EXPECT_NE(unsigned_.error().message.find("read back by the station camera"), std::string::npos)
        << unsigned_.error().message;

    auto shown = m_bench->presentPrintedLabel(m_dir.file("label.pdf.readback.png"));
    ASSERT_TRUE(shown) << shown.error().message;
    auto read = readBackFromCamera();
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_TRUE(read->readBackOk);
    EXPECT_NE(read->barcodeData.find("(10)" + m_prep.number), std::string::npos) << read->barcodeData;
    // The frame is kept as evidence: the file on disk is the one whose hash is recorded.
    auto bytes = readWholeFile(read->path);
    ASSERT_TRUE(bytes) << read->path;
    EXPECT_EQ(db::sha256Hex(*bytes), read->fileSha256);
    EXPECT_EQ(bytes->substr(0, 2), std::string("\xff\xd8")); // JPEG

    auto signedByPreparer = m_session->complete(m_prep.id, tech.password);
    ASSERT_TRUE(signedByPreparer) << signedByPreparer.error().message;
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    auto released = ReleaseDesk(*m_ctx).release(m_prep.id, releaser.username, releaser.password);
    EXPECT_TRUE(released) << released.error().message;
}

// The label as a technician may hold it: every class must read, and nothing but the preparation's code.
TEST_F(LabelReadBackTest, TheLabelReadsBackFromPhotosTakenAtTheIsolator)
{
    prepareAndPrint();
    struct Case
    {
        const char* name;
        devices::LabelPhotoOptions options;
    };
    std::vector<Case> cases;
    auto add = [&](const char* name, auto tweak) {
        for (unsigned seed = 1; seed <= 3; ++seed) {
            devices::LabelPhotoOptions o;
            o.seed = seed;
            o.blurSigma = 0.5;
            o.noiseSigma = 2;
            tweak(o, seed);
            cases.push_back({name, o});
        }
    };
    add("face on", [](devices::LabelPhotoOptions&, unsigned) {});
    add("upside down and sideways",
        [](devices::LabelPhotoOptions& o, unsigned s) { o.rotationDegrees = 90.0 * s + 17; });
    add("tilted 35 degrees", [](devices::LabelPhotoOptions& o, unsigned s) {
        o.tiltDegrees = 35;
        o.pitchDegrees = s % 2 ? 10 : -10;
    });
    add("out of focus", [](devices::LabelPhotoOptions& o, unsigned) { o.blurSigma = 1.5; });
    add("dim isolator", [](devices::LabelPhotoOptions& o, unsigned) {
        o.brightness = 0.4;
        o.noiseSigma = 4;
    });
    add("reflection on the bag", [](devices::LabelPhotoOptions& o, unsigned) { o.glare = 0.7; });
    add("held far from the camera", [](devices::LabelPhotoOptions& o, unsigned s) {
        o.labelWidthFraction = 0.45; // 100 mm over 576 px: about 4 px per DataMatrix module
        o.centreX = 0.2 + 0.15 * s;
        o.centreY = 0.4;
    });
    for (const auto& c : cases) {
        auto photo = devices::photographLabel(m_page, c.options);
        ASSERT_TRUE(photo) << c.name;
        m_bench->camera().show(*photo);
        auto read = readBackFromCamera();
        EXPECT_TRUE(read) << c.name << " seed " << c.options.seed << ": " << read.error().message;
    }
    // Every attempt is recorded, each with its own photo.
    const auto records = cameraRecords();
    ASSERT_EQ(records.size(), cases.size());
    EXPECT_NE(records.front().path, records.back().path);
}

TEST_F(LabelReadBackTest, AnotherPreparationsLabelIsRefusedAndRecorded)
{
    prepareAndPrint();
    // A label of the same site (same preparation GTIN) for another preparation number, same expiry.
    std::string other = m_barcode;
    other.back() = other.back() == '9' ? '1' : char(other.back() + 1);
    const std::string otherNumber = other.substr(other.find('\x1d') + 3); // after GS and AI 10
    auto code = devices::renderGs1DataMatrix(other, 8, 2);
    ASSERT_TRUE(code);
    cv::Mat page(800, 1200, CV_8U, cv::Scalar(255));
    code->copyTo(page(cv::Rect(60, 60, code->cols, code->rows)));
    devices::LabelPhotoOptions o;
    o.rotationDegrees = 8;
    auto photo = devices::photographLabel(page, o);
    ASSERT_TRUE(photo);
    m_bench->camera().show(*photo);
    auto read = readBackFromCamera();
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().message.find("is not the label of " + m_prep.number), std::string::npos)
        << read.error().message;
    const auto records = cameraRecords();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_FALSE(records.front().readBackOk);
    EXPECT_NE(records.front().barcodeData.find("(10)" + otherNumber), std::string::npos) << records.front().barcodeData;
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    EXPECT_FALSE(ReleaseDesk(*m_ctx).release(m_prep.id, releaser.username, releaser.password));
}

TEST_F(LabelReadBackTest, NoReadableLabelInViewIsRecordedAsAFailure)
{
    prepareAndPrint();
    // The camera still shows the vial from the scan: a GS1 code, but not a label of this station.
    presentRightVial();
    auto read = readBackFromCamera();
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().message.find("failed after 5 frames"), std::string::npos) << read.error().message;
    // A blank frame: nothing read at all.
    m_bench->camera().show(cv::Mat(960, 1280, CV_8UC3, cv::Scalar(120, 120, 120)));
    read = readBackFromCamera();
    ASSERT_FALSE(read);
    const auto records = cameraRecords();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_FALSE(records[0].readBackOk);
    EXPECT_EQ(records[1].barcodeData, "nothing read");
}

TEST_F(LabelReadBackTest, ACameraFaultRecordsNothing)
{
    prepareAndPrint();
    m_bench->camera().failNextGrab(devices::makeDeviceError(devices::DeviceError::Kind::Io, "USB camera unplugged"));
    auto read = readBackFromCamera();
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, Error::Kind::Device);
    EXPECT_NE(read.error().message.find("USB camera unplugged"), std::string::npos) << read.error().message;
    EXPECT_TRUE(cameraRecords().empty());
}

} // namespace
} // namespace prep::station
