// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/message_words.h"

#include "db/delivery_problem_repository.h"
#include "db/dose_not_given_repository.h"

#include <QtGlobal>

namespace prep::station {

const char* englishWord(db::PreparationStatus status)
{
    using S = db::PreparationStatus;
    switch (status) {
    case S::Planned:
        return QT_TRANSLATE_NOOP("Words", "to prepare");
    case S::InProgress:
        return QT_TRANSLATE_NOOP("Words", "in progress");
    case S::Prepared:
        return QT_TRANSLATE_NOOP("Words", "prepared");
    case S::Released:
        return QT_TRANSLATE_NOOP("Words", "released");
    case S::Dispatched:
        return QT_TRANSLATE_NOOP("Words", "dispatched");
    case S::Delivered:
        return QT_TRANSLATE_NOOP("Words", "delivered");
    case S::Administered:
        return QT_TRANSLATE_NOOP("Words", "administered");
    case S::Interrupted:
        return QT_TRANSLATE_NOOP("Words", "interrupted");
    case S::Rejected:
        return QT_TRANSLATE_NOOP("Words", "rejected");
    }
    return "";
}

const char* englishWord(db::OrderStatus status)
{
    switch (status) {
    case db::OrderStatus::Prescribed:
        return QT_TRANSLATE_NOOP("Words", "to validate");
    case db::OrderStatus::Validated:
        return QT_TRANSLATE_NOOP("Words", "validated");
    case db::OrderStatus::Cancelled:
        return QT_TRANSLATE_NOOP("Words", "cancelled");
    }
    return "";
}

const char* englishWord(db::ToleranceDecision decision)
{
    using D = db::ToleranceDecision;
    switch (decision) {
    case D::NotWeighed:
        return QT_TRANSLATE_NOOP("Words", "not weighed yet");
    case D::Accepted:
        return QT_TRANSLATE_NOOP("Words", "within tolerance: accepted");
    case D::RejectedRedo:
        return QT_TRANSLATE_NOOP("Words", "rejected: redo the syringe");
    case D::AwaitingPharmacist:
        return QT_TRANSLATE_NOOP("Words", "out of tolerance: awaiting a pharmacist");
    case D::PharmacistAccepted:
        return QT_TRANSLATE_NOOP("Words", "accepted by a pharmacist");
    case D::PharmacistRejected:
        return QT_TRANSLATE_NOOP("Words", "rejected by a pharmacist: redo the syringe");
    }
    return "";
}

const char* englishWord(db::Role role)
{
    switch (role) {
    case db::Role::Technician:
        return QT_TRANSLATE_NOOP("Words", "technician");
    case db::Role::Pharmacist:
        return QT_TRANSLATE_NOOP("Words", "pharmacist");
    case db::Role::Courier:
        return QT_TRANSLATE_NOOP("Words", "courier");
    case db::Role::Nurse:
        return QT_TRANSLATE_NOOP("Words", "nurse");
    case db::Role::Auditor:
        return QT_TRANSLATE_NOOP("Words", "auditor");
    case db::Role::Admin:
        return QT_TRANSLATE_NOOP("Words", "administrator");
    }
    return "";
}

const char* englishWord(ProtocolCheck check)
{
    using C = ProtocolCheck;
    switch (check) {
    case C::CycleDay:
        return QT_TRANSLATE_NOOP("Words", "cycle and day of the regimen");
    case C::MinInterval:
        return QT_TRANSLATE_NOOP("Words", "interval since the last dose");
    case C::DoseLevel:
        return QT_TRANSLATE_NOOP("Words", "dose level (reductions)");
    case C::DoseVsBsa:
        return QT_TRANSLATE_NOOP("Words", "ordered dose vs body surface area");
    case C::BsaCap:
        return QT_TRANSLATE_NOOP("Words", "body surface area cap");
    case C::Duplicate:
        return QT_TRANSLATE_NOOP("Words", "duplicate order");
    }
    return "";
}

const char* englishWord(db::DeliveryProblemRecord::Kind kind)
{
    switch (kind) {
    case db::DeliveryProblemRecord::Kind::NobodyHome:
        return QT_TRANSLATE_NOOP("Words", "nobody home");
    case db::DeliveryProblemRecord::Kind::Refused:
        return QT_TRANSLATE_NOOP("Words", "refused at the door");
    case db::DeliveryProblemRecord::Kind::DamagedCooler:
        return QT_TRANSLATE_NOOP("Words", "damaged cooler");
    }
    return "";
}

const char* englishWord(db::DoseNotGivenRecord::Outcome outcome)
{
    return outcome == db::DoseNotGivenRecord::Outcome::Destroyed
               ? QT_TRANSLATE_NOOP("Words", "destroyed at the home")
               : QT_TRANSLATE_NOOP("Words", "brought back to the PUI");
}

const char* weighingStepWord(std::string_view step)
{
    if (step == "diluent_before")
        return QT_TRANSLATE_NOOP("Words", "vial before diluent");
    if (step == "diluent_after")
        return QT_TRANSLATE_NOOP("Words", "vial after diluent");
    if (step == "tare")
        return QT_TRANSLATE_NOOP("Words", "empty syringe");
    if (step == "filled")
        return QT_TRANSLATE_NOOP("Words", "filled syringe");
    if (step == "vial_before")
        return QT_TRANSLATE_NOOP("Words", "vial before withdrawal");
    if (step == "vial_after")
        return QT_TRANSLATE_NOOP("Words", "vial after withdrawal");
    if (step == "daily_check")
        return QT_TRANSLATE_NOOP("Words", "daily check");
    return nullptr;
}

const char* englishWord(WordKind kind, std::string_view stored)
{
    switch (kind) {
    case WordKind::PreparationStatus:
        if (auto s = db::preparationStatusFromText(stored))
            return englishWord(*s);
        break;
    case WordKind::OrderStatus:
        if (auto s = db::orderStatusFromText(stored))
            return englishWord(*s);
        break;
    case WordKind::ToleranceDecision:
        // describe() says "not weighed" for the decision stored as "".
        if (stored.empty() || stored == "not weighed")
            return englishWord(db::ToleranceDecision::NotWeighed);
        if (auto d = db::toleranceDecisionFromText(stored))
            return englishWord(*d);
        break;
    case WordKind::WeighingStep:
        return weighingStepWord(stored);
    case WordKind::ProtocolCheck:
        if (auto c = protocolCheckFromText(stored))
            return englishWord(*c);
        break;
    case WordKind::Role:
        if (auto r = db::roleFromName(stored))
            return englishWord(*r);
        break;
    case WordKind::DeliveryProblem:
        if (auto k = db::deliveryProblemFromText(stored))
            return englishWord(*k);
        break;
    case WordKind::DoseOutcome:
        if (auto o = db::doseOutcomeFromText(stored))
            return englishWord(*o);
        break;
    }
    return nullptr;
}

} // namespace prep::station
