// SPDX-License-Identifier: GPL-3.0-or-later
// The Scale interface: what the workflow needs from any balance or weighing indicator, whatever its protocol.
// Every reading carries its source (device URI + serial number, "sim://..." for the simulator) and the raw frame,
// so a recorded weight can always be traced to the instrument and bytes it came from.
#pragma once

#include "devices/error.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace prep::devices {

struct WeightReading
{
    double grams = 0.0;        // net weight as the scale reports it (tare already subtracted by the scale)
    bool stable = false;       // the scale's stability flag (readStable also requires the software window)
    double readabilityG = 0.0; // the scale interval d of this reading (0.001 g for 3 decimals)
    std::string source;        // "modbus-tcp://10.0.0.5:502?unit=1 serial=ABC"; starts with "sim://" when simulated
    std::string raw;           // the raw frame: register words in hex, or the MT-SICS line
};

class Scale
{
public:
    virtual ~Scale() = default;
    // One reading, stable or not. Fails on a transport fault, overload/underload or an unparseable answer.
    virtual Result<WeightReading> readNow() = 0;
    // A weight that the scale flags stable AND that the software stability window confirms; fails with
    // Kind::Unstable when no such weight comes within `timeout`.
    virtual Result<WeightReading> readStable(std::chrono::milliseconds timeout) = 0;
    virtual Result<Ok> tare() = 0;
    virtual Result<Ok> zero() = 0;
    virtual std::string uri() const = 0;
    virtual std::string serialNumber() const = 0;

    // The station's live gauge keeps moving while the workflow waits for a stable weight: every reading of the wait
    // (or its fault) is shown to `watcher`, on the waiting thread. An empty watcher stops watching.
    using ReadingWatcher = std::function<void(const Result<WeightReading>&)>;
    virtual void watchReadings(ReadingWatcher watcher);
    // Ends a wait for a stable weight early, from any thread (the technician's Cancel): the wait under way, or the
    // next one if none is, fails with Kind::Cancelled and no weight.
    virtual void cancelStableWait();

    // For readStableByPolling: shows a reading to the watcher; takes (and clears) a pending cancel.
    void showReading(const Result<WeightReading>& reading);
    bool takeCancel();

private:
    std::mutex m_watchMutex;
    ReadingWatcher m_watcher;
    std::atomic<bool> m_cancel{false};
};

// Opens a scale from its URI:
//   modbus-tcp://HOST:PORT?unit=N[&map=FILE.json]      modbus-rtu:///dev/ttyX?baud=9600&unit=N[&map=FILE.json]
//   sics-tcp://HOST:PORT                                sics-serial:///dev/ttyX?baud=9600
//   sim://  (starts an in-process Modbus TCP simulator on loopback and talks to it through a real socket)
// Common query options: timeout_ms (per request), poll_ms, window_n, window_ms, window_digits (stability window).
Result<std::unique_ptr<Scale>> openScale(const std::string& uri);

struct ModbusMap;
// The same, with the Modbus register map given by the caller (e.g. a reviewed data file) instead of map=FILE.
Result<std::unique_ptr<Scale>> openScale(const std::string& uri, const ModbusMap& map);

} // namespace prep::devices
