// SPDX-License-Identifier: GPL-3.0-or-later
// The whole demo flow against a temporary database: the records it leaves are those a pharmacist and an
// inspector rely on.
#include "devices/barcode/barcode_reader.h"
#include "prep-station/workflow/demo_scenario.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/station_context.h"
#include "prep-station/workflow/trace_desk.h"
#include "tests/integration/demo_fixture.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <cstdlib>
#include <fstream>

namespace prep::station {
namespace {

class DemoFlow : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        std::string error;
        auto run = test::demoRun(error);
        ASSERT_TRUE(error.empty()) << error;
        s_result = new test::DemoRun(run);
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        delete s_dir;
    }
    void SetUp() override
    {
        ASSERT_NE(s_result, nullptr);
        auto ctx = StationContext::open(s_result->database.string(), m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
    }

    static inline test::TempDir* s_dir = nullptr;
    static inline test::DemoRun* s_result = nullptr;
    SystemClock m_clock;
    std::unique_ptr<StationContext> m_ctx;
};

TEST_F(DemoFlow, SplitsTheAzacitidineDoseIntoTwoAdministeredSyringes)
{
    ASSERT_EQ(s_result->preparations.size(), 2u); // 165 cm, 62 kg: 126 mg = 5.06 mL > 4 mL
    for (const auto& number : s_result->preparations) {
        auto prep = m_ctx->preparations().getByNumber(number);
        ASSERT_TRUE(prep);
        EXPECT_EQ(prep->status, db::PreparationStatus::Administered);
        EXPECT_EQ(prep->toleranceDecision, db::ToleranceDecision::Accepted);
        EXPECT_NEAR(prep->deviationPercent, 0.6, 0.3);
        EXPECT_FALSE(prep->stabilityRule.empty());
        ASSERT_TRUE(prep->expiry && prep->reconstitutedAt);
        EXPECT_GT(*prep->expiry, *prep->reconstitutedAt);
    }
}

TEST_F(DemoFlow, EveryWeighingCameThroughTheSimulatorAndSaysSo)
{
    for (const auto& number : s_result->preparations) {
        auto prep = m_ctx->preparations().getByNumber(number);
        ASSERT_TRUE(prep);
        auto weighings = m_ctx->weighings().listFor(prep->id);
        ASSERT_TRUE(weighings);
        ASSERT_GE(weighings->size(), 2u);
        bool tare = false, filled = false, vialAfter = false;
        for (const auto& w : *weighings) {
            EXPECT_EQ(w.source.rfind("sim://", 0), 0u) << w.source; // a simulated weighing never passes for real
            EXPECT_NE(w.source.find("modbus-tcp"), std::string::npos) << w.source;
            EXPECT_TRUE(w.stable);
            EXPECT_FALSE(w.raw.empty());
            tare = tare || w.step == "tare";
            filled = filled || w.step == "filled";
            vialAfter = vialAfter || w.step == "vial_after"; // the vial/syringe cross-check
        }
        EXPECT_TRUE(tare && filled && vialAfter);
    }
}

TEST_F(DemoFlow, ReleasedByAnotherPharmacistWithASignatureBoundToTheRecord)
{
    auto prep = m_ctx->preparations().getByNumber(s_result->preparations.front());
    ASSERT_TRUE(prep);
    EXPECT_NE(prep->releasedBy, 0);
    EXPECT_NE(prep->releasedBy, prep->preparedBy);
    auto signatures = m_ctx->signatures().listFor("preparation", std::to_string(prep->id));
    ASSERT_TRUE(signatures);
    auto dossier = preparationDossier(*m_ctx, prep->id);
    ASSERT_TRUE(dossier);
    bool released = false, prepared = false;
    for (const auto& s : *signatures) {
        if (s.meaning == "released") {
            released = true;
            EXPECT_EQ(s.userId, prep->releasedBy);
        }
        if (s.meaning == "prepared") {
            prepared = true;
            EXPECT_EQ(s.userId, prep->preparedBy);
        }
        EXPECT_EQ(s.contentSha256, contentHash(*dossier)) << s.meaning;
    }
    EXPECT_TRUE(released && prepared);
}

TEST_F(DemoFlow, TheVialWasReadFromPixelsAndRecordedWithItsLotAndSerial)
{
    auto prep = m_ctx->preparations().getByNumber(s_result->preparations.front());
    ASSERT_TRUE(prep);
    auto scans = m_ctx->vialScans().listFor(prep->id);
    ASSERT_TRUE(scans);
    ASSERT_EQ(scans->size(), 1u);
    const auto& s = scans->front();
    EXPECT_EQ(s.gtin, prep->productGtin);
    EXPECT_EQ(s.lot.rfind("DEMO", 0), 0u);
    EXPECT_EQ(s.serial.size(), 12u);
    EXPECT_EQ(s.hri.rfind("(01)" + s.gtin, 0), 0u) << s.hri;
    EXPECT_EQ(s.source.rfind("sim://", 0), 0u);
    auto photos = m_ctx->photos().listFor(prep->id);
    ASSERT_TRUE(photos);
    ASSERT_FALSE(photos->empty());
    EXPECT_EQ(photos->front().sha256.size(), 64u);
    EXPECT_TRUE(std::filesystem::exists(photos->front().path));
}

TEST_F(DemoFlow, TheLabelPdfDecodesToThePreparation)
{
    for (size_t i = 0; i < s_result->labels.size(); ++i) {
        const auto pdf = s_result->labels[i];
        ASSERT_TRUE(std::filesystem::exists(pdf));
        std::ifstream in(pdf, std::ios::binary);
        std::string head(5, '\0');
        in.read(head.data(), 5);
        EXPECT_EQ(head, "%PDF-");
        // Rasterise independently of the station (poppler) and decode.
        const auto png = s_dir->path() / ("label-check-" + std::to_string(i));
        const std::string cmd = "pdftoppm -r 203 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'";
        ASSERT_EQ(std::system(cmd.c_str()), 0);
        const cv::Mat image = cv::imread(png.string() + ".png", cv::IMREAD_GRAYSCALE);
        ASSERT_FALSE(image.empty());
        devices::BarcodeReader reader;
        const auto codes = reader.read(image);
        bool found = false;
        for (const auto& c : codes)
            if (c.format == "DataMatrix" && c.hri.find("(10)" + s_result->preparations[i]) != std::string::npos &&
                c.hri.rfind("(01)", 0) == 0 && c.hri.find("(7003)") != std::string::npos)
                found = true;
        EXPECT_TRUE(found) << pdf;
    }
}

TEST_F(DemoFlow, EveryStepHasAnAuditEntryAndTheChainVerifies)
{
    auto verification = m_ctx->audit().verify();
    ASSERT_TRUE(verification);
    EXPECT_TRUE(verification->intact) << verification->problem;
    auto prep = m_ctx->preparations().getByNumber(s_result->preparations.front());
    ASSERT_TRUE(prep);
    auto entries = m_ctx->audit().listFor("preparation", std::to_string(prep->id));
    ASSERT_TRUE(entries);
    // created, started, weighed (deviation), expiry, prepared, released, dispatched, delivered, administered
    EXPECT_GE(entries->size(), 8u);
    for (const auto& e : *entries) {
        EXPECT_FALSE(e.hash.empty());
        EXPECT_NE(e.userId, 0);
    }
}

TEST_F(DemoFlow, TraceReportTellsTheWholeStoryOldestFirst)
{
    TraceDesk trace(*m_ctx);
    auto history = trace.preparationHistory(s_result->preparations.front());
    ASSERT_TRUE(history) << history.error().message;
    EXPECT_EQ((*history)["status"], "administered");
    EXPECT_TRUE((*history)["signatures_valid"].get<bool>());
    const auto& events = (*history)["events"];
    ASSERT_GT(events.size(), 10u);
    for (size_t i = 1; i < events.size(); ++i)
        EXPECT_LE(events[i - 1]["at"].get<std::string>(), events[i]["at"].get<std::string>());
    std::vector<std::string> kinds;
    for (const auto& e : events)
        kinds.push_back(e["event"]);
    for (const char* expected : {"signature:order_validated", "vial_scanned", "weighing:tare", "weighing:filled",
                                 "weighing:vial_after", "label_read_back", "signature:prepared", "signature:released",
                                 "handover:pickup", "handover:delivery", "logger_imported", "handover:administration"})
        EXPECT_NE(std::find(kinds.begin(), kinds.end(), expected), kinds.end()) << expected;
    EXPECT_TRUE(std::filesystem::exists(s_result->traceReport));
}

TEST_F(DemoFlow, ALotTraceFindsThePatient)
{
    auto prep = m_ctx->preparations().getByNumber(s_result->preparations.front());
    ASSERT_TRUE(prep);
    auto scans = m_ctx->vialScans().listFor(prep->id);
    ASSERT_TRUE(scans && !scans->empty());
    TraceDesk trace(*m_ctx);
    auto lot = trace.lot(scans->front().lot);
    ASSERT_TRUE(lot);
    EXPECT_EQ((*lot)["preparations"].size(), 2u);
    EXPECT_NE((*lot)["preparations"][0]["patient"].get<std::string>().find("FICTIF-"), std::string::npos);
}

TEST_F(DemoFlow, RunningTheDemoAgainOnTheSameDatabaseSucceeds)
{
    // On a copy of the fixture's database, through the library (the fixture ran it through prepctl).
    const auto copy = s_dir->file("again.sqlite");
    std::filesystem::copy_file(s_result->database, copy);
    DemoOptions options;
    options.outDir = s_dir->path() / "out2";
    options.dbPath = copy.string();
    auto again = runDemo(options);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_NE(again->preparations.front(), s_result->preparations.front());
    auto reopened = StationContext::open(copy.string(), m_clock);
    ASSERT_TRUE(reopened);
    auto verification = (*reopened)->audit().verify();
    ASSERT_TRUE(verification);
    EXPECT_TRUE(verification->intact) << verification->problem;
}

} // namespace
} // namespace prep::station
