// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/stability/expiry.h"

#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace prep::station {

using namespace std::chrono;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string hoursText(double h)
{
    char buf[32];
    if (h < 1)
        std::snprintf(buf, sizeof buf, "%g min", h * 60);
    else
        std::snprintf(buf, sizeof buf, "%g h", h);
    return buf;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string joined(const std::vector<std::string>& items, const std::string& sep)
{
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : sep) + i;
    return out;
}

milliseconds fromHours(double h)
{
    return milliseconds(std::llround(h * 3600'000.0));
}

// "cold" for refrigerated water, "room" otherwise; empty when the text is not understood.
std::string diluentClass(const std::string& text)
{
    const std::string t = lower(text);
    if (t == "2-8c" || t == "cold" || t == "refrigerated")
        return "cold";
    if (t == "room" || t == "rt" || t == "not refrigerated")
        return "room";
    return "";
}

bool covers(const StabilityRow& row, const StorageBand& band)
{
    if (row.minC <= band.coverMinC && row.maxC >= band.coverMaxC)
        return true;
    return row.minC == row.maxC &&
           std::find(band.studiesAtC.begin(), band.studiesAtC.end(), row.minC) != band.studiesAtC.end();
}

struct Conditions
{
    const SiteProduct* product;
    std::string diluentTempClass;
    std::string container;
    bool lightProtected;
};

// Why a row does not apply to these conditions ("" when it does).
std::string mismatch(const StabilityRow& row, const Conditions& c)
{
    if (std::fabs(row.concentrationMgPerMl - c.product->concentrationMgPerMl) > 1e-9)
        return "concentration " + number(row.concentrationMgPerMl) + " mg/mL";
    if (row.diluentId != c.product->diluentId)
        return "diluent " + row.diluent;
    if (row.diluentTempClass != "any" && row.diluentTempClass != c.diluentTempClass)
        return "diluent temperature " + row.diluentTemp;
    const bool containerOk =
        std::find(row.containers.begin(), row.containers.end(), c.container) != row.containers.end() ||
        (c.container == "pp-syringe" &&
         std::find(row.containers.begin(), row.containers.end(), "syringe") != row.containers.end());
    if (!containerOk)
        return "container " + row.container;
    if (row.light == "protect" && !c.lightProtected)
        return "studied protected from light";
    return "";
}

} // namespace

std::vector<std::string> splitStorage(const std::string& text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find(',', start), text.size());
        std::string part = text.substr(start, end - start);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        out.push_back(part);
        start = end + 1;
    }
    return out;
}

Result<ExpiryDecision> computeExpiry(const ExpiryRequest& request)
{
    auto table = loadStabilityTable();
    if (!table)
        return table.error();
    auto policy = loadSitePolicy(*table);
    if (!policy)
        return policy.error();
    return computeExpiry(request, *table, *policy);
}

