// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/scale_uri.h"

#include <charconv>

namespace prep::devices {

namespace {

bool toInt(const std::string& s, long long& out)
{
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
}

} // namespace

Result<int> ScaleUri::intOption(const std::string& name, int fallback, int lo, int hi) const
{
    auto it = query.find(name);
    if (it == query.end())
        return fallback;
    long long v = 0;
    if (!toInt(it->second, v) || v < lo || v > hi)
        return makeDeviceError(DeviceError::Kind::Config, "scale URI option " + name + "=" + it->second +
                                                              ": expected an integer " + std::to_string(lo) + ".." +
                                                              std::to_string(hi));
    return static_cast<int>(v);
}

Result<ScaleUri> parseScaleUri(const std::string& text)
{
    ScaleUri u;
    const auto sep = text.find("://");
    if (sep == std::string::npos || sep == 0)
        return makeDeviceError(DeviceError::Kind::Config, "scale URI \"" + text + "\": expected SCHEME://...");
    u.scheme = text.substr(0, sep);
    std::string rest = text.substr(sep + 3);
    if (const auto q = rest.find('?'); q != std::string::npos) {
        std::string query = rest.substr(q + 1);
        rest.resize(q);
        size_t start = 0;
        while (start <= query.size()) {
            const auto amp = query.find('&', start);
            const std::string item = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
            if (!item.empty()) {
                const auto eq = item.find('=');
                if (eq == std::string::npos || eq == 0)
                    return makeDeviceError(DeviceError::Kind::Config,
                                           "scale URI \"" + text + "\": option \"" + item + "\" is not NAME=VALUE");
                u.query[item.substr(0, eq)] = item.substr(eq + 1);
            }
            if (amp == std::string::npos)
                break;
            start = amp + 1;
        }
    }
    if (!rest.empty() && rest[0] == '/') {
        u.path = rest; // serial device: sics-serial:///dev/ttyUSB0
        return u;
    }
    if (rest.empty())
        return u; // sim://
    // The simulator's own source form "sim://modbus-tcp/127.0.0.1:40211" has a path after the host part.
    const auto slash = rest.find('/');
    if (slash != std::string::npos) {
        u.path = rest.substr(slash);
        rest.resize(slash);
    }
    const auto colon = rest.rfind(':');
    if (colon == std::string::npos) {
        u.host = rest;
        return u;
    }
    u.host = rest.substr(0, colon);
    long long port = 0;
    if (!toInt(rest.substr(colon + 1), port) || port < 0 || port > 65535)
        return makeDeviceError(DeviceError::Kind::Config,
                               "scale URI \"" + text + "\": port \"" + rest.substr(colon + 1) + "\" is not 0-65535");
    u.port = static_cast<int>(port);
    if (u.host.empty())
        return makeDeviceError(DeviceError::Kind::Config, "scale URI \"" + text + "\": missing host");
    return u;
}

} // namespace prep::devices
