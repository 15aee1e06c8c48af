// SPDX-License-Identifier: GPL-3.0-or-later
// The "linters" the GS1 Barcode Syntax Dictionary names for each component of an AI's data (csum, yymmd0,
// iso3166, iban, ...). Our own code, written to give the same verdict, error and position as GS1's reference
// procedures (gs1-syntax-engine src/c-lib/syntax/lint_*.c, Apache-2.0); their unit-test vectors are replayed
// against these in tests/devices/gs1 (data in tests/data/gs1-syntax-engine/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace prep::devices {

// What a linter found wrong. The names mirror the reference's gs1_lint_err_t (GS1_LINTER_...), so an error can
// be compared with GS1's engine one for one.
enum class Gs1LintError : std::uint8_t {
    Ok,
    NonDigitCharacter,
    InvalidCset82Character,
    InvalidCset39Character,
    InvalidCset64Character,
    InvalidCset64Padding,
    IncorrectCheckDigit,
    TooShortForCheckDigit,
    IncorrectCheckPair,
    TooShortForCheckPair,
    TooLongForCheckPairImplementation,
    TooShortForGcp,
    InvalidGcpPrefix,
    ImporterIdxMustBeOneCharacter,
    InvalidImportIdxCharacter,
    IllegalZeroValue,
    NotZero,
    IllegalZeroPrefix,
    NotZeroOrOne,
    InvalidWindingDirection,
    NotIso3166,
    NotIso3166Or999,
    NotIso3166Alpha2,
    NotIso4217,
    IbanTooShort,
    IbanTooLong,
    InvalidIbanCharacter,
    IllegalIbanCountryCode,
    IncorrectIbanChecksum,
    DateTooShort,
    DateTooLong,
    HourWithMinuteTooShort,
    HourWithMinuteTooLong,
    HourTooShort,
    HourTooLong,
    MinuteTooShort,
    MinuteTooLong,
    SecondTooShort,
    SecondTooLong,
    IllegalMonth,
    IllegalDay,
    IllegalHour,
    IllegalMinute,
    IllegalSecond,
    InvalidLengthForPieceOfTotal,
    ZeroPieceNumber,
    ZeroTotalPieces,
    PieceNumberExceedsTotal,
    InvalidPercentSequence,
    InvalidLatitude,
    InvalidLongitude,
    LatitudeInvalidLength,
    LongitudeInvalidLength,
    InvalidMediaType,
    InvalidPackageType,
    NotHyphen,
    InvalidBiologicalSexCode,
    PositionInSequenceMalformed,
    PositionExceedsEnd,
    RequiresNonDigitCharacter,
    CouponMissingFormatCode,
    CouponInvalidFormatCode,
    CouponMissingFunderVli,
    CouponInvalidFunderLength,
    CouponTruncatedFunder,
    CouponTruncatedOfferCode,
    CouponMissingSerialNumberVli,
    CouponTruncatedSerialNumber,
    CouponMissingGcpVli,
    CouponInvalidGcpLength,
    CouponTruncatedGcp,
    CouponMissingSaveValueVli,
    CouponInvalidSaveValueLength,
    CouponTruncatedSaveValue,
    CouponMissing1stPurchaseRequirementVli,
    CouponInvalid1stPurchaseRequirementLength,
    CouponTruncated1stPurchaseRequirement,
    CouponMissing1stPurchaseRequirementCode,
    CouponInvalid1stPurchaseRequirementCode,
    CouponTruncated1stPurchaseFamilyCode,
    CouponMissingAdditionalPurchaseRulesCode,
    CouponInvalidAdditionalPurchaseRulesCode,
    CouponMissing2ndPurchaseRequirementVli,
    CouponInvalid2ndPurchaseRequirementLength,
    CouponTruncated2ndPurchaseRequirement,
    CouponMissing2ndPurchaseRequirementCode,
    CouponInvalid2ndPurchaseRequirementCode,
    CouponTruncated2ndPurchaseFamilyCode,
    CouponMissing2ndPurchaseGcpVli,
    CouponInvalid2ndPurchaseGcpLength,
    CouponTruncated2ndPurchaseGcp,
    CouponMissing3rdPurchaseRequirementVli,
    CouponInvalid3rdPurchaseRequirementLength,
    CouponTruncated3rdPurchaseRequirement,
    CouponMissing3rdPurchaseRequirementCode,
    CouponInvalid3rdPurchaseRequirementCode,
    CouponTruncated3rdPurchaseFamilyCode,
    CouponMissing3rdPurchaseGcpVli,
    CouponInvalid3rdPurchaseGcpLength,
    CouponTruncated3rdPurchaseGcp,
    CouponTooShortForExpirationDate,
    CouponInvalidExpirationDate,
    CouponTooShortForStartDate,
    CouponInvalidStartDate,
    CouponExpirationBeforeStart,
    CouponMissingRetailerGcpOrGlnVli,
    CouponInvalidRetailerGcpOrGlnLength,
    CouponTruncatedRetailerGcpOrGln,
    CouponMissingSaveValueCode,
    CouponInvalidSaveValueCode,
    CouponMissingSaveValueAppliesToItem,
    CouponInvalidSaveValueAppliesToItem,
    CouponMissingStoreCouponFlag,
    CouponMissingDontMultiplyFlag,
    CouponInvalidDontMultiplyFlag,
    CouponExcessData,
    Count // not an error: the number of values above
};

