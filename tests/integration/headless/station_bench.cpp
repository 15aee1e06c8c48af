// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/headless/station_bench.h"

#include "devices/camera/label_photo.h"
#include "devices/camera/vial_photo.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>

namespace prep::test {

nlohmann::json PrepctlRun::json() const
{
    auto j = nlohmann::json::parse(out, nullptr, false);
    return j.is_discarded() ? nlohmann::json() : j;
}

StationBench::StationBench(bool sqlite)
    : m_store(sqlite ? TestDatabase::sqliteFile(m_dir, "station") : std::make_unique<TestDatabase>(m_dir, "station"))
{
    auto uri = m_scale.start("modbus-tcp://127.0.0.1:0");
    EXPECT_TRUE(uri.ok()) << (uri.ok() ? "" : uri.error().message);
    if (uri.ok())
        m_scaleUri = *uri;
    m_scale.setSerialNumber("B123456789");
    std::filesystem::create_directories(cameraDir());
    writeConfig(5);
}

StationBench::~StationBench()
{
    m_scale.stop();
}

void StationBench::writeConfig(int stableTimeoutS)
{
    nlohmann::json j{
        {"site",
         {{"name", "PUI Hôpital Test (fictif)"},
          {"gln", "3012345000017"},
          {"address", "2 rue du Test, 00000 Testville"},
          {"phone", "+33 0 11 11 11 11 (24 h/24)"}}},
        {"scale", {{"uri", m_scaleUri}, {"reference_weight_g", 10.0}, {"stable_timeout_s", stableTimeoutS}}},
        {"camera", {{"uri", "dir://" + cameraDir().string()}}},
        {"printer", {{"uri", "dir://" + printerDir().string()}}},
        {"evidence_dir", "evidence"},
        {"language", "fr"}};
    std::ofstream(config()) << j.dump(2);
}

PrepctlRun StationBench::run(const std::string& args, const std::string& password, const std::string& newPassword)
{
    return runCommand(db(), args, password, newPassword);
}

PrepctlRun StationBench::runOn(const std::string& database, const std::string& args, const std::string& password,
                               const std::string& newPassword)
{
    return runCommand(database, args, password, newPassword);
}

PrepctlRun StationBench::runCommand(const std::string& database, const std::string& args, const std::string& password,
                                    const std::string& newPassword)
{
    const auto errFile = m_dir.file("stderr.txt");
    std::string env = "XDG_DATA_HOME='" + m_dir.file("xdg").string() + "' ";
    if (!password.empty())
        env += "PREP_PASSWORD='" + password + "' ";
    if (!newPassword.empty())
        env += "PREP_NEW_PASSWORD='" + newPassword + "' ";
    const std::string cmd = env + PREPCTL_PATH + " " + args + " --db '" + database + "' --config '" +
                            config().string() + "' 2>'" + errFile.string() + "' </dev/null";
    PrepctlRun r;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return r;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(errFile);
    std::stringstream ss;
    ss << err.rdbuf();
    r.err = ss.str();
    return r;
}

nlohmann::json StationBench::ok(const std::string& args, const std::string& password, const std::string& newPassword)
{
    auto r = run(args + " --json", password, newPassword);
    EXPECT_EQ(r.exitCode, 0) << "prepctl " << args << "\nstdout: " << r.out << "\nstderr: " << r.err;
    EXPECT_EQ(r.err, "") << "prepctl " << args << " printed on stderr although it succeeded";
    return r.json();
}

void StationBench::load(double grams)
{
    m_scale.placeLoad(grams);
    std::this_thread::sleep_until(m_scale.settledAt() + std::chrono::milliseconds(50));
}

void StationBench::presentVial(const std::string& gs1)
{
    devices::VialPhotoOptions options;
    options.seed = unsigned(++m_frame);
    options.rotationDegrees = 12.0 * m_frame;
    auto photo = devices::renderVialPhoto(gs1, options);
    ASSERT_TRUE(photo.ok()) << photo.error().message;
    // Written aside then renamed: the camera folder never shows a half-written frame.
    const auto part = m_dir.file("frame.part.png");
    ASSERT_TRUE(cv::imwrite(part.string(), *photo));
    std::filesystem::rename(part, cameraDir() / ("frame-" + std::to_string(1000 + m_frame) + ".png"));
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // distinct modification times
}

void StationBench::presentLabel(const std::string& pdfPath)
{
    const auto base = m_dir.file("printed-page");
    const std::string cmd = "pdftoppm -r 203 -png -singlefile '" + pdfPath + "' '" + base.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const cv::Mat page = cv::imread(base.string() + ".png", cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(page.empty());
    devices::LabelPhotoOptions options;
    options.seed = unsigned(++m_frame);
    auto photo = devices::photographLabel(page, options);
    ASSERT_TRUE(photo.ok()) << photo.error().message;
    const auto part = m_dir.file("frame.part.png");
    ASSERT_TRUE(cv::imwrite(part.string(), *photo));
    std::filesystem::rename(part, cameraDir() / ("frame-" + std::to_string(1000 + m_frame) + ".png"));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace prep::test
