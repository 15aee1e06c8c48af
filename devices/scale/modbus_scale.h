// SPDX-License-Identifier: GPL-3.0-or-later
// A weighing indicator over Modbus TCP or RTU (libmodbus), read through a register map. The I/O is here; the
// decoding of the registers is the pure decodeWeight() of modbus_map.h.
#pragma once

#include "devices/scale/modbus_map.h"
#include "devices/scale/scale.h"
#include "devices/scale/stability_window.h"

#include <chrono>
#include <string>

struct _modbus;

namespace prep::devices {

struct ModbusEndpoint
{
    bool rtu = false;
    std::string host; // TCP
    int port = 502;
    std::string device; // RTU: /dev/ttyUSB0
    int baud = 9600;
    char parity = 'N';
    int dataBits = 8;
    int stopBits = 1;
    int unit = 1;
    std::chrono::milliseconds timeout{1000}; // per request
};

class ModbusScale : public Scale
{
public:
    // `uri` is what the scale is called in every reading's source; `serialOverride` replaces a serial number the
    // indicator cannot report (configured from the URI's serial= option).
    static Result<std::unique_ptr<ModbusScale>> open(ModbusEndpoint endpoint, ModbusMap map, std::string uri,
                                                     StabilityCriteria criteria = {}, std::string serialOverride = {});
    ~ModbusScale() override;

    Result<WeightReading> readNow() override;
    Result<WeightReading> readStable(std::chrono::milliseconds timeout) override;
    Result<Ok> tare() override;
    Result<Ok> zero() override;
    Result<Ok> clearTare();
    std::string uri() const override { return m_uri; }
    std::string serialNumber() const override { return m_serial; }
    const ModbusMap& map() const { return m_map; }

private:
    ModbusScale(ModbusEndpoint endpoint, ModbusMap map, std::string uri, StabilityCriteria criteria);
    Result<Ok> connect();
    void disconnect();
    DeviceError transportError(const std::string& what) const;
    Result<Ok> command(std::optional<uint16_t> code, const char* name);
    void readSerial();

    ModbusEndpoint m_endpoint;
    ModbusMap m_map;
    std::string m_uri;
    StabilityCriteria m_criteria;
    std::string m_serial = "unknown";
    _modbus* m_ctx = nullptr;
};

} // namespace prep::devices
