// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/stability/site_policy.h"

#include "prep-station/data_files.h"

#include <nlohmann/json.hpp>

namespace prep::station {

namespace {

using nlohmann::json;

StorageCap readCap(const json& j)
{
    StorageCap cap;
    cap.id = j.value("id", "");
    cap.hours = j.value("hours", 0.0);
    cap.drug = j.value("drug", "");
    cap.productId = j.value("product", "");
    cap.band = j.value("band", "");
    cap.source = j.value("source", "");
    return cap;
}

} // namespace

Result<SitePolicy> parseSitePolicy(std::string_view text, const StabilityTable& table, std::string origin)
{
    auto bad = [&](const std::string& why) { return makeError(Error::Kind::Data, origin + ": " + why); };
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return bad("not a JSON object");
    SitePolicy policy;
    policy.origin = origin;
    try {
        policy.version = doc.at("version").get<std::string>();
        policy.site = doc.value("site", "");
        policy.asepticProcessValidated = doc.at("aseptic_process_validated").get<bool>();
        policy.microbiologicalCap = readCap(doc.at("microbiological_cap"));
        if (policy.microbiologicalCap.id.empty() || policy.microbiologicalCap.hours <= 0 ||
            policy.microbiologicalCap.source.empty())
            return bad("microbiological_cap needs id, hours > 0 and source");
        for (const json& c : doc.value("local_caps", json::array())) {
            StorageCap cap = readCap(c);
            if (cap.id.empty() || cap.hours <= 0 || cap.source.empty())
                return bad("local_caps: each cap needs id, hours > 0 and source");
            policy.localCaps.push_back(cap);
        }
        for (const auto& [name, b] : doc.at("bands").items()) {
            StorageBand band;
            band.name = name;
            band.coverMinC = b.at("cover_C").at(0).get<double>();
            band.coverMaxC = b.at("cover_C").at(1).get<double>();
            for (const json& t : b.value("studies_at_C", json::array()))
                band.studiesAtC.push_back(t.get<double>());
            band.acceptMinC = b.at("accept_C").at(0).get<double>();
            band.acceptMaxC = b.at("accept_C").at(1).get<double>();
            band.label = b.at("label").get<std::string>();
            band.source = b.value("source", "");
            policy.bands[name] = band;
        }
        for (const auto& [id, p] : doc.at("products").items()) {
            SiteProduct product;
            product.id = id;
            product.drug = p.at("drug").get<std::string>();
            product.name = p.at("name").get<std::string>();
            product.concentrationMgPerMl = p.at("concentration_mg_per_ml").get<double>();
            product.diluentId = p.at("diluent").get<std::string>();
            product.defaultDiluentTemp = p.at("default_diluent_temp").get<std::string>();
            product.container = p.value("container", "pp-syringe");
            for (const json& r : p.at("rules")) {
                const std::string rule = r.get<std::string>();
                const StabilityRow* row = table.find(rule);
                if (!row)
                    return bad("product " + id + ": rule " + rule + " is not in the stability table");
                // A row is data about one product; accepting it for another would be exactly the silent
                // transfer of stability data between products that the pharmacist must never get.
                if (row->productId != id)
                    return bad("product " + id + ": rule " + rule + " is data for product " + row->productId);
                product.rules.push_back(rule);
            }
            policy.products[id] = product;
        }
        for (const auto& [drug, id] : doc.at("default_product").items()) {
            const std::string productId = id.get<std::string>();
            if (!policy.products.count(productId))
                return bad("default_product: " + drug + " names unknown product " + productId);
            policy.defaultProductByDrug[drug] = productId;
        }
        for (const json& s : doc.value("sequences", json::array())) {
            StorageSequence seq;
            seq.id = s.at("id").get<std::string>();
            seq.productId = s.at("product").get<std::string>();
            seq.validated = s.at("validated").get<bool>();
            seq.why = s.value("why", "");
            for (const json& b : s.at("bands"))
                seq.bands.push_back(b.get<std::string>());
            for (const json& ph : s.at("phases")) {
                SequencePhase phase;
                phase.band = ph.at("band").get<std::string>();
                phase.ruleId = ph.value("rule", "");
                if (ph.contains("hours") && ph["hours"].is_number())
                    phase.hours = ph["hours"].get<double>();
                if (!phase.ruleId.empty() && !table.find(phase.ruleId))
                    return bad("sequence " + seq.id + ": rule " + phase.ruleId + " is not in the stability table");
                if (seq.validated && phase.ruleId.empty() && !phase.hours)
                    return bad("sequence " + seq.id + ": a validated phase needs a rule or hours");
                seq.phases.push_back(phase);
            }
            if (seq.phases.size() != seq.bands.size())
                return bad("sequence " + seq.id + ": one phase per band");
            policy.sequences.push_back(seq);
        }
        const json& cold = doc.value("cold_chain", json::object());
        policy.coldChain.maxGapMinutes = cold.value("max_gap_min", 30.0);
        policy.coldChain.cctMktMaxC = cold.value("cct_mkt_max_C", 8.0);
        policy.coldChain.mktWindowHours = cold.value("mkt_window_h", 24.0);
        if (policy.coldChain.mktWindowHours <= 0 || policy.coldChain.maxGapMinutes <= 0)
            return bad("cold_chain: mkt_window_h and max_gap_min must be positive");
        policy.coldChain.frozenBelowC = cold.value("frozen_below_C", 0.0);
        if (const json checks = doc.value("protocol_checks", json::object()); checks.contains("dose_vs_bsa")) {
            const json& d = checks.at("dose_vs_bsa");
            DoseDeviationLimits limits;
            limits.warnAbovePercent = d.at("warn_above_percent").get<double>();
            limits.stopAbovePercent = d.at("stop_above_percent").get<double>();
            limits.source = d.value("source", "");
            if (!(limits.warnAbovePercent >= 0) || !(limits.stopAbovePercent >= limits.warnAbovePercent))
                return bad("protocol_checks.dose_vs_bsa: need 0 <= warn_above_percent <= stop_above_percent");
            if (limits.source.empty())
                return bad("protocol_checks.dose_vs_bsa: source is required (a reference or \"site choice\")");
            policy.doseDeviation = limits;
        }
        if (doc.contains("dispatch_watch")) {
            const json& w = doc.at("dispatch_watch");
            DispatchWatchPolicy& watch = policy.dispatchWatch;
            watch.pickupWithinMinutes = w.at("pickup_within_min").get<double>();
            watch.deliveryWithinMinutes = w.at("delivery_within_min").get<double>();
            watch.loggerDataWithinMinutes = w.at("logger_data_within_min").get<double>();
            watch.returnWithinMinutes = w.at("return_within_min").get<double>();
            watch.watchDays = w.at("watch_days").get<double>();
            watch.source = w.value("source", "");
            for (double v : {watch.pickupWithinMinutes, watch.deliveryWithinMinutes, watch.loggerDataWithinMinutes,
                             watch.returnWithinMinutes, watch.watchDays})
                if (!(v > 0))
                    return bad("dispatch_watch: every delay must be positive");
            if (watch.source.empty())
                return bad("dispatch_watch: source is required (a reference or \"site choice\")");
        }
    } catch (const json::exception& e) {
        return bad(std::string("malformed: ") + e.what());
    }
    return policy;
}

Result<SitePolicy> loadSitePolicy(const StabilityTable& table)
{
    auto file = loadDataFile("site-policy.json");
    if (!file)
        return file.error();
    return parseSitePolicy(file->content, table, file->origin);
}

} // namespace prep::station
