// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/epcis_export.h"

#include "devices/gs1/gs1.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/trace_desk.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace prep::station {
namespace {

constexpr const char* kContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
// The GLN extension (AI 254) the site gives to "at a patient's home, in its home-care service": a home has no GLN,
// and its address must not leave in a shared document.
constexpr const char* kAtHome = "HAD";
// The name space of the events' name-based (version 5) UUIDs; fixed, so an event keeps its id from one export to
// the next.
const QUuid kEventNamespace(QStringLiteral("{6f1c2f0e-5a3b-4c61-9a57-2e0b8d7c4a19}"));

// Within one instant, events keep the order of the flow.
enum class Step { Commissioning, Packing, Shipping, Receiving, SensorReporting, Dispensing, NotGiven };

struct Event
{
    UtcTime at{};
    Step step = Step::Commissioning;
    std::string id;
    nlohmann::ordered_json body;
};

std::string offsetText(UtcTime at)
{
    const auto minutes = parisOffset(at).count();
    // A zone offset is within ±14:00 (EPCIS's pattern); the clamp only keeps the text's width bounded.
    const int magnitude = static_cast<int>(std::min<long>(std::labs(static_cast<long>(minutes)), 14 * 60));
    char text[16];
    std::snprintf(text, sizeof text, "%c%02d:%02d", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
    return text;
}

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// The local (Europe/Paris) calendar day of `at`: "2026-12-07".
std::string parisDay(UtcTime at)
{
    return formatParisIso(at).substr(0, 10);
}

// RFC 6920 named information: "ni:///sha-256;" and the digest in base64url without padding. Empty when `hex` is not
// a SHA-256 digest.
std::string namedInformation(const std::string& hex)
{
    if (hex.size() != 64 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        return {};
    QByteArray digest = QByteArray::fromHex(QByteArray::fromStdString(hex));
    return "ni:///sha-256;" +
           digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

// Collects the events of one document, each once, whichever preparation led to it.
class Chain
{
public:
    explicit Chain(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<Ok> checkSite() const
    {
        const auto& site = m_ctx.site();
        if (site.gln.size() != 13 || !devices::gs1CheckDigitValid(site.gln))
            return makeError(Error::Kind::Data, "site gln '" + site.gln +
                                                    "' is not a GLN (13 digits with a valid GS1 check digit): "
                                                    "EPCIS names every place by it");
        if (site.companyPrefix.empty() || site.gln.rfind(site.companyPrefix, 0) != 0)
            return makeError(Error::Kind::Data, "gs1_company_prefix '" + site.companyPrefix +
                                                    "' is not the prefix of the site's GLN " + site.gln);
        if (site.preparationGtin.size() != 14 || !devices::gs1CheckDigitValid(site.preparationGtin))
            return makeError(Error::Kind::Data, "preparation_gtin '" + site.preparationGtin +
                                                    "' is not a GTIN-14 with a valid check digit");
        return Ok{};
    }

    Result<Ok> add(const db::PreparationRecord& prep)
    {
        if (auto c = commissioning(prep); !c)
            return c;
        auto shipments = m_ctx.shipments().forPreparation(prep.id);
        if (!shipments)
            return fromDb(shipments.error());
        for (const auto& shipment : *shipments) {
            if (auto s = custody(shipment); !s)
                return s;
            if (auto a = administration(prep, shipment); !a)
                return a;
        }
        return notGiven(prep);
    }

    std::vector<Event> events() const
    {
        std::vector<Event> list;
        for (const auto& [id, e] : m_events)
            list.push_back(e);
        std::sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
            return std::tie(a.at, a.step, a.id) < std::tie(b.at, b.step, b.id);
        });
        return list;
    }

private:
    std::string preparationEpc(const std::string& number) const
    {
        return gs1ItemUri(m_ctx.site().preparationGtin, number);
    }
    std::string site() const { return gs1LocationUri(m_ctx.site().gln); }
    std::string home() const { return gs1LocationUri(m_ctx.site().gln, kAtHome); }

    nlohmann::ordered_json header(const char* type, UtcTime at, const std::string& id) const
    {
        return {
            {"type", type}, {"eventTime", db::formatUtc(at)}, {"eventTimeZoneOffset", offsetText(at)}, {"eventID", id}};
    }

    // "urn:uuid:..." named by the site and what the event records ("commissioning P-20261206-0001").
    std::string eventId(const std::string& what) const
    {
        const auto name = QString::fromStdString(m_ctx.site().gln + " " + what);
        return "urn:uuid:" + QUuid::createUuidV5(kEventNamespace, name).toString(QUuid::WithoutBraces).toStdString();
    }

    void keep(UtcTime at, Step step, nlohmann::ordered_json body)
    {
        const std::string id = body["eventID"];
        m_events.emplace(id, Event{at, step, id, std::move(body)});
    }

    // The preparation made from its vials: the lots used (a vial scan set aside by a redo does not count).
    Result<Ok> commissioning(const db::PreparationRecord& prep)
    {
        if (!prep.preparedAt)
            return Ok{}; // not made yet: nothing was commissioned
        auto scans = m_ctx.vialScans().listFor(prep.id);
        if (!scans)
            return fromDb(scans.error());
        auto redos = m_ctx.stepRedos().listFor(prep.id);
        if (!redos)
            return fromDb(redos.error());
        std::set<std::int64_t> setAside;
        for (const auto& r : *redos)
            if (r.step == db::StepRedoRecord::Step::VialScan)
                setAside.insert(r.setAsideId);
        std::map<std::pair<std::string, std::string>, int> vialsPerLot;
        for (const auto& s : *scans)
            if (!setAside.count(s.id))
                ++vialsPerLot[{s.gtin, s.lot}];

        const std::string id = eventId("commissioning " + prep.number);
        auto e = header("TransformationEvent", *prep.preparedAt, id);
        if (!vialsPerLot.empty()) {
            auto inputs = nlohmann::ordered_json::array();
            for (const auto& [lot, count] : vialsPerLot)
                inputs.push_back({{"epcClass", gs1LotClassUri(lot.first, lot.second)}, {"quantity", count}});
            e["inputQuantityList"] = inputs;
        }
        e["outputEPCList"] = {preparationEpc(prep.number)};
        e["bizStep"] = "commissioning";
        e["disposition"] = "active";
        e["readPoint"] = {{"id", site()}};
        e["bizLocation"] = {{"id", site()}};
        // The label's (10) is the preparation number and (7003) its expiry: the same facts as master data.
        nlohmann::ordered_json ilmd{{"cbvmda:lotNumber", prep.number}};
        if (prep.expiry)
            ilmd["cbvmda:itemExpirationDate"] = parisDay(*prep.expiry);
        e["ilmd"] = ilmd;
        keep(*prep.preparedAt, Step::Commissioning, std::move(e));
        return Ok{};
    }

    // The cooler: packed, handed to the courier, received at home with its logger's readings.
    Result<Ok> custody(const db::ShipmentRecord& shipment)
    {
        if (!m_shipmentsDone.insert(shipment.id).second)
            return Ok{};
        auto sscc = shipmentSscc(m_ctx.site().companyPrefix, shipment.number);
        if (!sscc)
            return sscc.error();
        const std::string cooler = gs1ShipmentUri(*sscc);

        auto packing = header("AggregationEvent", shipment.createdAt, eventId("packing " + shipment.number));
        packing["parentID"] = cooler;
        auto children = nlohmann::ordered_json::array();
        for (auto id : shipment.preparationIds) {
            auto prep = m_ctx.preparations().get(id);
            if (!prep)
                return fromDb(prep.error());
            children.push_back(preparationEpc(prep->number));
        }
        packing["childEPCs"] = children;
        packing["action"] = "ADD";
        packing["bizStep"] = "packing";
        packing["disposition"] = "in_progress";
        packing["readPoint"] = {{"id", site()}};
        packing["bizLocation"] = {{"id", site()}};
        keep(shipment.createdAt, Step::Packing, std::move(packing));

        auto handovers = m_ctx.handovers().listFor(shipment.id);
        if (!handovers)
            return fromDb(handovers.error());
        auto sensors = sensorElements(shipment);
        if (!sensors)
            return sensors.error();
        const db::HandoverRecord* delivery = nullptr;
        for (const auto& h : *handovers)
            if (h.kind == "delivery")
                delivery = &h; // the last one receives the logger's evidence
        for (const auto& h : *handovers) {
            if (h.kind == "pickup") {
                auto e =
                    header("ObjectEvent", h.at, eventId("shipping " + shipment.number + " " + std::to_string(h.id)));
                e["epcList"] = {cooler};
                e["action"] = "OBSERVE";
                e["bizStep"] = "shipping";
                e["disposition"] = "in_transit";
                e["readPoint"] = {{"id", site()}};
                e["sourceList"] = {{{"type", "location"}, {"source", site()}}};
                e["destinationList"] = {{{"type", "location"}, {"destination", home()}}};
                keep(h.at, Step::Shipping, std::move(e));
            } else if (h.kind == "delivery") {
                auto e =
                    header("ObjectEvent", h.at, eventId("receiving " + shipment.number + " " + std::to_string(h.id)));
                e["epcList"] = {cooler};
                e["action"] = "OBSERVE";
                e["bizStep"] = "receiving";
                e["disposition"] = "in_progress";
                e["readPoint"] = {{"id", home()}};
                e["bizLocation"] = {{"id", home()}};
                e["sourceList"] = {{{"type", "location"}, {"source", site()}}};
                e["destinationList"] = {{{"type", "location"}, {"destination", home()}}};
                if (&h == delivery && !sensors->empty())
                    e["sensorElementList"] = *sensors;
                keep(h.at, Step::Receiving, std::move(e));
            }
        }
        // The courier could not deliver (db::DeliveryProblemRecord): the cooler leaves the home's door back to the PUI
        // (shipping, returned), then is received there (receiving, returned) when the pharmacy records it.
        auto problems = m_ctx.deliveryProblems().listFor(shipment.id);
        if (!problems)
            return fromDb(problems.error());
        for (const auto& p : *problems) {
            auto e = header("ObjectEvent", p.at, eventId("returning " + shipment.number + " " + std::to_string(p.id)));
            e["epcList"] = {cooler};
            e["action"] = "OBSERVE";
            e["bizStep"] = "shipping";
            e["disposition"] = "returned";
            e["readPoint"] = {{"id", home()}};
            e["sourceList"] = {{{"type", "location"}, {"source", home()}}};
            e["destinationList"] = {{{"type", "location"}, {"destination", site()}}};
            keep(p.at, Step::Shipping, std::move(e));
        }
        auto returned = m_ctx.returns().returnOf(shipment.id);
        if (!returned)
            return fromDb(returned.error());
        if (*returned) {
            const UtcTime at = (*returned)->at;
            auto e = header("ObjectEvent", at, eventId("receiving back " + shipment.number));
            e["epcList"] = {cooler};
            e["action"] = "OBSERVE";
            e["bizStep"] = "receiving";
            e["disposition"] = "returned";
            e["readPoint"] = {{"id", site()}};
            e["bizLocation"] = {{"id", site()}};
            e["sourceList"] = {{{"type", "location"}, {"source", home()}}};
            e["destinationList"] = {{{"type", "location"}, {"destination", site()}}};
            keep(at, Step::Receiving, std::move(e));
        }
        // Logger data imported before any delivery was recorded is still the cold chain's evidence.
        if (!delivery && !sensors->empty()) {
            auto imports = m_ctx.loggers().listFor(shipment.id);
            if (!imports)
                return fromDb(imports.error());
            const UtcTime at = imports->back().at;
            auto e = header("ObjectEvent", at, eventId("sensor_reporting " + shipment.number));
            e["epcList"] = {cooler};
            e["action"] = "OBSERVE";
            e["bizStep"] = "sensor_reporting";
            e["readPoint"] = {{"id", site()}};
            e["sensorElementList"] = *sensors;
            keep(at, Step::SensorReporting, std::move(e));
        }
        return Ok{};
    }

    // One sensor element per logger import: the summary GS1's guideline asks for (with an alarm when the station
    // judged the cold chain broken), then every reading as recorded.
    Result<nlohmann::ordered_json> sensorElements(const db::ShipmentRecord& shipment)
    {
        auto elements = nlohmann::ordered_json::array();
        auto imports = m_ctx.loggers().listFor(shipment.id);
        if (!imports)
            return fromDb(imports.error());
        for (const auto& import : *imports) {
            auto readings = m_ctx.loggers().readings(import.id);
            if (!readings)
                return fromDb(readings.error());
            if (readings->empty())
                continue;
            double low = readings->front().celsius, high = low, sum = 0;
            for (const auto& r : *readings) {
                low = std::min(low, r.celsius);
                high = std::max(high, r.celsius);
                sum += r.celsius;
            }
            nlohmann::ordered_json metadata;
            // A logger whose serial cannot be a GIAI is still reported, without a device id.
            if (auto giai = siteAssetGiai(m_ctx.site().companyPrefix, import.loggerId))
                metadata["deviceID"] = gs1AssetUri(*giai);
            metadata["startTime"] = db::formatUtc(readings->front().at);
            metadata["endTime"] = db::formatUtc(readings->back().at);
            // The very file the station imported and judged (its SHA-256 is in the audited import record).
            if (auto file = namedInformation(import.fileSha256); !file.empty())
                metadata["rawData"] = file;
            nlohmann::ordered_json summary{{"type", "Temperature"}};
            if (import.verdict != "valid")
                summary["exception"] = "ALARM_CONDITION";
            summary["minValue"] = low;
            summary["maxValue"] = high;
            summary["meanValue"] = rounded(sum / static_cast<double>(readings->size()));
            summary["uom"] = "CEL";
            auto reports = nlohmann::ordered_json::array({summary});
            for (const auto& r : *readings)
                reports.push_back(
                    {{"type", "Temperature"}, {"time", db::formatUtc(r.at)}, {"value", r.celsius}, {"uom", "CEL"}});
            elements.push_back({{"sensorMetadata", metadata}, {"sensorReport", reports}});
        }
        return elements;
    }

    // The nurse's confirmation at the patient's home (an "administration" handover naming this preparation).
    Result<Ok> administration(const db::PreparationRecord& prep, const db::ShipmentRecord& shipment)
    {
        auto handovers = m_ctx.handovers().listFor(shipment.id);
        if (!handovers)
            return fromDb(handovers.error());
        for (const auto& h : *handovers) {
            if (h.kind != "administration" || preparationNumberInScan(h.scan) != prep.number)
                continue;
            auto e = header("ObjectEvent", h.at, eventId("dispensing " + prep.number + " " + std::to_string(h.id)));
            e["epcList"] = {preparationEpc(prep.number)};
            e["action"] = "OBSERVE";
            e["bizStep"] = "dispensing";
            e["disposition"] = "dispensed";
            e["readPoint"] = {{"id", home()}};
            e["bizLocation"] = {{"id", home()}};
            keep(h.at, Step::Dispensing, std::move(e));
        }
        return Ok{};
    }

    // A delivered dose the nurse did not give (db::DoseNotGivenRecord): destroyed at the home (destroying,
    // destroyed), or sent back to the PUI (shipping, returned: CBV 2.0 has no returning step; "returned" is the
    // disposition of goods sent back).
    Result<Ok> notGiven(const db::PreparationRecord& prep)
    {
        auto records = m_ctx.dosesNotGiven().listFor(prep.id);
        if (!records)
            return fromDb(records.error());
        for (const auto& r : *records) {
            const bool destroyed = r.outcome == db::DoseNotGivenRecord::Outcome::Destroyed;
            auto e = header("ObjectEvent", r.at,
                            eventId(std::string(destroyed ? "destroying " : "returning ") + prep.number + " " +
                                    std::to_string(r.id)));
            e["epcList"] = {preparationEpc(prep.number)};
            e["action"] = "OBSERVE";
            e["bizStep"] = destroyed ? "destroying" : "shipping";
            e["disposition"] = destroyed ? "destroyed" : "returned";
            e["readPoint"] = {{"id", home()}};
            if (!destroyed)
                e["bizLocation"] = {{"id", home()}};
            keep(r.at, Step::NotGiven, std::move(e));
        }
        // Back at the PUI, the pharmacist decided to destroy it (a dose sent out again is packed anew instead).
        auto decisions = m_ctx.returns().decisionsFor(prep.id);
        if (!decisions)
            return fromDb(decisions.error());
        for (const auto& d : *decisions) {
            if (d.decision != db::ReturnedDoseDecisionRecord::Decision::Destroy)
                continue;
            auto e = header("ObjectEvent", d.at,
                            eventId("destroying at the PUI " + prep.number + " " + std::to_string(d.id)));
            e["epcList"] = {preparationEpc(prep.number)};
            e["action"] = "OBSERVE";
            e["bizStep"] = "destroying";
            e["disposition"] = "destroyed";
            e["readPoint"] = {{"id", site()}};
            keep(d.at, Step::NotGiven, std::move(e));
        }
        return Ok{};
    }

    StationContext& m_ctx;
    std::map<std::string, Event> m_events; // by event id
    std::set<std::int64_t> m_shipmentsDone;
};

Result<std::vector<db::PreparationRecord>> preparationsIn(StationContext& ctx, const EpcisScope& scope)
{
    std::vector<db::PreparationRecord> preps;
    switch (scope.kind) {
    case EpcisScope::Kind::Preparation: {
        auto prep = TraceDesk(ctx).find(scope.key);
        if (!prep)
            return prep.error();
        preps.push_back(*prep);
        break;
    }
    case EpcisScope::Kind::Shipment: {
        auto shipment = ctx.shipments().getByNumber(scope.key);
        if (!shipment)
            return makeError(Error::Kind::NotFound, "shipment '" + scope.key + "' is not known");
        for (auto id : shipment->preparationIds) {
            auto prep = ctx.preparations().get(id);
            if (!prep)
                return fromDb(prep.error());
            preps.push_back(*prep);
        }
        break;
    }
    case EpcisScope::Kind::Lot: {
        auto rows = ctx.trace().byLot(scope.key);
        if (!rows)
            return fromDb(rows.error());
        std::set<std::string> seen;
        for (const auto& row : *rows) {
            if (!seen.insert(row.preparationNumber).second)
                continue;
            auto prep = ctx.preparations().getByNumber(row.preparationNumber);
            if (!prep)
                return fromDb(prep.error());
            preps.push_back(*prep);
        }
        if (preps.empty())
            return makeError(Error::Kind::NotFound, "no preparation was made with vial lot '" + scope.key + "'");
        break;
    }
    }
    return preps;
}

} // namespace

Result<nlohmann::ordered_json> EpcisExport::document(const db::Actor& who, const EpcisScope& scope)
{
    // Those who trace recalls: the pharmacist, and the auditor who answers for the history.
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Auditor},
                                   say(QT_TRANSLATE_NOOP("Message", "export the chain of custody (EPCIS)")));
        !allowed)
        return allowed.error();
    Chain chain(m_ctx);
    if (auto site = chain.checkSite(); !site)
        return site.error();
    auto preps = preparationsIn(m_ctx, scope);
    if (!preps)
        return preps.error();
    for (const auto& prep : *preps)
        if (auto added = chain.add(prep); !added)
            return added.error();
    auto events = nlohmann::ordered_json::array();
    for (auto& e : chain.events())
        events.push_back(std::move(e.body));
    return nlohmann::ordered_json{{"@context", kContext},
                                  {"type", "EPCISDocument"},
                                  {"schemaVersion", "2.0"},
                                  {"creationDate", db::formatUtc(m_ctx.now())},
                                  {"epcisBody", {{"eventList", events}}}};
}

Result<std::size_t> EpcisExport::write(const db::Actor& who, const EpcisScope& scope, const std::filesystem::path& path)
{
    auto doc = document(who, scope);
    if (!doc)
        return doc.error();
    if (auto w = writeFileAtomically(path, doc->dump(2) + "\n"); !w)
        return w.error();
    return (*doc)["epcisBody"]["eventList"].size();
}

} // namespace prep::station
