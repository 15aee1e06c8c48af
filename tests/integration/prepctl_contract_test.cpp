// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl as scripts use it (docs/ARCHITECTURE.md): exit codes, one-line reasons on stderr, JSON field names.
#include "devices/barcode/barcode_reader.h"
#include "tests/integration/demo_fixture.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <opencv2/imgcodecs.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace prep::test {
namespace {

struct CommandRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

CommandRun prepctl(const std::string& args, const TempDir& dir)
{
    const auto errFile = dir.file("stderr.txt");
    const std::string cmd = std::string(PREPCTL_PATH) + " " + args + " 2>'" + errFile.string() + "'";
    CommandRun run;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        run.out.append(buf.data(), n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(errFile);
    std::stringstream ss;
    ss << err.rdbuf();
    run.err = ss.str();
    return run;
}

class Prepctl : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        std::string error;
        auto run = demoRun(error);
        s_demo = new CommandRun;
        s_demo->exitCode = error.empty() ? 0 : 1;
        s_demo->err = error;
        s_demo->out = run.json;
        s_db = run.database.string();
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        delete s_dir;
    }
    static inline TempDir* s_dir = nullptr;
    static inline std::string s_db;
    static inline CommandRun* s_demo = nullptr;
};

TEST_F(Prepctl, DemoJsonNamesTheIdsAndArtefacts)
{
    ASSERT_EQ(s_demo->exitCode, 0) << s_demo->err;
    auto j = nlohmann::json::parse(s_demo->out);
    for (const char* field : {"preparation", "order", "shipment", "label", "trace_report"})
        EXPECT_TRUE(j.contains(field)) << field;
    EXPECT_TRUE(std::filesystem::exists(j["label"].get<std::string>()));
    EXPECT_TRUE(std::filesystem::exists(j["trace_report"].get<std::string>()));
}

TEST_F(Prepctl, DemoRunsTwiceOnTheSameDatabase)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    const auto copy = s_dir->file("twice.sqlite");
    std::filesystem::copy_file(s_db, copy);
    auto second =
        prepctl("demo --json --out '" + (s_dir->path() / "out2").string() + "' --db '" + copy.string() + "'", *s_dir);
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_NE(nlohmann::json::parse(second.out)["preparation"], nlohmann::json::parse(s_demo->out)["preparation"]);
}

TEST_F(Prepctl, TracePrepReportsStatusAndEventsOldestFirst)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    const std::string prep = nlohmann::json::parse(s_demo->out)["preparation"];
    auto trace = prepctl("trace prep " + prep + " --json --db '" + s_db + "'", *s_dir);
    ASSERT_EQ(trace.exitCode, 0) << trace.err;
    auto j = nlohmann::json::parse(trace.out);
    EXPECT_EQ(j["preparation"], prep);
    EXPECT_EQ(j["status"], "administered");
    ASSERT_TRUE(j["events"].is_array());
    EXPECT_GT(j["events"].size(), 10u);
    EXPECT_LE(j["events"].front()["at"].get<std::string>(), j["events"].back()["at"].get<std::string>());
}

TEST_F(Prepctl, TracePrepWritesTheBatchRecordPdfAndTracePatientListsItsPreparations)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    const std::string prep = nlohmann::json::parse(s_demo->out)["preparation"];
    const auto pdf = s_dir->file("dossier.pdf");
    auto trace = prepctl("trace prep " + prep + " --json --pdf '" + pdf.string() + "' --db '" + s_db + "'", *s_dir);
    ASSERT_EQ(trace.exitCode, 0) << trace.err;
    std::ifstream in(pdf, std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), 4);
    EXPECT_EQ(head, "%PDF");
    FILE* text = popen(("pdftotext -layout '" + pdf.string() + "' -").c_str(), "r");
    ASSERT_NE(text, nullptr);
    std::string dossier;
    std::array<char, 4096> buf{};
    while (size_t n = fread(buf.data(), 1, buf.size(), text))
        dossier.append(buf.data(), n);
    pclose(text);
    for (const char* expected : {"Weighings", "diluent_before", "sim://modbus-tcp", "Signatures", "released",
                                 "content unchanged since", "History"})
        EXPECT_NE(dossier.find(expected), std::string::npos) << expected;
    EXPECT_NE(dossier.find(prep), std::string::npos);

    const std::string ipp = nlohmann::json::parse(trace.out)["patient"]["ipp"];
    auto patient = prepctl("trace patient " + ipp + " --json --db '" + s_db + "'", *s_dir);
    ASSERT_EQ(patient.exitCode, 0) << patient.err;
    auto j = nlohmann::json::parse(patient.out);
    ASSERT_FALSE(j["orders"].empty());
    EXPECT_EQ(j["orders"][0]["preparations"][0]["preparation"], prep);
    EXPECT_EQ(j["orders"][0]["preparations"][0]["status"], "administered");
    EXPECT_EQ(prepctl("trace lot X --pdf '" + pdf.string() + "' --db '" + s_db + "'", *s_dir).exitCode, 2);
}

