// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/batch_record_pdf.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/trace_desk.h"

#include <cstdio>
#include <map>

namespace prep::station {

namespace {

std::string fixed(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string local(const std::optional<UtcTime>& t)
{
    return t ? formatParisIso(*t) : std::string("-");
}

// "2026-12-05 22:24" (Europe/Paris) for the tables' narrow first column; the headers say the zone.
std::string when(UtcTime t)
{
    std::string iso = formatParisIso(t);
    if (iso.size() >= 16) {
        iso.resize(16);
        iso[10] = ' ';
    }
    return iso;
}

} // namespace

Result<labels::Document> batchRecordDocument(StationContext& ctx, const std::string& idOrNumber)
{
    TraceDesk trace(ctx);
    auto prep = trace.find(idOrNumber);
    if (!prep)
        return prep.error();
    auto history = trace.preparationHistory(std::to_string(prep->id));
    if (!history)
        return history.error();
    auto prescribed = ctx.prescribedFor(*prep);
    if (!prescribed)
        return prescribed.error();
    const db::OrderRecord& order = prescribed->order;
    const db::PatientRecord& patient = prescribed->patient;
    // People by id: the login in the tables, login and printed name where a person is named once.
    std::map<std::int64_t, std::string> names, logins;
    if (auto users = ctx.users().list())
        for (const auto& u : *users) {
            names[u.id] = u.username + " (" + u.fullName + ")";
            logins[u.id] = u.username;
        }
    auto login = [&](std::int64_t id) {
        auto it = logins.find(id);
        return it != logins.end() ? it->second : "user #" + std::to_string(id);
    };
    auto who = [&](std::int64_t id) {
        auto it = names.find(id);
        return it != names.end() ? it->second : id == 0 ? std::string("-") : "user #" + std::to_string(id);
    };

    labels::Document doc;
    doc.title = "Batch record — preparation " + prep->number;
    doc.subtitle =
        "PrepStation dossier generated " + formatParisIso(ctx.now()) + " (Europe/Paris) from " + ctx.site().puiName;
    doc.footer = "PrepStation batch record " + prep->number;

    labels::DocumentSection summary{"Preparation", {}, {}, {}};
    summary.table = {
        {"Field", "Value"},
        {{"Number", prep->number},
         {"Status", std::string(db::toText(prep->status))},
         {"Drug", prep->drug},
         {"Syringe", std::to_string(prep->syringeIndex) + "/" + std::to_string(prep->syringeCount)},
         {"Target", fixed(prep->targetDoseMg, 1) + " mg in " + fixed(prep->targetVolumeMl, 2) + " mL (" +
                        fixed(prep->concentrationMgPerMl, 2) + " mg/mL)"},
         {"Measured dose",
          fixed(prep->measuredDoseMg, 2) + " mg, deviation " + fixed(prep->deviationPercent, 2) + " %"},
         {"Tolerance decision", std::string(db::toText(prep->toleranceDecision))},
         {"Product GTIN", prep->productGtin},
         {"Prepared by", who(prep->preparedBy)},
         {"Released by", who(prep->releasedBy)},
         {"Started / prepared / released",
          local(prep->startedAt) + " / " + local(prep->preparedAt) + " / " + local(prep->releasedAt)},
         {"Expiry", local(prep->expiry) + " by rule " + prep->stabilityRule + " [" + prep->stabilitySource +
                        "], storage " + prep->storage},
         {"Signatures", history->value("signatures_valid", false) ? "all bound to the current content"
                                                                  : "NOT VALID: content changed since signing"}}};
    doc.sections.push_back(summary);

    labels::DocumentSection prescription{"Order and patient", {}, {}, {}};
    prescription.table = {{"Field", "Value"},
                          {{"Order", std::to_string(order.id) + " (" + std::string(db::toText(order.status)) + ")"},
                           {"Prescription", order.drug + " " + fixed(order.doseMg, 1) + " mg, protocol " +
                                                order.protocolId + " " + order.cycleDay},
                           {"Body surface", fixed(order.bsaM2, 3) + " m2 (" + order.bsaFormula + "), " +
                                                fixed(order.heightCm, 0) + " cm, " + fixed(order.weightKg, 1) + " kg"},
                           {"Prescriber", order.prescriber},
                           {"Validated", who(order.validatedBy) + " at " + local(order.validatedAt)},
                           {"Patient", patient.ipp + " " + patient.familyName + " " + patient.givenName + " born " +
                                           patient.birthDate + (patient.fictitious ? " [FICTITIOUS]" : "")}}};
    doc.sections.push_back(prescription);

    labels::DocumentSection scans{
        "Vial scans", {}, {{"When (Paris)", "By", "GTIN", "Lot", "Expiry", "Serial", "Source"}, {}}, {}};
    if (auto list = ctx.vialScans().listFor(prep->id))
        for (const auto& s : *list)
            scans.table.rows.push_back({when(s.at), login(s.userId), s.gtin, s.lot, s.expiry, s.serial, s.source});
    doc.sections.push_back(scans);

    labels::DocumentSection weighings{
        "Weighings", {}, {{"When (Paris)", "By", "Step", "Grams", "Stable", "Readability", "Source"}, {}}, {}};
    if (auto list = ctx.weighings().listFor(prep->id))
        for (const auto& w : *list)
            weighings.table.rows.push_back({when(w.at), login(w.userId), w.step, fixed(w.grams, 4) + " g",
                                            w.stable ? "stable" : "UNSTABLE", fixed(w.readabilityG, 4) + " g",
                                            w.source});
    doc.sections.push_back(weighings);

    labels::DocumentSection decisions{
        "Deviation decisions",
        {},
        {{"When (Paris)", "Pharmacist", "Decision", "Deviation", "Weighing", "Reason"}, {}},
        {}};
    if (auto list = ctx.deviationDecisions().listFor(prep->id))
        for (const auto& d : *list)
            decisions.table.rows.push_back({when(d.at), login(d.userId), std::string(db::decisionName(d.decision)),
                                            fixed(d.deviationPercent, 2) + " %", std::to_string(d.weighingId),
                                            d.reason});
    if (decisions.table.rows.empty())
        decisions.paragraphs.push_back("No deviation needed a pharmacist's decision.");
    doc.sections.push_back(decisions);

    labels::DocumentSection versions{"Clinical data versions", {}, {{"Step", "File", "SHA-256", "Origin"}, {}}, {}};
    if (auto list = ctx.dataVersions().listFor(prep->id))
        for (const auto& v : *list)
            versions.table.rows.push_back({v.step, v.file, v.sha256, v.origin});
    doc.sections.push_back(versions);

    labels::DocumentSection labelSection{
        "Labels and read-backs", {}, {{"When (Paris)", "By", "Kind", "Template", "Result", "File"}, {}}, {}};
    if (auto list = ctx.labels().listFor(prep->id))
        for (const auto& l : *list) {
            const bool readBack = l.format == "readback" || l.format == "readback-photo";
            labelSection.table.rows.push_back(
                {when(l.at), login(l.userId), l.format + (l.duplicate ? " (duplicate)" : ""),
                 l.templateId.empty() ? "-" : l.templateId + " v" + std::to_string(l.templateVersion),
                 readBack ? std::string(l.readBackOk ? "read back OK: " : "read back FAILED: ") + l.barcodeData
                          : "sha256 " + l.fileSha256.substr(0, 16),
                 l.path});
        }
    doc.sections.push_back(labelSection);

    // Each signature's manifestation (printed name, time, meaning) and whether its content is still the content now,
    // as the trace re-checked it.
    std::map<std::string, std::string> validity;
    for (const auto& e : (*history)["events"]) {
        const std::string event = e.value("event", "");
        if (event.rfind("signature:", 0) == 0)
            validity[e.value("at", "") + "|" + event] = e.value("detail", "");
    }
    labels::DocumentSection signatures{"Signatures", {}, {{"When (Paris)", "Signed by", "Meaning", "Content"}, {}}, {}};
    for (const auto& [entity, id] : {std::pair<std::string, std::string>{"order", std::to_string(order.id)},
                                     std::pair<std::string, std::string>{"preparation", std::to_string(prep->id)}})
        if (auto list = ctx.signatures().listFor(entity, id))
            for (const auto& s : *list) {
                auto v = validity.find(formatUtcIso(s.at) + "|signature:" + s.meaning);
                signatures.table.rows.push_back(
                    {when(s.at), s.fullName + " (" + s.username + ")", entity + " " + s.meaning,
                     entity == "order"
                         ? "order " + id + ", sha256 " + s.contentSha256.substr(0, 16)
                         : (v != validity.end() ? v->second : "sha256 " + s.contentSha256.substr(0, 16))});
            }
    doc.sections.push_back(signatures);

    labels::DocumentSection events{
        "History (Europe/Paris time, oldest first)", {}, {{"When", "Event", "By", "Detail"}, {}}, {}};
    for (const auto& e : (*history)["events"])
        events.table.rows.push_back(
            {e.value("local_time", ""), e.value("event", ""), e.value("by", ""), e.value("detail", "")});
    doc.sections.push_back(events);

    labels::DocumentSection photos{"Evidence photos", {}, {}, {}};
    if (auto list = ctx.photos().listFor(prep->id))
        for (const auto& p : *list)
            photos.images.push_back({p.step + " — " + when(p.at) + " — sha256 " + p.sha256, p.path});
    if (photos.images.empty())
        photos.paragraphs.push_back("No evidence photo recorded.");
    doc.sections.push_back(photos);
    return doc;
}

Result<std::filesystem::path> writeBatchRecordPdf(StationContext& ctx, const std::string& idOrNumber,
                                                  const std::filesystem::path& path)
{
    auto doc = batchRecordDocument(ctx, idOrNumber);
    if (!doc)
        return doc.error();
    if (auto w = labels::writeDocumentPdf(*doc, path.string()); !w)
        return makeError(Error::Kind::Label, path.string() + ": " + w.error().message);
    return path;
}

} // namespace prep::station
