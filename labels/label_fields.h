// SPDX-License-Identifier: GPL-3.0-or-later
// The LabelContent fields a template may name, by their C++ names, so a template cannot print something the
// workflow does not provide.
#pragma once

#include "labels/label_content.h"

#include <array>
#include <string>
#include <string_view>

namespace prep::labels::detail {

struct ContentField
{
    std::string_view name;
    std::string LabelContent::*member;
};

inline constexpr std::array<ContentField, 24> kContentFields{{
    {"patientName", &LabelContent::patientName},
    {"patientBirthDate", &LabelContent::patientBirthDate},
    {"drugInn", &LabelContent::drugInn},
    {"doseText", &LabelContent::doseText},
    {"volumeText", &LabelContent::volumeText},
    {"concentrationText", &LabelContent::concentrationText},
    {"route", &LabelContent::route},
    {"syringeText", &LabelContent::syringeText},
    {"preparedAt", &LabelContent::preparedAt},
    {"expiresAt", &LabelContent::expiresAt},
    {"storage", &LabelContent::storage},
    {"handling", &LabelContent::handling},
    {"cytotoxicWarning", &LabelContent::cytotoxicWarning},
    {"preparationNumber", &LabelContent::preparationNumber},
    {"prescriber", &LabelContent::prescriber},
    {"puiName", &LabelContent::puiName},
    {"puiAddress", &LabelContent::puiAddress},
    {"puiPhone", &LabelContent::puiPhone},
    {"barcodeData", &LabelContent::barcodeData},
    {"barcodeHri", &LabelContent::barcodeHri},
    {"shipmentNumber", &LabelContent::shipmentNumber},
    {"doseCount", &LabelContent::doseCount},
    {"packedAt", &LabelContent::packedAt},
    {"loggerSerial", &LabelContent::loggerSerial},
}};

inline const ContentField* findContentField(std::string_view name)
{
    for (const auto& f : kContentFields)
        if (f.name == name)
            return &f;
    return nullptr;
}

inline bool knownCondition(std::string_view when)
{
    return when.empty() || when == "protectFromLight" || when == "duplicate";
}

inline bool conditionHolds(const LabelContent& c, std::string_view when)
{
    if (when == "protectFromLight")
        return c.protectFromLight;
    if (when == "duplicate")
        return c.duplicate;
    return true;
}

} // namespace prep::labels::detail
