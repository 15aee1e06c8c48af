// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/vial_check.h"

#include "devices/gs1/gs1.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace prep::station {

namespace {

Error refused(Message message)
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
        return refused(
            p ? say(QT_TRANSLATE_NOOP("Message",
                                      "the scan is an EAN-13 (%1, %2) which carries no lot or expiry: scan the "
                                      "pack's GS1 DataMatrix"),
                    std::string(trimmed), p->name)
              : say(QT_TRANSLATE_NOOP("Message", "the scan is an EAN-13 (%1) which carries no lot or expiry: scan the "
                                                 "pack's GS1 DataMatrix"),
                    std::string(trimmed)));
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
                         say(QT_TRANSLATE_NOOP("Message", "vial scan: the code is not a valid GS1 pack code: %1"),
                             MessageArg::technical(msg.error().message)));

    VialIdentity id;
    id.rawScan = std::string(rawScan);
    id.hri = msg->hri();
    id.separatorsReconstructed = readings && readings->size() > 1;
    const auto* gtin = msg->find("01");
    if (!gtin)
        return refused(say(
            QT_TRANSLATE_NOOP("Message", "the scan (%1) carries no GTIN (AI 01): not a medicine pack code"), id.hri));
    id.gtin = gtin->value;
    id.product = catalogue.findByGtin(id.gtin);
    if (!id.product)
        return refused(
            say(QT_TRANSLATE_NOOP("Message", "GTIN %1 is not in the product catalogue: unknown product, do not use"),
                id.gtin));
    if (!sameDrug(id.product->drug, expectedDrug))
        return refused(say(QT_TRANSLATE_NOOP("Message", "wrong product: the vial is %1 (%2), the preparation needs %3"),
                           id.product->name, id.product->drug, std::string(expectedDrug)));

    const auto* expiry = msg->find("17");
    const auto* lot = msg->find("10");
    const auto* serial = msg->find("21");
    if (!expiry || !lot || !serial)
        return refused(say(
            QT_TRANSLATE_NOOP("Message", "the pack code lacks %1: an EU FMD pack carries GTIN, expiry, lot and serial"),
            !expiry ? say(QT_TRANSLATE_NOOP("Message", "the expiry date (AI 17)"))
            : !lot  ? say(QT_TRANSLATE_NOOP("Message", "the lot (AI 10)"))
                    : say(QT_TRANSLATE_NOOP("Message", "the serial number (AI 21)"))));
    id.lot = lot->value;
    id.serial = serial->value;
    const auto date = devices::gs1Date(expiry->value);
    if (!date) // parseGs1 validated it already; kept as a guard
        return refused(say(QT_TRANSLATE_NOOP("Message", "expiry date '%1' does not exist"), expiry->value));
    id.expiry = *date;
    // A GS1 expiry date is the last day the product may be used.
    if (std::chrono::sys_days(today) > std::chrono::sys_days(id.expiry))
        return refused(say(QT_TRANSLATE_NOOP("Message", "lot %1 expired on %2"), id.lot, isoDate(id.expiry)));
    if (const Recall* r = recalls.find(id.gtin, id.lot))
        return refused(say(QT_TRANSLATE_NOOP("Message", "lot %1 of %2 is blocked by a recall (%3): %4"), id.lot,
                           id.product->name, r->since, r->reason));

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
