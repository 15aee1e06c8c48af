// SPDX-License-Identifier: GPL-3.0-or-later
// Lots blocked by a recall (prep-station/data/recalls.csv): the vial scan refuses them, naming the reason.
#pragma once

#include "prep-station/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct Recall
{
    std::string gtin;
    std::string lot; // "*" blocks every lot of the GTIN
    std::string reason;
    std::string since; // ISO date of the notice
    std::string source;
};

class RecallList
{
public:
    static Result<RecallList> load();
    static Result<RecallList> parse(std::string_view csv, const std::string& origin = "recalls.csv");

    // The recall blocking this GTIN and lot (lots compare exactly: GS1 lots are case-sensitive), or nullptr.
    const Recall* find(std::string_view gtin, std::string_view lot) const;
    const std::vector<Recall>& recalls() const { return m_recalls; }

private:
    std::vector<Recall> m_recalls;
};

} // namespace prep::station
