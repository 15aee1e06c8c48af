// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/words.h"

#include <QCoreApplication>
#include <QLocale>

namespace prep::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Words", text);
}

} // namespace

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString instructionFor(station::NextStep step)
{
    using station::NextStep;
    switch (step) {
    case NextStep::Start:
        return tr("Start the preparation");
    case NextStep::ScanVial:
        return tr("Scan the vial's DataMatrix");
    case NextStep::WeighVialBeforeDiluent:
        return tr("Put the vial on the scale, before its diluent");
    case NextStep::WeighVialAfterDiluent:
        return tr("Add the diluent, then put the vial back on the scale");
    case NextStep::WeighEmptySyringe:
        return tr("Put the empty syringe (with its cap) on the scale");
    case NextStep::WeighFilledSyringe:
        return tr("Fill the syringe, then put it on the scale");
    case NextStep::PharmacistDecision:
        return tr("Out of tolerance: a pharmacist must decide");
    case NextStep::PrintLabel:
        return tr("Print the label");
    case NextStep::ReadBackLabelPdf:
        return tr("Check the printed label file");
    case NextStep::ReadBackLabelCamera:
        return tr("Show the printed label to the camera");
    case NextStep::Sign:
        return tr("Sign the preparation");
    case NextStep::Release:
        return tr("Prepared: awaiting pharmaceutical release");
    case NextStep::Ship:
    case NextStep::Pickup:
    case NextStep::Delivery:
    case NextStep::ImportLogger:
    case NextStep::Administer:
        return tr("Released: on its way to the patient");
    case NextStep::None:
        break;
    }
    return tr("Nothing left to do at the isolator");
}

QString statusText(db::PreparationStatus status)
{
    using S = db::PreparationStatus;
    switch (status) {
    case S::Planned:
        return tr("to prepare");
    case S::InProgress:
        return tr("in progress");
    case S::Prepared:
        return tr("prepared");
    case S::Released:
        return tr("released");
    case S::Dispatched:
        return tr("dispatched");
    case S::Delivered:
        return tr("delivered");
    case S::Administered:
        return tr("administered");
    case S::Interrupted:
        return tr("interrupted");
    case S::Rejected:
        return tr("rejected");
    }
    return {};
}

QString orderStatusText(db::OrderStatus status)
{
    switch (status) {
    case db::OrderStatus::Prescribed:
        return tr("to validate");
    case db::OrderStatus::Validated:
        return tr("validated");
    case db::OrderStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString roleText(db::Role role)
{
    switch (role) {
    case db::Role::Technician:
        return tr("technician");
    case db::Role::Pharmacist:
        return tr("pharmacist");
    case db::Role::Courier:
        return tr("courier");
    case db::Role::Nurse:
        return tr("nurse");
    case db::Role::Auditor:
        return tr("auditor");
    case db::Role::Admin:
        return tr("administrator");
    }
    return {};
}

QString toleranceText(db::ToleranceDecision decision)
{
    using D = db::ToleranceDecision;
    switch (decision) {
    case D::NotWeighed:
        return tr("not weighed yet");
    case D::Accepted:
        return tr("within tolerance: accepted");
    case D::RejectedRedo:
        return tr("rejected: redo the syringe");
    case D::AwaitingPharmacist:
        return tr("out of tolerance: awaiting a pharmacist");
    case D::PharmacistAccepted:
        return tr("accepted by a pharmacist");
    case D::PharmacistRejected:
        return tr("rejected by a pharmacist: redo the syringe");
    }
    return {};
}

QString errorHeadline(station::Error::Kind kind)
{
    using K = station::Error::Kind;
    switch (kind) {
    case K::Invalid:
        return tr("Not valid");
    case K::NotFound:
        return tr("Not found");
    case K::Refused:
        return tr("Refused");
    case K::Device:
        return tr("Device fault");
    case K::Database:
        return tr("Database fault");
    case K::Label:
        return tr("Label fault");
    case K::Io:
        return tr("File fault");
    case K::Data:
        return tr("Clinical data fault");
    case K::Denied:
        return tr("Not allowed");
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

} // namespace prep::ui
