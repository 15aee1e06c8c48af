// SPDX-License-Identifier: GPL-3.0-or-later
// The drivers against the simulator over real sockets and pseudo-terminals, with every named fault.
// Timeouts here are hang guards only: each assertion is about what was read, never about how long it took.
#include "devices/scale/scale.h"
#include "devices/scale/scale_simulator.h"
#include "devices/scale/sics_scale.h"
#include "devices/scale/simulated_scale.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

constexpr auto kHangGuard = 5000ms;

void quickSettle(ScaleSimulator& sim)
{
    auto d = sim.dynamics();
    d.settle = 100ms;
    sim.setDynamics(d);
}

std::unique_ptr<SimulatedScale> startSimulated()
{
    auto scale = SimulatedScale::start();
    EXPECT_TRUE(scale) << scale.error().message;
    if (!scale)
        return nullptr;
    quickSettle((*scale)->simulator());
    return std::move(*scale);
}

std::unique_ptr<Scale> open(const std::string& uri)
{
    auto scale = openScale(uri);
    EXPECT_TRUE(scale) << uri << ": " << scale.error().message;
    return scale ? std::move(*scale) : nullptr;
}

} // namespace

TEST(SimulatedScale, StableWeightCrossesARealModbusSocketAndSaysItIsSimulated)
{
    auto scale = startSimulated();
    ASSERT_TRUE(scale);
    scale->simulator().placeLoad(5.543);
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 5.543);
    EXPECT_TRUE(r->stable);
    EXPECT_DOUBLE_EQ(r->readabilityG, 0.001);
    EXPECT_EQ(r->source.rfind("sim://modbus-tcp/127.0.0.1:", 0), 0u) << r->source;
    EXPECT_NE(r->source.find("serial=SIM-0001"), std::string::npos);
    EXPECT_EQ(r->raw, "holding[0..3]=0000 15a7 0003 0001");
    EXPECT_EQ(scale->serialNumber(), "SIM-0001");
    EXPECT_GT(scale->simulator().requestsServed(), 5);
}

TEST(SimulatedScale, OpenScaleSimSchemeStartsOne)
{
    auto scale = open("sim://?load=2.36");
    ASSERT_TRUE(scale);
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 2.36);
    EXPECT_EQ(r->source.rfind("sim://", 0), 0u);
}

TEST(SimulatedScale, ReadStableNeverReturnsATransientValue)
{
    auto scale = startSimulated();
    ASSERT_TRUE(scale);
    for (double load : {10.0, 15.456, 3.2}) {
        scale->simulator().placeLoad(load);
        auto r = scale->readStable(kHangGuard);
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_DOUBLE_EQ(r->grams, load);
    }
}

TEST(SimulatedScale, TareAndZeroThroughTheCommandRegister)
{
    auto scale = startSimulated();
    ASSERT_TRUE(scale);
    scale->simulator().placeLoad(8.12);
    ASSERT_TRUE(scale->readStable(kHangGuard));
    ASSERT_TRUE(scale->tare());
    auto tared = scale->readStable(kHangGuard);
    ASSERT_TRUE(tared);
    EXPECT_DOUBLE_EQ(tared->grams, 0.0);
    scale->simulator().placeLoad(13.663);
    auto net = scale->readStable(kHangGuard);
    ASSERT_TRUE(net);
    EXPECT_NEAR(net->grams, 5.543, 1e-9);
    ASSERT_TRUE(scale->clearTare());
    auto gross = scale->readStable(kHangGuard);
    ASSERT_TRUE(gross);
    EXPECT_DOUBLE_EQ(gross->grams, 13.663);
    ASSERT_TRUE(scale->zero());
    auto zeroed = scale->readStable(kHangGuard);
    ASSERT_TRUE(zeroed);
    EXPECT_DOUBLE_EQ(zeroed->grams, 0.0);
}

// Each fault yields an error of the right kind, never a reading; clearing it lets the technician retry.
struct FaultCase
{
    ScaleFault fault;
    DeviceError::Kind kind;
};

class ModbusFaults : public ::testing::TestWithParam<FaultCase>
{};

