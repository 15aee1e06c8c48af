// SPDX-License-Identifier: GPL-3.0-or-later
// The clinical data files a station reports as loaded: declared version, SHA-256 of the bytes parsed, embedded or
// the site's copy (PREP_DATA_DIR), the sources cited, and a site copy edited after the station opened flagged.
#include "prep-station/data_files.h"
#include "prep-station/workflow/loaded_data_files.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace prep::station {
namespace {

const LoadedDataFile* find(const std::vector<LoadedDataFile>& files, const std::string& name)
{
    for (const auto& f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

class LoadedDataFiles : public ::testing::Test
{
protected:
    void TearDown() override { unsetenv("PREP_DATA_DIR"); }

    std::unique_ptr<StationContext> open()
    {
        store = std::make_unique<test::TestDatabase>(dir, "data");
        auto ctx = StationContext::open(store->location(), clock);
        EXPECT_TRUE(ctx) << ctx.error().message;
        return ctx ? std::move(*ctx) : nullptr;
    }

    test::TempDir dir;
    SystemClock clock;
    std::unique_ptr<test::TestDatabase> store;
};

TEST_F(LoadedDataFiles, EmbeddedFilesWithTheirVersionsAndSources)
{
    auto ctx = open();
    ASSERT_TRUE(ctx);
    auto files = loadedDataFiles(*ctx);
    ASSERT_TRUE(files) << files.error().message;
    EXPECT_EQ(files->size(), ctx->data().versions.size());
    const auto* stability = find(*files, "stability.csv");
    ASSERT_NE(stability, nullptr);
    EXPECT_EQ(stability->origin, LoadedDataFile::Origin::Embedded);
    EXPECT_EQ(stability->version, "2026-11-22.1");
    EXPECT_EQ(stability->sha256.size(), 64u);
    // The full citations of its "# source Sx:" lines, not the bare ids of its rows.
    bool cited = false;
    for (const auto& source : stability->sources)
        cited = cited || source.rfind("S1: Vidaza EU SmPC", 0) == 0;
    EXPECT_TRUE(cited);
    const auto* protocols = find(*files, "protocols.json");
    ASSERT_NE(protocols, nullptr);
    EXPECT_FALSE(protocols->version.empty());
    EXPECT_FALSE(protocols->sources.empty());
}

TEST_F(LoadedDataFiles, ASiteCopyIsNamedAndAnEditAfterOpeningIsFlagged)
{
    const auto site = dir.path() / "site-data";
    std::filesystem::create_directories(site);
    const std::string recalls =
        "gtin,lot,reason,since,source\n"
        "03400930000014,RCL0001,FICTITIOUS test recall,2026-01-15,FICTITIOUS site notice 2026-01\n";
    std::ofstream(site / "recalls.csv") << recalls;
    setenv("PREP_DATA_DIR", site.c_str(), 1);
    auto ctx = open();
    ASSERT_TRUE(ctx);
    auto files = loadedDataFiles(*ctx);
    ASSERT_TRUE(files);
    const auto* copy = find(*files, "recalls.csv");
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->origin, LoadedDataFile::Origin::SiteCopy);
    EXPECT_EQ(copy->originPath, (site / "recalls.csv").string());
    ASSERT_EQ(copy->sources.size(), 1u);
    EXPECT_EQ(copy->sources.front(), "FICTITIOUS site notice 2026-01");
    EXPECT_FALSE(copy->changedSinceLoaded);
    EXPECT_EQ(find(*files, "stability.csv")->origin, LoadedDataFile::Origin::Embedded);

    std::ofstream(site / "recalls.csv", std::ios::app) << "03400930000014,RCL0002,edited,2026-02-01,later notice\n";
    files = loadedDataFiles(*ctx);
    ASSERT_TRUE(files);
    EXPECT_TRUE(find(*files, "recalls.csv")->changedSinceLoaded);
}

} // namespace
} // namespace prep::station
