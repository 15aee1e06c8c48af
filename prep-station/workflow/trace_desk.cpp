// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/trace_desk.h"

#include "prep-station/dosing/protocol.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/file_output.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace prep::station {

using nlohmann::json;

namespace {

struct Event
{
    UtcTime at;
    std::string event;
    std::int64_t userId;
    Message detail;
};

MessageArg fixed(double v, int decimals)
{
    return MessageArg::decimal(v, decimals);
}

} // namespace

Result<db::PreparationRecord> TraceDesk::find(const std::string& idOrNumber)
{
    if (!idOrNumber.empty() && std::all_of(idOrNumber.begin(), idOrNumber.end(), ::isdigit)) {
        auto byId = m_ctx.preparations().get(std::stoll(idOrNumber));
        if (byId)
            return *byId;
    }
    auto byNumber = m_ctx.preparations().getByNumber(idOrNumber);
    if (!byNumber)
        return makeError(Error::Kind::NotFound, say(QT_TRANSLATE_NOOP("Message", "no preparation '%1'"), idOrNumber));
    return *byNumber;
}

Result<json> TraceDesk::preparationHistory(const std::string& idOrNumber)
{
    auto prep = find(idOrNumber);
    if (!prep)
        return prep.error();
    auto prescribed = m_ctx.prescribedFor(*prep);
    if (!prescribed)
        return prescribed.error();
    const db::OrderRecord* order = &prescribed->order;
    const db::PatientRecord* patient = &prescribed->patient;

    std::vector<Event> events;
    // A fixed-dose protocol has no mg/m2 or BSA to show (they are recorded as 0).
    const DoseProtocol* protocol = m_ctx.protocols().find(order->protocolId);
    const Message doseBasis = protocol && protocol->isFixedDose()
                                  ? say(QT_TRANSLATE_NOOP("Message", "fixed dose of %1"), order->protocolId)
                                  : say(QT_TRANSLATE_NOOP("Message", "%1 mg/m2 x %2 m2, %3"), fixed(order->mgPerM2, 2),
                                        fixed(order->bsaM2, 3), order->bsaFormula);
    events.push_back({order->createdAt, "order_prescribed", 0,
                      say(QT_TRANSLATE_NOOP("Message", "%1 %2 mg (%3) by %4"), order->drug, fixed(order->doseMg, 1),
                          doseBasis, order->prescriber)});
    auto orderSignatures = m_ctx.signatures().listFor("order", std::to_string(order->id));
    if (orderSignatures)
        for (const auto& s : *orderSignatures)
            events.push_back(
                {s.at, "signature:" + s.meaning, s.userId, say(QT_TRANSLATE_NOOP("Message", "order %1"), order->id)});
    events.push_back({prep->createdAt, "preparation_planned", 0,
                      say(QT_TRANSLATE_NOOP("Message", "syringe %1/%2, %3 mg in %4 mL"), prep->syringeIndex,
                          prep->syringeCount, fixed(prep->targetDoseMg, 1), fixed(prep->targetVolumeMl, 2))});
    if (prep->startedAt)
        events.push_back({*prep->startedAt, "preparation_started", prep->preparedBy, Message{}});
    if (auto scans = m_ctx.vialScans().listFor(prep->id))
        for (const auto& s : *scans)
            events.push_back({s.at, "vial_scanned", s.userId,
                              say(QT_TRANSLATE_NOOP("Message", "%1 (GTIN %2, lot %3, serial %4) via %5"), s.hri, s.gtin,
                                  s.lot, s.serial, s.source)});
    if (auto weighings = m_ctx.weighings().listFor(prep->id))
        for (const auto& w : *weighings)
            events.push_back(
                {w.at, "weighing:" + w.step, w.userId,
                 w.stable ? say(QT_TRANSLATE_NOOP("Message", "%1 g stable from %2"), fixed(w.grams, 4), w.source)
                          : say(QT_TRANSLATE_NOOP("Message", "%1 g UNSTABLE from %2"), fixed(w.grams, 4), w.source)});
    if (auto photos = m_ctx.photos().listFor(prep->id))
        for (const auto& p : *photos)
            events.push_back({p.at, "photo:" + p.step, p.userId,
                              say(QT_TRANSLATE_NOOP("Message", "%1 sha256=%2"), p.path, p.sha256)});
    if (prep->reconstitutedAt)
        events.push_back({*prep->reconstitutedAt, "reconstituted", prep->preparedBy,
                          say(QT_TRANSLATE_NOOP("Message", "expiry %1 by rule %2 [%3]"),
                              prep->expiry ? formatParisIso(*prep->expiry) : std::string("?"), prep->stabilityRule,
                              prep->stabilitySource)});
    if (auto labels = m_ctx.labels().listFor(prep->id))
        for (const auto& l : *labels) {
            if (l.format == "readback")
                events.push_back({l.at, "label_read_back", l.userId,
                                  l.readBackOk ? say(QT_TRANSLATE_NOOP("Message", "OK: %1"), l.barcodeData)
                                               : say(QT_TRANSLATE_NOOP("Message", "FAILED: %1"), l.barcodeData)});
            else if (l.format == "readback-photo")
                events.push_back({l.at, "label_read_back_camera", l.userId,
                                  l.readBackOk ? say(QT_TRANSLATE_NOOP("Message", "OK: %1 photo %2 sha256=%3"),
                                                     l.barcodeData, l.path, l.fileSha256)
                                               : say(QT_TRANSLATE_NOOP("Message", "FAILED: %1 photo %2 sha256=%3"),
                                                     l.barcodeData, l.path, l.fileSha256)});
            else
                events.push_back(
                    {l.at, "label_" + l.format, l.userId,
                     l.duplicate ? say(QT_TRANSLATE_NOOP("Message", "%1 (DUPLICATE)"), l.path) : say("%1", l.path)});
        }

    if (auto versions = m_ctx.dataVersions().listFor(prep->id))
        for (const auto& v : *versions)
            events.push_back(
                {v.at, "data_version:" + v.step, v.userId,
                 say(QT_TRANSLATE_NOOP("Message", "%1 sha256=%2… (%3)"), v.file, v.sha256.substr(0, 16), v.origin)});
    auto decisions = m_ctx.deviationDecisions().listFor(prep->id);
    if (decisions)
        for (const auto& d : *decisions)
            events.push_back({d.at,
                              std::string("pharmacist_decision:deviation_") + std::string(db::decisionName(d.decision)),
                              d.userId,
                              say(QT_TRANSLATE_NOOP("Message", "%1 % on weighing %2: %3"), fixed(d.deviationPercent, 2),
                                  d.weighingId, d.reason)});

    // Signatures: re-check that the content signed is still the content now (a decision on a deviation signs the
    // decision and its weighing; the others the whole batch record).
    auto dossier = preparationDossier(m_ctx, prep->id);
    const std::string currentHash = dossier ? contentHash(*dossier) : std::string();
    auto signedContent = [&](const db::SignatureRecord& s) -> std::string {
        if (s.meaning != "deviation_accepted" && s.meaning != "deviation_rejected")
            return currentHash;
        if (decisions)
            for (const auto& d : *decisions)
                if (d.at == s.at && d.userId == s.userId)
                    if (auto content = deviationDecisionContent(m_ctx, d))
                        return contentHash(*content);
        return {};
    };
    bool signaturesValid = true;
    if (auto signatures = m_ctx.signatures().listFor("preparation", std::to_string(prep->id)))
        for (const auto& s : *signatures) {
            const bool valid = s.contentSha256 == signedContent(s);
            signaturesValid = signaturesValid && valid;
            events.push_back({s.at, "signature:" + s.meaning, s.userId,
                              valid ? say(QT_TRANSLATE_NOOP("Message", "content unchanged since signing (sha256 %1…)"),
                                          s.contentSha256.substr(0, 16))
                                    : say(QT_TRANSLATE_NOOP("Message", "CONTENT CHANGED SINCE SIGNING (sha256 %1…)"),
                                          s.contentSha256.substr(0, 16))});
        }
    json shipmentsJson = json::array();
    if (auto shipments = m_ctx.shipments().forPreparation(prep->id))
        for (const auto& sh : *shipments) {
            events.push_back({sh.createdAt, "shipment_packed", 0,
                              say(QT_TRANSLATE_NOOP("Message", "%1 with logger %2"), sh.number, sh.loggerId)});
            shipmentsJson.push_back({{"number", sh.number}, {"status", sh.status}, {"logger", sh.loggerId}});
            if (auto handovers = m_ctx.handovers().listFor(sh.id))
                for (const auto& h : *handovers)
                    if (h.kind != "administration" || h.scan.find(prep->number) != std::string::npos)
                        events.push_back({h.at, "handover:" + h.kind, h.userId,
                                          say(QT_TRANSLATE_NOOP("Message", "%1 (scan %2)"), h.location, h.scan)});
            if (auto imports = m_ctx.loggers().listFor(sh.id))
                for (const auto& li : *imports)
                    events.push_back(
                        {li.at, "logger_imported", 0,
                         li.reason.empty()
                             ? say(QT_TRANSLATE_NOOP("Message", "%1: %2 readings, MKT %3 °C, %4"), li.loggerId,
                                   li.readingCount, fixed(li.mktC, 2), li.verdict)
                             : say(QT_TRANSLATE_NOOP("Message", "%1: %2 readings, MKT %3 °C, %4 (%5)"), li.loggerId,
                                   li.readingCount, fixed(li.mktC, 2), li.verdict, MessageArg::technical(li.reason))});
        }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });

    // Resolve user ids to names once.
    std::map<std::int64_t, std::string> names;
    if (auto users = m_ctx.users().list())
        for (const auto& u : *users)
            names[u.id] = u.username + " (" + std::string(db::roleName(u.role)) + ")";
    json eventsJson = json::array();
    for (const auto& e : events) {
        std::string by;
        if (e.userId != 0) {
            auto it = names.find(e.userId);
            by = it != names.end() ? it->second : "user #" + std::to_string(e.userId);
        }
        eventsJson.push_back({{"at", formatUtcIso(e.at)},
                              {"local_time", formatParisIso(e.at)},
                              {"event", e.event},
                              {"by", by},
                              {"detail", englishText(e.detail)},
                              {"said", toJson(e.detail)}});
    }
    return json{{"preparation", prep->number},
                {"id", prep->id},
                {"status", prep->status},
                {"drug", prep->drug},
                {"syringe", std::to_string(prep->syringeIndex) + "/" + std::to_string(prep->syringeCount)},
                {"expiry", isoOrEmpty(prep->expiry)},
                {"expiry_local", prep->expiry ? formatParisIso(*prep->expiry) : std::string()},
                {"stability_rule", prep->stabilityRule},
                {"order", order->id},
                {"patient",
                 {{"ipp", patient->ipp},
                  {"name", patient->familyName + " " + patient->givenName},
                  {"fictitious", patient->fictitious}}},
                {"shipments", shipmentsJson},
                {"signatures_valid", signaturesValid},
                {"events", eventsJson}};
}

