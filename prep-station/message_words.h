// SPDX-License-Identifier: GPL-3.0-or-later
// The words for stored states said in sentences (MessageArg::stored) and on screens: "in_progress" is "in
// progress", translated in context "Words" (the .ts files). The one list the GUI and the web service both translate.
#pragma once

#include "db/actor.h"
#include "db/records.h"
#include "db/statuses.h"
#include "prep-station/dosing/protocol_checks.h"
#include "prep-station/message.h"

#include <string_view>

namespace prep::station {

const char* englishWord(db::PreparationStatus status);
const char* englishWord(db::OrderStatus status);
const char* englishWord(db::ToleranceDecision decision);
const char* englishWord(db::Role role);
const char* englishWord(ProtocolCheck check);
const char* englishWord(db::DeliveryProblemRecord::Kind kind);
const char* englishWord(db::DoseNotGivenRecord::Outcome outcome);
// A weighing step's stored name ("tare"); nullptr for a name it does not know.
const char* weighingStepWord(std::string_view step);
// The word for a stored form of `kind`; nullptr when the form is not one of that kind's.
const char* englishWord(WordKind kind, std::string_view stored);

} // namespace prep::station
