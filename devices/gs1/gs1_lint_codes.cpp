// SPDX-License-Identifier: GPL-3.0-or-later
// Code lists: ISO 3166-1 countries (numeric and alpha-2), ISO 4217 currencies, ISO/IEC 5218 sex, IBAN, AIDC media
// types, UN/ECE Rec. 21 package types, the importer index of AI (7040), and the position of a GS1 Company Prefix.
// The lists are those of the reference linters at the dictionary's release (gs1-syntax-engine, Apache-2.0).
#include "devices/gs1/gs1_linters.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace prep::devices::gs1lint {

namespace {

using E = Gs1LintError;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Bit n (most significant bit first) of a bit field says whether code n is assigned.
template <std::size_t N> constexpr bool bitSet(const std::array<std::uint64_t, N>& field, unsigned n)
{
    return n / 64 < N && ((field[n / 64] << (n % 64)) & (std::uint64_t(1) << 63)) != 0;
}

// ISO 3166-1 numeric country codes 000-999.
constexpr std::array<std::uint64_t, 16> kIso3166 = {
    0x08a888898888b888ULL, 0x8aa80a2888888888ULL, 0x0888888a22232889ULL, 0x88188a2221e322a2ULL,
    0x2a2a180088888888ULL, 0x888a888888888888ULL, 0x888288a2622a22a2ULL, 0x222222228808b888ULL,
    0x8888970808222222ULL, 0x2de102888888a222ULL, 0x320a1b222222a203ULL, 0xe20808c8088888a8ULL,
    0x8888889a89002021ULL, 0xe080222a00082102ULL, 0x0000000000000000ULL, 0x0000000000000000ULL};
// ISO 3166-1 alpha-2 country codes, AA-ZZ as (first - 'A') * 26 + (second - 'A').
constexpr std::array<std::uint64_t, 11> kIso3166Alpha2 = {
    0x1e9afb77f7bdbb7bULL, 0xe4fc21a8012b0070ULL, 0x003a900df9dfa800ULL, 0xb160181ef00202c0ULL,
    0x00b8d42f8281f2bfULL, 0x3fffeba4d2100080ULL, 0x023cf1ca80000002ULL, 0x008a8fbfe75cddf9ULL,
    0x59820820eaa10200ULL, 0x4002000000000800ULL, 0x1020020080000000ULL};
// ISO 4217 numeric currency codes 000-999.
constexpr std::array<std::uint64_t, 16> kIso4217 = {
    0x008800008808b808ULL, 0x8880082080880808ULL, 0x0880808800220008ULL, 0x8010820202822000ULL,
    0x0202000008000000ULL, 0x8888088888888080ULL, 0x088a88a262222002ULL, 0x022200008800a080ULL,
    0x88080c0008220200ULL, 0x2022028880000020ULL, 0x1202000000202002ULL, 0xa200008000088888ULL,
    0x0088880081002020ULL, 0x2080002800002200ULL, 0x0400000fe6adbfdfULL, 0xfdfdfce225000000ULL};
// UN/ECE Recommendation 21 package type codes, sorted.
constexpr std::string_view kPackageTypes[] = {
    "1A",  "1B",  "1D",  "1F",  "1G",  "1W",  "200", "201", "202", "203", "204", "205", "206", "210", "211", "212",
    "2C",  "3A",  "3H",  "43",  "44",  "4A",  "4B",  "4C",  "4D",  "4F",  "4G",  "4H",  "5H",  "5L",  "5M",  "6H",
    "6P",  "7A",  "7B",  "8",   "8A",  "8B",  "8C",  "9",   "AA",  "AB",  "AC",  "AD",  "AF",  "AG",  "AH",  "AI",
    "AJ",  "AL",  "AM",  "AP",  "APE", "AT",  "AV",  "B4",  "BB",  "BC",  "BD",  "BE",  "BF",  "BG",  "BGE", "BH",
    "BI",  "BJ",  "BK",  "BL",  "BM",  "BME", "BN",  "BO",  "BP",  "BQ",  "BR",  "BRI", "BS",  "BT",  "BU",  "BV",
    "BW",  "BX",  "BY",  "BZ",  "CA",  "CB",  "CBL", "CC",  "CCE", "CD",  "CE",  "CF",  "CG",  "CH",  "CI",  "CJ",
    "CK",  "CL",  "CM",  "CN",  "CO",  "CP",  "CQ",  "CR",  "CS",  "CT",  "CU",  "CV",  "CW",  "CX",  "CY",  "CZ",
    "DA",  "DB",  "DC",  "DG",  "DH",  "DI",  "DJ",  "DK",  "DL",  "DM",  "DN",  "DP",  "DPE", "DR",  "DS",  "DT",
    "DU",  "DV",  "DW",  "DX",  "DY",  "E1",  "E2",  "E3",  "EC",  "ED",  "EE",  "EF",  "EG",  "EH",  "EI",  "EN",
    "FB",  "FC",  "FD",  "FE",  "FI",  "FL",  "FO",  "FOB", "FP",  "FPE", "FR",  "FT",  "FW",  "FX",  "GB",  "GI",
    "GL",  "GR",  "GU",  "GY",  "GZ",  "HA",  "HB",  "HC",  "HG",  "HN",  "HR",  "IA",  "IB",  "IC",  "ID",  "IE",
    "IF",  "IG",  "IH",  "IK",  "IL",  "IN",  "IZ",  "JB",  "JC",  "JG",  "JR",  "JT",  "JY",  "KG",  "KI",  "LAB",
    "LE",  "LG",  "LT",  "LU",  "LV",  "LZ",  "MA",  "MB",  "MC",  "ME",  "MPE", "MR",  "MS",  "MT",  "MW",  "MX",
    "NA",  "NE",  "NF",  "NG",  "NS",  "NT",  "NU",  "NV",  "OA",  "OB",  "OC",  "OD",  "OE",  "OF",  "OK",  "OPE",
    "OT",  "OU",  "P2",  "PA",  "PAE", "PB",  "PC",  "PD",  "PE",  "PF",  "PG",  "PH",  "PI",  "PJ",  "PK",  "PL",
    "PLP", "PN",  "PO",  "POP", "PP",  "PPE", "PR",  "PT",  "PU",  "PUE", "PV",  "PX",  "PY",  "PZ",  "QA",  "QB",
    "QC",  "QD",  "QF",  "QG",  "QH",  "QJ",  "QK",  "QL",  "QM",  "QN",  "QP",  "QQ",  "QR",  "QS",  "RB1", "RB2",
    "RB3", "RCB", "RD",  "RG",  "RJ",  "RK",  "RL",  "RO",  "RT",  "RZ",  "S1",  "SA",  "SB",  "SC",  "SD",  "SE",
    "SEC", "SH",  "SI",  "SK",  "SL",  "SM",  "SO",  "SP",  "SS",  "ST",  "STL", "SU",  "SV",  "SW",  "SX",  "SY",
    "SZ",  "T1",  "TB",  "TC",  "TD",  "TE",  "TEV", "TG",  "THE", "TI",  "TK",  "TL",  "TN",  "TO",  "TR",  "TRE",
    "TS",  "TT",  "TTE", "TU",  "TV",  "TW",  "TWE", "TY",  "TZ",  "UC",  "UN",  "UUE", "VA",  "VG",  "VI",  "VK",
    "VL",  "VN",  "VO",  "VP",  "VQ",  "VR",  "VS",  "VY",  "WA",  "WB",  "WC",  "WD",  "WF",  "WG",  "WH",  "WJ",
    "WK",  "WL",  "WM",  "WN",  "WP",  "WQ",  "WR",  "WRP", "WS",  "WT",  "WU",  "WV",  "WW",  "WX",  "WY",  "WZ",
    "X11", "X12", "X15", "X16", "X17", "X18", "X19", "X20", "X3",  "XA",  "XB",  "XC",  "XD",  "XF",  "XG",  "XH",
    "XJ",  "XK",  "YA",  "YB",  "YC",  "YD",  "YF",  "YG",  "YH",  "YJ",  "YK",  "YL",  "YM",  "YN",  "YP",  "YQ",
    "YR",  "YS",  "YT",  "YV",  "YW",  "YX",  "YY",  "YZ",  "ZA",  "ZB",  "ZC",  "ZD",  "ZF",  "ZG",  "ZH",  "ZJ",
    "ZK",  "ZL",  "ZM",  "ZN",  "ZP",  "ZQ",  "ZR",  "ZS",  "ZT",  "ZU",  "ZV",  "ZW",  "ZX",  "ZY",  "ZZ",
};

bool threeDigitCode(std::string_view d, unsigned& code)
{
    if (d.size() != 3 || !isDigit(d[0]) || !isDigit(d[1]) || !isDigit(d[2]))
        return false;
    code = unsigned(d[0] - '0') * 100 + unsigned(d[1] - '0') * 10 + unsigned(d[2] - '0');
    return true;
}

} // namespace

