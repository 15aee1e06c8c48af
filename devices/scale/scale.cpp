// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/scale.h"

#include "devices/scale/modbus_scale.h"
#include "devices/scale/scale_uri.h"
#include "devices/scale/sics_scale.h"
#include "devices/scale/simulated_scale.h"

#include <fstream>
#include <sstream>

namespace prep::devices {

void Scale::watchReadings(ReadingWatcher watcher)
{
    std::lock_guard lock(m_watchMutex);
    m_watcher = std::move(watcher);
}

void Scale::cancelStableWait()
{
    m_cancel = true;
}

void Scale::showReading(const Result<WeightReading>& reading)
{
    std::lock_guard lock(m_watchMutex);
    if (m_watcher)
        m_watcher(reading);
}

bool Scale::takeCancel()
{
    return m_cancel.exchange(false);
}

namespace {

Result<StabilityCriteria> criteriaFrom(const ScaleUri& u)
{
    StabilityCriteria c;
    auto n = u.intOption("window_n", c.readings, 1, 1000);
    auto span = u.intOption("window_ms", static_cast<int>(c.span.count()), 0, 60000);
    auto digits = u.intOption("window_digits", c.digits, 0, 100);
    auto poll = u.intOption("poll_ms", static_cast<int>(c.poll.count()), 1, 10000);
    for (const auto* r : {&n, &span, &digits, &poll})
        if (!*r)
            return r->error();
    c.readings = *n;
    c.span = std::chrono::milliseconds(*span);
    c.digits = *digits;
    c.poll = std::chrono::milliseconds(*poll);
    return c;
}

Result<ModbusMap> mapFrom(const ScaleUri& u)
{
    auto it = u.query.find("map");
    if (it == u.query.end())
        return defaultModbusMap();
    std::ifstream in(it->second, std::ios::binary);
    if (!in)
        return makeDeviceError(DeviceError::Kind::Config, "cannot read the register map " + it->second);
    std::ostringstream text;
    text << in.rdbuf();
    auto map = parseModbusMap(text.str());
    if (!map) {
        auto error = map.error();
        error.message = it->second + ": " + error.message;
        return error;
    }
    return map;
}

} // namespace

namespace {

Result<std::unique_ptr<Scale>> openScaleWith(const std::string& text, const ModbusMap* givenMap)
{
    auto parsed = parseScaleUri(text);
    if (!parsed)
        return parsed.error();
    const ScaleUri& u = *parsed;
    auto criteria = criteriaFrom(u);
    if (!criteria)
        return criteria.error();
    auto timeout = u.intOption("timeout_ms", 1000, 10, 60000);
    if (!timeout)
        return timeout.error();

    if (u.scheme == "sim") {
        auto scale = SimulatedScale::start(*criteria);
        if (!scale)
            return scale.error();
        // A fresh simulator shows an empty pan; `load=` places a load so a CLI read has something to weigh.
        if (auto it = u.query.find("load"); it != u.query.end()) {
            try {
                (*scale)->simulator().placeLoad(std::stod(it->second));
            } catch (...) {
                return makeDeviceError(DeviceError::Kind::Config,
                                       "sim:// option load=" + it->second + ": expected grams");
            }
        }
        return std::unique_ptr<Scale>(std::move(*scale));
    }
    if (u.scheme == "modbus-tcp" || u.scheme == "modbus-rtu") {
        ModbusEndpoint e;
        e.rtu = u.scheme == "modbus-rtu";
        auto unit = u.intOption("unit", 1, 0, 247);
        auto baud = u.intOption("baud", 9600, 300, 1000000);
        if (!unit)
            return unit.error();
        if (!baud)
            return baud.error();
        e.unit = *unit;
        e.baud = *baud;
        e.timeout = std::chrono::milliseconds(*timeout);
        if (e.rtu) {
            if (u.path.empty())
                return makeDeviceError(DeviceError::Kind::Config, text + ": expected modbus-rtu:///dev/ttyX");
            e.device = u.path;
            if (auto p = u.query.find("parity"); p != u.query.end()) {
                if (p->second != "N" && p->second != "E" && p->second != "O")
                    return makeDeviceError(DeviceError::Kind::Config, text + ": parity must be N, E or O");
                e.parity = p->second[0];
            }
        } else {
            if (u.host.empty())
                return makeDeviceError(DeviceError::Kind::Config, text + ": expected modbus-tcp://HOST:PORT");
            e.host = u.host;
            e.port = u.port ? u.port : 502;
        }
        auto map = givenMap ? Result<ModbusMap>(*givenMap) : mapFrom(u);
        if (!map)
            return map.error();
        auto serial = u.query.count("serial") ? u.query.at("serial") : std::string();
        auto scale = ModbusScale::open(e, *map, text, *criteria, serial);
        if (!scale)
            return scale.error();
        return std::unique_ptr<Scale>(std::move(*scale));
    }
    if (u.scheme == "sics-tcp" || u.scheme == "sics-serial") {
        SicsEndpoint e;
        e.serial = u.scheme == "sics-serial";
        auto baud = u.intOption("baud", 9600, 300, 1000000);
        if (!baud)
            return baud.error();
        e.baud = *baud;
        e.timeout = std::chrono::milliseconds(*timeout);
        if (e.serial) {
            if (u.path.empty())
                return makeDeviceError(DeviceError::Kind::Config, text + ": expected sics-serial:///dev/ttyX");
            e.device = u.path;
            e.xonXoff = u.query.count("flow") && u.query.at("flow") == "xonxoff";
        } else {
            if (u.host.empty() || u.port == 0)
                return makeDeviceError(DeviceError::Kind::Config, text + ": expected sics-tcp://HOST:PORT");
            e.host = u.host;
            e.port = u.port;
        }
        auto scale = SicsScale::open(e, text, *criteria);
        if (!scale)
            return scale.error();
        return std::unique_ptr<Scale>(std::move(*scale));
    }
    return makeDeviceError(DeviceError::Kind::Config,
                           "unknown scale URI scheme \"" + u.scheme +
                               "\" (expected modbus-tcp, modbus-rtu, sics-tcp, sics-serial or sim)");
}

} // namespace

Result<std::unique_ptr<Scale>> openScale(const std::string& uri)
{
    return openScaleWith(uri, nullptr);
}

Result<std::unique_ptr<Scale>> openScale(const std::string& uri, const ModbusMap& map)
{
    return openScaleWith(uri, &map);
}

} // namespace prep::devices
