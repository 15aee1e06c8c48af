// SPDX-License-Identifier: GPL-3.0-or-later
// The phone's language for the station's sentences: a refusal's reason or a dose's verdict is said in the language
// the page asks for (Accept-Language: fr or en), translated server-side from the same Qt Linguist catalogue as the
// GUI (ui/i18n/prepstation_fr.ts, compiled and embedded at build time). The template and its arguments stay in the
// answer ("said") for a page that says them itself.
#pragma once

#include "prep-station/message.h"

#include <string>
#include <string_view>

namespace prep::web {

enum class PhoneLanguage { French, English };

// From an Accept-Language header: the first of fr or en it names; English when neither (an API client, a phone in
// another language: the template's own language). The pages send the language their user chose.
PhoneLanguage phoneLanguage(std::string_view acceptLanguage);

// The sentence in that language (numbers with a decimal comma in French).
std::string sayTo(PhoneLanguage language, const station::Message& message);

} // namespace prep::web
