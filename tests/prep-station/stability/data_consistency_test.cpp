// SPDX-License-Identifier: GPL-3.0-or-later
// The three data files must agree with each other: the dose is prepared at the concentration whose stability
// is looked up, and the schedule respects the protocol's own spacing rule.
#include "prep-station/dosing/protocol.h"
#include "prep-station/stability/site_policy.h"
#include "prep-station/stability/stability_table.h"

#include <gtest/gtest.h>

using namespace prep::station;

TEST(DataConsistency, DefaultProtocolAndDefaultProductShareConcentrationAndDiluent)
{
    auto protocols = loadProtocols();
    auto table = loadStabilityTable();
    ASSERT_TRUE(protocols.ok() && table.ok());
    auto policy = loadSitePolicy(*table);
    ASSERT_TRUE(policy.ok()) << policy.error().message;
    const std::map<std::string, std::string> diluentIds = {
        {"WFI", "water"}, {"NaCl 0.9%", "nacl-0.9"}, {"none (ready to use)", "none"}};
    for (const auto& [drug, protocolId] : protocols->defaultProtocolByDrug) {
        const DoseProtocol* protocol = protocols->find(protocolId);
        ASSERT_NE(protocol, nullptr);
        ASSERT_TRUE(policy->defaultProductByDrug.count(drug)) << drug << " has a protocol but no default product";
        const SiteProduct& product = policy->products.at(policy->defaultProductByDrug.at(drug));
        EXPECT_DOUBLE_EQ(product.concentrationMgPerMl, protocol->concentrationMgPerMl) << drug;
        ASSERT_TRUE(diluentIds.count(protocol->diluent)) << protocol->diluent;
        EXPECT_EQ(product.diluentId, diluentIds.at(protocol->diluent)) << drug;
    }
}

TEST(DataConsistency, ScheduleDaysRespectTheMinimumInterval)
{
    auto protocols = loadProtocols();
    ASSERT_TRUE(protocols.ok());
    for (const auto& p : protocols->protocols) {
        ASSERT_FALSE(p.scheduleDays.empty()) << p.id;
        EXPECT_GT(p.cycleDays, p.scheduleDays.back()) << p.id;
        if (!p.minIntervalHours)
            continue;
        for (size_t i = 1; i < p.scheduleDays.size(); ++i)
            EXPECT_GE((p.scheduleDays[i] - p.scheduleDays[i - 1]) * 24.0, *p.minIntervalHours) << p.id;
        // Across the cycle boundary too: last day of one cycle to day 1 of the next.
        EXPECT_GE((p.cycleDays - p.scheduleDays.back() + p.scheduleDays.front()) * 24.0, *p.minIntervalHours);
    }
}

TEST(DataConsistency, EverySiteProductAndBandIsUsable)
{
    auto table = loadStabilityTable();
    ASSERT_TRUE(table.ok());
    auto policy = loadSitePolicy(*table);
    ASSERT_TRUE(policy.ok());
    for (const auto& [id, product] : policy->products) {
        EXPECT_FALSE(product.rules.empty()) << id;
        for (const auto& rule : product.rules)
            EXPECT_EQ(table->find(rule)->concentrationMgPerMl, product.concentrationMgPerMl) << id << " " << rule;
    }
    for (const auto& [name, band] : policy->bands) {
        EXPECT_FALSE(band.label.empty()) << name;
        EXPECT_LE(band.acceptMinC, band.acceptMaxC) << name;
        EXPECT_LE(band.coverMinC, band.coverMaxC) << name;
    }
}
