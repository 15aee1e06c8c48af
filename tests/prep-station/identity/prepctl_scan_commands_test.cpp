// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl decode and prepctl gs1 parse, run as a user would (docs/ARCHITECTURE.md, the prepctl contract).
#include "devices/camera/vial_photo.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

struct CommandRun
{
    int exitCode = -1;
    std::string out, err;
};

CommandRun prepctl(const std::string& arguments, const prep::test::TempDir& dir)
{
    const auto errFile = dir.file("stderr.txt").string();
    const std::string command = std::string(PREPCTL_PATH) + " " + arguments + " 2>" + errFile;
    CommandRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return run;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;)
        run.out.append(buf, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile);
    std::stringstream ss;
    ss << in.rdbuf();
    run.err = ss.str();
    return run;
}

} // namespace

TEST(PrepctlDecode, OneLinePerImageWithGs1AsHriOrNone)
{
    prep::test::TempDir dir;
    auto photo = prep::devices::renderVialPhoto("(01)03400930000014(17)270531(10)LOT7(21)SN7");
    ASSERT_TRUE(photo);
    const auto vial = dir.file("vial.jpg").string(), blank = dir.file("blank.png").string();
    ASSERT_TRUE(cv::imwrite(vial, *photo));
    ASSERT_TRUE(cv::imwrite(blank, cv::Mat(100, 100, CV_8UC3, cv::Scalar(255, 255, 255))));
    const CommandRun run = prepctl("decode " + vial + " " + blank, dir);
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out, vial + "\tDataMatrix\t(01)03400930000014(17)270531(10)LOT7(21)SN7\n" + blank + "\tNONE\n");

    const CommandRun json = prepctl("decode " + vial + " --json", dir);
    const CommandRun plain = prepctl("decode " + vial, dir);
    EXPECT_EQ(plain.exitCode, 0);
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j[0]["format"], "DataMatrix");
    EXPECT_EQ(j[0]["codes"][0]["raw"], "01034009300000141727053110LOT7\x1d"
                                       "21SN7");

    const CommandRun missing = prepctl("decode " + dir.file("nope.png").string(), dir);
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_NE(missing.err.find("nope.png"), std::string::npos);

    // --live between the images: the image after it keeps its place in the output.
    const CommandRun live = prepctl("decode " + blank + " --live " + vial, dir);
    EXPECT_EQ(live.exitCode, 0) << live.err;
    EXPECT_EQ(live.out, blank + "\tNONE\n" + vial + "\tDataMatrix\t(01)03400930000014(17)270531(10)LOT7(21)SN7\n");
}

TEST(PrepctlGs1, ParsePrintsEachAiOrNamesTheError)
{
    prep::test::TempDir dir;
    const CommandRun ok = prepctl("gs1 parse '01034009300000071726050010AB1234\\x1d21K7Z9Q2X4M1'", dir);
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_NE(ok.out.find("(17) USE BY or EXPIRY: 260500  [2026-05-31]"), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("(21) SERIAL: K7Z9Q2X4M1"), std::string::npos);
    EXPECT_NE(ok.out.find("HRI: (01)03400930000007(17)260500(10)AB1234(21)K7Z9Q2X4M1"), std::string::npos);

    const CommandRun json = prepctl("gs1 parse '(01)03400930000007(17)260531(10)AB' --json", dir);
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["elements"][1]["date"], "2026-05-31");
    EXPECT_EQ(j["elements"][2]["title"], "BATCH/LOT");
    EXPECT_EQ(j["element_string"], "01034009300000071726053110AB");

    const CommandRun bad = prepctl("gs1 parse '(01)03400930000008(17)260531'", dir);
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.err.find("check digit"), std::string::npos) << bad.err;
    EXPECT_EQ(bad.out, "");
}
