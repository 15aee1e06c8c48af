// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/simulated_scale.h"

#include "devices/scale/scale_uri.h"

namespace prep::devices {

Result<std::unique_ptr<SimulatedScale>> SimulatedScale::start(StabilityCriteria criteria)
{
    std::unique_ptr<SimulatedScale> scale(new SimulatedScale());
    scale->m_simulator = std::make_unique<ScaleSimulator>();
    auto listening = scale->m_simulator->start("modbus-tcp://127.0.0.1:0");
    if (!listening)
        return listening.error();
    auto uri = parseScaleUri(*listening);
    if (!uri)
        return uri.error();
    ModbusEndpoint endpoint;
    endpoint.host = uri->host;
    endpoint.port = uri->port;
    endpoint.unit = 1;
    auto driver = ModbusScale::open(endpoint, defaultModbusMap(),
                                    "sim://modbus-tcp/" + uri->host + ":" + std::to_string(uri->port), criteria);
    if (!driver)
        return driver.error();
    scale->m_driver = std::move(*driver);
    return scale;
}

SimulatedScale::~SimulatedScale()
{
    m_driver.reset(); // close the client before the server stops
}

void SimulatedScale::watchReadings(ReadingWatcher watcher)
{
    m_driver->watchReadings(std::move(watcher));
}

void SimulatedScale::cancelStableWait()
{
    m_driver->cancelStableWait();
}

Result<WeightReading> SimulatedScale::readNow()
{
    return m_driver->readNow();
}

Result<WeightReading> SimulatedScale::readStable(std::chrono::milliseconds timeout)
{
    return m_driver->readStable(timeout);
}

Result<Ok> SimulatedScale::tare()
{
    return m_driver->tare();
}

Result<Ok> SimulatedScale::zero()
{
    return m_driver->zero();
}

Result<Ok> SimulatedScale::clearTare()
{
    return m_driver->clearTare();
}

std::string SimulatedScale::uri() const
{
    return m_driver->uri();
}

std::string SimulatedScale::serialNumber() const
{
    return m_driver->serialNumber();
}

} // namespace prep::devices
