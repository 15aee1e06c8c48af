// SPDX-License-Identifier: GPL-3.0-or-later
// The vial check: right product, unexpired, not recalled, FMD elements recorded, serial reuse flagged.
#include "prep-station/identity/vial_check.h"

#include <gtest/gtest.h>

using namespace prep::station;
using namespace std::chrono;

namespace {

const std::string kGs = "\x1d";
const year_month_day kToday = 2026y / June / 15d;

class VialCheck : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto c = ProductCatalogue::load();
        ASSERT_TRUE(c) << c.error().message;
        catalogue = std::move(*c);
        auto r = RecallList::load();
        ASSERT_TRUE(r) << r.error().message;
        recalls = std::move(*r);
    }
    Result<VialIdentity> check(const std::string& scan, const std::string& drug = "azacitidine",
                               const SerialSeenElsewhere& seen = {})
    {
        return checkVial(catalogue, recalls, scan, drug, kToday, seen);
    }
    ProductCatalogue catalogue;
    RecallList recalls;
};

} // namespace

TEST_F(VialCheck, ShippedCatalogueHasTheDemoProductsMarkedFictitious)
{
    const Product* aza = catalogue.defaultForDrug("azacitidine");
    const Product* btz = catalogue.defaultForDrug("Bortezomib");
    ASSERT_NE(aza, nullptr);
    ASSERT_NE(btz, nullptr);
    EXPECT_DOUBLE_EQ(aza->mgPerVial, 100);
    EXPECT_DOUBLE_EQ(btz->mgPerVial, 3.5);
    for (const auto& p : catalogue.products()) {
        EXPECT_TRUE(p.fictitious) << p.gtin;
        EXPECT_EQ(p.gtin.substr(0, 8), "03400930") << "fictitious CIP range";
        EXPECT_FALSE(p.source.empty());
    }
    EXPECT_EQ(catalogue.findByGtin("3400930000014"), aza) << "CIP13 as printed on older packs";
    EXPECT_EQ(catalogue.findByGtin("03400930000099"), nullptr);
}

TEST_F(VialCheck, AcceptsTheRightVialAndRecordsEverything)
{
    const std::string scan = "010340093000001417270531"
                             "10LOT42" +
                             kGs + "21SN0001";
    auto id = check(scan);
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_EQ(id->gtin, "03400930000014");
    EXPECT_EQ(id->lot, "LOT42");
    EXPECT_EQ(id->serial, "SN0001");
    EXPECT_EQ(id->expiry, year_month_day(2027y / May / 31d));
    EXPECT_EQ(id->rawScan, scan);
    EXPECT_EQ(id->hri, "(01)03400930000014(17)270531(10)LOT42(21)SN0001");
    ASSERT_NE(id->product, nullptr);
    EXPECT_EQ(id->product->drug, "azacitidine");
    EXPECT_FALSE(id->serialSeenElsewhere);
    EXPECT_FALSE(id->separatorsReconstructed);
}

TEST_F(VialCheck, RefusesTheWrongDrug)
{
    auto id = check("(01)03400930000038(17)270531(10)B1(21)S1", "azacitidine");
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, Error::Kind::Refused);
    EXPECT_NE(id.error().message.find("wrong product"), std::string::npos) << id.error().message;
    EXPECT_TRUE(check("(01)03400930000038(17)270531(10)B1(21)S1", "bortezomib"));
}

TEST_F(VialCheck, RefusesExpiredLotsButAcceptsTheExpiryDayItself)
{
    auto expired = check("(01)03400930000014(17)260614(10)L1(21)S1");
    ASSERT_FALSE(expired);
    EXPECT_NE(expired.error().message.find("expired on 2026-06-14"), std::string::npos) << expired.error().message;
    EXPECT_TRUE(check("(01)03400930000014(17)260615(10)L1(21)S1")) << "usable through the expiry day";
    // DD=00: end of June 2026, so still valid on 15 June; May 2026 is past.
    EXPECT_TRUE(check("(01)03400930000014(17)260600(10)L1(21)S1"));
    EXPECT_FALSE(check("(01)03400930000014(17)260500(10)L1(21)S1"));
}

