// SPDX-License-Identifier: GPL-3.0-or-later
// The scale the demo and the tests use: an in-process ScaleSimulator on 127.0.0.1 (ephemeral port) read by the
// real Modbus TCP driver through a real socket. Every reading's source starts with "sim://", so a simulated
// weighing can never pass for a real one.
#pragma once

#include "devices/scale/modbus_scale.h"
#include "devices/scale/scale.h"
#include "devices/scale/scale_simulator.h"

#include <memory>

namespace prep::devices {

class SimulatedScale : public Scale
{
public:
    static Result<std::unique_ptr<SimulatedScale>> start(StabilityCriteria criteria = {});
    ~SimulatedScale() override;

    ScaleSimulator& simulator() { return *m_simulator; }

    Result<WeightReading> readNow() override;
    Result<WeightReading> readStable(std::chrono::milliseconds timeout) override;
    Result<Ok> tare() override;
    Result<Ok> zero() override;
    Result<Ok> clearTare();
    // "sim://modbus-tcp/127.0.0.1:40211"
    std::string uri() const override;
    std::string serialNumber() const override;
    // The wait runs in the Modbus driver: its readings and its cancel are the driver's.
    void watchReadings(ReadingWatcher watcher) override;
    void cancelStableWait() override;

private:
    SimulatedScale() = default;
    std::unique_ptr<ScaleSimulator> m_simulator;
    std::unique_ptr<ModbusScale> m_driver; // destroyed before the simulator (declared after it)
};

} // namespace prep::devices