// A linter's verdict: the error and the part of the data it points at (offset and length in the component).
struct Gs1LintResult
{
    Gs1LintError error = Gs1LintError::Ok;
    std::size_t pos = 0;
    std::size_t len = 0;
    bool ok() const { return error == Gs1LintError::Ok; }
};

using Gs1Linter = Gs1LintResult (*)(std::string_view data);

// The linter of that dictionary name, or nullptr when we have none (the dictionary loader refuses such a file).
Gs1Linter gs1Linter(std::string_view name);
// The linters for the component character sets: 'N' digits, 'X' CSET 82, 'Y' CSET 39, 'Z' base64url (CSET 64).
Gs1Linter gs1CharsetLinter(char charset);

// For a person: "the date contains an illegal day of the month".
std::string_view gs1LintErrorText(Gs1LintError error);
// The reference's name without its prefix, "ILLEGAL_DAY": stable, for scripts and for comparing with the engine.
std::string_view gs1LintErrorName(Gs1LintError error);

// Each family of linters, one file each (gs1_lint_*.cpp).
namespace gs1lint {
Gs1LintResult csetNumeric(std::string_view d);
Gs1LintResult cset82(std::string_view d);
Gs1LintResult cset39(std::string_view d);
Gs1LintResult cset64(std::string_view d);
Gs1LintResult csum(std::string_view d);
Gs1LintResult csumAlpha(std::string_view d);
Gs1LintResult gcpPos1(std::string_view d);
Gs1LintResult gcpPos2(std::string_view d);
Gs1LintResult importerIdx(std::string_view d);
Gs1LintResult iso3166(std::string_view d);
Gs1LintResult iso3166Or999(std::string_view d);
Gs1LintResult iso3166Alpha2(std::string_view d);
Gs1LintResult iso4217(std::string_view d);
Gs1LintResult iso5218(std::string_view d);
Gs1LintResult iban(std::string_view d);
Gs1LintResult mediaType(std::string_view d);
Gs1LintResult packageType(std::string_view d);
Gs1LintResult yymmd0(std::string_view d);
Gs1LintResult yymmdd(std::string_view d);
Gs1LintResult yyyymmd0(std::string_view d);
Gs1LintResult yyyymmdd(std::string_view d);
Gs1LintResult hh(std::string_view d);
Gs1LintResult mi(std::string_view d);
Gs1LintResult ss(std::string_view d);
Gs1LintResult hhmi(std::string_view d);
Gs1LintResult zero(std::string_view d);
Gs1LintResult nonZero(std::string_view d);
Gs1LintResult noZeroPrefix(std::string_view d);
Gs1LintResult hasNonDigit(std::string_view d);
Gs1LintResult yesNo(std::string_view d);
Gs1LintResult winding(std::string_view d);
Gs1LintResult hyphen(std::string_view d);
Gs1LintResult pieceOfTotal(std::string_view d);
Gs1LintResult posInSeqSlash(std::string_view d);
Gs1LintResult pcEnc(std::string_view d);
Gs1LintResult latitude(std::string_view d);
Gs1LintResult longitude(std::string_view d);
Gs1LintResult couponCode(std::string_view d);
Gs1LintResult couponPosOffer(std::string_view d);
} // namespace gs1lint

} // namespace prep::devices
