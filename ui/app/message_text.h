// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow's sentences in the screen's language: the template found in the translations (context "Message",
// the .ts files), its arguments filled in with numbers in the screen's locale and stored states in words. A
// refusal without a sentence (a database or file system diagnostic) is shown as the technical text it is.
#pragma once

#include "prep-station/error.h"
#include "prep-station/message.h"

#include <QString>

namespace prep::ui {

QString messageText(const station::Message& message);
// The error's sentence, or its technical text when it has none.
QString errorText(const station::Error& error);

} // namespace prep::ui
