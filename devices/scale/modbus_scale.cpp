// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/modbus_scale.h"

#include <modbus.h>

#include <cerrno>
#include <cstring>

namespace prep::devices {

Result<std::unique_ptr<ModbusScale>> ModbusScale::open(ModbusEndpoint endpoint, ModbusMap map, std::string uri,
                                                       StabilityCriteria criteria, std::string serialOverride)
{
    std::unique_ptr<ModbusScale> scale(new ModbusScale(std::move(endpoint), std::move(map), std::move(uri), criteria));
    auto connected = scale->connect();
    if (!connected)
        return connected.error();
    if (!serialOverride.empty())
        scale->m_serial = serialOverride;
    else
        scale->readSerial();
    return scale;
}

ModbusScale::ModbusScale(ModbusEndpoint endpoint, ModbusMap map, std::string uri, StabilityCriteria criteria)
    : m_endpoint(std::move(endpoint))
    , m_map(std::move(map))
    , m_uri(std::move(uri))
    , m_criteria(criteria)
{}

ModbusScale::~ModbusScale()
{
    disconnect();
}

DeviceError ModbusScale::transportError(const std::string& what) const
{
    const int e = errno;
    // libmodbus reports a missing answer as ETIMEDOUT, a dropped connection as a reset/pipe error.
    const auto kind = e == ETIMEDOUT ? DeviceError::Kind::Timeout
                      : (e == ECONNRESET || e == EPIPE || e == ECONNREFUSED || e == EBADF)
                          ? DeviceError::Kind::Unreachable
                          : DeviceError::Kind::Io;
    return makeDeviceError(kind, m_uri + ": " + what + ": " + modbus_strerror(e));
}

Result<Ok> ModbusScale::connect()
{
    if (m_ctx)
        return Ok{};
    if (m_endpoint.rtu)
        m_ctx = modbus_new_rtu(m_endpoint.device.c_str(), m_endpoint.baud, m_endpoint.parity, m_endpoint.dataBits,
                               m_endpoint.stopBits);
    else
        m_ctx = modbus_new_tcp_pi(m_endpoint.host.c_str(), std::to_string(m_endpoint.port).c_str());
    if (!m_ctx)
        return makeDeviceError(DeviceError::Kind::Config, m_uri + ": cannot create a Modbus context");
    modbus_set_slave(m_ctx, m_endpoint.unit);
    const auto ms = m_endpoint.timeout.count();
    modbus_set_response_timeout(m_ctx, static_cast<uint32_t>(ms / 1000), static_cast<uint32_t>((ms % 1000) * 1000));
    if (modbus_connect(m_ctx) != 0) {
        auto error = transportError("cannot connect");
        error.kind = DeviceError::Kind::Unreachable;
        disconnect();
        return error;
    }
    return Ok{};
}

void ModbusScale::disconnect()
{
    if (!m_ctx)
        return;
    modbus_close(m_ctx);
    modbus_free(m_ctx);
    m_ctx = nullptr;
}

void ModbusScale::readSerial()
{
    if (!m_map.serialRegisters || !m_ctx)
        return;
    const auto [address, count] = *m_map.serialRegisters;
    uint16_t words[32] = {};
    // An indicator of the generic map without serial registers answers with an exception: keep "unknown".
    if (modbus_read_registers(m_ctx, address, count, words) == count) {
        const std::string serial = decodeSerial(words, count);
        if (!serial.empty())
            m_serial = serial;
    } else if (errno == ETIMEDOUT || errno == ECONNRESET || errno == EPIPE) {
        disconnect(); // the next reading reconnects
    }
}

Result<WeightReading> ModbusScale::readNow()
{
    // A scale that dropped the connection is reconnected on the next reading: the technician just retries.
    if (auto connected = connect(); !connected)
        return connected.error();
    RegisterBlock block;
    for (const RegisterRange& range : weighingRanges(m_map)) {
        uint16_t words[125];
        const int n = range.type == RegisterType::Holding
                          ? modbus_read_registers(m_ctx, range.address, range.count, words)
                          : modbus_read_input_registers(m_ctx, range.address, range.count, words);
        if (n != range.count) {
            auto error =
                transportError(std::string("reading ") + registerTypeName(range.type) + " registers " +
                               std::to_string(range.address) + ".." + std::to_string(range.address + range.count - 1));
            if (n >= 0 || errno >= MODBUS_ENOBASE)
                error.kind = DeviceError::Kind::Protocol; // an exception answer or a malformed frame
            disconnect();
            return error;
        }
        block.put(range.type, range.address, words, range.count);
    }
    auto decoded = decodeWeight(m_map, block);
    if (!decoded) {
        auto error = decoded.error();
        error.message = m_uri + ": " + error.message + " [" + block.hex() + "]";
        return error;
    }
    WeightReading r;
    r.grams = decoded->grams;
    r.stable = decoded->stable;
    r.readabilityG = decoded->readabilityG;
    r.source = m_uri + " serial=" + m_serial;
    r.raw = block.hex();
    return r;
}

Result<WeightReading> ModbusScale::readStable(std::chrono::milliseconds timeout)
{
    return readStableByPolling(*this, m_criteria, timeout);
}

Result<Ok> ModbusScale::command(std::optional<uint16_t> code, const char* name)
{
    if (!m_map.commandAddress || !code)
        return makeDeviceError(DeviceError::Kind::Config,
                               m_uri + ": the register map (" + m_map.name + ") has no " + name + " command");
    if (auto connected = connect(); !connected)
        return connected.error();
    if (modbus_write_register(m_ctx, *m_map.commandAddress, *code) != 1) {
        auto error = transportError(std::string("writing the ") + name + " command");
        disconnect();
        return error;
    }
    return Ok{};
}

Result<Ok> ModbusScale::tare()
{
    return command(m_map.tareCode, "tare");
}

Result<Ok> ModbusScale::zero()
{
    return command(m_map.zeroCode, "zero");
}

Result<Ok> ModbusScale::clearTare()
{
    return command(m_map.clearTareCode, "clear-tare");
}

} // namespace prep::devices
