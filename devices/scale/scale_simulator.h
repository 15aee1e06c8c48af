// SPDX-License-Identifier: GPL-3.0-or-later
// A weighing indicator/balance simulator that speaks the real protocols: a libmodbus server with the generic
// register map of scales.md §1 (Modbus TCP on loopback, or Modbus RTU on a pseudo-terminal), and an MT-SICS
// responder (TCP, or a pseudo-terminal standing in for the serial port). The load settles with first-order
// dynamics and noise, may drift, and named faults can be switched on so tests exercise every failure path.
#pragma once

#include "devices/error.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace prep::devices {

enum class ScaleFault {
    None,
    Disconnect,
    NoAnswer,
    UnstableForever,
    Overload,
    Underload,
    NegativeWeight,
    GarbageRegisters
};

const char* scaleFaultName(ScaleFault fault);

struct SimulatorDynamics
{
    std::chrono::milliseconds settle{300}; // from placing a load to the stability flag
    double motionNoiseG = 0.004;           // amplitude of the noise while settling
    double stableNoiseG = 0.0;             // amplitude once settled (0: the display holds still)
    double driftGPerMinute = 0.0;          // slow drift of a settled reading (temperature, evaporation)
    int decimals = 3;                      // readability 10^-decimals g
    double capacityG = 220.0;              // above: overload
};

class ScaleSimulator
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    ScaleSimulator();
    ~ScaleSimulator(); // stops the server thread
    ScaleSimulator(const ScaleSimulator&) = delete;
    ScaleSimulator& operator=(const ScaleSimulator&) = delete;

    // Starts serving. "modbus-tcp://127.0.0.1:0" and "sics-tcp://127.0.0.1:0" pick an ephemeral port;
    // "sics-pty://" and "modbus-rtu-pty://" open a pseudo-terminal. Returns the URI a client opens:
    // "modbus-tcp://127.0.0.1:40211?unit=1", "sics-serial:///dev/pts/7?baud=9600", ...
    Result<std::string> start(const std::string& listenUri);
    void stop();

    void placeLoad(double grams); // gross load on the pan; settles over dynamics().settle
    void setFault(ScaleFault fault);
    ScaleFault fault() const;
    void setDynamics(const SimulatorDynamics& dynamics);
    SimulatorDynamics dynamics() const;
    void setSerialNumber(const std::string& serial);
    void setClock(Clock clock); // for tests that step time; default steady_clock::now

    std::string uri() const;
    std::string serialNumber() const;
    // When the current load reached (or will reach) its stable state; for the acceptance-latency benchmark.
    std::chrono::steady_clock::time_point settledAt() const;
    // Requests answered so far (Modbus requests or MT-SICS lines), for tests and the idle-polling benchmark.
    long requestsServed() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace prep::devices
