// SPDX-License-Identifier: GPL-3.0-or-later
// North American coupon codes: AI (8110) coupon code and AI (8112) paperless coupon offer, fields of variable
// length announced by a "VLI" digit (GS1 AI (8110) Coupon Application Guideline).
#include "devices/gs1/gs1_linters.h"

namespace prep::devices::gs1lint {

namespace {

using E = Gs1LintError;

// Walks the digits of a coupon; every failure is reported with the reference's position convention.
struct Coupon
{
    std::string_view d;
    std::size_t p = 0;

    bool atEnd() const { return p == d.size(); }
    std::size_t left() const { return d.size() - p; }
    char at() const { return d[p]; }
    // A field that is absent altogether points at the whole value.
    Gs1LintResult missing(E e) const { return {e, 0, d.size()}; }
    Gs1LintResult invalid(E e) const { return {e, p, 1}; }
    // A field shorter than announced points at what remains, or at the whole value when nothing does.
    Gs1LintResult truncated(E e) const { return atEnd() ? Gs1LintResult{e, 0, d.size()} : Gs1LintResult{e, p, left()}; }
};

bool allDigits(std::string_view d, Gs1LintResult& r)
{
    for (std::size_t i = 0; i < d.size(); ++i)
        if (d[i] < '0' || d[i] > '9') {
            r = {E::NonDigitCharacter, i, 1};
            return false;
        }
    return true;
}

// A GS1 Company Prefix field of `len` digits at the cursor.
bool gcpField(Coupon& c, std::size_t len, Gs1LintResult& r)
{
    if (auto g = gcpPos1(c.d.substr(c.p, len)); !g.ok()) {
        r = {g.error, c.p, len};
        return false;
    }
    c.p += len;
    return true;
}

struct PurchaseErrors
{
    E missingVli, invalidLength, truncated, missingCode, invalidCode, truncatedFamily, missingGcpVli, invalidGcpLength,
        truncatedGcp;
};

// Requirement (VLI 1-5 + digits), requirement code (0-4 or 9), family code (3 digits), and for the second and
// third purchases a GCP (VLI 0-6 for 6-12 digits, or 9 for none).
bool purchase(Coupon& c, const PurchaseErrors& e, bool withGcp, Gs1LintResult& r)
{
    if (c.atEnd())
        return r = c.missing(e.missingVli), false;
    if (c.at() < '1' || c.at() > '5')
        return r = c.invalid(e.invalidLength), false;
    std::size_t vli = std::size_t(c.at() - '0');
    ++c.p;
    if (c.left() < vli)
        return r = c.truncated(e.truncated), false;
    c.p += vli;
    if (c.atEnd())
        return r = c.missing(e.missingCode), false;
    if (c.at() > '4' && c.at() != '9')
        return r = c.invalid(e.invalidCode), false;
    ++c.p;
    if (c.left() < 3)
        return r = c.truncated(e.truncatedFamily), false;
    c.p += 3;
    if (!withGcp)
        return true;
    if (c.atEnd())
        return r = c.missing(e.missingGcpVli), false;
    if (c.at() > '6' && c.at() != '9')
        return r = c.invalid(e.invalidGcpLength), false;
    vli = c.at() != '9' ? std::size_t(c.at() - '0') + 6 : 0;
    ++c.p;
    if (c.left() < vli)
        return r = c.truncated(e.truncatedGcp), false;
    return vli == 0 || gcpField(c, vli, r);
}

// An optional date field after its one-digit tag.
bool dateField(Coupon& c, E tooShort, E invalid, Gs1LintResult& r)
{
    ++c.p;
    if (c.left() < 6)
        return r = c.truncated(tooShort), false;
    if (!yymmdd(c.d.substr(c.p, 6)).ok())
        return r = {invalid, c.p, 6}, false;
    return true;
}

// Serial number: VLI 0-9 for 6-15 digits.
bool serialNumber(Coupon& c, Gs1LintResult& r)
{
    if (c.atEnd())
        return r = c.missing(E::CouponMissingSerialNumberVli), false;
    const std::size_t vli = std::size_t(c.at() - '0') + 6;
    ++c.p;
    if (c.left() < vli)
        return r = c.truncated(E::CouponTruncatedSerialNumber), false;
    c.p += vli;
    return true;
}

bool offerCode(Coupon& c, Gs1LintResult& r)
{
    if (c.left() < 6)
        return r = c.truncated(E::CouponTruncatedOfferCode), false;
    c.p += 6;
    return true;
}

Gs1LintResult couponCodeFields(Coupon& c)
{
    Gs1LintResult r;
    // Primary GS1 Company Prefix: VLI 0-6 for 6-12 digits.
    if (c.atEnd())
        return c.missing(E::CouponMissingGcpVli);
    if (c.at() > '6')
        return c.invalid(E::CouponInvalidGcpLength);
    std::size_t vli = std::size_t(c.at() - '0') + 6;
    ++c.p;
    if (c.left() < vli)
        return c.truncated(E::CouponTruncatedGcp);
    if (!gcpField(c, vli, r) || !offerCode(c, r))
        return r;
    // Save value: VLI 1-5.
    if (c.atEnd())
        return c.missing(E::CouponMissingSaveValueVli);
    if (c.at() < '1' || c.at() > '5')
        return c.invalid(E::CouponInvalidSaveValueLength);
    vli = std::size_t(c.at() - '0');
    ++c.p;
    if (c.left() < vli)
        return c.truncated(E::CouponTruncatedSaveValue);
    c.p += vli;
    if (!purchase(c,
                  {E::CouponMissing1stPurchaseRequirementVli, E::CouponInvalid1stPurchaseRequirementLength,
                   E::CouponTruncated1stPurchaseRequirement, E::CouponMissing1stPurchaseRequirementCode,
                   E::CouponInvalid1stPurchaseRequirementCode, E::CouponTruncated1stPurchaseFamilyCode, E::Ok, E::Ok,
                   E::Ok},
                  false, r))
        return r;
    // Optional fields, each introduced by its data field indicator, in this order.
    if (!c.atEnd() && c.at() == '1') {
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingAdditionalPurchaseRulesCode);
        if (c.at() > '3')
            return c.invalid(E::CouponInvalidAdditionalPurchaseRulesCode);
        ++c.p;
        if (!purchase(c,
                      {E::CouponMissing2ndPurchaseRequirementVli, E::CouponInvalid2ndPurchaseRequirementLength,
                       E::CouponTruncated2ndPurchaseRequirement, E::CouponMissing2ndPurchaseRequirementCode,
                       E::CouponInvalid2ndPurchaseRequirementCode, E::CouponTruncated2ndPurchaseFamilyCode,
                       E::CouponMissing2ndPurchaseGcpVli, E::CouponInvalid2ndPurchaseGcpLength,
                       E::CouponTruncated2ndPurchaseGcp},
                      true, r))
            return r;
    }
    if (!c.atEnd() && c.at() == '2') {
        ++c.p;
        if (!purchase(c,
                      {E::CouponMissing3rdPurchaseRequirementVli, E::CouponInvalid3rdPurchaseRequirementLength,
                       E::CouponTruncated3rdPurchaseRequirement, E::CouponMissing3rdPurchaseRequirementCode,
                       E::CouponInvalid3rdPurchaseRequirementCode, E::CouponTruncated3rdPurchaseFamilyCode,
                       E::CouponMissing3rdPurchaseGcpVli, E::CouponInvalid3rdPurchaseGcpLength,
                       E::CouponTruncated3rdPurchaseGcp},
                      true, r))
            return r;
    }
    std::size_t expiry = std::string_view::npos;
    if (!c.atEnd() && c.at() == '3') {
        if (!dateField(c, E::CouponTooShortForExpirationDate, E::CouponInvalidExpirationDate, r))
            return r;
        expiry = c.p;
        c.p += 6;
    }
    if (!c.atEnd() && c.at() == '4') {
        if (!dateField(c, E::CouponTooShortForStartDate, E::CouponInvalidStartDate, r))
            return r;
        if (expiry != std::string_view::npos && c.d.substr(c.p, 6) > c.d.substr(expiry, 6))
            return {E::CouponExpirationBeforeStart, c.p - 8, 14};
        c.p += 6;
    }
    if (!c.atEnd() && c.at() == '5') {
        ++c.p;
        if (!serialNumber(c, r))
            return r;
    }
    if (!c.atEnd() && c.at() == '6') {
        // Retailer GCP or GLN: VLI 1-7 for 7-13 digits.
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingRetailerGcpOrGlnVli);
        if (c.at() < '1' || c.at() > '7')
            return c.invalid(E::CouponInvalidRetailerGcpOrGlnLength);
        vli = std::size_t(c.at() - '0') + 6;
        ++c.p;
        if (c.left() < vli)
            return c.truncated(E::CouponTruncatedRetailerGcpOrGln);
        if (!gcpField(c, vli, r))
            return r;
    }
    if (!c.atEnd() && c.at() == '9') {
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingSaveValueCode);
        if (c.at() != '0' && c.at() != '1' && c.at() != '2' && c.at() != '5' && c.at() != '6')
            return c.invalid(E::CouponInvalidSaveValueCode);
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingSaveValueAppliesToItem);
        if (c.at() > '2')
            return c.invalid(E::CouponInvalidSaveValueAppliesToItem);
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingStoreCouponFlag);
        ++c.p;
        if (c.atEnd())
            return c.missing(E::CouponMissingDontMultiplyFlag);
        if (c.at() != '0' && c.at() != '1')
            return c.invalid(E::CouponInvalidDontMultiplyFlag);
        ++c.p;
    }
    if (!c.atEnd())
        return {E::CouponExcessData, c.p, c.left()};
    return {};
}

} // namespace

Gs1LintResult couponCode(std::string_view d)
{
    Gs1LintResult r;
    if (!allDigits(d, r))
        return r;
    Coupon c{d};
    return couponCodeFields(c);
}

Gs1LintResult couponPosOffer(std::string_view d)
{
    Gs1LintResult r;
    if (!allDigits(d, r))
        return r;
    Coupon c{d};
    if (c.atEnd())
        return c.missing(E::CouponMissingFormatCode);
    if (c.at() != '0' && c.at() != '1')
        return c.invalid(E::CouponInvalidFormatCode);
    ++c.p;
    // Funder: VLI 0-6 for 6-12 digits.
    if (c.atEnd())
        return c.missing(E::CouponMissingFunderVli);
    if (c.at() > '6')
        return c.invalid(E::CouponInvalidFunderLength);
    const std::size_t vli = std::size_t(c.at() - '0') + 6;
    ++c.p;
    if (c.left() < vli)
        return c.truncated(E::CouponTruncatedFunder);
    c.p += vli;
    if (!offerCode(c, r) || !serialNumber(c, r))
        return r;
    if (!c.atEnd())
        return {E::CouponExcessData, c.p, c.left()};
    return {};
}

} // namespace prep::devices::gs1lint
