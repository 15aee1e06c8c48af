// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/words.h"

#include "prep-station/message_words.h"

#include <QCoreApplication>
#include <QLocale>

namespace prep::ui {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString instructionFor(station::NextStep step)
{
    using station::NextStep;
    switch (step) {
    case NextStep::Start:
        return QCoreApplication::translate("Words", "Start the preparation");
    case NextStep::ScanVial:
        return QCoreApplication::translate("Words", "Scan the vial's DataMatrix");
    case NextStep::WeighVialBeforeDiluent:
        return QCoreApplication::translate("Words", "Put the vial on the scale, before its diluent");
    case NextStep::WeighVialAfterDiluent:
        return QCoreApplication::translate("Words", "Add the diluent, then put the vial back on the scale");
    case NextStep::WeighVialBeforeWithdrawal:
        return QCoreApplication::translate("Words", "Put the vial on the scale, before drawing the dose");
    case NextStep::WeighEmptySyringe:
        return QCoreApplication::translate("Words", "Put the empty syringe (with its cap) on the scale");
    case NextStep::WeighFilledSyringe:
        return QCoreApplication::translate("Words", "Fill the syringe, then put it on the scale");
    case NextStep::WeighVialAfterWithdrawal:
        return QCoreApplication::translate("Words", "Put the vial back on the scale, after drawing the dose");
    case NextStep::PharmacistDecision:
        return QCoreApplication::translate("Words", "Out of tolerance: a pharmacist must decide");
    case NextStep::PrintLabel:
        return QCoreApplication::translate("Words", "Print the label");
    case NextStep::ReadBackLabelPdf:
        return QCoreApplication::translate("Words", "Check the printed label file");
    case NextStep::ReadBackLabelCamera:
        return QCoreApplication::translate("Words", "Show the printed label to the camera");
    case NextStep::Sign:
        return QCoreApplication::translate("Words", "Sign the preparation");
    case NextStep::Release:
        return QCoreApplication::translate("Words", "Prepared: awaiting pharmaceutical release");
    case NextStep::Ship:
    case NextStep::Pickup:
    case NextStep::Delivery:
    case NextStep::ImportLogger:
    case NextStep::Administer:
        return QCoreApplication::translate("Words", "Released: on its way to the patient");
    case NextStep::None:
        break;
    }
    return QCoreApplication::translate("Words", "Nothing left to do at the isolator");
}

QString statusText(db::PreparationStatus status)
{
    return QCoreApplication::translate("Words", station::englishWord(status));
}

QString orderStatusText(db::OrderStatus status)
{
    return QCoreApplication::translate("Words", station::englishWord(status));
}

QString shipmentStatusText(db::ShipmentStatus status)
{
    switch (status) {
    case db::ShipmentStatus::Packed:
        return QCoreApplication::translate("Words", "packed");
    case db::ShipmentStatus::PickedUp:
        return QCoreApplication::translate("Words", "picked up by the courier");
    case db::ShipmentStatus::Delivered:
        return QCoreApplication::translate("Words", "delivered to the patient's home");
    case db::ShipmentStatus::Administered:
        return QCoreApplication::translate("Words", "administered");
    }
    return {};
}

QString storedStatusText(const std::string& stored)
{
    if (auto s = db::preparationStatusFromText(stored))
        return statusText(*s);
    if (auto s = db::shipmentStatusFromText(stored))
        return shipmentStatusText(*s);
    if (auto s = db::orderStatusFromText(stored))
        return orderStatusText(*s);
    return qs(stored);
}

QString roleText(db::Role role)
{
    return QCoreApplication::translate("Words", station::englishWord(role));
}

QString toleranceText(db::ToleranceDecision decision)
{
    return QCoreApplication::translate("Words", station::englishWord(decision));
}

QString checkText(station::ProtocolCheck check)
{
    return QCoreApplication::translate("Words", station::englishWord(check));
}

QString severityText(station::CheckSeverity severity)
{
    switch (severity) {
    case station::CheckSeverity::Pass:
        return QCoreApplication::translate("Words", "passed");
    case station::CheckSeverity::Warning:
        return QCoreApplication::translate("Words", "warning: override with a reason");
    case station::CheckSeverity::HardStop:
        return QCoreApplication::translate("Words", "HARD STOP: cannot be validated");
    }
    return {};
}

QString errorHeadline(station::Error::Kind kind)
{
    using K = station::Error::Kind;
    switch (kind) {
    case K::Invalid:
        return QCoreApplication::translate("Words", "Not valid");
    case K::NotFound:
        return QCoreApplication::translate("Words", "Not found");
    case K::Refused:
        return QCoreApplication::translate("Words", "Refused");
    case K::Device:
        return QCoreApplication::translate("Words", "Device fault");
    case K::Database:
        return QCoreApplication::translate("Words", "Database fault");
    case K::Label:
        return QCoreApplication::translate("Words", "Label fault");
    case K::Io:
        return QCoreApplication::translate("Words", "File fault");
    case K::Data:
        return QCoreApplication::translate("Words", "Clinical data fault");
    case K::Denied:
        return QCoreApplication::translate("Words", "Not allowed");
    case K::PasswordChangeRequired:
        return QCoreApplication::translate("Words", "Change your password first");
    }
    return {};
}

QString gramsText(double grams)
{
    return QLocale().toString(grams, 'f', 3) + " g";
}

QString mgText(double mg)
{
    return QLocale().toString(mg, 'f', 1) + " mg";
}

QString mlText(double ml)
{
    return QLocale().toString(ml, 'f', 2) + " mL";
}

QString decimalText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString weighingStepText(const std::string& step)
{
    const char* word = station::weighingStepWord(step);
    return word ? QCoreApplication::translate("Words", word) : qs(step);
}

} // namespace prep::ui
