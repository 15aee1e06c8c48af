// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/vial_check.h"

#include "devices/gs1/gs1.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace prep::station {

namespace {

Error refused(std::string message)
{
    return makeError(Error::Kind::Refused, std::move(message));
}

std::string isoDate(std::chrono::year_month_day d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

bool sameDrug(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

Result<VialIdentity> checkVial(const ProductCatalogue& catalogue, const RecallList& recalls, std::string_view rawScan,
                               std::string_view expectedDrug, std::chrono::year_month_day today,
                               const SerialSeenElsewhere& seenElsewhere)
{
    // An EAN-13 (CIP13 on older packs) names the product but carries no lot or expiry: it cannot pass.
    std::string_view trimmed = rawScan;
    while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == '\n'))
        trimmed.remove_suffix(1);
    if (trimmed.size() == 13 && allDigits(trimmed) && devices::gs1CheckDigitValid(trimmed)) {
        const Product* p = catalogue.findByGtin(trimmed);
        return refused("the scan is an EAN-13 (" + std::string(trimmed) + (p ? ", " + p->name : std::string()) +
                       ") which carries no lot or expiry: scan the pack's GS1 DataMatrix");
    }

    // With separators dropped by a keyboard scanner, a reading is accepted only if it is the single one that
    // is a complete FMD pack code of a catalogue product.
    auto plausible = [&](const devices::Gs1Message& m) {
        const auto* gtin = m.find("01");
        return gtin && m.find("17") && m.find("10") && m.find("21") && catalogue.findByGtin(gtin->value);
    };
    auto readings = devices::gs1Readings(rawScan);
    auto msg = devices::parseGs1Wedge(rawScan, {}, plausible);
    if (!msg)
        return makeError(msg.error().kind == devices::DeviceError::Kind::Refused ? Error::Kind::Refused
                                                                                 : Error::Kind::Invalid,
                         "vial scan: " + msg.error().message);

    VialIdentity id;
    id.rawScan = std::string(rawScan);
    id.hri = msg->hri();
    id.separatorsReconstructed = readings && readings->size() > 1;
    const auto* gtin = msg->find("01");
    if (!gtin)
        return refused("the scan (" + id.hri + ") carries no GTIN (AI 01): not a medicine pack code");
    id.gtin = gtin->value;
    id.product = catalogue.findByGtin(id.gtin);
    if (!id.product)
        return refused("GTIN " + id.gtin + " is not in the product catalogue: unknown product, do not use");
    if (!sameDrug(id.product->drug, expectedDrug))
        return refused("wrong product: the vial is " + id.product->name + " (" + id.product->drug +
                       "), the preparation needs " + std::string(expectedDrug));

    const auto* expiry = msg->find("17");
    const auto* lot = msg->find("10");
    const auto* serial = msg->find("21");
    if (!expiry || !lot || !serial)
        return refused("the pack code lacks " +
                       std::string(!expiry ? "the expiry date (AI 17)"
                                   : !lot  ? "the lot (AI 10)"
                                           : "the serial number (AI 21)") +
                       ": an EU FMD pack carries GTIN, expiry, lot and serial");
    id.lot = lot->value;
    id.serial = serial->value;
    const auto date = devices::gs1Date(expiry->value);
    if (!date) // parseGs1 validated it already; kept as a guard
        return refused("expiry date '" + expiry->value + "' does not exist");
    id.expiry = *date;
    // A GS1 expiry date is the last day the product may be used.
    if (std::chrono::sys_days(today) > std::chrono::sys_days(id.expiry))
        return refused("lot " + id.lot + " expired on " + isoDate(id.expiry));
    if (const Recall* r = recalls.find(id.gtin, id.lot))
        return refused("lot " + id.lot + " of " + id.product->name + " is blocked by a recall (" + r->since +
                       "): " + r->reason);

    if (id.product->fictitious)
        id.warnings.push_back("demo product with a fictitious GTIN: not for clinical use");
    if (id.separatorsReconstructed)
        id.warnings.push_back("the scanner dropped the GS separators; the reading was reconstructed: " + id.hri);
    if (seenElsewhere && seenElsewhere(id.gtin, id.serial)) {
        id.serialSeenElsewhere = true;
        id.warnings.push_back("serial " + id.serial + " was already used in another preparation");
    }
    return id;
}

} // namespace prep::station