TEST_P(ModbusFaults, FaultGivesNoWeightAndRetryWorks)
{
    auto scale = startSimulated();
    ASSERT_TRUE(scale);
    scale->simulator().placeLoad(5.0);
    ASSERT_TRUE(scale->readStable(kHangGuard));
    scale->simulator().setFault(GetParam().fault);
    auto r = scale->readStable(800ms);
    ASSERT_FALSE(r) << scaleFaultName(GetParam().fault) << " gave " << r->grams;
    EXPECT_EQ(r.error().kind, GetParam().kind) << r.error().message;
    EXPECT_FALSE(r.error().message.empty());
    scale->simulator().setFault(ScaleFault::None);
    auto retry = scale->readStable(kHangGuard);
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_DOUBLE_EQ(retry->grams, 5.0);
}

INSTANTIATE_TEST_SUITE_P(EveryNamedFault, ModbusFaults,
                         ::testing::Values(FaultCase{ScaleFault::Disconnect, DeviceError::Kind::Unreachable},
                                           FaultCase{ScaleFault::NoAnswer, DeviceError::Kind::Timeout},
                                           FaultCase{ScaleFault::UnstableForever, DeviceError::Kind::Unstable},
                                           FaultCase{ScaleFault::Overload, DeviceError::Kind::Overload},
                                           FaultCase{ScaleFault::Underload, DeviceError::Kind::Underload},
                                           FaultCase{ScaleFault::GarbageRegisters, DeviceError::Kind::Protocol}),
                         [](const auto& testParam) {
                             std::string name = scaleFaultName(testParam.param.fault);
                             std::erase(name, '-');
                             return name;
                         });

TEST(SimulatedScale, NegativeWeightIsReportedAsSuch)
{
    // The scale layer reports what the scale shows; the gravimetry layer refuses a negative net mass.
    auto scale = startSimulated();
    ASSERT_TRUE(scale);
    scale->simulator().placeLoad(2.0);
    scale->simulator().setFault(ScaleFault::NegativeWeight);
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_LT(r->grams, 0.0);
}

TEST(ScaleSimulator, SettlingAndDriftFollowTheInjectedClock)
{
    ScaleSimulator sim;
    auto now = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
    std::atomic<long long> offsetMs{0};
    sim.setClock([&] { return now + std::chrono::milliseconds(offsetMs.load()); });
    auto d = sim.dynamics();
    d.motionNoiseG = 0.0;
    d.driftGPerMinute = 0.06; // 1 mg per second once settled
    sim.setDynamics(d);
    auto uri = sim.start("modbus-tcp://127.0.0.1:0");
    ASSERT_TRUE(uri);
    auto scale = open(*uri);
    ASSERT_TRUE(scale);
    sim.placeLoad(10.0);
    auto moving = scale->readNow();
    ASSERT_TRUE(moving);
    EXPECT_FALSE(moving->stable);
    EXPECT_DOUBLE_EQ(moving->grams, 0.0); // nothing has moved yet at t = 0
    offsetMs = 150;                       // half the settle time: most of the way, still flagged dynamic
    auto halfway = scale->readNow();
    ASSERT_TRUE(halfway);
    EXPECT_FALSE(halfway->stable);
    EXPECT_GT(halfway->grams, 9.0);
    EXPECT_LT(halfway->grams, 10.0);
    offsetMs = 300;
    auto settled = scale->readNow();
    ASSERT_TRUE(settled);
    EXPECT_TRUE(settled->stable);
    EXPECT_DOUBLE_EQ(settled->grams, 10.0);
    offsetMs = 300 + 10000; // 10 s later: +10 mg of drift, still flagged stable by the indicator
    auto drifted = scale->readNow();
    ASSERT_TRUE(drifted);
    EXPECT_TRUE(drifted->stable);
    EXPECT_DOUBLE_EQ(drifted->grams, 10.01);
}

TEST(ModbusTcpScale, OpenedByUriAgainstAnExternalSimulator)
{
    ScaleSimulator sim;
    quickSettle(sim);
    sim.setSerialNumber("IND-4711");
    auto uri = sim.start("modbus-tcp://127.0.0.1:0");
    ASSERT_TRUE(uri) << uri.error().message;
    EXPECT_EQ(uri->rfind("modbus-tcp://127.0.0.1:", 0), 0u);
    sim.placeLoad(136.4 / 25 * 1.016);
    auto scale = open(*uri);
    ASSERT_TRUE(scale);
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 5.543);
    EXPECT_EQ(r->source, *uri + " serial=IND-4711");
    // Function 4 (input registers) gives the same values, through a map file.
    std::ostringstream name;
    name << ::testing::TempDir() << "/input-map-" << ::getpid() << ".json";
    {
        std::FILE* f = std::fopen(name.str().c_str(), "w");
        ASSERT_TRUE(f);
        std::fputs(R"({"name": "input registers", "weight": {"register": "input", "address": 0, "type": "int32"},
                       "decimals": {"register": "input", "address": 2},
                       "status": {"register": "input", "address": 3, "stable": {"bit": 0}, "overload": {"bit": 1}}})",
                   f);
        std::fclose(f);
    }
    auto viaInput = open(*uri + "&map=" + name.str());
    std::filesystem::remove(name.str());
    ASSERT_TRUE(viaInput);
    auto r2 = viaInput->readStable(kHangGuard);
    ASSERT_TRUE(r2) << r2.error().message;
    EXPECT_DOUBLE_EQ(r2->grams, 5.543);
    EXPECT_NE(r2->raw.find("input[0..3]="), std::string::npos);
    EXPECT_EQ(viaInput->serialNumber(), "unknown"); // that map declares no serial registers
}

