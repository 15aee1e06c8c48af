// SPDX-License-Identifier: GPL-3.0-or-later
// Berlinger Fridge-tag 2 / 2 E / 2 L USB report (the .txt the logger writes next to its PDF when plugged in).
// An indented "key: value" text, one space per level (tabs in the 2 L's readings), CRLF:
//   Device: Q-tag Fridge-tag 2 L
//   Conf:
//    Serial: 130500109088
//    Temp unit: C
//    Alarm:
//     0:                                  the low alarm (0) and the high alarm (1)
//      T AL: +2.0, t AL: 60                limit and the accumulated minutes before it alarms
//    Logging Interval: 5                  2 L only: minutes between readings
//   Hist:
//    TS Actv: 2022-05-02 04:44           activation, local time of the device's clock
//    TS Report Creation: 2022-06-08 10:14
//    1:                                  newest day first
//     Date: 2022-06-08
//     Min T: +4.0, TS Min T: 00:42
//     Max T: +6.2, TS Max T: 09:52
//     Alarm:
//      0:
//       t Acc: 0                          minutes beyond the low limit that day
//      1:
//       t Acc: 312, TS A: 14:55, C A: 0   minutes beyond the high limit that day
//     Int Sensor timeout:
//      t AccST: 0                         minutes the sensor could not measure
//   Data:                                2 L only
//   <TAB>yyyy-MM-dd hh:mm<TAB>T<TAB>Out of limits
//   <TAB>2022-05-02 10:36<TAB>27.5<TAB>x
//   Cert: / Sig: ...                     the signature (not checked here)
// Times carry no offset: the device clock is set to local time, read as Europe/Paris wall-clock time (the
// autumn hour that happens twice is told apart by the readings' order). Unknown keys are skipped (newer
// firmware adds some); a known key with a bad value, a missing day or a missing field is refused with the line.
#pragma once

#include "prep-station/coldchain/logger_file.h"

namespace prep::station {

Result<LoggerFile> parseFridgeTag(std::string_view content, const LoggerCsvOptions& options);

} // namespace prep::station
