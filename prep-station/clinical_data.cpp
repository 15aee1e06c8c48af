// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/clinical_data.h"

#include "db/hash.h"
#include "prep-station/data_files.h"

namespace prep::station {

namespace {

// Reads a data file once, remembering its version, and hands the bytes to its parser.
template <class Parse> auto loadVersioned(const char* name, std::vector<DataFileVersion>& versions, Parse parse)
{
    auto file = loadDataFile(name);
    using R = decltype(parse(std::string_view(), std::string()));
    if (!file)
        return R(file.error());
    versions.push_back(DataFileVersion{file->name, file->origin, db::sha256Hex(file->content)});
    return parse(std::string_view(file->content), file->origin);
}

} // namespace

Result<ClinicalData> ClinicalData::load()
{
    std::vector<DataFileVersion> versions;
    auto catalogue = loadVersioned("catalogue.csv", versions, [](std::string_view t, const std::string& o) {
        return ProductCatalogue::parse(t, o);
    });
    if (!catalogue)
        return catalogue.error();
    auto recalls = loadVersioned("recalls.csv", versions,
                                 [](std::string_view t, const std::string& o) { return RecallList::parse(t, o); });
    if (!recalls)
        return recalls.error();
    auto densities = loadVersioned("densities.csv", versions,
                                   [](std::string_view t, const std::string& o) { return DensityTable::parse(t, o); });
    if (!densities)
        return densities.error();
    auto tolerances = loadVersioned("tolerances.csv", versions, [](std::string_view t, const std::string& o) {
        return TolerancePolicy::parse(t, o);
    });
    if (!tolerances)
        return tolerances.error();
    auto protocols = loadVersioned("protocols.json", versions,
                                   [](std::string_view t, const std::string& o) { return parseProtocols(t, o); });
    if (!protocols)
        return protocols.error();
    auto stability = loadVersioned("stability.csv", versions,
                                   [](std::string_view t, const std::string& o) { return parseStabilityTable(t, o); });
    if (!stability)
        return stability.error();
    auto policy = loadVersioned("site-policy.json", versions, [&](std::string_view t, const std::string& o) {
        return parseSitePolicy(t, *stability, o);
    });
    if (!policy)
        return policy.error();
    auto crossCheck = loadVersioned("vial-crosscheck.csv", versions, [](std::string_view t, const std::string& o) {
        return CrossCheckPolicy::parse(t, o);
    });
    if (!crossCheck)
        return crossCheck.error();
    return ClinicalData{std::move(*catalogue),  std::move(*recalls),    std::move(*densities),
                        std::move(*tolerances), std::move(*protocols),  std::move(*stability),
                        std::move(*policy),     std::move(*crossCheck), std::move(versions)};
}

const DataFileVersion* ClinicalData::version(const std::string& name) const
{
    for (const auto& v : versions)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace prep::station