Result<json> TraceDesk::lot(const std::string& lot)
{
    auto rows = m_ctx.trace().byLot(lot);
    if (!rows)
        return fromDb(rows.error());
    json out{{"lot", lot}, {"preparations", json::array()}};
    for (const auto& r : *rows)
        out["preparations"].push_back({{"preparation", r.preparationNumber},
                                       {"status", r.preparationStatus},
                                       {"gtin", r.gtin},
                                       {"patient", r.patientIpp + " " + r.patientName},
                                       {"shipment", r.shipmentNumber},
                                       {"shipment_status", r.shipmentStatus}});
    return out;
}

std::string renderTraceText(const json& h)
{
    std::ostringstream os;
    os << "PrepStation — trace report of preparation " << h.value("preparation", "") << "\n";
    os << "status: " << h.value("status", "") << "   drug: " << h.value("drug", "")
       << "   syringe: " << h.value("syringe", "") << "\n";
    os << "expiry: " << h.value("expiry_local", "") << " (rule " << h.value("stability_rule", "") << ")\n";
    const auto& patient = h["patient"];
    os << "patient: " << patient.value("ipp", "") << " " << patient.value("name", "")
       << (patient.value("fictitious", false) ? " [FICTITIOUS DEMO PATIENT]" : "") << "\n";
    os << "signatures: " << (h.value("signatures_valid", false) ? "all bound to the current content" : "NOT VALID")
       << "\n\nhistory (Europe/Paris time):\n";
    for (const auto& e : h["events"]) {
        os << "  " << e.value("local_time", "") << "  " << e.value("event", "");
        if (!e.value("by", "").empty())
            os << "  by " << e.value("by", "");
        if (!e.value("detail", "").empty())
            os << "\n      " << e.value("detail", "");
        os << "\n";
    }
    return os.str();
}

Result<std::filesystem::path> TraceDesk::writeReport(const std::string& idOrNumber, const std::filesystem::path& path)
{
    auto history = preparationHistory(idOrNumber);
    if (!history)
        return history.error();
    if (auto w = writeFileAtomically(path, renderTraceText(*history)); !w)
        return w.error();
    return path;
}

} // namespace prep::station
