// SPDX-License-Identifier: GPL-3.0-or-later
// The product catalogue (prep-station/data/catalogue.csv): which vial a GTIN is, in the pharmacy's words.
#pragma once

#include "prep-station/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct Product
{
    std::string gtin;         // GTIN-14, "03400930000014"
    std::string drug;         // "azacitidine"
    std::string name;         // "Vidaza 100 mg"
    std::string strength;     // "100 mg"
    std::string form;         // "powder for suspension for injection"
    std::string presentation; // "1 vial"
    double mgPerVial = 0;
    bool fictitious = false; // demo entry: shown and recorded as such
    std::string source;
    std::string productId; // the product in site-policy.json ("vidaza"), for stability and expiry
    bool defaultForDrug = false;
};

class ProductCatalogue
{
public:
    // From loadDataFile("catalogue.csv") (embedded or the site's PREP_DATA_DIR copy).
    static Result<ProductCatalogue> load();
    static Result<ProductCatalogue> parse(std::string_view csv, const std::string& origin = "catalogue.csv");

    // By GTIN-14, or by a 13-digit CIP13/EAN-13 (read as GTIN-14 with a leading 0).
    const Product* findByGtin(std::string_view gtin) const;
    const Product* defaultForDrug(std::string_view drug) const;
    const std::vector<Product>& products() const { return m_products; }

private:
    std::vector<Product> m_products;
};

} // namespace prep::station
