// SPDX-License-Identifier: GPL-3.0-or-later
// GS1 element strings against the rules of the GS1 Barcode Syntax Dictionary and reference.md section 4.
#include "devices/gs1/gs1.h"
#include "devices/gs1/gs1_dictionary.h"

#include <gtest/gtest.h>

using namespace prep::devices;
using namespace std::chrono;

namespace {

const std::string kGs(1, kGs1Separator);
// reference.md 4.5, fictitious FMD pack.
const std::string kPackRaw = "01034009300000071726053110AB1234" + kGs + "21K7Z9Q2X4M1";
const std::string kPackHri = "(01)03400930000007(17)260531(10)AB1234(21)K7Z9Q2X4M1";

std::string errorOf(std::string_view input)
{
    auto r = parseGs1(input);
    return r ? std::string("(parsed)") : r.error().message;
}

} // namespace

// The embedded dictionary is generated at build time from devices/data/gs1-syntax-dictionary.txt (GS1's file,
// unchanged), so it is checked for what it must contain rather than against that same file.
TEST(Gs1Dictionary, EmbeddedDictionaryLoadsEveryEntry)
{
    EXPECT_GT(Gs1Dictionary::embedded().size(), 500u); // ranges such as 3100-3105 expanded
    const auto* gtin = Gs1Dictionary::embedded().find("01");
    ASSERT_NE(gtin, nullptr);
    EXPECT_TRUE(gtin->predefinedLength);
    EXPECT_EQ(gtin->title, "GTIN");
    const auto* lot = Gs1Dictionary::embedded().find("10");
    ASSERT_NE(lot, nullptr);
    EXPECT_FALSE(lot->predefinedLength);
    EXPECT_EQ(lot->maxLength(), 20);
    const auto* exp7003 = Gs1Dictionary::embedded().find("7003");
    ASSERT_NE(exp7003, nullptr);
    EXPECT_FALSE(exp7003->predefinedLength) << "7003 needs a separator (reference.md 4.2)";
    EXPECT_EQ(Gs1Dictionary::embedded().find("3103")->components[0].maxLength, 6);
}

TEST(Gs1Parse, ReferencePackFromRawWithGsAndSymbologyIdentifier)
{
    for (const std::string& input : {kPackRaw, "]d2" + kPackRaw, "]C1" + kPackRaw, kGs + kPackRaw}) {
        auto r = parseGs1(input);
        ASSERT_TRUE(r) << r.error().message;
        EXPECT_EQ(r->hri(), kPackHri);
        EXPECT_EQ(r->find("10")->value, "AB1234");
        EXPECT_EQ(r->find("21")->value, "K7Z9Q2X4M1");
        EXPECT_EQ(r->find("01")->title, "GTIN");
        EXPECT_EQ(r->find("99"), nullptr);
    }
    EXPECT_EQ(parseGs1(kPackRaw)->elementString(), kPackRaw) << "GS only after the variable-length lot";
}

TEST(Gs1Parse, TextGsAndHriGiveTheSameMessage)
{
    auto fromText = parseGs1("01034009300000071726053110AB1234<GS>21K7Z9Q2X4M1");
    auto fromHri = parseGs1(kPackHri);
    ASSERT_TRUE(fromText) << fromText.error().message;
    ASSERT_TRUE(fromHri) << fromHri.error().message;
    EXPECT_EQ(fromText->hri(), kPackHri);
    EXPECT_EQ(fromHri->elementString(), kPackRaw);
}

TEST(Gs1Parse, PreparationLabelWith7003NeedsItsSeparator)
{
    // reference.md 4.5: 7003 is fixed length but not predefined, so GS follows it.
    auto r = parseGs1("(01)03400930000007(7003)2606141530(10)PREP250613-0042(91)HAD-BOURG");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->elementString(), "0103400930000007"
                                  "70032606141530" +
                                      kGs + "10PREP250613-0042" + kGs + "91HAD-BOURG");
    EXPECT_NE(errorOf("(01)03400930000007(7003)2606142460"), "(parsed)") << "hour 24 is not a time";
}