Gs1LintResult iso3166(std::string_view d)
{
    unsigned code = 0;
    if (threeDigitCode(d, code) && bitSet(kIso3166, code))
        return {};
    return {E::NotIso3166, 0, d.size()};
}

Gs1LintResult iso3166Or999(std::string_view d)
{
    if (d == "999" || iso3166(d).ok())
        return {};
    return {E::NotIso3166Or999, 0, d.size()};
}

Gs1LintResult iso3166Alpha2(std::string_view d)
{
    if (d.size() == 2 && d[0] >= 'A' && d[0] <= 'Z' && d[1] >= 'A' && d[1] <= 'Z' &&
        bitSet(kIso3166Alpha2, unsigned(d[0] - 'A') * 26 + unsigned(d[1] - 'A')))
        return {};
    return {E::NotIso3166Alpha2, 0, d.size()};
}

Gs1LintResult iso4217(std::string_view d)
{
    unsigned code = 0;
    if (threeDigitCode(d, code) && bitSet(kIso4217, code))
        return {};
    return {E::NotIso4217, 0, d.size()};
}

Gs1LintResult iso5218(std::string_view d)
{
    // 0 not known, 1 male, 2 female, 9 not applicable.
    if (d.size() != 1)
        return {E::InvalidBiologicalSexCode, 0, d.size()};
    if (d[0] != '0' && d[0] != '1' && d[0] != '2' && d[0] != '9')
        return {E::InvalidBiologicalSexCode, 0, 1};
    return {};
}

