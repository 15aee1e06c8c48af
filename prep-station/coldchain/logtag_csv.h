// SPDX-License-Identifier: GPL-3.0-or-later
// LogTag Analyzer CSV export (LogTag TRIX-8, UTRIX-16 ... recorders): a few "key,value" lines describing the
// recorder, then a header row and one reading per row:
//   Serial #,1006123456
//   Description,Cooler FICTIF 12
//   Non alert range,2.0  to  8.0 °C
//   Reading interval,5 minutes
//   Reading,Date,Time,Temperature (°C)
//   1,2026-11-22,19:30:00,5.1
// Cells may be double-quoted. The temperature column names its unit: °C, or °F (converted). The date and time are
// the exporting PC's local time, read as Europe/Paris wall-clock time. Dates must be ISO (yyyy-mm-dd): a
// "03/04/2026" means 3 April or 4 March depending on the PC's locale, which the file does not say, so it is
// refused rather than guessed. Times may be 24-hour or carry AM/PM. The rules of every continuous history apply
// (temperature_log.h: order, gaps, recorder range).
#pragma once

#include "prep-station/coldchain/logger_file.h"

namespace prep::station {

Result<LoggerFile> parseLogTagCsv(std::string_view content, const LoggerCsvOptions& options);

} // namespace prep::station