TEST(Gs1Parse, CheckDigitsAreVerified)
{
    EXPECT_EQ(gs1CheckDigit("629104150021"), '3'); // GS1's own example (reference.md 4.4)
    EXPECT_EQ(gs1CheckDigit("340093000000"), '7');
    EXPECT_TRUE(gs1CheckDigitValid("030123450000000017")); // SSCC of reference.md 4.5
    const auto e = errorOf("(01)03400930000008(17)260531");
    EXPECT_NE(e.find("AI (01)"), std::string::npos) << e;
    EXPECT_NE(e.find("check digit"), std::string::npos) << e;
    EXPECT_TRUE(parseGs1("(00)030123450000000017"));
    EXPECT_FALSE(parseGs1("(00)030123450000000018"));
}

TEST(Gs1Parse, DatesMustExistAndDayZeroIsTheEndOfTheMonth)
{
    EXPECT_EQ(gs1Date("260500"), year_month_day(2026y / May / 31d));
    EXPECT_EQ(gs1Date("280200"), year_month_day(2028y / February / 29d)) << "leap year";
    EXPECT_EQ(gs1Date("270200"), year_month_day(2027y / February / 28d));
    EXPECT_EQ(gs1Date("261231"), year_month_day(2026y / December / 31d));
    EXPECT_FALSE(gs1Date("270229"));
    EXPECT_FALSE(gs1Date("261301"));
    EXPECT_FALSE(gs1Date("260431"));
    EXPECT_FALSE(gs1Date("26053"));
    EXPECT_FALSE(gs1Date("2605a1"));
    // GS1 century rule: within -49..+50 years of the reference year.
    EXPECT_EQ(gs1Date("990101", year{2025}), year_month_day(1999y / January / 1d));
    EXPECT_EQ(gs1Date("750101", year{2025}), year_month_day(2075y / January / 1d));
    EXPECT_EQ(gs1Date("010101", year{2080}), year_month_day(2101y / January / 1d));

    EXPECT_TRUE(parseGs1("(01)03400930000007(17)260500"));
    EXPECT_NE(errorOf("(01)03400930000007(17)260230").find("AI (17)"), std::string::npos);
    EXPECT_TRUE(parseGs1("(01)03400930000007(11)260500"));
    EXPECT_FALSE(parseGs1("(01)03400930000007(7006)260500")) << "7006 is yymmdd: no day 00";
}

TEST(Gs1Parse, FormatsLengthsAndCharacterSets)
{
    EXPECT_NE(errorOf("(01)0340093000000").find("too short"), std::string::npos);
    EXPECT_NE(errorOf("0103400930000007172605").find("AI (17)"), std::string::npos) << "truncated fixed field";
    EXPECT_NE(errorOf("(01)03400930000007(10)ABCDEFGHIJKLMNOPQRSTU").find("too long"), std::string::npos);
    EXPECT_NE(errorOf("(01)03400930000007(10)AB 12").find("CSET 82"), std::string::npos) << "space is not allowed";
    EXPECT_NE(errorOf("(01)0340093000000A").find("digits"), std::string::npos);
    EXPECT_NE(errorOf("0103400930000007"
                      "99")
                  .find("AI (99)"),
              std::string::npos)
        << "empty value";
}

TEST(Gs1Parse, RequiredAndExcludedPairings)
{
    EXPECT_NE(errorOf("10AB1234").find("requires"), std::string::npos) << "a lot without a GTIN";
    EXPECT_NE(errorOf("(21)XYZ(02)03400930000007(37)10").find("AI (21) requires"), std::string::npos);
    EXPECT_NE(errorOf("(01)03400930000007(02)03400930000007(37)10").find("may not appear together"), std::string::npos);
    EXPECT_NE(errorOf("(01)03400930000007(3103)000500(3102)005000").find("may not appear together"), std::string::npos);
    EXPECT_TRUE(parseGs1("(01)03400930000007(3103)000500"));
}