Gs1LintResult iban(std::string_view d)
{
    // ISO 13616: country, two check digits, up to 30 characters; mod 97 of the rearranged string is 1. There is
    // no clear minimum: the reference asks for more than ten characters.
    constexpr std::size_t kMinExclusive = 10, kMax = 34;
    if (d.size() < 4)
        return {E::IbanTooShort, 0, d.size()};
    if (!iso3166Alpha2(d.substr(0, 2)).ok())
        return {E::IllegalIbanCountryCode, 0, 2};
    if (d.size() > kMax)
        return {E::IbanTooLong, 0, d.size()};
    if (d.size() <= kMinExclusive)
        return {E::IbanTooShort, 0, d.size()};
    unsigned sum = 0;
    for (std::size_t k = 4; k < d.size() + 4; ++k) {
        const std::size_t i = k < d.size() ? k : k - d.size();
        const char c = d[i];
        unsigned value;
        if (isDigit(c))
            value = unsigned(c - '0');
        else if (c >= 'A' && c <= 'Z')
            value = unsigned(c - 'A') + 10;
        else
            return {E::InvalidIbanCharacter, i, 1};
        sum = (sum * (value < 10 ? 10 : 100) + value) % 97;
    }
    if (sum != 1)
        return {E::IncorrectIbanChecksum, 2, 2};
    return {};
}

Gs1LintResult mediaType(std::string_view d)
{
    // AIDC media types (AI 7241): 01-10 assigned, 80-99 for local use.
    if (d.size() == 2 && isDigit(d[0]) && isDigit(d[1])) {
        const int v = (d[0] - '0') * 10 + (d[1] - '0');
        if ((v >= 1 && v <= 10) || v >= 80)
            return {};
    }
    return {E::InvalidMediaType, 0, d.size()};
}

Gs1LintResult packageType(std::string_view d)
{
    if (std::binary_search(std::begin(kPackageTypes), std::end(kPackageTypes), d))
        return {};
    return {E::InvalidPackageType, 0, d.size()};
}

Gs1LintResult importerIdx(std::string_view d)
{
    if (d.size() != 1)
        return {E::ImporterIdxMustBeOneCharacter, 0, d.size()};
    const char c = d[0];
    if (isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_')
        return {};
    return {E::InvalidImportIdxCharacter, 0, 1};
}

Gs1LintResult gcpPos1(std::string_view d)
{
    // The data starts with a GS1 Company Prefix: at least four digits. Whether that prefix is allocated needs
    // GS1's registry, which the reference leaves to an optional lookup and so do we.
    constexpr std::size_t kGcpMinLength = 4;
    if (d.size() < kGcpMinLength)
        return {E::TooShortForGcp, 0, d.size()};
    for (std::size_t i = 0; i < kGcpMinLength; ++i)
        if (!isDigit(d[i]))
            return {E::InvalidGcpPrefix, i, 1};
    return {};
}

Gs1LintResult gcpPos2(std::string_view d)
{
    // The prefix starts after one leading digit (indicator or extension digit).
    if (d.size() < 2)
        return {E::TooShortForGcp, 0, d.size()};
    auto r = gcpPos1(d.substr(1));
    if (!r.ok())
        r.pos += 1;
    return r;
}

} // namespace prep::devices::gs1lint