TEST_F(VialCheck, RefusesRecalledLotsNamingTheReason)
{
    auto id = check("(01)03400930000014(17)270531(10)RCL0001(21)S1");
    ASSERT_FALSE(id);
    EXPECT_NE(id.error().message.find("recall"), std::string::npos);
    EXPECT_NE(id.error().message.find("particles"), std::string::npos);
    EXPECT_TRUE(check("(01)03400930000014(17)270531(10)rcl0001(21)S1")) << "GS1 lots are case-sensitive";

    auto list = RecallList::parse("gtin,lot,reason,since,source\n03400930000038,*,all lots,2026-01-01,test\n");
    ASSERT_TRUE(list) << list.error().message;
    EXPECT_FALSE(checkVial(catalogue, *list, "(01)03400930000038(17)270531(10)ANY(21)S1", "bortezomib", kToday));
}

TEST_F(VialCheck, RefusesUnknownProductsIncompleteCodesAndEan13)
{
    EXPECT_NE(check("(01)03400930000052(17)270531(10)L(21)S").error().message.find("not in the product catalogue"),
              std::string::npos);
    EXPECT_NE(check("(01)03400930000014(17)270531(10)L").error().message.find("serial"), std::string::npos);
    EXPECT_NE(check("(01)03400930000014(10)L(21)S").error().message.find("expiry"), std::string::npos);
    EXPECT_NE(check("3400930000014").error().message.find("EAN-13"), std::string::npos);
    EXPECT_EQ(check("(01)03400930000015(17)270531").error().kind, Error::Kind::Invalid) << "bad check digit";
    EXPECT_FALSE(check(""));
}

TEST_F(VialCheck, KeyboardScannerWithoutSeparatorsIsResolvedOnlyWhenCertain)
{
    auto id = check("0103400930000014172705311012345621SERIALX\r\n");
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_TRUE(id->separatorsReconstructed);
    EXPECT_EQ(id->lot, "123456");
    EXPECT_EQ(id->serial, "SERIALX");
    EXPECT_FALSE(id->warnings.empty());
    auto ambiguous = check("01034009300000141727053110AB21CD21EF");
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().kind, Error::Kind::Refused);
}

TEST_F(VialCheck, SerialSeenInAnotherPreparationIsFlagged)
{
    std::string askedGtin, askedSerial;
    auto seen = [&](std::string_view gtin, std::string_view serial) {
        askedGtin = gtin;
        askedSerial = serial;
        return serial == "USED";
    };
    auto id = check("(01)03400930000014(17)270531(10)L(21)USED", "azacitidine", seen);
    ASSERT_TRUE(id);
    EXPECT_TRUE(id->serialSeenElsewhere);
    EXPECT_EQ(askedGtin, "03400930000014");
    EXPECT_EQ(askedSerial, "USED");
    EXPECT_FALSE(check("(01)03400930000014(17)270531(10)L(21)FRESH", "azacitidine", seen)->serialSeenElsewhere);
}

TEST(ProductCatalogueData, BadFilesAreRefusedNamingTheLine)
{
    const std::string header =
        "gtin,drug,product_id,name,strength,form,presentation,mg_per_vial,default,fictitious,source\n";
    auto badGtin = ProductCatalogue::parse(header + "03400930000015,aza,p,N,1,f,v,100,yes,yes,s\n");
    ASSERT_FALSE(badGtin);
    EXPECT_NE(badGtin.error().message.find("line 2"), std::string::npos);
    EXPECT_FALSE(ProductCatalogue::parse(header + "03400930000014,aza,p,N,1,f,v,-1,yes,yes,s\n"));
    EXPECT_FALSE(ProductCatalogue::parse(header + "03400930000014,aza,p,N,1,f,v,100,maybe,yes,s\n"));
    EXPECT_FALSE(ProductCatalogue::parse("gtin,drug\n03400930000014,aza\n"));
    EXPECT_FALSE(ProductCatalogue::parse(header + "03400930000014,aza,p,\"N,1,f,v,100,yes,yes,s\n"));
}
