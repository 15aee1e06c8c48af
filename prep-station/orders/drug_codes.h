// SPDX-License-Identifier: GPL-3.0-or-later
// Which drug a sender means (prep-station/data/order-codes.csv): by a code in a coding system, or by the first
// word of its text. The intake then checks that the site prepares it (catalogue, protocols).
#pragma once

#include "prep-station/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

class DrugCodeTable
{
public:
    struct Entry
    {
        std::string system; // "ATC", "NAME", "UCD"...
        std::string code;   // as listed; NAME entries are folded (lower case, no accents)
        std::string drug;   // the station's drug ("azacitidine")
    };

    static Result<DrugCodeTable> parse(std::string_view csv, const std::string& origin = "order-codes.csv");
    static Result<DrugCodeTable> load(); // loadDataFile("order-codes.csv")

    // The drug a code names; `system` may be empty (then any system but NAME matches).
    std::optional<std::string> byCode(std::string_view system, std::string_view code) const;
    // The drug the text names by its first word ("Vidaza 100 mg poudre" -> azacitidine).
    std::optional<std::string> byText(std::string_view text) const;
    const std::vector<Entry>& entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
};

// Lower case, Latin accents folded ("Bortézomib" -> "bortezomib"), for comparing names.
std::string foldName(std::string_view text);

} // namespace prep::station