TEST_F(Prepctl, AuditVerifyPassesOnTheDemoDatabase)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    auto verify = prepctl("audit verify --db '" + s_db + "'", *s_dir);
    EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
}

TEST_F(Prepctl, LabelRendersPngAndZplOfTheDemoPreparation)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    const std::string prep = nlohmann::json::parse(s_demo->out)["preparation"];
    for (const char* ext : {".png", ".zpl", ".pdf"}) {
        const auto out = s_dir->file(std::string("copy") + ext);
        auto run = prepctl("label --prep " + prep + " --out '" + out.string() + "' --db '" + s_db + "'", *s_dir);
        ASSERT_EQ(run.exitCode, 0) << ext << ": " << run.err;
        EXPECT_GT(std::filesystem::file_size(out), 100u) << ext;
    }
    std::ifstream zpl(s_dir->file("copy.zpl"));
    std::stringstream ss;
    ss << zpl.rdbuf();
    EXPECT_NE(ss.str().find("^BX"), std::string::npos); // the DataMatrix command
    EXPECT_NE(ss.str().find(prep), std::string::npos);
}

// The syringe label of the demo's real record (its long handling note, the site's address) fits, states its
// barcode's HRI, and its DataMatrix reads back at printer resolution.
TEST_F(Prepctl, SyringeLabelOfTheDemoPreparationFitsAndReadsBack)
{
    ASSERT_EQ(s_demo->exitCode, 0);
    const std::string prep = nlohmann::json::parse(s_demo->out)["preparation"];
    const auto pdf = s_dir->file("syringe.pdf");
    auto run = prepctl(
        "label --prep " + prep + " --template syringe-70x50 --out '" + pdf.string() + "' --db '" + s_db + "'", *s_dir);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto text = s_dir->file("syringe.txt");
    ASSERT_EQ(std::system(("pdftotext '" + pdf.string() + "' '" + text.string() + "'").c_str()), 0);
    std::ifstream in(text);
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_NE(ss.str().find("(10)" + prep), std::string::npos) << ss.str();
    EXPECT_NE(ss.str().find("(7003)"), std::string::npos) << ss.str();
    const auto png = s_dir->file("syringe-203");
    ASSERT_EQ(std::system(("pdftoppm -r 203 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'").c_str()),
              0);
    const cv::Mat image = cv::imread(png.string() + ".png", cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(image.empty());
    bool found = false;
    for (const auto& c : devices::BarcodeReader().read(image))
        found = found || (c.format == "DataMatrix" && c.hri.find("(10)" + prep) != std::string::npos);
    EXPECT_TRUE(found);
}

TEST_F(Prepctl, FailuresExitNonZeroWithOneLineOnStderr)
{
    for (const std::string& args :
         {std::string("no-such-command"), "trace prep P-00000000-0000 --db '" + s_db + "'",
          "trace prep X --db '" + s_dir->file("missing.sqlite").string() + "'", std::string("label --prep 1")}) {
        auto run = prepctl(args, *s_dir);
        EXPECT_NE(run.exitCode, 0) << args;
        ASSERT_FALSE(run.err.empty()) << args;
        EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << args << ": " << run.err;
    }
}

} // namespace
} // namespace prep::test
