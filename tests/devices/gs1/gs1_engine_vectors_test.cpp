// SPDX-License-Identifier: GPL-3.0-or-later
// Our GS1 parser against GS1's Barcode Syntax Engine on the engine's own test vectors: every linter vector, and
// every element-string vector of its AI parser, validator and scan-data reader, must get the engine's verdict
// (and for linters the same error at the same place).
#include "devices/gs1/gs1_dictionary.h"
#include "tests/devices/gs1/gs1_engine_vectors.h"

#include <gtest/gtest.h>

#include <map>

using namespace prep::test;

TEST(Gs1EngineVectors, FullAgreementWithGs1SyntaxEngine)
{
    const auto vectors = loadEngineVectors(GS1_ENGINE_VECTORS);
    ASSERT_GT(vectors.size(), 5000u) << GS1_ENGINE_VECTORS;
    size_t compared = 0, agreed = 0, notApplicable = 0;
    std::map<std::string, std::pair<size_t, size_t>> byCheck; // family: agreed, compared
    for (const auto& v : vectors) {
        if (v.verdict == "n/a") {
            ++notApplicable;
            EXPECT_FALSE(v.note.empty()) << v.source << ": a vector set aside must say why";
            continue;
        }
        const std::string family = v.check.rfind("lint:", 0) == 0 ? "lint" : v.check;
        ++compared;
        ++byCheck[family].second;
        const std::string got = disagreement(v);
        if (got.empty()) {
            ++agreed;
            ++byCheck[family].first;
        } else {
            ADD_FAILURE() << v.source << " " << v.check << " '" << v.input << "': engine " << v.verdict
                          << (v.error == "-" ? "" : " " + v.error) << ", ours " << got;
        }
    }
    std::string summary;
    for (const auto& [family, counts] : byCheck)
        summary += " " + family + " " + std::to_string(counts.first) + "/" + std::to_string(counts.second);
    std::printf("GS1 Syntax Engine vectors: agreement %zu/%zu (%zu not applicable);%s\n", agreed, compared,
                notApplicable, summary.c_str());
    EXPECT_EQ(agreed, compared);
}

// Every linter the embedded dictionary names exists (the loader would refuse the file otherwise), and each one
// named is exercised by the engine's vectors.
TEST(Gs1EngineVectors, EveryDictionaryLinterIsImplementedAndCovered)
{
    const auto vectors = loadEngineVectors(GS1_ENGINE_VECTORS);
    std::map<std::string, int> covered;
    for (const auto& v : vectors)
        if (v.check.rfind("lint:", 0) == 0 && v.verdict != "n/a")
            ++covered[v.check.substr(5)];
    const auto& dict = prep::devices::Gs1Dictionary::embedded();
    ASSERT_GT(dict.size(), 500u);
    for (const char* ai : {"00", "01", "7040", "8007", "8110", "7258", "4330", "423"}) {
        const auto* rule = dict.find(ai);
        ASSERT_NE(rule, nullptr) << ai;
        for (const auto& c : rule->components)
            for (size_t i = 0; i < c.linters.size(); ++i) {
                EXPECT_NE(c.linterChecks[i], nullptr) << c.linters[i];
                EXPECT_GT(covered[c.linters[i]], 0) << c.linters[i] << " has no engine vector";
            }
    }
}
