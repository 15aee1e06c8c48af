// SPDX-License-Identifier: GPL-3.0-or-later
// A Mettler Toledo balance speaking MT-SICS over TCP or a serial port. Weighing polls `SI` and applies the software
// stability window on top of the balance's S/D flag; answers are decoded by the pure parseSicsAnswer().
#pragma once

#include "devices/scale/scale.h"
#include "devices/scale/sics_protocol.h"
#include "devices/scale/stability_window.h"

#include <chrono>
#include <string>

namespace prep::devices {

struct SicsEndpoint
{
    bool serial = false;
    std::string host; // TCP
    int port = 4305;
    std::string device; // serial
    int baud = 9600;
    bool xonXoff = false;
    std::chrono::milliseconds timeout{1000}; // per answer (`S`, `T` and `Z` wait for stability: see stableTimeout)
    std::chrono::milliseconds stableTimeout{5000};
};

class SicsScale : public Scale
{
public:
    static Result<std::unique_ptr<SicsScale>> open(SicsEndpoint endpoint, std::string uri,
                                                   StabilityCriteria criteria = {});
    ~SicsScale() override;

    Result<WeightReading> readNow() override;
    Result<WeightReading> readStable(std::chrono::milliseconds timeout) override;
    Result<Ok> tare() override;
    Result<Ok> zero() override;
    Result<Ok> clearTare();
    // The tare the balance holds (TA), in grams.
    Result<double> tareValue();
    // @: cancels pending commands and clears the tare; the answer carries the serial number.
    Result<Ok> reset();
    // The balance's own `S` (next stable weight, waiting up to its own timeout), without the software window.
    Result<WeightReading> readBalanceStable();
    // The balance data of `I2` ("<type> <capacity> <unit>").
    Result<std::string> balanceData();
    // Raw exchange: sends `command` and returns the first valid answer line (for the CLI and tests).
    Result<SicsParse> exchange(const std::string& command, std::chrono::milliseconds timeout);
    // Starts `SIR` and reads `count` streamed answers, then stops the stream with `@`; for the benchmark.
    Result<int> streamReadings(int count);
    std::string uri() const override { return m_uri; }
    std::string serialNumber() const override { return m_serial; }

private:
    SicsScale(SicsEndpoint endpoint, std::string uri, StabilityCriteria criteria);
    Result<Ok> connect();
    void disconnect();
    Result<Ok> send(const std::string& command);
    Result<SicsParse> receive(std::chrono::milliseconds timeout);
    Result<WeightReading> weightFrom(const SicsParse& parse);

    SicsEndpoint m_endpoint;
    std::string m_uri;
    StabilityCriteria m_criteria;
    std::string m_serial = "unknown";
    bool m_onlyStableCommand = false; // the balance answered SI with ES: poll with S
    std::string m_lastGeneralError;   // "ES", "ET" or "EL" when the last exchange got one
    int m_fd = -1;
    std::string m_input;
};

} // namespace prep::devices
