// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/prep-station/web/packed_demo.h"

#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/label_desk.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace prep::test {

using namespace std::chrono_literals;

namespace {

// The test program's identity: a rebuilt program (another schema, another demo) makes its packed station anew.
std::string programStamp()
{
    struct stat st
    {};
    if (stat("/proc/self/exe", &st) != 0)
        return {};
    return std::to_string(st.st_size) + "-" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

} // namespace

const PackedDemo& packedDemo()
{
    // ctest runs each test in its own process: the packed station is made once per build, under a lock, and
    // reused while the program is the same.
    static const PackedDemo made = [] {
        const char* tmp = std::getenv("PREP_TEST_TMP");
        const std::filesystem::path dir =
            std::filesystem::path(tmp && *tmp ? tmp : std::filesystem::temp_directory_path().string()) / "packed-demo";
        std::filesystem::create_directories(dir);
        const int lock = ::open((dir / "lock").c_str(), O_RDWR | O_CREAT, 0644);
        if (lock < 0 || flock(lock, LOCK_EX) != 0)
            throw std::runtime_error("cannot lock " + (dir / "lock").string());
        const auto stampFile = dir / "made-by";
        const auto resultFile = dir / "demo.json";
        std::string stamp;
        if (std::ifstream in(stampFile); in)
            std::getline(in, stamp);
        PackedDemo demo;
        demo.database = dir / "packed.sqlite";
        if (stamp != programStamp() || !std::filesystem::exists(resultFile)) {
            std::error_code ec;
            std::filesystem::remove(demo.database, ec);
            std::filesystem::remove_all(dir / "out", ec);
            station::DemoOptions options;
            options.outDir = dir / "out";
            options.dbPath = demo.database.string();
            options.stopWhenPacked = true;
            auto result = station::runDemo(options);
            if (!result)
                throw std::runtime_error("the packed demo failed: " + result.error().message);
            const nlohmann::json j{{"shipment", result->shipment},
                                   {"preparations", result->preparations},
                                   {"patient", result->patientIpp},
                                   {"logger", result->loggerId},
                                   {"packed_at", result->packedAt.time_since_epoch().count()}};
            std::ofstream(resultFile) << j.dump();
            std::ofstream(stampFile) << programStamp() << "\n";
        }
        std::ifstream in(resultFile);
        const auto j = nlohmann::json::parse(in);
        demo.demo.shipment = j["shipment"].get<std::string>();
        demo.demo.preparations = j["preparations"].get<std::vector<std::string>>();
        demo.demo.patientIpp = j["patient"].get<std::string>();
        demo.demo.loggerId = j["logger"].get<std::string>();
        demo.demo.packedAt = station::UtcTime(std::chrono::milliseconds(j["packed_at"].get<std::int64_t>()));
        demo.demo.database = demo.database;
        flock(lock, LOCK_UN);
        ::close(lock);
        return demo;
    }();
    return made;
}

PackedStation::PackedStation(const TempDir& tempDir)
    : clock(packedDemo().demo.packedAt + 10min)
    , dir(tempDir.path())
{
    const auto copy = tempDir.file("station.sqlite");
    std::filesystem::copy_file(packedDemo().database, copy);
    auto opened = station::StationContext::open(copy.string(), clock);
    if (!opened)
        throw std::runtime_error(opened.error().message);
    ctx = std::move(*opened);
}

void PackedStation::importLogger()
{
    const auto& demo = packedDemo().demo;
    const auto file = dir / ("logger-" + std::to_string(clock.now().time_since_epoch().count()) + ".csv");
    auto written =
        station::writeFileAtomically(file, station::demoLoggerCsv(demo.loggerId, demo.packedAt, clock.now(), 5min));
    ASSERT_TRUE(written) << written.error().message;
    const auto& pharmacist = station::demoAccount(db::Role::Pharmacist);
    auto who = ctx->users().authenticate(pharmacist.username, pharmacist.password, clock.now());
    ASSERT_TRUE(who) << who.error().message;
    auto imported = station::DispatchDesk(*ctx).importLogger(*who, demo.shipment, file);
    ASSERT_TRUE(imported) << imported.error().message;
}

std::string PackedStation::syringeCode(int index)
{
    auto prep = ctx->preparations().getByNumber(packedDemo().demo.preparations.at(static_cast<std::size_t>(index)));
    if (!prep || !prep->expiry)
        throw std::runtime_error("no packed preparation");
    return station::LabelDesk::barcodeData(ctx->site().preparationGtin, prep->number, *prep->expiry);
}

std::string PackedStation::patientBirthDate()
{
    auto patient = ctx->patients().getByIpp(packedDemo().demo.patientIpp);
    if (!patient)
        throw std::runtime_error("no demo patient");
    return patient->birthDate;
}

} // namespace prep::test
