// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/web/phone_language.h"

#include <QTranslator>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace prep::web {

// The pages and the compiled catalogues, embedded at build time (prep-station/CMakeLists.txt).
std::string_view embeddedFile(std::string_view name);

namespace {

const QTranslator* frenchCatalogue()
{
    static const QTranslator* const catalogue = [] {
        auto* t = new QTranslator; // lives as long as the process, read-only once loaded
        const std::string_view qm = embeddedFile("prepstation_fr.qm");
        if (qm.empty() || !t->load(reinterpret_cast<const uchar*>(qm.data()), static_cast<int>(qm.size())))
            return static_cast<QTranslator*>(nullptr);
        return t;
    }();
    return catalogue;
}

std::string frenchNumber(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string out(text);
    std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

} // namespace

PhoneLanguage phoneLanguage(std::string_view header)
{
    std::string lower(header);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    // Tags in the order the phone prefers them: "en-GB,en;q=0.9,fr;q=0.8".
    std::size_t start = 0;
    while (start < lower.size()) {
        std::size_t end = lower.find(',', start);
        if (end == std::string::npos)
            end = lower.size();
        std::string tag = lower.substr(start, end - start);
        tag.erase(0, tag.find_first_not_of(' '));
        if (tag.rfind("fr", 0) == 0)
            return PhoneLanguage::French;
        if (tag.rfind("en", 0) == 0)
            return PhoneLanguage::English;
        start = end + 1;
    }
    return PhoneLanguage::English;
}

std::string sayTo(PhoneLanguage language, const station::Message& message)
{
    if (language == PhoneLanguage::English)
        return station::spokenText(message, station::Speech{}); // the English template, states in words
    const QTranslator* catalogue = frenchCatalogue();
    station::Speech speech{[catalogue](const char* context, const std::string& english) {
                               return catalogue ? catalogue->translate(context, english.c_str()).toStdString()
                                                : std::string();
                           },
                           frenchNumber};
    return station::spokenText(message, speech);
}

} // namespace prep::web