TEST(Gs1Parse, UnknownAisSymbologiesAndDuplicates)
{
    EXPECT_NE(errorOf("0103400930000007"
                      "23XYZ")
                  .find("unknown Application Identifier"),
              std::string::npos);
    EXPECT_NE(errorOf("]d1" + kPackRaw).find("not a GS1 symbol"), std::string::npos);
    EXPECT_NE(errorOf("(01)03400930000007(10)A(10)B").find("twice"), std::string::npos);
    EXPECT_TRUE(parseGs1("(01)03400930000007(10)A(10)A")) << "repeating an AI with the same value is allowed";
    EXPECT_NE(errorOf(""), "(parsed)");
    EXPECT_NE(errorOf("(01"), "(parsed)");
    EXPECT_NE(errorOf(std::string(5000, '1')).find("longer"), std::string::npos);
}

TEST(Gs1Wedge, SubstitutedSeparatorsAreRestored)
{
    for (const char* sep : {"^]", "{GS}", "<GS>"}) {
        auto r = parseGs1Wedge("01034009300000071726053110AB1234" + std::string(sep) + "21K7Z9Q2X4M1\r\n");
        ASSERT_TRUE(r) << sep << ": " << r.error().message;
        EXPECT_EQ(r->hri(), kPackHri);
    }
    Gs1WedgeOptions site;
    site.separatorSubstitutes = {"#"}; // this site's scanner sends '#', which CSET 82 excludes
    auto r = parseGs1Wedge("01034009300000071726053110AB1234#21K7Z9Q2X4M1", site);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->hri(), kPackHri);
}

TEST(Gs1Wedge, DroppedSeparatorsAreRefusedWhenAmbiguousAndResolvedOnlyWhenCertain)
{
    const std::string dropped = "01034009300000071726053110AB123421K7Z9Q2X4M1";
    auto readings = gs1Readings(dropped);
    ASSERT_TRUE(readings) << readings.error().message;
    ASSERT_GE(readings->size(), 2u) << "lot swallowing the serial is also a valid reading";
    auto refusedScan = parseGs1Wedge(dropped);
    ASSERT_FALSE(refusedScan);
    EXPECT_EQ(refusedScan.error().kind, DeviceError::Kind::Refused);
    EXPECT_NE(refusedScan.error().message.find("dropped"), std::string::npos);

    // A pack must carry lot and serial (EU FMD): only one reading has both.
    auto fmd = [](const Gs1Message& m) { return m.find("10") && m.find("21"); };
    auto r = parseGs1Wedge(dropped, {}, fmd);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->hri(), kPackHri);

    // "21" inside the serial makes two FMD-complete readings: still refused, never guessed.
    auto twoWays = parseGs1Wedge("01034009300000071726053110AB123421K7Z21Q2X", {}, fmd);
    ASSERT_FALSE(twoWays);
    EXPECT_NE(twoWays.error().message.find("ways"), std::string::npos);

    // Fixed-length fields need no separator: a scan of those alone reads one way.
    auto fixedOnly = parseGs1Wedge("010340093000000717260531");
    ASSERT_TRUE(fixedOnly);
    EXPECT_EQ(fixedOnly->elements.size(), 2u);
}

TEST(Gs1Wedge, PathologicalInputEndsWithAnError)
{
    auto r = gs1Readings("0103400930000007" + std::string(60, '9') + std::string(60, '1'));
    EXPECT_TRUE(!r || r->size() <= 32u);
}

TEST(Gs1Parse, OneSymbolCanBeCheckedWithoutThePairingRules)
{
    // A secondary code carrying only the lot: valid on its own, incomplete as an item's data.
    EXPECT_FALSE(parseGs1("(10)AB12"));
    auto alone = parseGs1("(10)AB12", false);
    ASSERT_TRUE(alone) << alone.error().message;
    EXPECT_EQ(alone->hri(), "(10)AB12");
    EXPECT_FALSE(parseGs1("(01)03400930000008", false)) << "element rules still apply";
}

