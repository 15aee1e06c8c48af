// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/gs1_keys.h"

#include "devices/gs1/gs1.h"

#include <chrono>
#include <cstdio>

namespace prep::station {
namespace {

constexpr std::string_view kResolver = "https://id.gs1.org";

// GS1 Digital Link percent-encodes every character of a value that is not an RFC 3986 unreserved character.
std::string encoded(std::string_view value)
{
    std::string out;
    for (unsigned char c : value) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

bool allDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

// GS1 AI encodable character set 82 (General Specifications figure 7.11-1).
bool isAi82(std::string_view s)
{
    constexpr std::string_view kPunctuation = "!\"%&'()*+,-./:;<=>?_";
    for (char c : s) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && kPunctuation.find(c) == std::string_view::npos)
            return false;
    }
    return true;
}

} // namespace

std::string gs1ItemUri(std::string_view gtin, std::string_view serial)
{
    return std::string(kResolver) + "/01/" + std::string(gtin) + "/21/" + encoded(serial);
}

std::string gs1LotClassUri(std::string_view gtin, std::string_view lot)
{
    return std::string(kResolver) + "/01/" + std::string(gtin) + "/10/" + encoded(lot);
}

std::string gs1LocationUri(std::string_view gln, std::string_view extension)
{
    std::string uri = std::string(kResolver) + "/414/" + std::string(gln);
    if (!extension.empty())
        uri += "/254/" + encoded(extension);
    return uri;
}

std::string gs1ShipmentUri(std::string_view sscc)
{
    return std::string(kResolver) + "/00/" + std::string(sscc);
}

std::string gs1AssetUri(std::string_view giai)
{
    return std::string(kResolver) + "/8004/" + encoded(giai);
}

Result<std::string> shipmentSscc(std::string_view companyPrefix, std::string_view shipmentNumber)
{
    // "S-YYYYMMDD-NNNN"
    const bool shaped = shipmentNumber.size() == 15 && shipmentNumber.substr(0, 2) == "S-" &&
                        allDigits(shipmentNumber.substr(2, 8)) && shipmentNumber[10] == '-' &&
                        allDigits(shipmentNumber.substr(11, 4));
    if (!shaped)
        return makeError(Error::Kind::Data, "shipment number '" + std::string(shipmentNumber) +
                                                "' is not of the form S-YYYYMMDD-NNNN: no SSCC for it");
    if (!allDigits(companyPrefix) || companyPrefix.size() + 9 != 16)
        return makeError(Error::Kind::Data, "gs1_company_prefix '" + std::string(companyPrefix) +
                                                "': an SSCC needs a 7-digit GS1 company prefix to hold YYDDDNNNN");
    using namespace std::chrono;
    const int y = std::stoi(std::string(shipmentNumber.substr(2, 4)));
    const unsigned m = static_cast<unsigned>(std::stoi(std::string(shipmentNumber.substr(6, 2))));
    const unsigned d = static_cast<unsigned>(std::stoi(std::string(shipmentNumber.substr(8, 2))));
    const year_month_day day{year{y}, month{m}, std::chrono::day{d}};
    if (!day.ok())
        return makeError(Error::Kind::Data,
                         "shipment number '" + std::string(shipmentNumber) + "' names a day that does not exist");
    const auto dayOfYear = (sys_days{day} - sys_days{year{y} / January / 1}).count() + 1;
    char reference[16];
    std::snprintf(reference, sizeof reference, "%02d%03d", y % 100, static_cast<int>(dayOfYear));
    const std::string body = "0" + std::string(companyPrefix) + reference + std::string(shipmentNumber.substr(11, 4));
    return body + devices::gs1CheckDigit(body);
}

std::optional<std::string> ssccInScan(std::string_view scan)
{
    if (scan.substr(0, 3) == "]C1")
        scan.remove_prefix(3);
    if (scan.substr(0, 4) == "(00)")
        scan.remove_prefix(4);
    else if (scan.size() == 20 && scan.substr(0, 2) == "00")
        scan.remove_prefix(2);
    else
        return std::nullopt;
    if (scan.size() != 18 || !allDigits(scan))
        return std::nullopt;
    return std::string(scan);
}

Result<std::string> shipmentNumberFromSscc(std::string_view companyPrefix, std::string_view sscc)
{
    const std::string named = "SSCC " + std::string(sscc);
    if (sscc.size() != 18 || !allDigits(sscc))
        return makeError(Error::Kind::Data, named + " is not 18 digits");
    if (!devices::gs1CheckDigitValid(sscc))
        return makeError(Error::Kind::Data, named + " has a wrong check digit (a misread, or not an SSCC)");
    // shipmentSscc makes SSCCs with a 7-digit prefix only; checked first so that the reference below is 9 digits.
    if (companyPrefix.size() != 7 || !allDigits(companyPrefix))
        return makeError(Error::Kind::Data, named + ": gs1_company_prefix '" + std::string(companyPrefix) +
                                                "' is not the 7 digits the site's SSCCs are made with");
    if (sscc[0] != '0' || sscc.substr(1, companyPrefix.size()) != companyPrefix)
        return makeError(Error::Kind::NotFound, named + " is not one of this site's shipments (company prefix " +
                                                    std::string(companyPrefix) + ", extension digit 0)");
    // Serial reference YY DDD NNNN (shipmentSscc), years 2000-2099.
    const std::string_view reference = sscc.substr(1 + companyPrefix.size(), 9);
    using namespace std::chrono;
    const int y = 2000 + std::stoi(std::string(reference.substr(0, 2)));
    const int dayOfYear = std::stoi(std::string(reference.substr(2, 3)));
    const sys_days first{year{y} / January / 1};
    const year_month_day day{first + days{dayOfYear - 1}};
    if (dayOfYear < 1 || day.year() != year{y})
        return makeError(Error::Kind::NotFound, named + " names day " + std::to_string(dayOfYear) + " of " +
                                                    std::to_string(y) + ", which does not exist: not a shipment");
    char number[24];
    std::snprintf(number, sizeof number, "S-%04d%02u%02u-%s", y, static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()), std::string(reference.substr(5, 4)).c_str());
    // Read back the way it was made: a prefix of another length would shift the reference.
    if (auto made = shipmentSscc(companyPrefix, number); !made || *made != sscc)
        return makeError(Error::Kind::NotFound, named + " is not one of this site's shipments");
    return std::string(number);
}

Result<std::string> siteAssetGiai(std::string_view companyPrefix, std::string_view assetReference)
{
    const std::string giai = std::string(companyPrefix) + std::string(assetReference);
    if (assetReference.empty() || giai.size() > 30 || !isAi82(assetReference))
        return makeError(Error::Kind::Data, "logger '" + std::string(assetReference) +
                                                "' cannot be a GIAI (8004): up to " +
                                                std::to_string(30 - companyPrefix.size()) +
                                                " GS1 AI-82 characters after the company prefix");
    return giai;
}

} // namespace prep::station