Result<ExpiryDecision> computeExpiry(const ExpiryRequest& request, const StabilityTable& table,
                                     const SitePolicy& policy)
{
    const std::string drug = lower(request.drug);
    // An unset time (the epoch) would give a 1970 expiry that looks computed: refuse it.
    if (request.preparedAt < UtcTime(sys_days(year(2000) / January / 1)))
        return makeError(Error::Kind::Invalid,
                         "prepared: missing or implausible reconstitution time " + formatUtcIso(request.preparedAt));
    auto defaultProduct = policy.defaultProductByDrug.find(drug);
    const bool drugKnown = defaultProduct != policy.defaultProductByDrug.end() ||
                           std::any_of(policy.products.begin(), policy.products.end(),
                                       [&](const auto& p) { return p.second.drug == drug; });
    if (!drugKnown) {
        std::string known;
        for (const auto& [d, p] : policy.defaultProductByDrug)
            known += (known.empty() ? "" : ", ") + d;
        return makeError(Error::Kind::NotFound, "drug: unknown drug \"" + request.drug + "\" (known: " + known + ")");
    }

    std::string productId;
    if (request.productId) {
        productId = *request.productId;
    } else if (defaultProduct != policy.defaultProductByDrug.end()) {
        productId = defaultProduct->second;
    } else {
        return makeError(Error::Kind::Invalid, "product: the site has no default product for " + drug + "; give one");
    }
    auto productIt = policy.products.find(productId);
    if (productIt == policy.products.end()) {
        const bool hasData = std::any_of(table.rows.begin(), table.rows.end(),
                                         [&](const StabilityRow& r) { return r.productId == productId; });
        std::string known;
        for (const auto& [id, p] : policy.products)
            if (p.drug == drug)
                known += (known.empty() ? "" : ", ") + id;
        return makeError(Error::Kind::NotFound,
                         "product: \"" + productId + "\" " +
                             (hasData ? "has stability data but the site policy accepts none of it"
                                      : "is not a product of this site") +
                             " (site products for " + drug + ": " + known + ")");
    }
    const SiteProduct& product = productIt->second;
    if (product.drug != drug)
        return makeError(Error::Kind::Invalid,
                         "product: " + product.id + " is " + product.drug + ", not " + request.drug);

    if (request.storage.empty())
        return makeError(Error::Kind::Invalid, "storage: missing (2-8C, 25C, frozen, or a sequence frozen,2-8C)");
    for (const auto& band : request.storage)
        if (!policy.bands.count(band)) {
            std::string known;
            for (const auto& [name, b] : policy.bands)
                known += (known.empty() ? "" : ", ") + name;
            return makeError(Error::Kind::Invalid, "storage: unknown band \"" + band + "\" (known: " + known + ")");
        }

    Conditions cond;
    cond.product = &product;
    const std::string diluentTemp = request.diluentTemp.empty() ? product.defaultDiluentTemp : request.diluentTemp;
    cond.diluentTempClass = diluentClass(diluentTemp);
    if (cond.diluentTempClass.empty())
        return makeError(Error::Kind::Invalid,
                         "diluent-temp: \"" + diluentTemp + "\" is neither 2-8C (refrigerated) nor room");
    if (product.diluentId == "none")
        cond.diluentTempClass = "room"; // ready-to-use: no reconstitution water, rows say n/a (class any)
    cond.container = request.container.empty() ? product.container : request.container;
    cond.lightProtected = request.lightProtected;

    // The accepted rows that match the preparation's exact conditions; the rest with the reason, for the error.
    std::vector<const StabilityRow*> candidates;
    std::vector<std::string> rejected;
    for (const auto& id : product.rules) {
        const StabilityRow* row = table.find(id);
        if (!row)
            continue;
        if (const std::string why = mismatch(*row, cond); why.empty())
            candidates.push_back(row);
        else
            rejected.push_back(id + " (" + why + ")");
    }
    const std::string conditionsText = product.name + ", " + number(product.concentrationMgPerMl) + " mg/mL, diluent " +
                                       product.diluentId + " at " + diluentTemp + ", " + cond.container;
    auto noData = [&](const std::string& what) {
        std::string msg = "no validated stability data for " + conditionsText + " " + what;
        if (!rejected.empty())
            msg += "; accepted rows not matching: " + joined(rejected, ", ");
        return makeError(Error::Kind::Refused, msg);
    };
    auto bestStorageRow = [&](const std::string& bandName) -> const StabilityRow* {
        const StorageBand& band = policy.bands.at(bandName);
        const StabilityRow* best = nullptr;
        for (const StabilityRow* row : candidates)
            if (row->phase == "storage" && covers(*row, band) && (!best || row->durationHours < best->durationHours))
                best = row;
        return best;
    };

    ExpiryDecision d;
    d.productId = product.id;
    d.product = product.name;
    d.drug = drug;
    d.preparedAt = request.preparedAt;
    d.storage = request.storage;
    d.stabilityVersion = table.version;
    d.policyVersion = policy.version;
    d.protectFromLight = false;
    std::vector<const StabilityRow*> usedRows;
    std::string basis;

    const std::string storageText = joined(request.storage, " then ");
    if (request.storage.size() == 1) {
        const std::string& band = request.storage.front();
        if (band == "frozen")
            return makeError(Error::Kind::Refused, "storage: a dose stored frozen must be thawed before injection; "
                                                   "give the whole sequence, e.g. frozen,2-8C");
        const StabilityRow* row = bestStorageRow(band);
        if (!row)
            return noData("stored at " + band);
        usedRows.push_back(row);
        d.phases.push_back({band, duration_cast<minutes>(fromHours(row->durationHours)), row->id});
        // Every accepted row that covers the storage is listed (earliest first) so the record shows what was
        // weighed, not only what won.
        d.considered.push_back({row->id, row->durationHours, "stability", table.citation(row->source)});
        std::vector<const StabilityRow*> others;
        for (const StabilityRow* other : candidates)
            if (other != row && other->phase == "storage" && covers(*other, policy.bands.at(band)))
                others.push_back(other);
        std::sort(others.begin(), others.end(),
                  [](const StabilityRow* a, const StabilityRow* b) { return a->durationHours < b->durationHours; });
        for (const StabilityRow* other : others)
            d.considered.push_back({other->id, other->durationHours, "stability", table.citation(other->source)});
        basis = row->basis;
    } else {
        const StorageSequence* sequence = nullptr;
        for (const auto& s : policy.sequences)
            if (s.productId == product.id && s.bands == request.storage)
                sequence = &s;
        const StabilityRow* after = nullptr;
        if (request.storage.size() == 2)
            for (const StabilityRow* row : candidates)
                if (row->phase == "after:" + request.storage[0] && covers(*row, policy.bands.at(request.storage[1])))
                    after = row;
        if (sequence && sequence->validated) {
            // A sequence the site validated: each phase by its row or its validated duration; the whole may last
            // the sum, and every cap below still counts from reconstitution.
            double total = 0;
            std::vector<std::string> sources;
            for (const auto& phase : sequence->phases) {
                double hours = phase.hours.value_or(0);
                std::string rule = sequence->id;
                if (!phase.ruleId.empty()) {
                    const StabilityRow* row = table.find(phase.ruleId);
                    if (const std::string why = mismatch(*row, cond); !why.empty())
                        return makeError(Error::Kind::Refused,
                                         "sequence " + sequence->id + ": phase " + phase.band + " relies on " +
                                             row->id + ", which does not match this preparation (" + why + ")");
                    hours = row->durationHours;
                    rule = row->id;
                    usedRows.push_back(row);
                    sources.push_back(row->source);
                }
                total += hours;
                d.phases.push_back({phase.band, duration_cast<minutes>(fromHours(hours)), rule});
            }
            d.considered.push_back({sequence->id, total, "sequence",
                                    "site-validated sequence " + sequence->id + ": " + sequence->why +
                                        (sources.empty() ? "" : " (" + table.citation(joined(sources, ";")) + ")")});
            basis = "site-validated storage sequence";
        } else if (after) {
            // A short final phase that a row describes as following the first one (equilibration before
            // injection): the expiry stays that of the first phase; the final phase is limited on its own.
            const StabilityRow* row = bestStorageRow(request.storage[0]);
            if (!row)
                return noData("stored at " + request.storage[0]);
            usedRows.push_back(row);
            usedRows.push_back(after);
            d.phases.push_back({request.storage[0], duration_cast<minutes>(fromHours(row->durationHours)), row->id});
            d.phases.push_back(
                {request.storage[1], duration_cast<minutes>(fromHours(after->durationHours)), after->id});
            d.considered.push_back({row->id, row->durationHours, "stability", table.citation(row->source)});
            basis = row->basis;
        } else if (sequence) {
            return makeError(Error::Kind::Refused, "storage " + storageText + " for " + product.id +
                                                       " is not validated by the site (" + sequence->id +
                                                       "): " + sequence->why);
        } else {
            return noData("stored " + storageText + ": no row and no site-validated sequence covers this sequence");
        }
    }

    if (!policy.asepticProcessValidated)
        d.considered.push_back({policy.microbiologicalCap.id, policy.microbiologicalCap.hours, "microbiological cap",
                                policy.microbiologicalCap.source});
    for (const auto& cap : policy.localCaps) {
        const bool applies = (cap.drug.empty() || cap.drug == drug) &&
                             (cap.productId.empty() || cap.productId == product.id) &&
                             (cap.band.empty() || std::find(request.storage.begin(), request.storage.end(), cap.band) !=
                                                      request.storage.end());
        if (applies)
            d.considered.push_back({cap.id, cap.hours, "local cap", cap.source});
    }

    // Earliest limit wins; on a tie the stability data (listed first) is named, as it is the stronger reason.
    const ConsideredLimit* decisive = &d.considered.front();
    for (const auto& limit : d.considered)
        if (limit.hours < decisive->hours)
            decisive = &limit;
    // Labels show minutes: never let a seconds part make the printed expiry later than the computed one.
    d.expiry = floor<minutes>(request.preparedAt + fromHours(decisive->hours));
    d.ruleId = decisive->id;
    d.source = decisive->source;
    d.basis = decisive->kind == "stability" || decisive->kind == "sequence" ? basis : decisive->kind;
    const StabilityRow* decidingRow = table.find(d.ruleId);
    d.verification = decidingRow ? decidingRow->verification : "";
    for (const StabilityRow* row : usedRows)
        if (row->light == "protect")
            d.protectFromLight = true;

    // The label's storage mention follows the phases.
    std::vector<std::string> labels;
    for (size_t i = 0; i < request.storage.size(); ++i) {
        const std::string& band = request.storage[i];
        if (i > 0 && table.find(d.phases[i].ruleId) && table.find(d.phases[i].ruleId)->phase.rfind("after:", 0) == 0)
            labels.push_back("hors du réfrigérateur, injecter dans les " +
                             std::to_string(d.phases[i].maxDuration.count()) + " min");
        else if (i > 0 && request.storage[i - 1] == "frozen")
            labels.push_back("après décongélation : " + policy.bands.at(band).label);
        else
            labels.push_back(policy.bands.at(band).label);
    }
    d.storageLabel = joined(labels, " ; ");

    // What the accepted data tolerate above the refrigerator range (excursions consume it).
    const StorageBand& room = policy.bands.count("25C") ? policy.bands.at("25C") : StorageBand{};
    for (const StabilityRow* row : candidates)
        if (covers(*row, room) &&
            (d.roomTemperatureRuleId.empty() || fromHours(row->durationHours) < d.roomTemperatureBudget)) {
            d.roomTemperatureBudget = duration_cast<minutes>(fromHours(row->durationHours));
            d.roomTemperatureRuleId = row->id;
        }

    std::string considered;
    for (const auto& limit : d.considered)
        considered +=
            (considered.empty() ? "" : ", ") + limit.id + " " + hoursText(limit.hours) + " (" + limit.kind + ")";
    d.explanation = conditionsText + ", stored " + storageText + ": limits from reconstitution " + considered +
                    "; earliest is " + d.ruleId + " (" + hoursText(decisive->hours) + "): prepared " +
                    formatParisDisplay(request.preparedAt) + ", use before " + formatParisDisplay(d.expiry) +
                    " (Europe/Paris).";
    if (d.verification == "S")
        d.explanation += " The deciding figure is a secondary citation (verif S).";
    if (d.phases.size() > 1)
        for (size_t i = 1; i < d.phases.size(); ++i)
            d.explanation += " Phase " + d.phases[i].band + " at most " +
                             hoursText(duration<double, std::ratio<3600>>(d.phases[i].maxDuration).count()) + " (" +
                             d.phases[i].ruleId + ").";
    return d;
}

} // namespace prep::station
