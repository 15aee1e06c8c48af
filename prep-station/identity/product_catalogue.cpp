// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/product_catalogue.h"

#include "devices/gs1/gs1.h"
#include "prep-station/csv_rows.h"
#include "prep-station/data_files.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace prep::station {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

Result<bool> yesNo(const std::string& v, const std::string& where)
{
    if (v == "yes")
        return true;
    if (v == "no")
        return false;
    return makeError(Error::Kind::Data, where + ": expected yes or no, got '" + v + "'");
}

} // namespace

Result<ProductCatalogue> ProductCatalogue::load()
{
    auto file = loadDataFile("catalogue.csv");
    if (!file)
        return file.error();
    return parse(file->content, file->origin);
}

Result<ProductCatalogue> ProductCatalogue::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(csv, origin,
                             {"gtin", "drug", "product_id", "name", "strength", "form", "presentation", "mg_per_vial",
                              "default", "fictitious", "source"});
    if (!rows)
        return rows.error();
    ProductCatalogue catalogue;
    for (const auto& row : *rows) {
        const std::string where = origin + " line " + std::to_string(row.line);
        const auto& f = row.fields;
        Product p;
        p.gtin = f.at("gtin");
        if (p.gtin.size() != 14 || !devices::gs1CheckDigitValid(p.gtin))
            return makeError(Error::Kind::Data, where + ": '" + p.gtin + "' is not a GTIN-14 with a valid check digit");
        if (catalogue.findByGtin(p.gtin))
            return makeError(Error::Kind::Data, where + ": GTIN " + p.gtin + " listed twice");
        p.drug = f.at("drug");
        p.productId = f.at("product_id");
        p.name = f.at("name");
        p.strength = f.at("strength");
        p.form = f.at("form");
        p.presentation = f.at("presentation");
        p.source = f.at("source");
        char* end = nullptr;
        const std::string& mg = f.at("mg_per_vial");
        p.mgPerVial = std::strtod(mg.c_str(), &end);
        if (mg.empty() || *end != '\0' || !std::isfinite(p.mgPerVial) || p.mgPerVial <= 0)
            return makeError(Error::Kind::Data, where + ": mg_per_vial '" + mg + "' is not a positive number");
        auto isDefault = yesNo(f.at("default"), where + " default");
        auto fictitious = yesNo(f.at("fictitious"), where + " fictitious");
        if (!isDefault)
            return isDefault.error();
        if (!fictitious)
            return fictitious.error();
        p.defaultForDrug = *isDefault;
        p.fictitious = *fictitious;
        if (p.drug.empty() || p.name.empty() || p.source.empty())
            return makeError(Error::Kind::Data, where + ": drug, name and source are required");
        if (p.defaultForDrug && catalogue.defaultForDrug(p.drug))
            return makeError(Error::Kind::Data, where + ": a second default product for " + p.drug);
        catalogue.m_products.push_back(std::move(p));
    }
    return catalogue;
}

const Product* ProductCatalogue::findByGtin(std::string_view gtin) const
{
    // CIP13 / EAN-13 as printed on older packs is the GTIN-14 without its leading 0.
    std::string key;
    if (gtin.size() == 13)
        key += '0';
    key.append(gtin);
    for (const auto& p : m_products)
        if (p.gtin == key)
            return &p;
    return nullptr;
}

const Product* ProductCatalogue::defaultForDrug(std::string_view drug) const
{
    for (const auto& p : m_products)
        if (p.defaultForDrug && equalsIgnoreCase(p.drug, drug))
            return &p;
    return nullptr;
}

} // namespace prep::station
