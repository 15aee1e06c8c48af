// SPDX-License-Identifier: GPL-3.0-or-later
// MT-SICS answers as balances send them (recorded frames), and lines that must never become a weight.
#include "devices/scale/sics_protocol.h"

#include <gtest/gtest.h>

using namespace prep::devices;

namespace {

SicsParse parse(const std::string& s)
{
    return parseSicsAnswer(s);
}

} // namespace

TEST(SicsProtocol, StableWeightWithRightAlignedValue)
{
    const auto p = parse("S S     12.345 g\r\n");
    ASSERT_EQ(p.status, ParseStatus::Valid) << p.reason;
    EXPECT_EQ(p.consumed, 18u);
    EXPECT_EQ(p.answer.command, "S");
    EXPECT_EQ(p.answer.status, 'S');
    ASSERT_TRUE(p.answer.value);
    EXPECT_DOUBLE_EQ(*p.answer.value, 12.345);
    EXPECT_EQ(p.answer.valueText, "12.345");
    EXPECT_EQ(p.answer.unit, "g");
    EXPECT_EQ(p.line, "S S     12.345 g");
}

TEST(SicsProtocol, DynamicNegativeAndExtraSpacingAreTolerated)
{
    const auto p = parse("S  D\t -0.002   g  \n");
    ASSERT_EQ(p.status, ParseStatus::Valid) << p.reason;
    EXPECT_EQ(p.answer.status, 'D');
    EXPECT_DOUBLE_EQ(*p.answer.value, -0.002);
    // No fixed width assumed: a short value is fine too.
    const auto q = parse("S S 100.00 g\r\n");
    ASSERT_EQ(q.status, ParseStatus::Valid);
    EXPECT_DOUBLE_EQ(*q.answer.value, 100.0);
}

TEST(SicsProtocol, EveryErrorAnswerIsValidAndDescribed)
{
    for (const char* line : {"S I", "S +", "S -", "T I", "Z +", "S L"}) {
        const auto p = parse(std::string(line) + "\r\n");
        ASSERT_EQ(p.status, ParseStatus::Valid) << line;
        EXPECT_FALSE(p.answer.value) << line;
        EXPECT_FALSE(describeSicsError(p.answer).empty());
    }
    EXPECT_NE(describeSicsError(parse("S +\r\n").answer).find("overload"), std::string::npos);
    EXPECT_NE(describeSicsError(parse("S -\r\n").answer).find("underload"), std::string::npos);
    EXPECT_NE(describeSicsError(parse("S I\r\n").answer).find("not executable"), std::string::npos);
    for (const char* line : {"ES", "ET", "EL"}) {
        const auto p = parse(std::string(line) + "\r\n");
        ASSERT_EQ(p.status, ParseStatus::Valid) << line;
        EXPECT_TRUE(p.answer.generalError());
    }
    EXPECT_NE(describeSicsError(parse("ES\r\n").answer).find("syntax"), std::string::npos);
}

TEST(SicsProtocol, AcknowledgementsAndIdentification)
{
    EXPECT_EQ(parse("Z A\r\n").answer.status, 'A');
    EXPECT_EQ(parse("TAC A\r\n").answer.command, "TAC");
    const auto tare = parse("T S      8.120 g\r\n");
    ASSERT_EQ(tare.status, ParseStatus::Valid);
    EXPECT_DOUBLE_EQ(*tare.answer.value, 8.12);
    const auto serial = parse("I4 A \"B021002593\"\r\n");
    ASSERT_EQ(serial.status, ParseStatus::Valid);
    EXPECT_EQ(serial.answer.text, "B021002593");
    const auto data = parse("I2 A \"XPE205 220.00000 g\"\r\n");
    ASSERT_EQ(data.status, ParseStatus::Valid);
    EXPECT_EQ(data.answer.text, "XPE205 220.00000 g");
}

TEST(SicsProtocol, IncompleteLineNeedsMore)
{
    EXPECT_EQ(parse("").status, ParseStatus::NeedMore);
    EXPECT_EQ(parse("S S     12.3").status, ParseStatus::NeedMore);
}

TEST(SicsProtocol, UnparseableLinesAreNeverAWeight)
{
    for (const char* line : {"S S 12.3x4 g", "S S 1e3 g", "S S +12.345 g", "S S 12.345", "S S 12..3 g", "S S . g",
                             "S S 12.345 g extra", "S X 12.345 g", "s s 12.345 g", "S", "S S", "   ", "S I 12.3 g",
                             "S S 12.345 \"g\"", "S S \"12.345\" g", "ES junk"}) {
        const auto p = parse(std::string(line) + "\r\n");
        EXPECT_EQ(p.status, ParseStatus::Invalid) << line;
        EXPECT_FALSE(p.answer.value && p.status == ParseStatus::Valid) << line;
        EXPECT_EQ(p.consumed, std::string(line).size() + 2) << line;
    }
    const auto binary = parse(std::string("S S \x01\xff 12.0 g\r\n"));
    EXPECT_EQ(binary.status, ParseStatus::Invalid);
}

TEST(SicsProtocol, RunawayGarbageIsDroppedNotBuffered)
{
    const std::string junk(300, 'x');
    const auto p = parse(junk);
    EXPECT_EQ(p.status, ParseStatus::Invalid);
    EXPECT_EQ(p.consumed, junk.size());
}

TEST(SicsProtocol, UnitsConvertToGrams)
{
    EXPECT_DOUBLE_EQ(*sicsGrams(1234.5, "mg"), 1.2345);
    EXPECT_DOUBLE_EQ(*sicsGrams(0.5, "kg"), 500.0);
    EXPECT_FALSE(sicsGrams(1.0, "ct"));
    EXPECT_EQ(formatSicsWeight("S S", 12.345, 3), "S S     12.345 g");
    EXPECT_EQ(formatSicsWeight("S D", -0.002, 3), "S D     -0.002 g");
}
