// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/deviation_desk.h"

#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/withdrawal_weighings.h"

#include <cstdio>

namespace prep::station {

Result<db::DeviationDecisionRecord> DeviationDesk::decide(std::int64_t preparationId, const std::string& username,
                                                          const std::string& password,
                                                          db::DeviationDecisionRecord::Decision decision,
                                                          const std::string& reason)
{
    using Decision = db::DeviationDecisionRecord::Decision;
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(
            Error::Kind::Invalid,
            say(QT_TRANSLATE_NOOP("Message", "a decision on an out-of-tolerance dose or a failed cross-check needs a "
                                             "reason")));
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (prep->status != db::PreparationStatus::InProgress ||
        prep->toleranceDecision != db::ToleranceDecision::AwaitingPharmacist)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message",
                                  "preparation %1 awaits no pharmacist decision (%2, gravimetric control %3)"),
                prep->number, MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status)),
                MessageArg::stored(WordKind::ToleranceDecision, db::describe(prep->toleranceDecision))));
    auto pharmacist = m_ctx.users().find(username);
    if (!pharmacist)
        return fromDb(pharmacist.error());
    if (pharmacist->role != db::Role::Pharmacist)
        return makeError(
            Error::Kind::Denied,
            say(QT_TRANSLATE_NOOP("Message", "%1 is not a pharmacist: only a pharmacist decides on an out-of-tolerance "
                                             "dose"),
                username));
    auto weighings = m_ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    std::int64_t filledId = 0;
    for (const auto& w : *weighings)
        if (w.step == "filled")
            filledId = w.id; // oldest first: the latest filled syringe is the one decided on
    if (filledId == 0)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "preparation %1 has no filled-syringe weighing"), prep->number));
    db::DeviationDecisionRecord record;
    record.preparationId = preparationId;
    record.weighingId = filledId;
    record.decision = decision;
    record.deviationPercent = prep->deviationPercent;
    record.reason = reason;
    // Signed: the decision and the weighing it is about (the batch record goes on growing after it).
    auto content = deviationDecisionContent(m_ctx, record);
    if (!content)
        return content.error();

    const UtcTime now = m_ctx.now();
    const bool accepted = decision == Decision::Accepted;
    db::Transaction tx(m_ctx.database());
    // The signature checks the password, the role and that the signer did not prepare this dose.
    auto signature = m_ctx.signatures().sign(username, password, accepted ? "deviation_accepted" : "deviation_rejected",
                                             "preparation", std::to_string(preparationId), contentHash(*content), now);
    if (!signature)
        return fromDb(signature.error());
    auto stored = m_ctx.deviationDecisions().add(*pharmacist, now, record);
    if (!stored)
        return fromDb(stored.error());
    db::PreparationRecord updated = *prep;
    updated.toleranceDecision =
        accepted ? db::ToleranceDecision::PharmacistAccepted : db::ToleranceDecision::PharmacistRejected;
    char deviation[64];
    std::snprintf(deviation, sizeof deviation, "deviation %+.2f %%", prep->deviationPercent);
    // The audit trail names what was decided on: the dose's deviation, or the failed vial/syringe cross-check.
    std::string what = deviation;
    if (auto check = crossCheckWithdrawal(m_ctx, *prep, latestWithdrawal(*weighings)); check && !check->passed) {
        char mismatch[96];
        std::snprintf(mismatch, sizeof mismatch, "vial/syringe cross-check failed (%+.4f g)", check->differenceGrams);
        what = mismatch;
    }
    const std::string why =
        what + (accepted ? " accepted by the pharmacist: " : " rejected by the pharmacist, redo: ") + reason;
    if (auto u = m_ctx.preparations().update(*pharmacist, now, updated, why); !u)
        return fromDb(u.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

} // namespace prep::station
