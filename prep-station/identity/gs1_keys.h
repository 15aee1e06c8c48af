// SPDX-License-Identifier: GPL-3.0-or-later
// GS1 keys of what the station hands on (the preparation, the cooler's shipment, the site and its logger) as GS1
// Digital Link URIs, the form EPCIS 2.0 accepts for EPCs, locations and devices. Digital Link needs no GS1 Company
// Prefix length, which a vial's GTIN does not reveal (an EPC URN would).
#pragma once

#include "prep-station/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace prep::station {

// https://id.gs1.org/01/{gtin}/21/{serial}: one serialised item (the preparation, serial = its number).
std::string gs1ItemUri(std::string_view gtin, std::string_view serial);
// https://id.gs1.org/01/{gtin}/10/{lot}: a lot of a product (the vials of a lot), an EPC class.
std::string gs1LotClassUri(std::string_view gtin, std::string_view lot);
// https://id.gs1.org/414/{gln}, with /254/{extension} for a sub-location the GLN's owner names.
std::string gs1LocationUri(std::string_view gln, std::string_view extension = {});
// https://id.gs1.org/00/{sscc}
std::string gs1ShipmentUri(std::string_view sscc);
// https://id.gs1.org/8004/{giai}
std::string gs1AssetUri(std::string_view giai);

// The SSCC of a shipment "S-YYYYMMDD-NNNN": extension digit 0, the company prefix, a serial reference made of the
// year (YY), the day of the year (DDD) and the day's sequence (NNNN), and the check digit. Unique per site for a
// century and read back by a person; fails when the number is not of that form or the prefix leaves no room.
Result<std::string> shipmentSscc(std::string_view companyPrefix, std::string_view shipmentNumber);
// The SSCC a scan carries: the GS1-128 of a cooler label read as HRI "(00)…" (a camera, the station's reader), as
// the element string "00…" (a keyboard-wedge scanner), with or without the symbology identifier "]C1"; nullopt for
// anything else (a shipment number typed, another code).
std::optional<std::string> ssccInScan(std::string_view scan);
// The shipment number an SSCC of this site stands for, the inverse of shipmentSscc. Fails, naming the SSCC, when
// its check digit is wrong, when it is not this site's (another company prefix, another extension digit) or when
// its serial reference is no day of a year.
Result<std::string> shipmentNumberFromSscc(std::string_view companyPrefix, std::string_view sscc);
// The GIAI of an asset of the site (its temperature logger): company prefix + the asset's own reference, which
// must be GS1 AI-82 characters and fit the 30 characters of AI (8004).
Result<std::string> siteAssetGiai(std::string_view companyPrefix, std::string_view assetReference);

} // namespace prep::station
