// SPDX-License-Identifier: GPL-3.0-or-later
// The GS1 keys the EPCIS export names things by: check digits right, values percent-encoded as Digital Link says,
// and a clear refusal when a key cannot be made.
#include "devices/gs1/gs1.h"
#include "prep-station/identity/gs1_keys.h"

#include <gtest/gtest.h>

namespace prep::station {
namespace {

TEST(Gs1Keys, ShipmentSsccCarriesPrefixDayOfYearSequenceAndCheckDigit)
{
    auto sscc = shipmentSscc("3012345", "S-20261206-0001");
    ASSERT_TRUE(sscc) << sscc.error().message;
    // 0 + 3012345 + 26 (year) + 340 (6 December) + 0001 + check digit
    EXPECT_EQ(sscc->substr(0, 17), "03012345263400001");
    EXPECT_EQ(sscc->size(), 18u);
    EXPECT_TRUE(devices::gs1CheckDigitValid(*sscc));
    // A leap year's last day is day 366; each day's sequence gives another SSCC.
    EXPECT_EQ(shipmentSscc("3012345", "S-20281231-0042")->substr(8, 9), "283660042");
    EXPECT_NE(*shipmentSscc("3012345", "S-20261206-0002"), *sscc);
}

TEST(Gs1Keys, ShipmentSsccRefusesWhatItCannotEncode)
{
    auto bad = shipmentSscc("3012345", "S-2026120-0001");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("S-2026120-0001"), std::string::npos) << bad.error().message;
    EXPECT_FALSE(shipmentSscc("3012345", "S-20260230-0001")); // 30 February
    auto longPrefix = shipmentSscc("301234567", "S-20261206-0001");
    ASSERT_FALSE(longPrefix);
    EXPECT_NE(longPrefix.error().message.find("gs1_company_prefix"), std::string::npos);
}

TEST(Gs1Keys, AnSsccOfThisSiteReadsBackAsItsShipmentNumber)
{
    for (const char* number : {"S-20261206-0001", "S-20281231-0042", "S-20260101-9999"}) {
        auto sscc = shipmentSscc("3012345", number);
        ASSERT_TRUE(sscc) << sscc.error().message;
        auto back = shipmentNumberFromSscc("3012345", *sscc);
        ASSERT_TRUE(back) << back.error().message;
        EXPECT_EQ(*back, number);
    }
    // The forms a courier's scan takes: HRI from a camera, element string from a wedge scanner, with "]C1".
    const std::string sscc = *shipmentSscc("3012345", "S-20261206-0001");
    EXPECT_EQ(ssccInScan("(00)" + sscc), sscc);
    EXPECT_EQ(ssccInScan("00" + sscc), sscc);
    EXPECT_EQ(ssccInScan("]C100" + sscc), sscc);
    EXPECT_FALSE(ssccInScan("S-20261206-0001"));
    EXPECT_FALSE(ssccInScan("(01)03012345000093(10)P-1"));
    EXPECT_FALSE(ssccInScan("(00)12345"));
}

TEST(Gs1Keys, AForeignOrMisreadSsccIsRefusedNamingIt)
{
    const std::string sscc = *shipmentSscc("3012345", "S-20261206-0001");
    std::string misread = sscc;
    misread.back() = misread.back() == '9' ? '0' : char(misread.back() + 1);
    auto wrong = shipmentNumberFromSscc("3012345", misread);
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().message.find("SSCC " + misread), std::string::npos) << wrong.error().message;
    EXPECT_NE(wrong.error().message.find("check digit"), std::string::npos) << wrong.error().message;
    // Another company's SSCC (GS1's example 106141412345678908): valid, but not ours.
    auto foreign = shipmentNumberFromSscc("3012345", "106141412345678908");
    ASSERT_FALSE(foreign);
    EXPECT_NE(foreign.error().message.find("SSCC 106141412345678908"), std::string::npos) << foreign.error().message;
    EXPECT_NE(foreign.error().message.find("3012345"), std::string::npos) << foreign.error().message;
    // Ours by prefix, but day 400 of a year: no shipment was ever numbered so.
    std::string body = "03012345264000001";
    auto noDay = shipmentNumberFromSscc("3012345", body + devices::gs1CheckDigit(body));
    ASSERT_FALSE(noDay);
    EXPECT_NE(noDay.error().message.find("day 400"), std::string::npos) << noDay.error().message;
    // A site without a usable prefix cannot claim any SSCC (no reference can be read after it).
    EXPECT_FALSE(shipmentNumberFromSscc("", sscc));
    EXPECT_FALSE(shipmentNumberFromSscc(sscc.substr(1, 17), sscc));
}

TEST(Gs1Keys, DigitalLinkUrisPercentEncodeValues)
{
    EXPECT_EQ(gs1ItemUri("03012345000093", "P-20261206-0001"),
              "https://id.gs1.org/01/03012345000093/21/P-20261206-0001");
    EXPECT_EQ(gs1LotClassUri("03400930000014", "AB/12 %"), "https://id.gs1.org/01/03400930000014/10/AB%2F12%20%25");
    EXPECT_EQ(gs1LocationUri("3012345000017"), "https://id.gs1.org/414/3012345000017");
    EXPECT_EQ(gs1LocationUri("3012345000017", "HAD"), "https://id.gs1.org/414/3012345000017/254/HAD");
    EXPECT_EQ(gs1ShipmentUri("030123452634000012"), "https://id.gs1.org/00/030123452634000012");
}

TEST(Gs1Keys, LoggerGiaiStaysWithinAi8004)
{
    EXPECT_EQ(*siteAssetGiai("3012345", "LOG-DEMO-8946"), "3012345LOG-DEMO-8946");
    EXPECT_FALSE(siteAssetGiai("3012345", std::string(24, 'A'))); // 31 characters
    EXPECT_FALSE(siteAssetGiai("3012345", "LOG 1"));              // a space is not GS1 AI-82
    EXPECT_FALSE(siteAssetGiai("3012345", ""));
}

} // namespace
} // namespace prep::station
