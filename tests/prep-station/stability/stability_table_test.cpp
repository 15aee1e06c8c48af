// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped stability table against the reference it was taken from, and the parsers' errors.
#include "prep-station/data_files.h"
#include "prep-station/stability/site_policy.h"
#include "prep-station/stability/stability_table.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace prep::station;

namespace {

std::vector<std::string> split(const std::string& line, char sep)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, sep))
        out.push_back(field);
    return out;
}

} // namespace

TEST(StabilityTable, ShippedTableLoadsWithVersionAndSources)
{
    auto table = loadStabilityTable();
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->version, "2026-11-22.1");
    EXPECT_EQ(table->rows.size(), 31u);
    for (const auto& row : table->rows)
        for (const auto& code : split(row.source, ';'))
            EXPECT_TRUE(table->sources.count(code)) << row.id << " cites " << code << " without a source line";
    EXPECT_NE(table->citation("S2;S4").find("compendium.ch"), std::string::npos);
}

TEST(StabilityTable, EveryRowMatchesReferenceSection17)
{
    // The machine-usable table of reference.md 1.7 (docs/reference/) is the origin: same ids, figures, ranges
    // and light.
    std::ifstream in(prep::test::sourcePath("docs/reference/reference.md"));
    ASSERT_TRUE(in.good());
    std::string line;
    bool inBlock = false;
    int compared = 0;
    auto table = loadStabilityTable();
    ASSERT_TRUE(table.ok());
    while (std::getline(in, line)) {
        if (line.rfind("id,drug,product,conc_mg_mL", 0) == 0) {
            inBlock = true;
            continue;
        }
        if (!inBlock)
            continue;
        if (line.rfind("```", 0) == 0)
            break;
        const auto f = split(line, ',');
        ASSERT_EQ(f.size(), 14u) << line;
        const StabilityRow* row = table->find(f[0]);
        ASSERT_NE(row, nullptr) << f[0] << " missing from stability.csv";
        EXPECT_EQ(row->drug, f[1]);
        EXPECT_EQ(row->product, f[2]);
        EXPECT_DOUBLE_EQ(row->concentrationMgPerMl, std::stod(f[3])) << f[0];
        EXPECT_EQ(row->diluent, f[4]) << f[0];
        EXPECT_EQ(row->diluentTemp, f[5]) << f[0];
        EXPECT_EQ(row->container, f[6]) << f[0];
        EXPECT_DOUBLE_EQ(row->minC, std::stod(f[7])) << f[0];
        EXPECT_DOUBLE_EQ(row->maxC, std::stod(f[8])) << f[0];
        EXPECT_EQ(row->light, f[9]) << f[0];
        EXPECT_DOUBLE_EQ(row->durationHours, std::stod(f[10])) << f[0];
        EXPECT_EQ(row->basis, f[11]) << f[0];
        EXPECT_EQ(row->verification, f[12]) << f[0];
        EXPECT_EQ(row->source, f[13]) << f[0];
        ++compared;
    }
    EXPECT_EQ(compared, 27);
}

TEST(StabilityTable, ParserErrorsNameLineAndColumn)
{
    const std::string header = "# version t\nid,drug,product,product_id,conc_mg_mL,diluent,diluent_id,diluent_temp,"
                               "diluent_temp_class,container,containers,t_min_C,t_max_C,light,dur_h,phase,basis,"
                               "verif,source\n";
    const std::string good = "X-1,d,P,p,25,WFI,water,2-8C,cold,c,syringe,2,8,ns,22,storage,b,V,S1\n";
    EXPECT_TRUE(parseStabilityTable(header + good).ok());
    struct Case
    {
        std::string row, expected;
    };
    for (const Case& c :
         {Case{"X-2,d,P,p,abc,WFI,water,2-8C,cold,c,syringe,2,8,ns,22,storage,b,V,S1", "conc_mg_mL"},
          Case{"X-2,d,P,p,25,WFI,water,2-8C,cold,c,syringe,8,2,ns,22,storage,b,V,S1", "t_min_C"},
          Case{"X-2,d,P,p,25,WFI,water,2-8C,cold,c,syringe,2,8,dark,22,storage,b,V,S1", "light"},
          Case{"X-2,d,P,p,25,WFI,water,2-8C,cold,c,syringe,2,8,ns,-1,storage,b,V,S1", "dur_h"},
          Case{"X-2,d,P,p,25,WFI,water,2-8C,tepid,c,syringe,2,8,ns,1,storage,b,V,S1", "diluent_temp_class"},
          Case{"X-2,d,P,p,25,WFI,water,2-8C,cold,c,syringe,2,8,ns,1,storage,b,V,", "source"},
          Case{"X-2,d,P,p,25", "fields"}}) {
        auto r = parseStabilityTable(header + good + c.row + "\n");
        ASSERT_FALSE(r.ok()) << c.row;
        EXPECT_NE(r.error().message.find("line 4"), std::string::npos) << r.error().message;
        EXPECT_NE(r.error().message.find(c.expected), std::string::npos) << r.error().message;
    }
    auto duplicate = parseStabilityTable(header + good + good);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_NE(duplicate.error().message.find("duplicate id X-1"), std::string::npos);
    EXPECT_FALSE(parseStabilityTable("id,drug\n").ok());
}

TEST(SitePolicy, ShippedPolicyLoadsAndRefusesAnotherProductsRows)
{
    auto table = loadStabilityTable();
    ASSERT_TRUE(table.ok());
    auto policy = loadSitePolicy(*table);
    ASSERT_TRUE(policy.ok()) << policy.error().message;
    EXPECT_FALSE(policy->asepticProcessValidated);
    EXPECT_EQ(policy->microbiologicalCap.hours, 24);
    EXPECT_EQ(policy->defaultProductByDrug.at("azacitidine"), "vidaza");

    // Accepting the generic's study for the originator is exactly what must never happen silently.
    auto file = loadDataFile("site-policy.json");
    ASSERT_TRUE(file.ok());
    std::string text = file->content;
    const std::string from = R"("rules": ["AZA-SPC-1",)";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), R"("rules": ["AZA-VIE-1", "AZA-SPC-1",)");
    auto mixed = parseSitePolicy(text, *table);
    ASSERT_FALSE(mixed.ok());
    EXPECT_NE(mixed.error().message.find("AZA-VIE-1 is data for product azacitidine-zentiva"), std::string::npos)
        << mixed.error().message;
}
