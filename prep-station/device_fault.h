// SPDX-License-Identifier: GPL-3.0-or-later
// What a device fault means for the person at the station, by its kind ("the device did not answer in time"),
// with the device's own diagnostic in brackets: the same words on every face and in every language.
#pragma once

#include "devices/error.h"
#include "prep-station/message.h"

namespace prep::station {

Message deviceFault(const devices::DeviceError& e);

} // namespace prep::station
