// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/release_desk.h"

#include "db/hash.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/label_desk.h"

#include <optional>

namespace prep::station {

namespace {

// An evidence photo is what the pharmacist relies on instead of watching the isolator: the file on disk must still
// be the one recorded (its SHA-256 is in the record and, through it, in the preparer's signature).
std::optional<Message> evidencePhotoBlocker(const std::string& path, const std::string& recordedSha256)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return say(QT_TRANSLATE_NOOP("Message", "evidence photo %1 is missing or cannot be read"), path);
    if (db::sha256Hex(*bytes) != recordedSha256)
        return say(QT_TRANSLATE_NOOP("Message", "evidence photo %1 no longer matches its recorded SHA-256"), path);
    return std::nullopt;
}

} // namespace

Result<ReleaseReview> ReleaseDesk::review(std::int64_t preparationId)
{
    ReleaseReview r;
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    r.preparation = *prep;
    auto scans = m_ctx.vialScans().listFor(preparationId);
    auto weighings = m_ctx.weighings().listFor(preparationId);
    auto photos = m_ctx.photos().listFor(preparationId);
    auto labels = m_ctx.labels().listFor(preparationId);
    auto decisions = m_ctx.deviationDecisions().listFor(preparationId);
    auto versions = m_ctx.dataVersions().listFor(preparationId);
    if (!scans || !weighings || !photos || !labels || !decisions || !versions)
        return makeError(Error::Kind::Database,
                         say(QT_TRANSLATE_NOOP("Message", "cannot read the batch record of %1"), prep->number));
    r.vialScans = *scans;
    r.weighings = *weighings;
    r.photos = *photos;
    r.labels = *labels;
    r.deviationDecisions = *decisions;
    r.dataVersions = *versions;
    auto dossier = preparationDossier(m_ctx, preparationId);
    if (!dossier)
        return dossier.error();
    r.contentSha256 = contentHash(*dossier);

    if (prep->status != db::PreparationStatus::Prepared)
        r.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "status is %1, not prepared"),
                                 MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status))));
    if (!db::isAccepted(prep->toleranceDecision))
        r.blockers.push_back(
            say(QT_TRANSLATE_NOOP("Message", "gravimetric control not accepted (%1)"),
                MessageArg::stored(WordKind::ToleranceDecision, db::describe(prep->toleranceDecision))));
    if (r.vialScans.empty())
        r.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "no vial scan")));
    bool tare = false, filled = false;
    for (const auto& w : r.weighings) {
        tare = tare || w.step == "tare";
        filled = filled || w.step == "filled";
    }
    if (!tare || !filled)
        r.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "tare and filled-syringe weighings are both required")));
    const LabelReadBacks readBacks = labelReadBacks(r.labels);
    if (!readBacks.pdf)
        r.blockers.push_back(
            say(QT_TRANSLATE_NOOP("Message", "the printed label has not been read back successfully")));
    if (!readBacks.camera)
        r.blockers.push_back(
            say(QT_TRANSLATE_NOOP("Message", "the printed label has not been read back by the station camera")));
    // Every photo kept as evidence: the step photos (vial scan) and the camera read-backs of the printed label.
    for (const auto& photo : r.photos)
        if (auto blocker = evidencePhotoBlocker(photo.path, photo.sha256))
            r.blockers.push_back(std::move(*blocker));
    for (const auto& label : r.labels)
        if (label.format == "readback-photo")
            if (auto blocker = evidencePhotoBlocker(label.path, label.fileSha256))
                r.blockers.push_back(std::move(*blocker));
    if (!prep->expiry)
        r.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "no expiry")));
    else if (*prep->expiry <= m_ctx.now())
        r.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "expired at release time")));
    // The batch record must be exactly what the technician signed.
    auto signatures = m_ctx.signatures().listFor("preparation", std::to_string(preparationId));
    if (!signatures)
        return fromDb(signatures.error());
    bool preparedSigned = false;
    for (const auto& s : *signatures)
        if (s.meaning == "prepared")
            preparedSigned = s.contentSha256 == r.contentSha256;
    if (!preparedSigned)
        r.blockers.push_back(say(QT_TRANSLATE_NOOP(
            "Message", "the batch record differs from what the preparer signed (or was never signed)")));
    return r;
}

Result<db::PreparationRecord> ReleaseDesk::release(std::int64_t preparationId, const std::string& username,
                                                   const std::string& password)
{
    auto r = review(preparationId);
    if (!r)
        return r.error();
    if (!r->blockers.empty()) {
        return makeError(Error::Kind::Refused, say(QT_TRANSLATE_NOOP("Message", "cannot release %1: %2"),
                                                   r->preparation.number, listOf(r->blockers)));
    }
    auto pharmacist = m_ctx.users().find(username);
    if (!pharmacist)
        return fromDb(pharmacist.error());
    if (pharmacist->role != db::Role::Pharmacist)
        return makeError(
            Error::Kind::Denied,
            say(QT_TRANSLATE_NOOP("Message", "%1 is not a pharmacist: only a pharmacist releases"), username));
    if (pharmacist->userId == r->preparation.preparedBy)
        return makeError(Error::Kind::Denied,
                         say(QT_TRANSLATE_NOOP("Message", "%1 prepared %2 and may not release it (segregation of "
                                                          "duties)"),
                             username, r->preparation.number));
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    auto signature = m_ctx.signatures().sign(username, password, "released", "preparation",
                                             std::to_string(preparationId), r->contentSha256, now);
    if (!signature)
        return fromDb(signature.error());
    db::PreparationRecord released = r->preparation;
    released.status = db::PreparationStatus::Released;
    released.releasedBy = pharmacist->userId;
    released.releasedAt = now;
    auto stored = m_ctx.preparations().update(*pharmacist, now, released, "pharmaceutical release");
    if (!stored)
        return fromDb(stored.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

} // namespace prep::station
