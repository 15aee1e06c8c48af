// SPDX-License-Identifier: GPL-3.0-or-later
// Scale URIs: "modbus-tcp://HOST:PORT?unit=1", "sics-serial:///dev/ttyUSB0?baud=9600", "sim://".
#pragma once

#include "devices/error.h"

#include <map>
#include <string>

namespace prep::devices {

struct ScaleUri
{
    std::string scheme; // "modbus-tcp"
    std::string host;   // "10.0.0.5" (TCP schemes)
    int port = 0;
    std::string path; // "/dev/ttyUSB0" (serial schemes)
    std::map<std::string, std::string> query;

    // Integer query option within [lo, hi], `fallback` when absent; an error names the option when malformed.
    Result<int> intOption(const std::string& name, int fallback, int lo, int hi) const;
};

Result<ScaleUri> parseScaleUri(const std::string& uri);

} // namespace prep::devices
