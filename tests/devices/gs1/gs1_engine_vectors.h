// SPDX-License-Identifier: GPL-3.0-or-later
// The test vectors of GS1's Barcode Syntax Engine (tests/data/gs1-syntax-engine/vectors.tsv) and how our parser
// answers each one, at the level the engine's own test checks it.
#pragma once

#include <string>
#include <vector>

namespace prep::test {

struct EngineVector
{
    std::string source;    // "lint_csum.c:123", "ai.c:1712"
    std::string check;     // "lint:csum", "raw-syntax", "hri-lint", "ex", "req", ...
    std::string verdict;   // "pass", "fail" or "n/a"
    std::string error;     // the engine's linter error name, or "-"
    std::string highlight; // for linter vectors: the data with the error marked "*...*", or "-"
    std::string input;
    std::string note;
};

std::vector<EngineVector> loadEngineVectors(const std::string& path);

// Our answer for one vector: empty when it agrees with the engine, else what we said.
std::string disagreement(const EngineVector& v);

// The vector as input to our parser or to prepctl: the engine writes FNC1 as '^' in raw strings, which is a GS1
// symbology identifier ("]d2") in first position and GS elsewhere; raw data without it is not GS1 data ("]d1").
std::string parserInput(const EngineVector& v);

} // namespace prep::test
