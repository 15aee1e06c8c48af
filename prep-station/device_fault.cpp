// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/device_fault.h"

namespace prep::station {

Message deviceFault(const devices::DeviceError& e)
{
    using K = devices::DeviceError::Kind;
    const auto detail = MessageArg::technical(e.message);
    switch (e.kind) {
    case K::Unreachable:
        return say(QT_TRANSLATE_NOOP("Message", "the device cannot be reached (%1)"), detail);
    case K::Timeout:
        return say(QT_TRANSLATE_NOOP("Message", "the device did not answer in time (%1)"), detail);
    case K::Unstable:
        return say(QT_TRANSLATE_NOOP("Message", "the weight did not become stable (%1)"), detail);
    case K::Overload:
        return say(QT_TRANSLATE_NOOP("Message", "the scale is overloaded (%1)"), detail);
    case K::Underload:
        return say(QT_TRANSLATE_NOOP("Message", "the scale is below its zero (%1)"), detail);
    case K::Protocol:
        return say(QT_TRANSLATE_NOOP("Message", "the device answered something unexpected (%1)"), detail);
    case K::Config:
        return say(QT_TRANSLATE_NOOP("Message", "the device is not configured correctly (%1)"), detail);
    case K::Io:
        return say(QT_TRANSLATE_NOOP("Message", "the connection to the device failed (%1)"), detail);
    case K::NotFound:
        return say(QT_TRANSLATE_NOOP("Message", "nothing was found (%1)"), detail);
    case K::Refused:
        return say(QT_TRANSLATE_NOOP("Message", "the device refused the request (%1)"), detail);
    case K::Cancelled:
        return say(QT_TRANSLATE_NOOP("Message", "cancelled (%1)"), detail);
    }
    return say(QT_TRANSLATE_NOOP("Message", "device fault (%1)"), detail);
}

} // namespace prep::station
