// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow's states in the words of the screen's language: each enum of the workflow has one translated text
// here, so no screen shows a stored form ("in_progress") or mixes languages for a state.
#pragma once

#include "db/actor.h"
#include "db/statuses.h"
#include "prep-station/dosing/protocol_checks.h"
#include "prep-station/error.h"
#include "prep-station/workflow/preparation_progress.h"

#include <QString>

namespace prep::ui {

QString instructionFor(station::NextStep step);
QString statusText(db::PreparationStatus status);
QString orderStatusText(db::OrderStatus status);
QString shipmentStatusText(db::ShipmentStatus status);
// A status as stored ("in_progress", "picked_up") in words: preparation, shipment or order status.
QString storedStatusText(const std::string& stored);
QString roleText(db::Role role);
QString toleranceText(db::ToleranceDecision decision);
QString checkText(station::ProtocolCheck check);
QString severityText(station::CheckSeverity severity);
// What kind of refusal, in words ("Refused by the workflow", "Device fault"), for the line above the detail.
QString errorHeadline(station::Error::Kind kind);
QString qs(const std::string& s);
// "12.345 g", "151.2 mg", "6.05 mL" in the screen's locale.
QString gramsText(double grams);
QString mgText(double mg);
QString mlText(double ml);
// A number with `decimals` decimals in the screen's locale ("6,02" in French).
QString decimalText(double value, int decimals);
// A weighing step's stored name ("diluent_before") in words.
QString weighingStepText(const std::string& step);

} // namespace prep::ui