TEST(ModbusRtuScale, OverAPseudoTerminal)
{
    ScaleSimulator sim;
    quickSettle(sim);
    auto uri = sim.start("modbus-rtu-pty://");
    ASSERT_TRUE(uri) << uri.error().message;
    EXPECT_EQ(uri->rfind("modbus-rtu:///dev/", 0), 0u) << *uri;
    sim.placeLoad(2.36 / 2.5 * 1.014);
    auto scale = open(*uri);
    ASSERT_TRUE(scale);
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 0.957);
    EXPECT_EQ(scale->serialNumber(), "SIM-0001");
}

TEST(ScaleUri, UnreachableAndMalformedUrisFailClearly)
{
    auto refused = openScale("modbus-tcp://127.0.0.1:1?unit=1");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, DeviceError::Kind::Unreachable);
    auto sics = openScale("sics-tcp://127.0.0.1:1");
    ASSERT_FALSE(sics);
    EXPECT_EQ(sics.error().kind, DeviceError::Kind::Unreachable);
    for (const char* bad : {"usb://scale", "modbus-tcp://host:99999", "modbus-tcp://h:502?unit=x", "nonsense",
                            "sics-serial:///dev/does-not-exist"}) {
        auto r = openScale(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_FALSE(r.error().message.empty());
    }
}

// MT-SICS over TCP and over a pseudo-terminal (the serial port's stand-in).
class SicsTransports : public ::testing::TestWithParam<const char*>
{};

TEST_P(SicsTransports, StableWeightTareAndIdentification)
{
    ScaleSimulator sim;
    quickSettle(sim);
    sim.setSerialNumber("B021002593");
    auto uri = sim.start(GetParam());
    ASSERT_TRUE(uri) << uri.error().message;
    sim.placeLoad(12.345);
    auto scale = open(*uri);
    ASSERT_TRUE(scale);
    EXPECT_EQ(scale->serialNumber(), "B021002593");
    auto r = scale->readStable(kHangGuard);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 12.345);
    EXPECT_EQ(r->raw, "S S     12.345 g");
    EXPECT_EQ(r->source, *uri + " serial=B021002593");
    ASSERT_TRUE(scale->tare());
    sim.placeLoad(17.888);
    auto net = scale->readStable(kHangGuard);
    ASSERT_TRUE(net) << net.error().message;
    EXPECT_NEAR(net->grams, 5.543, 1e-9);
    auto* sics = dynamic_cast<SicsScale*>(scale.get());
    ASSERT_TRUE(sics);
    auto tareHeld = sics->tareValue();
    ASSERT_TRUE(tareHeld) << tareHeld.error().message;
    EXPECT_DOUBLE_EQ(*tareHeld, 12.345);
    auto data = sics->balanceData();
    ASSERT_TRUE(data);
    EXPECT_NE(data->find("220"), std::string::npos);
    auto viaS = sics->readBalanceStable();
    ASSERT_TRUE(viaS) << viaS.error().message;
    EXPECT_NEAR(viaS->grams, 5.543, 1e-9);
    auto unknown = sics->exchange("XYZ", 1000ms);
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("ES"), std::string::npos);
    auto streamed = sics->streamReadings(20);
    ASSERT_TRUE(streamed) << streamed.error().message;
    EXPECT_EQ(*streamed, 20);
    EXPECT_TRUE(scale->readNow()); // the stream was stopped and the line is usable again
    ASSERT_TRUE(sics->reset());    // @ clears the tare: the gross weight again
    auto gross = scale->readStable(kHangGuard);
    ASSERT_TRUE(gross);
    EXPECT_DOUBLE_EQ(gross->grams, 17.888);
    ASSERT_TRUE(scale->zero());
    auto zeroed = scale->readStable(kHangGuard);
    ASSERT_TRUE(zeroed);
    EXPECT_DOUBLE_EQ(zeroed->grams, 0.0);
}

