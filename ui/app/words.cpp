// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/words.h"

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
    using S = db::PreparationStatus;
    switch (status) {
    case S::Planned:
        return QCoreApplication::translate("Words", "to prepare");
    case S::InProgress:
        return QCoreApplication::translate("Words", "in progress");
    case S::Prepared:
        return QCoreApplication::translate("Words", "prepared");
    case S::Released:
        return QCoreApplication::translate("Words", "released");
    case S::Dispatched:
        return QCoreApplication::translate("Words", "dispatched");
    case S::Delivered:
        return QCoreApplication::translate("Words", "delivered");
    case S::Administered:
        return QCoreApplication::translate("Words", "administered");
    case S::Interrupted:
        return QCoreApplication::translate("Words", "interrupted");
    case S::Rejected:
        return QCoreApplication::translate("Words", "rejected");
    }
    return {};
}

QString orderStatusText(db::OrderStatus status)
{
    switch (status) {
    case db::OrderStatus::Prescribed:
        return QCoreApplication::translate("Words", "to validate");
    case db::OrderStatus::Validated:
        return QCoreApplication::translate("Words", "validated");
    case db::OrderStatus::Cancelled:
        return QCoreApplication::translate("Words", "cancelled");
    }
    return {};
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
    switch (role) {
    case db::Role::Technician:
        return QCoreApplication::translate("Words", "technician");
    case db::Role::Pharmacist:
        return QCoreApplication::translate("Words", "pharmacist");
    case db::Role::Courier:
        return QCoreApplication::translate("Words", "courier");
    case db::Role::Nurse:
        return QCoreApplication::translate("Words", "nurse");
    case db::Role::Auditor:
        return QCoreApplication::translate("Words", "auditor");
    case db::Role::Admin:
        return QCoreApplication::translate("Words", "administrator");
    }
    return {};
}

QString toleranceText(db::ToleranceDecision decision)
{
    using D = db::ToleranceDecision;
    switch (decision) {
    case D::NotWeighed:
        return QCoreApplication::translate("Words", "not weighed yet");
    case D::Accepted:
        return QCoreApplication::translate("Words", "within tolerance: accepted");
    case D::RejectedRedo:
        return QCoreApplication::translate("Words", "rejected: redo the syringe");
    case D::AwaitingPharmacist:
        return QCoreApplication::translate("Words", "out of tolerance: awaiting a pharmacist");
    case D::PharmacistAccepted:
        return QCoreApplication::translate("Words", "accepted by a pharmacist");
    case D::PharmacistRejected:
        return QCoreApplication::translate("Words", "rejected by a pharmacist: redo the syringe");
    }
    return {};
}

QString checkText(station::ProtocolCheck check)
{
    using C = station::ProtocolCheck;
    switch (check) {
    case C::CycleDay:
        return QCoreApplication::translate("Words", "cycle and day of the regimen");
    case C::MinInterval:
        return QCoreApplication::translate("Words", "interval since the last dose");
    case C::DoseLevel:
        return QCoreApplication::translate("Words", "dose level (reductions)");
    case C::DoseVsBsa:
        return QCoreApplication::translate("Words", "ordered dose vs body surface area");
    case C::BsaCap:
        return QCoreApplication::translate("Words", "body surface area cap");
    case C::Duplicate:
        return QCoreApplication::translate("Words", "duplicate order");
    }
    return {};
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
    if (step == "diluent_before")
        return QCoreApplication::translate("Words", "vial before diluent");
    if (step == "diluent_after")
        return QCoreApplication::translate("Words", "vial after diluent");
    if (step == "tare")
        return QCoreApplication::translate("Words", "empty syringe");
    if (step == "filled")
        return QCoreApplication::translate("Words", "filled syringe");
    if (step == "vial_before")
        return QCoreApplication::translate("Words", "vial before withdrawal");
    if (step == "vial_after")
        return QCoreApplication::translate("Words", "vial after withdrawal");
    if (step == "daily_check")
        return QCoreApplication::translate("Words", "daily check");
    return qs(step);
}

} // namespace prep::ui