TEST(Gs1Parse, WithoutPairingRulesExcludedPairsAndRepeatsStillApply)
{
    // As in GS1's engine, only the req= check may be switched off.
    EXPECT_FALSE(parseGs1("(01)03400930000007(02)03400930000007(37)10", false));
    EXPECT_FALSE(parseGs1("(01)03400930000007(10)A(10)B", false));
}

TEST(Gs1Parse, ErrorsNameTheAiTheLinterAndTheCharacters)
{
    EXPECT_EQ(errorOf("(01)03400930000007(17)261331"),
              "AI (17) USE BY or EXPIRY: the date contains an illegal month of the year: 26[13]31");
    EXPECT_EQ(errorOf("(415)5412345678908(8007)FR12345678901234"),
              "AI (8007) IBAN: the IBAN is invalid since the check characters are incorrect: FR[12]345678901234");
    EXPECT_NE(errorOf("(01)03400930000007(422)999").find("AI (422)"), std::string::npos) << "999 is no country";
    EXPECT_NE(errorOf("(01)03400930000007(7040)1AB=").find("Importer Index"), std::string::npos);
    EXPECT_NE(errorOf("(8018)123456789012345675(7259)ABC(7258)0/3").find("zero prefix"), std::string::npos);
    auto examined = examineGs1("(01)03400930000007(3910)9870");
    ASSERT_EQ(examined.problems.size(), 1u);
    EXPECT_EQ(examined.problems[0].fault, Gs1Fault::Value);
    EXPECT_EQ(examined.problems[0].ai, "3910");
    EXPECT_EQ(examined.problems[0].lint, Gs1LintError::NotIso4217);
}

TEST(Gs1Parse, EachReqAttributeMustBeMetOnItsOwn)
{
    // (250) req=01,8006 req=21: a secondary serial needs a GTIN (or ITIP) and a serial.
    EXPECT_NE(errorOf("(01)03400930000007(250)ABC").find("AI (250) requires (21)"), std::string::npos);
    EXPECT_TRUE(parseGs1("(01)03400930000007(21)XYZ(250)ABC"));
}

TEST(Gs1Parse, DigitalSignatureNeedsASerialisedKey)
{
    EXPECT_NE(errorOf("(253)1234567890128(8030)ABC123").find("serial"), std::string::npos);
    EXPECT_TRUE(parseGs1("(253)1234567890128X(8030)ABC123"));
}

TEST(Gs1Parse, BracketedDataMayHoldAnEscapedBracketAndNothingElseIsTrimmed)
{
    auto r = parseGs1("(01)03400930000007(10)AB\\(1");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->find("10")->value, "AB(1");
    EXPECT_FALSE(parseGs1("(01)03400930000007(10)AB(1")) << "'(' opens an AI";
    EXPECT_FALSE(parseGs1("(01) 03400930000007")) << "a space is data, and not a digit";
}

TEST(Gs1Parse, FieldsEndWhereTheEngineEndsThem)
{
    const std::string gs(1, kGs1Separator);
    EXPECT_TRUE(parseGs1("]d20103400930000007" + gs + "10AB")) << "superfluous GS after a predefined length";
    EXPECT_FALSE(parseGs1("]d2010340093000000" + gs + "10AB")) << "GS inside a predefined-length field";
    EXPECT_FALSE(parseGs1("]d20103400930000007" + gs + gs + "10AB")) << "two GS carry no AI";
    EXPECT_TRUE(parseGs1(gs + "0103400930000007")) << "without an identifier, a leading GS is the FNC1 in first";
    EXPECT_FALSE(parseGs1("]d2" + gs + "0103400930000007")) << "after one, it separates nothing";
    EXPECT_FALSE(parseGs1("]d101034009300000071726053110AB")) << "]d1 is not a GS1 DataMatrix";
    std::string many = "(01)03400930000007";
    for (int i = 0; i < 64; ++i)
        many += "(91)A";
    EXPECT_NE(errorOf(many).find("more than 64 AIs"), std::string::npos);
}
