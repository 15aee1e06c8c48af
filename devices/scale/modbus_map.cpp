// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/modbus_map.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>

namespace prep::devices {

namespace {

using Json = nlohmann::json;

Result<RegisterType> parseRegisterType(const Json& j, const std::string& where)
{
    if (!j.contains("register"))
        return RegisterType::Holding;
    if (!j["register"].is_string())
        return makeDeviceError(DeviceError::Kind::Config, where + ".register: expected \"holding\" or \"input\"");
    const auto s = j["register"].get<std::string>();
    if (s == "holding")
        return RegisterType::Holding;
    if (s == "input")
        return RegisterType::Input;
    return makeDeviceError(DeviceError::Kind::Config, where + ".register: \"" + s + "\" is not holding or input");
}

Result<int> parseInt(const Json& j, const std::string& key, const std::string& where, int lo, int hi)
{
    if (!j.contains(key))
        return makeDeviceError(DeviceError::Kind::Config, where + "." + key + ": missing");
    if (!j[key].is_number_integer())
        return makeDeviceError(DeviceError::Kind::Config, where + "." + key + ": expected an integer");
    const auto v = j[key].get<long long>();
    if (v < lo || v > hi)
        return makeDeviceError(DeviceError::Kind::Config, where + "." + key + ": " + std::to_string(v) +
                                                              " is outside " + std::to_string(lo) + ".." +
                                                              std::to_string(hi));
    return static_cast<int>(v);
}

Result<RegisterField> parseField(const Json& j, const std::string& where, RegisterDataType defaultType)
{
    if (!j.is_object())
        return makeDeviceError(DeviceError::Kind::Config, where + ": expected an object");
    RegisterField f;
    auto type = parseRegisterType(j, where);
    if (!type)
        return type.error();
    f.type = *type;
    auto address = parseInt(j, "address", where, 0, 65535);
    if (!address)
        return address.error();
    f.address = *address;
    f.dataType = defaultType;
    if (j.contains("type")) {
        if (!j["type"].is_string())
            return makeDeviceError(DeviceError::Kind::Config, where + ".type: expected a string");
        static const std::map<std::string, RegisterDataType> kTypes = {{"int16", RegisterDataType::Int16},
                                                                       {"uint16", RegisterDataType::UInt16},
                                                                       {"int32", RegisterDataType::Int32},
                                                                       {"uint32", RegisterDataType::UInt32},
                                                                       {"float32", RegisterDataType::Float32}};
        const auto s = j["type"].get<std::string>();
        auto it = kTypes.find(s);
        if (it == kTypes.end())
            return makeDeviceError(DeviceError::Kind::Config,
                                   where + ".type: \"" + s + "\" is not int16, uint16, int32, uint32 or float32");
        f.dataType = it->second;
    }
    if (j.contains("word_order")) {
        const auto s = j["word_order"].is_string() ? j["word_order"].get<std::string>() : std::string();
        if (s == "high_first")
            f.wordOrder = WordOrder::HighFirst;
        else if (s == "low_first")
            f.wordOrder = WordOrder::LowFirst;
        else
            return makeDeviceError(DeviceError::Kind::Config, where + ".word_order: expected high_first or low_first");
    }
    if (f.address + f.wordCount() - 1 > 65535)
        return makeDeviceError(DeviceError::Kind::Config, where + ": register range passes 65535");
    return f;
}

Result<StatusBit> parseBit(const Json& j, const std::string& where)
{
    if (!j.is_object())
        return makeDeviceError(DeviceError::Kind::Config, where + ": expected an object {\"bit\": N}");
    StatusBit b;
    auto bit = parseInt(j, "bit", where, 0, 31);
    if (!bit)
        return bit.error();
    b.bit = *bit;
    if (j.contains("active")) {
        const auto s = j["active"].is_string() ? j["active"].get<std::string>() : std::string();
        if (s == "high")
            b.activeHigh = true;
        else if (s == "low")
            b.activeHigh = false;
        else
            return makeDeviceError(DeviceError::Kind::Config, where + ".active: expected high or low");
    }
    return b;
}

Result<uint16_t> parseCode(const Json& j, const std::string& key, const std::string& where)
{
    auto v = parseInt(j, key, where, 0, 65535);
    if (!v)
        return v.error();
    return static_cast<uint16_t>(*v);
}

Result<ModbusMap> parseMapObject(const Json& root)
{
    if (!root.is_object())
        return makeDeviceError(DeviceError::Kind::Config, "register map: expected a JSON object");
    static const std::set<std::string> kKnown = {"name",          "weight", "decimals", "unit_grams",
                                                 "readability_g", "status", "command",  "serial"};
    for (const auto& [key, value] : root.items())
        if (!kKnown.count(key))
            return makeDeviceError(DeviceError::Kind::Config, "register map: unknown field \"" + key + "\"");

    ModbusMap map;
    map.name = root.contains("name") && root["name"].is_string() ? root["name"].get<std::string>() : "custom map";
    if (!root.contains("weight"))
        return makeDeviceError(DeviceError::Kind::Config, "register map: weight: missing");
    auto weight = parseField(root["weight"], "weight", RegisterDataType::Int32);
    if (!weight)
        return weight.error();
    map.weight = *weight;

    if (root.contains("decimals")) {
        const Json& d = root["decimals"];
        if (d.is_number_integer()) {
            auto fixed = parseInt(root, "decimals", "register map", 0, 4);
            if (!fixed)
                return fixed.error();
            map.fixedDecimals = *fixed;
        } else {
            auto reg = parseField(d, "decimals", RegisterDataType::UInt16);
            if (!reg)
                return reg.error();
            map.decimalsRegister = *reg;
        }
    } else if (map.weight.dataType != RegisterDataType::Float32) {
        return makeDeviceError(DeviceError::Kind::Config,
                               "register map: decimals: missing (a number 0-4 or a register) for an integer weight");
    }
    if (root.contains("unit_grams")) {
        if (!root["unit_grams"].is_number() || !(root["unit_grams"].get<double>() > 0.0))
            return makeDeviceError(DeviceError::Kind::Config, "register map: unit_grams: expected a positive number");
        map.unitGrams = root["unit_grams"].get<double>();
    }
    if (root.contains("readability_g")) {
        if (!root["readability_g"].is_number() || !(root["readability_g"].get<double>() > 0.0))
            return makeDeviceError(DeviceError::Kind::Config,
                                   "register map: readability_g: expected a positive number");
        map.readabilityG = root["readability_g"].get<double>();
    }
    if (map.weight.dataType == RegisterDataType::Float32 && !map.readabilityG)
        return makeDeviceError(DeviceError::Kind::Config,
                               "register map: readability_g: required when the weight is a float32");

    if (root.contains("status")) {
        const Json& s = root["status"];
        auto reg = parseField(s, "status", RegisterDataType::UInt16);
        if (!reg)
            return reg.error();
        if (reg->dataType == RegisterDataType::Float32)
            return makeDeviceError(DeviceError::Kind::Config, "status.type: a status word cannot be float32");
        map.statusRegister = *reg;
        const std::pair<const char*, std::optional<StatusBit>*> bits[] = {{"stable", &map.stableBit},
                                                                          {"overload", &map.overloadBit},
                                                                          {"underload", &map.underloadBit},
                                                                          {"error", &map.errorBit}};
        for (const auto& [key, target] : bits) {
            if (!s.contains(key))
                continue;
            auto bit = parseBit(s[key], std::string("status.") + key);
            if (!bit)
                return bit.error();
            if (bit->bit >= 16 * reg->wordCount())
                return makeDeviceError(DeviceError::Kind::Config,
                                       std::string("status.") + key + ".bit: beyond the status register's width");
            *target = *bit;
        }
    }
    if (!map.stableBit)
        return makeDeviceError(DeviceError::Kind::Config,
                               "register map: status.stable: missing (a weight without a stability flag is never "
                               "accepted)");

    if (root.contains("command")) {
        const Json& c = root["command"];
        auto address = parseInt(c, "address", "command", 0, 65535);
        if (!address)
            return address.error();
        map.commandAddress = *address;
        const std::pair<const char*, std::optional<uint16_t>*> codes[] = {
            {"tare", &map.tareCode}, {"zero", &map.zeroCode}, {"clear_tare", &map.clearTareCode}};
        for (const auto& [key, target] : codes) {
            if (!c.contains(key))
                continue;
            auto code = parseCode(c, key, "command");
            if (!code)
                return code.error();
            *target = *code;
        }
    }
    if (root.contains("serial")) {
        const Json& s = root["serial"];
        auto address = parseInt(s, "address", "serial", 0, 65535);
        if (!address)
            return address.error();
        auto count = parseInt(s, "count", "serial", 1, 32);
        if (!count)
            return count.error();
        if (*address + *count - 1 > 65535)
            return makeDeviceError(DeviceError::Kind::Config, "serial: register range passes 65535");
        map.serialRegisters = std::make_pair(*address, *count);
    }
    return map;
}

uint32_t combine(uint16_t first, uint16_t second, WordOrder order)
{
    return order == WordOrder::HighFirst ? (uint32_t(first) << 16) | second : (uint32_t(second) << 16) | first;
}

Result<uint32_t> rawField(const RegisterField& f, const RegisterBlock& block, const char* what)
{
    auto first = block.at(f.type, f.address);
    if (!first)
        return makeDeviceError(DeviceError::Kind::Protocol,
                               std::string(what) + ": register " + std::to_string(f.address) + " was not read");
    if (f.wordCount() == 1)
        return uint32_t(*first);
    auto second = block.at(f.type, f.address + 1);
    if (!second)
        return makeDeviceError(DeviceError::Kind::Protocol,
                               std::string(what) + ": register " + std::to_string(f.address + 1) + " was not read");
    return combine(*first, *second, f.wordOrder);
}

double asNumber(const RegisterField& f, uint32_t raw)
{
    switch (f.dataType) {
    case RegisterDataType::Int16:
        return static_cast<int16_t>(static_cast<uint16_t>(raw));
    case RegisterDataType::UInt16:
        return static_cast<uint16_t>(raw);
    case RegisterDataType::Int32:
        return static_cast<int32_t>(raw);
    case RegisterDataType::UInt32:
        return raw;
    case RegisterDataType::Float32: {
        float f32;
        static_assert(sizeof f32 == sizeof raw);
        std::memcpy(&f32, &raw, sizeof f32);
        return f32;
    }
    }
    return 0.0;
}

bool bitSet(uint32_t word, const StatusBit& b)
{
    const bool set = (word >> b.bit) & 1u;
    return b.activeHigh ? set : !set;
}

} // namespace

int RegisterField::wordCount() const
{
    return dataType == RegisterDataType::Int16 || dataType == RegisterDataType::UInt16 ? 1 : 2;
}

const char* registerTypeName(RegisterType type)
{
    return type == RegisterType::Holding ? "holding" : "input";
}

ModbusMap defaultModbusMap()
{
    ModbusMap map;
    map.name = "generic weighing indicator (scales.md)";
    map.weight = {RegisterType::Holding, 0, RegisterDataType::Int32, WordOrder::HighFirst};
    map.decimalsRegister = RegisterField{RegisterType::Holding, 2, RegisterDataType::UInt16, WordOrder::HighFirst};
    map.statusRegister = RegisterField{RegisterType::Holding, 3, RegisterDataType::UInt16, WordOrder::HighFirst};
    map.stableBit = StatusBit{0, true};
    map.overloadBit = StatusBit{1, true};
    map.underloadBit = StatusBit{2, true};
    map.errorBit = StatusBit{5, true};
    map.commandAddress = 10;
    map.tareCode = 1;
    map.zeroCode = 2;
    map.clearTareCode = 3;
    map.serialRegisters = std::make_pair(20, 8);
    return map;
}

Result<ModbusMap> parseModbusMap(std::string_view json)
{
    // nlohmann reports malformed JSON by exception; it stops here so none crosses the layer's API.
    Json root = Json::parse(json.begin(), json.end(), nullptr, false);
    if (root.is_discarded())
        return makeDeviceError(DeviceError::Kind::Config, "register map: not valid JSON");
    try {
        return parseMapObject(root);
    } catch (const Json::exception& e) {
        return makeDeviceError(DeviceError::Kind::Config, std::string("register map: ") + e.what());
    }
}

void RegisterBlock::put(RegisterType type, int firstAddress, const uint16_t* values, int count)
{
    for (int i = 0; i < count; ++i)
        words[{type, firstAddress + i}] = values[i];
}

std::optional<uint16_t> RegisterBlock::at(RegisterType type, int address) const
{
    auto it = words.find({type, address});
    if (it == words.end())
        return std::nullopt;
    return it->second;
}

std::string RegisterBlock::hex() const
{
    std::string out;
    std::optional<std::pair<RegisterType, int>> previous;
    std::string run;
    int runStart = 0;
    auto flush = [&]() {
        if (!previous)
            return;
        if (!out.empty())
            out += ' ';
        out += std::string(registerTypeName(previous->first)) + "[" + std::to_string(runStart) + ".." +
               std::to_string(previous->second) + "]=" + run;
    };
    for (const auto& [key, value] : words) {
        const bool continues = previous && previous->first == key.first && previous->second + 1 == key.second;
        if (!continues) {
            flush();
            run.clear();
            runStart = key.second;
        }
        char buf[6];
        std::snprintf(buf, sizeof buf, "%04x", value);
        if (!run.empty())
            run += ' ';
        run += buf;
        previous = key;
    }
    flush();
    return out;
}

std::vector<RegisterRange> weighingRanges(const ModbusMap& map)
{
    // Group the registers of one weighing per type and read each group in as few requests as possible.
    std::map<RegisterType, std::set<int>> wanted;
    auto add = [&](const RegisterField& f) {
        for (int i = 0; i < f.wordCount(); ++i)
            wanted[f.type].insert(f.address + i);
    };
    add(map.weight);
    if (map.decimalsRegister)
        add(*map.decimalsRegister);
    if (map.statusRegister)
        add(*map.statusRegister);
    std::vector<RegisterRange> ranges;
    constexpr int kMaxPerRequest = 125; // Modbus limit for function 3/4
    constexpr int kMaxGap = 16;         // read across small gaps rather than make another round trip
    for (const auto& [type, addresses] : wanted) {
        std::optional<RegisterRange> current;
        for (int a : addresses) {
            if (current && a - (current->address + current->count) <= kMaxGap &&
                a - current->address + 1 <= kMaxPerRequest) {
                current->count = a - current->address + 1;
            } else {
                if (current)
                    ranges.push_back(*current);
                current = RegisterRange{type, a, 1};
            }
        }
        if (current)
            ranges.push_back(*current);
    }
    return ranges;
}

Result<DecodedWeight> decodeWeight(const ModbusMap& map, const RegisterBlock& block)
{
    DecodedWeight out;
    if (map.statusRegister) {
        auto status = rawField(*map.statusRegister, block, "status");
        if (!status)
            return status.error();
        if (map.errorBit && bitSet(*status, *map.errorBit))
            return makeDeviceError(DeviceError::Kind::Protocol,
                                   "status register " + std::to_string(map.statusRegister->address) + ": error bit " +
                                       std::to_string(map.errorBit->bit) + " set");
        if (map.overloadBit && bitSet(*status, *map.overloadBit))
            return makeDeviceError(DeviceError::Kind::Overload,
                                   "scale overloaded (status bit " + std::to_string(map.overloadBit->bit) + ")");
        if (map.underloadBit && bitSet(*status, *map.underloadBit))
            return makeDeviceError(DeviceError::Kind::Underload, "scale underloaded, pan missing? (status bit " +
                                                                     std::to_string(map.underloadBit->bit) + ")");
        out.stable = map.stableBit && bitSet(*status, *map.stableBit);
    }

    int decimals = map.fixedDecimals.value_or(0);
    if (map.decimalsRegister) {
        auto d = rawField(*map.decimalsRegister, block, "decimals");
        if (!d)
            return d.error();
        const double dv = asNumber(*map.decimalsRegister, *d);
        if (!(dv >= 0 && dv <= 4) || dv != std::floor(dv))
            return makeDeviceError(DeviceError::Kind::Protocol, "decimals register " +
                                                                    std::to_string(map.decimalsRegister->address) +
                                                                    ": " + std::to_string(*d) + " is not 0-4");
        decimals = static_cast<int>(dv);
    }

    auto w = rawField(map.weight, block, "weight");
    if (!w)
        return w.error();
    const double value = asNumber(map.weight, *w);
    if (!std::isfinite(value))
        return makeDeviceError(DeviceError::Kind::Protocol, "weight register: not a finite number");
    static constexpr double kPow10[] = {1.0, 10.0, 100.0, 1000.0, 10000.0};
    if (map.weight.dataType == RegisterDataType::Float32) {
        out.grams = value * map.unitGrams;
        out.readabilityG = *map.readabilityG;
    } else {
        // Divide by an exact power of ten so 12345 with d=3 gives the double nearest 12.345, not 12.345000000001.
        out.grams = value / kPow10[decimals] * map.unitGrams;
        out.readabilityG = map.readabilityG.value_or(map.unitGrams / kPow10[decimals]);
    }
    return out;
}

std::string decodeSerial(const uint16_t* words, int count)
{
    std::string s;
    for (int i = 0; i < count; ++i) {
        for (char c : {static_cast<char>(words[i] >> 8), static_cast<char>(words[i] & 0xff)}) {
            if (c == '\0')
                continue;
            if (c < 0x20 || c > 0x7e)
                return {};
            s += c;
        }
    }
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

} // namespace prep::devices