INSTANTIATE_TEST_SUITE_P(TcpAndPty, SicsTransports, ::testing::Values("sics-tcp://127.0.0.1:0", "sics-pty://"),
                         [](const auto& testParam) { return std::string(testParam.index == 0 ? "Tcp" : "Pty"); });

class SicsFaults : public ::testing::TestWithParam<FaultCase>
{};

TEST_P(SicsFaults, FaultGivesNoWeightAndRetryWorks)
{
    ScaleSimulator sim;
    quickSettle(sim);
    auto uri = sim.start("sics-tcp://127.0.0.1:0");
    ASSERT_TRUE(uri);
    sim.placeLoad(5.0);
    auto scale = open(*uri + "?timeout_ms=500");
    ASSERT_TRUE(scale);
    ASSERT_TRUE(scale->readStable(kHangGuard));
    sim.setFault(GetParam().fault);
    auto r = scale->readStable(800ms);
    ASSERT_FALSE(r) << scaleFaultName(GetParam().fault) << " gave " << r->grams;
    EXPECT_EQ(r.error().kind, GetParam().kind) << r.error().message;
    sim.setFault(ScaleFault::None);
    auto retry = scale->readStable(kHangGuard);
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_DOUBLE_EQ(retry->grams, 5.0);
}

INSTANTIATE_TEST_SUITE_P(EveryNamedFault, SicsFaults,
                         ::testing::Values(FaultCase{ScaleFault::Disconnect, DeviceError::Kind::Unreachable},
                                           FaultCase{ScaleFault::NoAnswer, DeviceError::Kind::Timeout},
                                           FaultCase{ScaleFault::UnstableForever, DeviceError::Kind::Unstable},
                                           FaultCase{ScaleFault::Overload, DeviceError::Kind::Overload},
                                           FaultCase{ScaleFault::Underload, DeviceError::Kind::Underload},
                                           FaultCase{ScaleFault::GarbageRegisters, DeviceError::Kind::Protocol}),
                         [](const auto& testParam) {
                             std::string name = scaleFaultName(testParam.param.fault);
                             std::erase(name, '-');
                             return name;
                         });

TEST(Mbpoll, AnIndependentModbusClientReadsTheSimulatorMap)
{
    if (!std::filesystem::exists(PREP_MBPOLL))
        GTEST_SKIP() << "mbpoll is not installed";
    ScaleSimulator sim;
    quickSettle(sim);
    auto uri = sim.start("modbus-tcp://127.0.0.1:0");
    ASSERT_TRUE(uri);
    sim.placeLoad(70.0); // 70000 = 0x0001 0x1170: exercises the high word
    const auto port = uri->substr(uri->rfind(':') + 1, uri->find('?') - uri->rfind(':') - 1);
    for (const char* function : {"4", "3"}) {
        // mbpoll counts registers from 1; -t 4 = holding (function 3), -t 3 = input (function 4).
        const std::string cmd =
            std::string(PREP_MBPOLL) + " -m tcp -p " + port + " -a 1 -r 1 -c 6 -t " + function + " -1 127.0.0.1 2>&1";
        // Wait for the load to settle so the stable bit is set: mbpoll reads what is there, once.
        std::string out;
        for (int attempt = 0; attempt < 50; ++attempt) {
            out.clear();
            std::FILE* p = ::popen(cmd.c_str(), "r");
            ASSERT_TRUE(p);
            char buf[256];
            while (std::fgets(buf, sizeof buf, p))
                out += buf;
            ASSERT_EQ(::pclose(p), 0) << out;
            if (out.find("[4]: \t1\n") != std::string::npos)
                break;
            std::this_thread::sleep_for(50ms);
        }
        // Reference 1 is address 0: weight high word, low word, decimals, status (stable).
        EXPECT_NE(out.find("[1]: \t1\n"), std::string::npos) << out;
        EXPECT_NE(out.find("[2]: \t4464\n"), std::string::npos) << out;
        EXPECT_NE(out.find("[3]: \t3\n"), std::string::npos) << out;
        EXPECT_NE(out.find("[4]: \t1\n"), std::string::npos) << out;
    }
}
