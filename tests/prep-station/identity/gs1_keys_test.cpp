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
