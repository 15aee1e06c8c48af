// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/order_format.h"

#include "prep-station/orders/hl7v2_mllp.h"

namespace prep::station {

OrderFileFormat detectOrderFileFormat(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    while (!bytes.empty() && (bytes.front() == ' ' || bytes.front() == '\t' || bytes.front() == '\r' ||
                              bytes.front() == '\n' || bytes.front() == kMllpStart))
        bytes.remove_prefix(1);
    const std::string_view head = bytes.substr(0, 3);
    if (head == "MSH" || head == "FHS" || head == "BHS")
        return OrderFileFormat::Hl7v2;
    if (!bytes.empty() && (bytes.front() == '{' || bytes.front() == '['))
        return OrderFileFormat::FhirJson;
    // CSV: the first line that is not a comment is the header.
    while (!bytes.empty() && bytes.front() == '#') {
        const size_t eol = bytes.find('\n');
        bytes = eol == std::string_view::npos ? std::string_view{} : bytes.substr(eol + 1);
    }
    const std::string_view header = bytes.substr(0, bytes.find('\n'));
    if (header.find("placer") != std::string_view::npos && header.find(',') != std::string_view::npos)
        return OrderFileFormat::Csv;
    return OrderFileFormat::Unknown;
}

} // namespace prep::station
