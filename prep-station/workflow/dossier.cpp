// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/dossier.h"

#include "db/hash.h"
#include "prep-station/time/paris_time.h"

namespace prep::station {

using nlohmann::json;

std::string isoOrEmpty(const std::optional<UtcTime>& t)
{
    return t ? formatUtcIso(*t) : std::string();
}

json toJson(const db::OrderRecord& o)
{
    return json{{"id", o.id},
                {"patient_id", o.patientId},
                {"drug", o.drug},
                {"protocol", o.protocolId},
                {"cycle_day", o.cycleDay},
                {"height_cm", o.heightCm},
                {"weight_kg", o.weightKg},
                {"bsa_formula", o.bsaFormula},
                {"bsa_m2", o.bsaM2},
                {"mg_per_m2", o.mgPerM2},
                {"dose_mg", o.doseMg},
                {"prescriber", o.prescriber},
                {"status", o.status},
                {"validated_by", o.validatedBy},
                {"validated_at", isoOrEmpty(o.validatedAt)},
                {"created_at", formatUtcIso(o.createdAt)}};
}

json toJson(const db::PreparationRecord& p)
{
    return json{{"id", p.id},
                {"number", p.number},
                {"order_id", p.orderId},
                {"syringe", std::to_string(p.syringeIndex) + "/" + std::to_string(p.syringeCount)},
                {"drug", p.drug},
                {"target_dose_mg", p.targetDoseMg},
                {"target_volume_ml", p.targetVolumeMl},
                {"concentration_mg_per_ml", p.concentrationMgPerMl},
                {"product_gtin", p.productGtin},
                {"status", p.status},
                {"prepared_by", p.preparedBy},
                {"released_by", p.releasedBy},
                {"started_at", isoOrEmpty(p.startedAt)},
                {"reconstituted_at", isoOrEmpty(p.reconstitutedAt)},
                {"prepared_at", isoOrEmpty(p.preparedAt)},
                {"released_at", isoOrEmpty(p.releasedAt)},
                {"expiry", isoOrEmpty(p.expiry)},
                {"stability_rule", p.stabilityRule},
                {"stability_source", p.stabilitySource},
                {"storage", p.storage},
                {"measured_dose_mg", p.measuredDoseMg},
                {"deviation_percent", p.deviationPercent},
                {"tolerance_decision", p.toleranceDecision}};
}

json toJson(const db::WeighingRecord& w)
{
    return json{{"id", w.id},
                {"step", w.step},
                {"grams", w.grams},
                {"stable", w.stable},
                {"readability_g", w.readabilityG},
                {"source", w.source},
                {"raw", w.raw},
                {"at", formatUtcIso(w.at)},
                {"user_id", w.userId}};
}

json toJson(const db::VialScanRecord& s)
{
    return json{{"id", s.id},
                {"gtin", s.gtin},
                {"lot", s.lot},
                {"expiry", s.expiry},
                {"serial", s.serial},
                {"hri", s.hri},
                {"raw_scan", s.rawScan},
                {"source", s.source},
                {"at", formatUtcIso(s.at)},
                {"user_id", s.userId}};
}

json toJson(const db::DeviationDecisionRecord& d)
{
    return json{{"id", d.id},
                {"weighing_id", d.weighingId},
                {"decision", std::string(db::decisionName(d.decision))},
                {"deviation_percent", d.deviationPercent},
                {"reason", d.reason},
                {"at", formatUtcIso(d.at)},
                {"user_id", d.userId}};
}

json toJson(const db::PhotoRecord& p)
{
    return json{{"id", p.id},         {"step", p.step},           {"path", p.path},
                {"sha256", p.sha256}, {"at", formatUtcIso(p.at)}, {"user_id", p.userId}};
}

json toJson(const db::LabelRecord& l)
{
    return json{{"id", l.id},
                {"path", l.path},
                {"format", l.format},
                {"template", l.templateId + " v" + std::to_string(l.templateVersion)},
                {"template_sha256", l.templateSha256},
                {"file_sha256", l.fileSha256},
                {"barcode", l.barcodeData},
                {"duplicate", l.duplicate},
                {"read_back_ok", l.readBackOk},
                {"at", formatUtcIso(l.at)},
                {"user_id", l.userId}};
}

json toJson(const db::SignatureRecord& s)
{
    return json{{"id", s.id},
                {"user_id", s.userId},
                {"meaning", s.meaning},
                {"entity", s.entity},
                {"entity_id", s.entityId},
                {"content_sha256", s.contentSha256},
                {"at", formatUtcIso(s.at)}};
}

json toJson(const db::ShipmentRecord& s)
{
    return json{{"id", s.id},
                {"number", s.number},
                {"logger_id", s.loggerId},
                {"status", s.status},
                {"preparations", s.preparationIds},
                {"created_at", formatUtcIso(s.createdAt)}};
}

json toJson(const db::HandoverRecord& h)
{
    return json{{"id", h.id},     {"kind", h.kind},          {"user_id", h.userId}, {"location", h.location},
                {"scan", h.scan}, {"at", formatUtcIso(h.at)}};
}

Result<json> preparationDossier(StationContext& ctx, std::int64_t preparationId)
{
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    json dossier{{"preparation", toJson(*prep)}};
    // Status and release fields change at release itself; the signed content is the batch record as prepared.
    dossier["preparation"].erase("status");
    dossier["preparation"].erase("released_by");
    dossier["preparation"].erase("released_at");
    dossier["preparation"].erase("prepared_at");
    auto scans = ctx.vialScans().listFor(preparationId);
    auto weighings = ctx.weighings().listFor(preparationId);
    auto photos = ctx.photos().listFor(preparationId);
    auto labels = ctx.labels().listFor(preparationId);
    if (!scans)
        return fromDb(scans.error());
    if (!weighings)
        return fromDb(weighings.error());
    if (!photos)
        return fromDb(photos.error());
    if (!labels)
        return fromDb(labels.error());
    dossier["vial_scans"] = json::array();
    for (const auto& s : *scans)
        dossier["vial_scans"].push_back(toJson(s));
    dossier["weighings"] = json::array();
    for (const auto& w : *weighings)
        dossier["weighings"].push_back(toJson(w));
    dossier["photos"] = json::array();
    for (const auto& p : *photos)
        dossier["photos"].push_back(toJson(p));
    dossier["labels"] = json::array();
    for (const auto& l : *labels)
        dossier["labels"].push_back(toJson(l));
    // Present only when a pharmacist decided on a deviation, so a record without one hashes as it always did.
    auto decisions = ctx.deviationDecisions().listFor(preparationId);
    if (!decisions)
        return fromDb(decisions.error());
    for (const auto& d : *decisions)
        dossier["deviation_decisions"].push_back(toJson(d));
    return dossier;
}

Result<json> deviationDecisionContent(StationContext& ctx, const db::DeviationDecisionRecord& d)
{
    auto weighings = ctx.weighings().listFor(d.preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    for (const auto& w : *weighings)
        if (w.id == d.weighingId)
            return json{{"preparation_id", d.preparationId},
                        {"weighing", toJson(w)},
                        {"decision", std::string(db::decisionName(d.decision))},
                        {"deviation_percent", d.deviationPercent},
                        {"reason", d.reason}};
    return makeError(Error::Kind::NotFound, "weighing " + std::to_string(d.weighingId) + " of the decision is missing");
}

std::string contentHash(const json& content)
{
    return db::sha256Hex(content.dump());
}

} // namespace prep::station
