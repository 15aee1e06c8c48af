// SPDX-License-Identifier: GPL-3.0-or-later
// Register maps and the pure decoding of recorded register frames.
#include "devices/scale/modbus_map.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace prep::devices;

namespace {

RegisterBlock holding(std::initializer_list<uint16_t> words, int first = 0)
{
    RegisterBlock b;
    std::vector<uint16_t> v(words);
    b.put(RegisterType::Holding, first, v.data(), static_cast<int>(v.size()));
    return b;
}

} // namespace

TEST(ModbusMap, DefaultMapDecodesTheScalesMdExample)
{
    // scales.md: registers 0..3 = 0, 12345, 3, 1 -> 12.345 g, stable.
    auto w = decodeWeight(defaultModbusMap(), holding({0, 12345, 3, 1}));
    ASSERT_TRUE(w) << w.error().message;
    EXPECT_DOUBLE_EQ(w->grams, 12.345);
    EXPECT_TRUE(w->stable);
    EXPECT_DOUBLE_EQ(w->readabilityG, 0.001);
}

TEST(ModbusMap, SignedHighWordFirstAndUnstable)
{
    // -1.5 g with 2 decimals: -150 = 0xFFFFFF6A.
    auto w = decodeWeight(defaultModbusMap(), holding({0xFFFF, 0xFF6A, 2, 0}));
    ASSERT_TRUE(w);
    EXPECT_DOUBLE_EQ(w->grams, -1.5);
    EXPECT_FALSE(w->stable);
    EXPECT_DOUBLE_EQ(w->readabilityG, 0.01);
    // A large weight needs the high word: 70000 mg with 3 decimals = 70.000 g.
    auto big = decodeWeight(defaultModbusMap(), holding({1, 4464, 3, 1}));
    ASSERT_TRUE(big);
    EXPECT_DOUBLE_EQ(big->grams, 70.0);
}

TEST(ModbusMap, StatusFaultsAreErrorsNotWeights)
{
    auto over = decodeWeight(defaultModbusMap(), holding({0, 100, 3, 0b11}));
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().kind, DeviceError::Kind::Overload);
    auto under = decodeWeight(defaultModbusMap(), holding({0, 100, 3, 0b101}));
    ASSERT_FALSE(under);
    EXPECT_EQ(under.error().kind, DeviceError::Kind::Underload);
    auto error = decodeWeight(defaultModbusMap(), holding({0, 100, 3, 0b100001}));
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().kind, DeviceError::Kind::Protocol);
}

TEST(ModbusMap, GarbageDecimalsAndMissingRegistersAreRejected)
{
    auto garbage = decodeWeight(defaultModbusMap(), holding({0xDEAD, 0xBEEF, 0xBAAD, 0xFFC0}));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().kind, DeviceError::Kind::Protocol);
    EXPECT_NE(garbage.error().message.find("decimals"), std::string::npos);
    auto missing = decodeWeight(defaultModbusMap(), holding({0, 12345}));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, DeviceError::Kind::Protocol);
}

TEST(ModbusMap, RawFrameIsHexOfEveryRegisterRead)
{
    EXPECT_EQ(holding({0, 12345, 3, 1}).hex(), "holding[0..3]=0000 3039 0003 0001");
    RegisterBlock two = holding({1}, 0);
    const uint16_t w = 7;
    two.put(RegisterType::Input, 5, &w, 1);
    EXPECT_EQ(two.hex(), "holding[0..0]=0001 input[5..5]=0007");
}

TEST(ModbusMap, DefaultMapReadsOneBlock)
{
    auto ranges = weighingRanges(defaultModbusMap());
    ASSERT_EQ(ranges.size(), 1u);
    EXPECT_EQ(ranges[0].address, 0);
    EXPECT_EQ(ranges[0].count, 4);
}

