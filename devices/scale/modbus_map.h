// SPDX-License-Identifier: GPL-3.0-or-later
// Modbus register maps of weighing indicators. There is no common standard (reference.md 3.6), so the map is
// configuration: PrepStation's generic weighing-indicator map (scales.md §1) is built in, and other indicators are
// described by a JSON file. Decoding a block of registers is a pure function, tested on recorded frames and fuzzed.
#pragma once

#include "devices/error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prep::devices {

enum class RegisterType { Holding, Input };
enum class RegisterDataType { Int16, UInt16, Int32, UInt32, Float32 };
enum class WordOrder { HighFirst, LowFirst };

struct RegisterField
{
    RegisterType type = RegisterType::Holding;
    int address = 0; // zero-based ("40001" is address 0)
    RegisterDataType dataType = RegisterDataType::UInt16;
    WordOrder wordOrder = WordOrder::HighFirst;
    int wordCount() const;
};

// One status bit and what a set bit means: activeHigh=false for e.g. a "motion" bit used as "stable".
struct StatusBit
{
    int bit = 0;
    bool activeHigh = true;
};

struct ModbusMap
{
    std::string name;
    RegisterField weight{RegisterType::Holding, 0, RegisterDataType::Int32, WordOrder::HighFirst};
    // Scaling: the weight register counts units of 10^-d × unitGrams; d is fixed or read from a register (0–4).
    std::optional<int> fixedDecimals;
    std::optional<RegisterField> decimalsRegister;
    double unitGrams = 1.0;             // 1000 for an indicator that reports kg
    std::optional<double> readabilityG; // required for float32 weights (their readability is not implied)
    std::optional<RegisterField> statusRegister;
    std::optional<StatusBit> stableBit; // absent: the indicator has no stability flag (never accepted)
    std::optional<StatusBit> overloadBit;
    std::optional<StatusBit> underloadBit;
    std::optional<StatusBit> errorBit;
    // Command register (write single register) and its codes.
    std::optional<int> commandAddress;
    std::optional<uint16_t> tareCode, zeroCode, clearTareCode;
    // Optional serial number as ASCII, two characters per register, high byte first.
    std::optional<std::pair<int, int>> serialRegisters; // address, count
};

// The generic weighing-indicator map of scales.md §1 (registers 0–1 weight, 2 decimals, 3 status, 10 command),
// with the serial number in registers 20–27 as the PrepStation simulator exposes it.
ModbusMap defaultModbusMap();

// Parses a JSON register map (see prep-station/data/scale-map-*.json for examples); errors name the field.
Result<ModbusMap> parseModbusMap(std::string_view json);

// Register values read from the device, keyed by (type, address).
struct RegisterBlock
{
    std::map<std::pair<RegisterType, int>, uint16_t> words;
    void put(RegisterType type, int firstAddress, const uint16_t* values, int count);
    std::optional<uint16_t> at(RegisterType type, int address) const;
    // "holding[0..3]=0000 3039 0003 0001" — the raw frame kept with each reading.
    std::string hex() const;
};

// The contiguous ranges to read for one weighing (per register type), each at most 125 registers.
struct RegisterRange
{
    RegisterType type;
    int address;
    int count;
};
std::vector<RegisterRange> weighingRanges(const ModbusMap& map);

struct DecodedWeight
{
    double grams = 0.0;
    bool stable = false;
    double readabilityG = 0.0;
};

// Decodes a weighing from the registers. Overload/underload/error bits, an out-of-range decimals register, a
// non-finite float or a missing register are errors: a weight is never guessed from a doubtful frame.
Result<DecodedWeight> decodeWeight(const ModbusMap& map, const RegisterBlock& block);

// The serial number from its registers (trailing NULs and spaces removed); empty when not printable ASCII.
std::string decodeSerial(const uint16_t* words, int count);

const char* registerTypeName(RegisterType type);

} // namespace prep::devices
