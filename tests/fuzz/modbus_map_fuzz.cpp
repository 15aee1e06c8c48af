// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Modbus register-map reader and the register decoder. Input: the first 64 bytes are register words
// (32 x uint16, big-endian) for holding and input registers 0-31; the rest is a JSON map (when it is empty, the
// default map decodes the words). Invariants: no crash, and a decoded weight is finite with a positive readability.
#include "devices/scale/modbus_map.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace prep::devices;
    uint16_t words[32] = {};
    const size_t wordBytes = size < 64 ? size : 64;
    for (size_t i = 0; i + 1 < wordBytes; i += 2)
        words[i / 2] = static_cast<uint16_t>((data[i] << 8) | data[i + 1]);
    const std::string_view json(reinterpret_cast<const char*>(data) + wordBytes, size - wordBytes);

    auto map = json.empty() ? Result<ModbusMap>(defaultModbusMap()) : parseModbusMap(json);
    if (!map)
        return 0;
    RegisterBlock block;
    block.put(RegisterType::Holding, 0, words, 32);
    block.put(RegisterType::Input, 0, words, 32);
    (void)weighingRanges(*map);
    (void)block.hex();
    auto w = decodeWeight(*map, block);
    if (w && (!std::isfinite(w->grams) || !(w->readabilityG > 0)))
        std::abort();
    if (map->serialRegisters)
        (void)decodeSerial(words, map->serialRegisters->second > 32 ? 32 : map->serialRegisters->second);
    return 0;
}
