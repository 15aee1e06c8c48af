// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/csv_order_reader.h"

#include "prep-station/csv_rows.h"

namespace prep::station {

const std::vector<std::string>& csvOrderRequiredColumns()
{
    static const std::vector<std::string> kColumns{"placer",     "patient_id", "family_name", "given_name",
                                                   "birth_date", "drug",       "dose",        "dose_unit",
                                                   "height_cm",  "weight_kg",  "prescriber"};
    return kColumns;
}

const std::vector<std::string>& csvOrderOptionalColumns()
{
    static const std::vector<std::string> kColumns{"control",   "sender",      "patient_authority", "sex",
                                                   "drug_code", "drug_system", "strength",          "strength_unit",
                                                   "route",     "timing",      "cycle_day"};
    return kColumns;
}

Result<std::vector<IncomingOrder>> readCsvOrders(std::string_view content, const std::string& fileName)
{
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    auto rows = parseCsvRows(content, fileName, csvOrderRequiredColumns());
    if (!rows)
        return rows.error();
    std::vector<IncomingOrder> orders;
    for (const auto& row : *rows) {
        IncomingOrder o;
        o.format = OrderSourceFormat::Csv;
        auto at = [&](const char* column, OrderField field) {
            o.sources[field] = FieldSource{"line " + std::to_string(row.line) + ", column " + column, {}, 0, 0, 0};
            return row.at(column);
        };
        o.sender = row.at("sender").empty() ? "CSV" : row.at("sender");
        o.messageId = fileName + ":" + std::to_string(row.line);
        o.controlAsSent = at("control", OrderField::OrderControl);
        if (o.controlAsSent.empty() || o.controlAsSent == "NW")
            o.control = OrderControl::New;
        else if (o.controlAsSent == "CA")
            o.control = OrderControl::Cancel;
        else if (o.controlAsSent == "XO" || o.controlAsSent == "RP")
            o.control = OrderControl::Replace;
        else
            o.control = OrderControl::Unsupported;
        o.placer = at("placer", OrderField::Placer);
        o.patient.id = at("patient_id", OrderField::PatientId);
        o.patient.idAuthority = row.at("patient_authority");
        o.patient.familyName = at("family_name", OrderField::PatientName);
        o.patient.givenName = row.at("given_name");
        o.patient.birthDate = at("birth_date", OrderField::BirthDate);
        o.patient.sex = at("sex", OrderField::Sex);
        o.prescriber = at("prescriber", OrderField::Prescriber);
        o.drugText = at("drug", OrderField::Drug);
        o.drugCode = row.at("drug_code");
        o.drugSystem = row.at("drug_system");
        o.strengthValue = at("strength", OrderField::Strength);
        o.strengthUnit = row.at("strength_unit");
        o.doseValue = at("dose", OrderField::Dose);
        o.doseUnit = at("dose_unit", OrderField::DoseUnit);
        o.route = at("route", OrderField::Route);
        o.timing = at("timing", OrderField::Timing);
        o.heightValue = at("height_cm", OrderField::Height);
        o.heightUnit = "cm";
        o.weightValue = at("weight_kg", OrderField::Weight);
        o.weightUnit = "kg";
        o.cycleDay = row.at("cycle_day");
        orders.push_back(std::move(o));
    }
    return orders;
}

} // namespace prep::station
