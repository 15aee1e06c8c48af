// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/dosing/protocol.h"

#include "prep-station/data_files.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace prep::station {

namespace {

using nlohmann::json;

Error bad(const std::string& where, const std::string& why)
{
    return makeError(Error::Kind::Data, "protocols: " + where + ": " + why);
}

// Reads a required positive number, or reports which field is wrong.
std::optional<Error> positive(const json& obj, const char* key, const std::string& where, double& out)
{
    if (!obj.contains(key) || !obj[key].is_number())
        return bad(where, std::string("field \"") + key + "\" must be a number");
    out = obj[key].get<double>();
    if (!(out > 0) || !std::isfinite(out))
        return bad(where, std::string("field \"") + key + "\" must be positive");
    return std::nullopt;
}

} // namespace

std::string bsaFormulaName(BsaFormula formula)
{
    return formula == BsaFormula::DuBois ? "DuBois" : "Mosteller";
}

const DoseProtocol* ProtocolTable::find(std::string_view id) const
{
    for (const auto& p : protocols)
        if (p.id == id)
            return &p;
    return nullptr;
}

Result<ProtocolTable> parseProtocols(std::string_view text, std::string origin)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return bad(origin, "not a JSON object");
    ProtocolTable table;
    table.origin = std::move(origin);
    table.version = doc.value("version", "");
    if (table.version.empty())
        return bad(table.origin, "missing \"version\"");

    const json& plaus = doc.value("plausibility", json::object());
    if (!plaus.contains("height_cm") || !plaus.contains("weight_kg"))
        return bad("plausibility", "needs height_cm and weight_kg ranges");
    try {
        table.plausibility.minHeightCm = plaus["height_cm"].at("min").get<double>();
        table.plausibility.maxHeightCm = plaus["height_cm"].at("max").get<double>();
        table.plausibility.minWeightKg = plaus["weight_kg"].at("min").get<double>();
        table.plausibility.maxWeightKg = plaus["weight_kg"].at("max").get<double>();
    } catch (const json::exception&) {
        return bad("plausibility", "min and max must be numbers");
    }

    if (!doc.contains("protocols") || !doc["protocols"].is_array() || doc["protocols"].empty())
        return bad(table.origin, "\"protocols\" must be a non-empty array");
    for (const json& p : doc["protocols"]) {
        DoseProtocol proto;
        proto.id = p.value("id", "");
        if (proto.id.empty())
            return bad("protocol", "missing \"id\"");
        const std::string where = "protocol " + proto.id;
        if (table.find(proto.id))
            return bad(where, "duplicate id");
        proto.drug = p.value("drug", "");
        proto.route = p.value("route", "");
        if (proto.drug.empty() || proto.route.empty())
            return bad(where, "needs \"drug\" and \"route\"");
        // Either a dose per m2 of BSA or a fixed dose, never both: a file that gave both would leave the
        // station guessing which one the prescriber meant.
        const bool fixed = p.contains("fixed_dose_mg") && !p["fixed_dose_mg"].is_null();
        const bool perM2 = p.contains("mg_per_m2") && !p["mg_per_m2"].is_null();
        if (fixed == perM2)
            return bad(where, "give either \"mg_per_m2\" or \"fixed_dose_mg\", not both or neither");
        if (fixed) {
            double mg = 0;
            if (auto e = positive(p, "fixed_dose_mg", where, mg))
                return *e;
            proto.fixedDoseMg = mg;
            if (p.contains("dose_levels_mg_per_m2") || p.contains("bsa_formula") || p.contains("bsa_cap_m2"))
                return bad(where, "a fixed-dose protocol has no dose levels per m2, BSA formula or BSA cap");
        } else if (auto e = positive(p, "mg_per_m2", where, proto.mgPerM2)) {
            return *e;
        }
        if (p.contains("dose_levels_mg_per_m2") && p["dose_levels_mg_per_m2"].is_array())
            for (const json& level : p["dose_levels_mg_per_m2"]) {
                if (!level.is_number() || level.get<double>() <= 0 || level.get<double>() > proto.mgPerM2)
                    return bad(where, "dose levels must be numbers in (0, mg_per_m2]");
                proto.doseLevelsMgPerM2.push_back(level.get<double>());
            }
        const std::string formula = p.value("bsa_formula", "");
        if (formula == "mosteller")
            proto.bsaFormula = BsaFormula::Mosteller;
        else if (formula == "dubois")
            proto.bsaFormula = BsaFormula::DuBois;
        else if (!fixed) // a fixed dose uses no BSA formula
            return bad(where, "bsa_formula must be \"mosteller\" or \"dubois\"");
        if (p.contains("bsa_cap_m2") && !p["bsa_cap_m2"].is_null()) {
            double cap = 0;
            if (auto e = positive(p, "bsa_cap_m2", where, cap))
                return *e;
            proto.bsaCapM2 = cap;
        }
        const json& rounding = p.value("rounding", json::object());
        proto.roundingIncrementMg = rounding.value("increment_mg", 0.0);
        // A fixed dose is never rounded: no rounding block is needed.
        proto.roundingBlockPercent = rounding.value("block_above_percent", fixed ? 0.0 : -1.0);
        if (proto.roundingIncrementMg < 0 || proto.roundingBlockPercent < 0)
            return bad(where, "rounding needs increment_mg >= 0 and block_above_percent >= 0");
        if (auto e = positive(p, "concentration_mg_per_ml", where, proto.concentrationMgPerMl))
            return *e;
        if (auto e = positive(p, "vial_mg", where, proto.vialMg))
            return *e;
        // null or 0: a ready-to-use solution (no diluent step at the isolator).
        if (p.contains("vial_diluent_ml") && !p["vial_diluent_ml"].is_null()) {
            if (!p["vial_diluent_ml"].is_number() || p["vial_diluent_ml"].get<double>() < 0)
                return bad(where, "\"vial_diluent_ml\" must be a number >= 0, or null for a ready-to-use vial");
            proto.vialDiluentMl = p["vial_diluent_ml"].get<double>();
        }
        proto.diluent = p.value("diluent", "");
        const json& split = p.value("split", json::object());
        proto.splitAboveMl = split.value("above_ml", 0.0);
        proto.splitSyringes = split.value("syringes", 1);
        if (proto.splitAboveMl < 0 || proto.splitSyringes < 1)
            return bad(where, "split needs above_ml >= 0 and syringes >= 1");
        const json& schedule = p.value("schedule", json::object());
        if (schedule.contains("days") && schedule["days"].is_array())
            for (const json& d : schedule["days"])
                proto.scheduleDays.push_back(d.get<int>());
        proto.cycleDays = schedule.value("cycle_days", 0);
        if (schedule.contains("min_interval_h") && schedule["min_interval_h"].is_number())
            proto.minIntervalHours = schedule["min_interval_h"].get<double>();
        proto.labelHandling = p.value("label_handling", "");
        proto.source = p.value("source", "");
        if (proto.source.empty())
            return bad(where, "every protocol needs a \"source\"");
        table.protocols.push_back(std::move(proto));
    }
    if (doc.contains("default_protocol") && doc["default_protocol"].is_object())
        for (const auto& [drug, id] : doc["default_protocol"].items()) {
            if (!id.is_string() || !table.find(id.get<std::string>()))
                return bad("default_protocol", drug + " names no known protocol");
            table.defaultProtocolByDrug[drug] = id.get<std::string>();
        }
    return table;
}

Result<ProtocolTable> loadProtocols()
{
    auto file = loadDataFile("protocols.json");
    if (!file)
        return file.error();
    return parseProtocols(file->content, file->origin);
}

} // namespace prep::station