TEST(ModbusMap, JsonMapForAFloatIndicatorWithAMotionBit)
{
    // Shaped like a Tuna ID551PN (reference.md 3.6): float display weight in 40001/2, motion = bit 12 of 40005.
    auto map = parseModbusMap(R"({
        "name": "float indicator", "weight": {"register": "input", "address": 0, "type": "float32",
        "word_order": "low_first"}, "unit_grams": 1000, "readability_g": 0.1,
        "status": {"register": "input", "address": 4, "stable": {"bit": 12, "active": "low"},
                   "error": {"bit": 15, "active": "low"}},
        "command": {"address": 5, "tare": 4096, "zero": 2048}})");
    ASSERT_TRUE(map) << map.error().message;
    float kg = 0.0125f;
    uint32_t bits;
    std::memcpy(&bits, &kg, 4);
    RegisterBlock b;
    const uint16_t words[] = {static_cast<uint16_t>(bits & 0xffff), static_cast<uint16_t>(bits >> 16), 0, 0, 0x8000};
    b.put(RegisterType::Input, 0, words, 5);
    auto w = decodeWeight(*map, b);
    ASSERT_TRUE(w) << w.error().message;
    EXPECT_NEAR(w->grams, 12.5, 1e-4);
    EXPECT_TRUE(w->stable);
    EXPECT_DOUBLE_EQ(w->readabilityG, 0.1);
    const uint16_t moving[] = {words[0], words[1], 0, 0, 0x9000};
    b.put(RegisterType::Input, 0, moving, 5);
    EXPECT_FALSE(decodeWeight(*map, b)->stable);
    EXPECT_EQ(*map->tareCode, 4096);
}

TEST(ModbusMap, InvalidMapsNameTheirMistake)
{
    const std::pair<const char*, const char*> cases[] = {
        {"not json", "JSON"},
        {"[]", "object"},
        {R"({"weight": {"address": 0}, "decimals": 3, "status": {"address": 3}})", "stable"},
        {R"({"weight": {"address": 0, "type": "int64"}, "decimals": 3})", "weight.type"},
        {R"({"weight": {"address": 0}, "decimals": 9, "status": {"address": 3, "stable": {"bit": 0}}})", "decimals"},
        {R"({"weight": {"address": 0, "type": "float32"}, "status": {"address": 3, "stable": {"bit": 0}}})",
         "readability_g"},
        {R"({"weight": {"address": 0}, "decimals": 3, "status": {"address": 3, "stable": {"bit": 16}}})", "width"},
        {R"({"weight": {"address": 0}, "decimals": 3, "colour": 1})", "unknown field"},
        {R"({"weight": {"address": 65535, "type": "int32"}, "decimals": 3})", "65535"},
    };
    for (const auto& [json, expected] : cases) {
        auto map = parseModbusMap(json);
        ASSERT_FALSE(map) << json;
        EXPECT_NE(map.error().message.find(expected), std::string::npos) << json << " -> " << map.error().message;
    }
}

TEST(ModbusMap, SerialNumberFromRegisters)
{
    const uint16_t words[] = {0x5349, 0x4D2D, 0x3030, 0x3031, 0, 0, 0, 0};
    EXPECT_EQ(decodeSerial(words, 8), "SIM-0001");
    const uint16_t binary[] = {0x0102};
    EXPECT_EQ(decodeSerial(binary, 1), "");
}

#include "tests/support/temp_dir.h"

#include <fstream>
#include <sstream>

namespace {

std::string readSource(const std::string& relative)
{
    std::ifstream in(prep::test::sourcePath(relative));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(ModbusMap, ShippedMapFilesParseAndTheGenericOneMatchesTheBuiltInMap)
{
    auto generic = parseModbusMap(readSource("prep-station/data/scale-map-generic.json"));
    ASSERT_TRUE(generic) << generic.error().message;
    for (auto words : {std::vector<uint16_t>{0, 12345, 3, 1}, std::vector<uint16_t>{0xFFFF, 0xFF6A, 2, 0},
                       std::vector<uint16_t>{0, 1, 3, 2}, std::vector<uint16_t>{1, 2, 9, 1}}) {
        RegisterBlock b;
        b.put(RegisterType::Holding, 0, words.data(), 4);
        auto fromFile = decodeWeight(*generic, b);
        auto builtIn = decodeWeight(defaultModbusMap(), b);
        ASSERT_EQ(fromFile.ok(), builtIn.ok());
        if (builtIn) {
            EXPECT_EQ(fromFile->grams, builtIn->grams);
            EXPECT_EQ(fromFile->stable, builtIn->stable);
        } else {
            EXPECT_EQ(fromFile.error().kind, builtIn.error().kind);
        }
    }
    EXPECT_EQ(generic->serialRegisters, defaultModbusMap().serialRegisters);
    auto floating = parseModbusMap(readSource("prep-station/data/scale-map-float-indicator.json"));
    ASSERT_TRUE(floating) << floating.error().message;
    EXPECT_EQ(floating->weight.dataType, RegisterDataType::Float32);
}
