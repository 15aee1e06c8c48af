// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/gs1/gs1_linters.h"

#include <array>
#include <utility>

namespace prep::devices {

namespace {

struct ErrorInfo
{
    std::string_view name;
    std::string_view text;
};

// In the order of Gs1LintError. Texts follow the reference's descriptions of gs1_lint_err_t (Apache-2.0).
constexpr std::array<ErrorInfo, std::size_t(Gs1LintError::Count)> kErrors = {{
    {"OK", "no issues were detected by the linter"},
    {"NON_DIGIT_CHARACTER", "a non-digit character was found where only digits are allowed"},
    {"INVALID_CSET82_CHARACTER", "a non-CSET 82 character was found where a CSET 82 character is expected"},
    {"INVALID_CSET39_CHARACTER", "a non-CSET 39 character was found where a CSET 39 character is expected"},
    {"INVALID_CSET64_CHARACTER", "a non-CSET 64 character was found where a CSET 64 character is expected"},
    {"INVALID_CSET64_PADDING", "incorrect number of CSET 64 pad characters"},
    {"INCORRECT_CHECK_DIGIT", "the numeric check digit is incorrect"},
    {"TOO_SHORT_FOR_CHECK_DIGIT", "the component is too short to perform a numeric check digit calculation"},
    {"INCORRECT_CHECK_PAIR", "the alphanumeric check-character pair are incorrect"},
    {"TOO_SHORT_FOR_CHECK_PAIR",
     "the component is too short to perform an alphanumeric check character pair calculation"},
    {"TOO_LONG_FOR_CHECK_PAIR_IMPLEMENTATION",
     "the component is too long to perform an alphanumeric check character pair calculation"},
    {"TOO_SHORT_FOR_GCP", "the component is shorter than the minimum length GS1 Company Prefix"},
    {"INVALID_GCP_PREFIX", "the GS1 Company Prefix is invalid"},
    {"IMPORTER_IDX_MUST_BE_ONE_CHARACTER", "the Importer Index must be a single character"},
    {"INVALID_IMPORT_IDX_CHARACTER", "the Importer Index is an invalid character"},
    {"ILLEGAL_ZERO_VALUE", "a non-zero value is required"},
    {"NOT_ZERO", "a zero value is required"},
    {"ILLEGAL_ZERO_PREFIX", "a zero prefix is not permitted"},
    {"NOT_ZERO_OR_ONE", "a \"0\" or \"1\" is required"},
    {"INVALID_WINDING_DIRECTION", "the winding direction must be either \"0\", \"1\" or \"9\""},
    {"NOT_ISO3166", "a valid ISO 3166 three-digit country code is required"},
    {"NOT_ISO3166_OR_999", "a valid ISO 3166 three-digit country code or \"999\" is required"},
    {"NOT_ISO3166_ALPHA2", "a valid ISO 3166 two-character country code is required"},
    {"NOT_ISO4217", "a valid ISO 4217 three-digit currency code is required"},
    {"IBAN_TOO_SHORT", "the IBAN is too short"},
    {"IBAN_TOO_LONG", "the IBAN is too long"},
    {"INVALID_IBAN_CHARACTER", "the IBAN contains an invalid character"},
    {"ILLEGAL_IBAN_COUNTRY_CODE", "the IBAN must start with a valid ISO 3166 two-character country code"},
    {"INCORRECT_IBAN_CHECKSUM", "the IBAN is invalid since the check characters are incorrect"},
    {"DATE_TOO_SHORT", "the date is too short for YYMMDD format"},
    {"DATE_TOO_LONG", "the date is too long for YYMMDD format"},
    {"HOUR_WITH_MINUTE_TOO_SHORT", "the hour with minute is too short for HHMI format"},
    {"HOUR_WITH_MINUTE_TOO_LONG", "the hour with minute is too long for HHMI format"},
    {"HOUR_TOO_SHORT", "the hour is too short for HH format"},
    {"HOUR_TOO_LONG", "the hour is too long for HH format"},
    {"MINUTE_TOO_SHORT", "the minute is too short for MI format"},
    {"MINUTE_TOO_LONG", "the minute is too long for MI format"},
    {"SECOND_TOO_SHORT", "the second is too short for SS format"},
    {"SECOND_TOO_LONG", "the second is too long for SS format"},
    {"ILLEGAL_MONTH", "the date contains an illegal month of the year"},
    {"ILLEGAL_DAY", "the date contains an illegal day of the month"},
    {"ILLEGAL_HOUR", "the time contains an illegal hour"},
    {"ILLEGAL_MINUTE", "the time contains an illegal minute"},
    {"ILLEGAL_SECOND", "the time contains an illegal seconds"},
    {"INVALID_LENGTH_FOR_PIECE_OF_TOTAL",
     "the piece with total must have an even length, having equal-length components"},
    {"ZERO_PIECE_NUMBER", "the piece number must not have a value of zero"},
    {"ZERO_TOTAL_PIECES", "the piece total must not have a value of zero"},
    {"PIECE_NUMBER_EXCEEDS_TOTAL", "the piece number must not exceed the piece total"},
    {"INVALID_PERCENT_SEQUENCE", "the input contains an invalid percent hex-encoding \"%hh\" sequence"},
    {"INVALID_LATITUDE", "the latitude is outside of the range \"0000000000\" to \"1800000000\""},
    {"INVALID_LONGITUDE", "the longitude is outside of the range \"0000000000\" to \"3600000000\""},
    {"LATITUDE_INVALID_LENGTH", "the latitude value must be 10 digits"},
    {"LONGITUDE_INVALID_LENGTH", "the longitude value must be 10 digits"},
    {"INVALID_MEDIA_TYPE", "a valid AIDC media type is required"},
    {"INVALID_PACKAGE_TYPE", "a valid PackageTypeCode is required"},
    {"NOT_HYPHEN", "only hyphens are permitted"},
    {"INVALID_BIOLOGICAL_SEX_CODE", "a valid ISO/IEC 5218 biological sex code required"},
    {"POSITION_IN_SEQUENCE_MALFORMED", "the data must have the format \"<pos>/<end>\""},
    {"POSITION_EXCEEDS_END", "the position number must not exceed the end number"},
    {"REQUIRES_NON_DIGIT_CHARACTER", "a non-digit character is required"},
    {"COUPON_MISSING_FORMAT_CODE", "the coupon's Format Code is missing"},
    {"COUPON_INVALID_FORMAT_CODE", "the coupon's Format Code must be \"0\" or \"1\""},
    {"COUPON_MISSING_FUNDER_VLI", "the coupon's Funder VLI is missing"},
    {"COUPON_INVALID_FUNDER_LENGTH", "the coupon's Funder VLI must be \"0\" to \"6\""},
    {"COUPON_TRUNCATED_FUNDER", "the coupon's Funder is shorter than what is indicated by its VLI"},
    {"COUPON_TRUNCATED_OFFER_CODE", "the coupon's Offer Code is shorter than the required six digits"},
    {"COUPON_MISSING_SERIAL_NUMBER_VLI", "the coupon's Serial Number VLI is missing"},
    {"COUPON_TRUNCATED_SERIAL_NUMBER", "the coupon's Serial Number is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_GCP_VLI", "the coupon's primary GS1 Company Prefix VLI is missing"},
    {"COUPON_INVALID_GCP_LENGTH", "the coupon's primary GS1 Company Prefix VLI must be \"0\" to \"6\""},
    {"COUPON_TRUNCATED_GCP", "the coupon's primary GS1 Company Prefix is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_SAVE_VALUE_VLI", "the coupon's Save Value VLI is missing"},
    {"COUPON_INVALID_SAVE_VALUE_LENGTH", "the coupon's Save Value VLI must be \"1\" to \"5\""},
    {"COUPON_TRUNCATED_SAVE_VALUE", "the coupon's Save Value is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_VLI", "the coupon's primary purchase Requirement VLI is missing"},
    {"COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_LENGTH",
     "the coupon's primary purchase Requirement VLI must be \"1\" to \"5\""},
    {"COUPON_TRUNCATED_1ST_PURCHASE_REQUIREMENT",
     "the coupon's primary purchase Requirement is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_CODE", "the coupon's primary purchase Requirement Code is missing"},
    {"COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_CODE",
     "the coupon's primary purchase Requirement Code must be \"0\" to \"4\" or \"9\""},
    {"COUPON_TRUNCATED_1ST_PURCHASE_FAMILY_CODE",
     "the coupon's primary purchase Family Code is shorter than the required three digits"},
    {"COUPON_MISSING_ADDITIONAL_PURCHASE_RULES_CODE", "the coupon's Additional Purchase Rules Code is missing"},
    {"COUPON_INVALID_ADDITIONAL_PURCHASE_RULES_CODE",
     "the coupon's Additional Purchase Rules Code must be \"0\" to \"3\""},
    {"COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_VLI", "the coupon's second purchase Requirement VLI is missing"},
    {"COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_LENGTH",
     "the coupon's second purchase Requirement VLI must be \"1\" to \"5\""},
    {"COUPON_TRUNCATED_2ND_PURCHASE_REQUIREMENT",
     "the coupon's second purchase Requirement is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_CODE", "the coupon's second purchase Requirement Code is missing"},
    {"COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_CODE",
     "the coupon's second purchase Requirement Code must be \"0\" to \"4\" or \"9\""},
    {"COUPON_TRUNCATED_2ND_PURCHASE_FAMILY_CODE",
     "the coupon's second purchase Family Code is shorter than the required three digits"},
    {"COUPON_MISSING_2ND_PURCHASE_GCP_VLI", "the coupon's second purchase GS1 Company Prefix VLI is missing"},
    {"COUPON_INVALID_2ND_PURCHASE_GCP_LENGTH",
     "the coupon's second purchase GS1 Company Prefix VLI must be \"0\" to \"6\" or \"9\""},
    {"COUPON_TRUNCATED_2ND_PURCHASE_GCP",
     "the coupon's second purchase GS1 Company Prefix is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_VLI", "the coupon's third purchase Requirement VLI is missing"},
    {"COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_LENGTH",
     "the coupon's third purchase Requirement VLI must be \"1\" to \"5\""},
    {"COUPON_TRUNCATED_3RD_PURCHASE_REQUIREMENT",
     "the coupon's third purchase Requirement is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_CODE", "the coupon's third purchase Requirement Code is missing"},
    {"COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_CODE",
     "the coupon's third purchase Requirement Code must be \"0\" to \"4\" or \"9\""},
    {"COUPON_TRUNCATED_3RD_PURCHASE_FAMILY_CODE",
     "the coupon's third purchase Family Code is shorter than the required three digits"},
    {"COUPON_MISSING_3RD_PURCHASE_GCP_VLI", "the coupon's third purchase GS1 Company Prefix VLI is missing"},
    {"COUPON_INVALID_3RD_PURCHASE_GCP_LENGTH",
     "the coupon's third purchase GS1 Company Prefix VLI must be \"0\" to \"6\" or \"9\""},
    {"COUPON_TRUNCATED_3RD_PURCHASE_GCP",
     "the coupon's third purchase GS1 Company Prefix is shorter than what is indicated by its VLI"},
    {"COUPON_TOO_SHORT_FOR_EXPIRATION_DATE", "the coupon's expiration date is too short for YYMMDD format"},
    {"COUPON_INVALID_EXIPIRATION_DATE", "the coupon's expiration date is invalid"},
    {"COUPON_TOO_SHORT_FOR_START_DATE", "the coupon's start date is too short to YYMMDD format"},
    {"COUPON_INVALID_START_DATE", "the coupon's start date is invalid"},
    {"COUPON_EXPIRATION_BEFORE_START", "the coupon's expiration date precede the start date"},
    {"COUPON_MISSING_RETAILER_GCP_OR_GLN_VLI", "the coupon's Retailer GCP/GLN VLI is missing"},
    {"COUPON_INVALID_RETAILER_GCP_OR_GLN_LENGTH", "the coupon's Retailer GCP/GLN VLI must be \"1\" to \"7\""},
    {"COUPON_TRUNCATED_RETAILER_GCP_OR_GLN",
     "the coupon's Retailer GCP/GLN is shorter than what is indicated by its VLI"},
    {"COUPON_MISSING_SAVE_VALUE_CODE", "the coupon's Save Value Code is missing"},
    {"COUPON_INVALID_SAVE_VALUE_CODE", "the coupon's Save Value Code must be \"0\", \"1\", \"2\", \"5\" or \"6\""},
    {"COUPON_MISSING_SAVE_VALUE_APPLIES_TO_ITEM", "the coupon's Save Value Applies to Item is missing"},
    {"COUPON_INVALID_SAVE_VALUE_APPLIES_TO_ITEM", "the coupon's Save Value Applies to Item must be \"0\" to \"2\""},
    {"COUPON_MISSING_STORE_COUPON_FLAG", "the coupon's Store Coupon Flag is missing"},
    {"COUPON_MISSING_DONT_MULTIPLY_FLAG", "the coupon's Don't Multiply Flag is missing"},
    {"COUPON_INVALID_DONT_MULTIPLY_FLAG", "the coupon's Don't Multiply Flag must be \"0\" or \"1\""},
    {"COUPON_EXCESS_DATA", "the coupon contains excess data after the recognised optional fields"},
}};

// Dictionary names (release 2026-01-27) and the stubs the reference keeps for renamed or retired names.
constexpr std::pair<std::string_view, Gs1Linter> kLinters[] = {
    {"couponcode", gs1lint::couponCode},
    {"couponposoffer", gs1lint::couponPosOffer},
    {"csum", gs1lint::csum},
    {"csumalpha", gs1lint::csumAlpha},
    {"gcppos1", gs1lint::gcpPos1},
    {"gcppos2", gs1lint::gcpPos2},
    {"hasnondigit", gs1lint::hasNonDigit},
    {"hh", gs1lint::hh},
    {"hhmi", gs1lint::hhmi},
    {"hyphen", gs1lint::hyphen},
    {"iban", gs1lint::iban},
    {"importeridx", gs1lint::importerIdx},
    {"iso3166", gs1lint::iso3166},
    {"iso3166999", gs1lint::iso3166Or999},
    {"iso3166alpha2", gs1lint::iso3166Alpha2},
    {"iso4217", gs1lint::iso4217},
    {"iso5218", gs1lint::iso5218},
    {"latitude", gs1lint::latitude},
    {"longitude", gs1lint::longitude},
    {"mediatype", gs1lint::mediaType},
    {"mi", gs1lint::mi},
    {"nonzero", gs1lint::nonZero},
    {"nozeroprefix", gs1lint::noZeroPrefix},
    {"packagetype", gs1lint::packageType},
    {"pcenc", gs1lint::pcEnc},
    {"pieceoftotal", gs1lint::pieceOfTotal},
    {"posinseqslash", gs1lint::posInSeqSlash},
    {"ss", gs1lint::ss},
    {"winding", gs1lint::winding},
    {"yesno", gs1lint::yesNo},
    {"yymmd0", gs1lint::yymmd0},
    {"yymmdd", gs1lint::yymmdd},
    {"yyyymmd0", gs1lint::yyyymmd0},
    {"yyyymmdd", gs1lint::yyyymmdd},
    {"zero", gs1lint::zero},
    // Names of older releases (renamed or retired): they accept anything, as the reference's stubs do, so that an
    // older dictionary still loads.
    {"hhmm", nullptr},
    {"key", nullptr},
    {"keyoff1", nullptr},
    {"iso3166list", nullptr},
    {"mmoptss", nullptr},
    {"yymmddhh", nullptr},
};

Gs1LintResult accept(std::string_view)
{
    return {};
}

} // namespace

Gs1Linter gs1Linter(std::string_view name)
{
    for (const auto& [n, fn] : kLinters)
        if (n == name)
            return fn ? fn : accept;
    return nullptr;
}

Gs1Linter gs1CharsetLinter(char charset)
{
    switch (charset) {
    case 'N':
        return gs1lint::csetNumeric;
    case 'Y':
        return gs1lint::cset39;
    case 'Z':
        return gs1lint::cset64;
    default:
        return gs1lint::cset82;
    }
}

std::string_view gs1LintErrorText(Gs1LintError error)
{
    return error < Gs1LintError::Count ? kErrors[std::size_t(error)].text : "unknown error";
}

std::string_view gs1LintErrorName(Gs1LintError error)
{
    return error < Gs1LintError::Count ? kErrors[std::size_t(error)].name : "UNKNOWN";
}

} // namespace prep::devices
