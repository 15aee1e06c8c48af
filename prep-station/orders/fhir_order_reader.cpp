// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/fhir_order_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>

namespace prep::station {

namespace {

using nlohmann::json;

// A resource found in the file, and how a person finds it again ("Patient/p1", "Bundle.entry[3].resource").
struct Located
{
    const json* body = nullptr;
    std::string label;
};

// The member `key` of an object, or null: every access checks the JSON type first, so no input throws.
const json* member(const json* j, const char* key)
{
    if (!j || !j->is_object())
        return nullptr;
    auto it = j->find(key);
    return it == j->end() ? nullptr : &*it;
}

// A string as written, a number as JSON writes it ("1.3", "75"); anything else reads as empty.
std::string scalar(const json* j)
{
    if (!j)
        return {};
    if (j->is_string())
        return j->get<std::string>();
    if (j->is_number())
        return j->dump();
    return {};
}

std::string text(const json* j, const char* key)
{
    return scalar(member(j, key));
}

std::vector<const json*> items(const json* j, const char* key)
{
    std::vector<const json*> out;
    const json* a = member(j, key);
    if (a && a->is_array())
        for (const auto& e : *a)
            out.push_back(&e);
    return out;
}

std::string resourceType(const json* r)
{
    return text(r, "resourceType");
}

bool hasCode(const json* codeable, std::initializer_list<const char*> codes)
{
    for (const json* coding : items(codeable, "coding"))
        for (const char* c : codes)
            if (text(coding, "code") == c)
                return true;
    return false;
}

std::string lowered(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

// Nesting deeper than kFhirMaxNesting, counted on the bytes before parsing.
bool tooDeep(std::string_view bytes)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kFhirMaxNesting)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

// The resources of the file by every name a reference may use: the Bundle entry's fullUrl ("urn:uuid:...",
// "https://server/fhir/Patient/123") and "Type/id".
class References
{
public:
    void add(const json* resource, const std::string& label, const std::string& fullUrl)
    {
        const Located l{resource, label};
        m_entries.push_back(l);
        if (!fullUrl.empty())
            m_byName.emplace(fullUrl, l);
        const std::string type = resourceType(resource), id = text(resource, "id");
        if (!type.empty() && !id.empty())
            m_byName.emplace(type + "/" + id, l);
    }

    // `reference` as written in a Reference; "#id" names a resource contained in `container`.
    std::optional<Located> resolve(const std::string& reference, const Located& container) const
    {
        if (reference.empty())
            return std::nullopt;
        if (reference.front() == '#') {
            const auto contained = items(container.body, "contained");
            for (size_t i = 0; i < contained.size(); ++i)
                if (text(contained[i], "id") == reference.substr(1))
                    return Located{contained[i], container.label + ".contained[" + std::to_string(i) + "]"};
            return std::nullopt;
        }
        if (auto it = m_byName.find(reference); it != m_byName.end())
            return it->second;
        // An absolute or versioned reference: its "Type/id" ("https://x/fhir/Patient/1/_history/2" -> Patient/1).
        std::string r = reference;
        if (const size_t h = r.find("/_history/"); h != std::string::npos)
            r.resize(h);
        const size_t last = r.rfind('/');
        if (last == std::string::npos || last == 0)
            return std::nullopt;
        const size_t before = r.rfind('/', last - 1);
        const std::string tail = before == std::string::npos ? r : r.substr(before + 1);
        if (auto it = m_byName.find(tail); it != m_byName.end())
            return it->second;
        return std::nullopt;
    }

    // The file's Observations by the Patient their subject resolves to (built once: a bundle of many orders is
    // read in one pass over it, not one per order).
    const std::vector<Located>& observationsOf(const json* patient) const
    {
        if (!m_observationsIndexed) {
            for (const auto& e : m_entries)
                if (resourceType(e.body) == "Observation")
                    if (auto subject = resolve(text(member(e.body, "subject"), "reference"), e))
                        m_observations[subject->body].push_back(e);
            m_observationsIndexed = true;
        }
        static const std::vector<Located> kNone;
        auto it = m_observations.find(patient);
        return it == m_observations.end() ? kNone : it->second;
    }

private:
    std::multimap<std::string, Located> m_byName;
    std::vector<Located> m_entries;
    mutable std::map<const json*, std::vector<Located>> m_observations;
    mutable bool m_observationsIndexed = false;
};

// Why a Reference gave nothing, for the source label: "(missing)", "(reference 'Patient/9' resolves to nothing
// in the file)".
std::string unresolved(const json* reference)
{
    if (!reference)
        return " (missing)";
    const std::string r = text(reference, "reference"), display = text(reference, "display");
    if (r.empty())
        return display.empty() ? " (no reference)" : " (no reference, only the display '" + display + "')";
    return " (reference '" + r + "'" + (display.empty() ? "" : " ('" + display + "')") +
           " resolves to nothing in the file)";
}

// The identifier a sender marks as `type` (v2 table 0203 code), else the official one, else the first with a value.
std::optional<size_t> chooseIdentifier(const json* resource, std::initializer_list<const char*> types,
                                       const char* systemHint = nullptr)
{
    const auto ids = items(resource, "identifier");
    for (size_t i = 0; i < ids.size(); ++i)
        if (!text(ids[i], "value").empty() &&
            (hasCode(member(ids[i], "type"), types) ||
             (systemHint && lowered(text(ids[i], "system")).find(systemHint) != std::string::npos)))
            return i;
    for (size_t i = 0; i < ids.size(); ++i)
        if (!text(ids[i], "value").empty() && text(ids[i], "use") == "official")
            return i;
    for (size_t i = 0; i < ids.size(); ++i)
        if (!text(ids[i], "value").empty())
            return i;
    return std::nullopt;
}

// The official name, else the usual one, else the first: family and the first given name (as HL7 XPN-1/XPN-2).
std::optional<size_t> chooseName(const json* resource)
{
    const auto names = items(resource, "name");
    for (const char* use : {"official", "usual"})
        for (size_t i = 0; i < names.size(); ++i)
            if (text(names[i], "use") == use)
                return i;
    return names.empty() ? std::nullopt : std::optional<size_t>(0);
}

std::string firstGiven(const json* name)
{
    const auto given = items(name, "given");
    return given.empty() ? std::string() : scalar(given.front());
}

// Patient.address: the home one (use "home") when marked, else the first; one line, "line, line, postcode city".
// An address whose period has ended ("old") is not where the cooler goes.
std::string homeAddress(const json* patient)
{
    const json* chosen = nullptr;
    for (const json* a : items(patient, "address")) {
        if (text(a, "use") == "old" || text(a, "type") == "postal")
            continue;
        if (!chosen)
            chosen = a;
        if (text(a, "use") == "home") {
            chosen = a;
            break;
        }
    }
    if (!chosen)
        return {};
    std::string out;
    for (const json* l : items(chosen, "line")) {
        const std::string line = scalar(l);
        if (!line.empty())
            out += (out.empty() ? "" : ", ") + line;
    }
    const std::string place = text(chosen, "postalCode") +
                              (text(chosen, "postalCode").empty() || text(chosen, "city").empty() ? "" : " ") +
                              text(chosen, "city");
    if (!place.empty())
        out += (out.empty() ? "" : ", ") + place;
    if (out.empty())
        out = text(chosen, "text");
    return out;
}

// FHIR administrative gender as HL7 table 0001.
std::string sexOf(const std::string& gender)
{
    if (gender == "male")
        return "M";
    if (gender == "female")
        return "F";
    if (gender == "other")
        return "O";
    if (gender == "unknown")
        return "U";
    return gender;
}

// A unit as a Quantity gives it: the UCUM code when the system is UCUM, else the unit text, else the code.
std::string unitOf(const json* quantity)
{
    const std::string code = text(quantity, "code"), unit = text(quantity, "unit");
    if (!code.empty() && text(quantity, "system") == "http://unitsofmeasure.org")
        return code;
    return unit.empty() ? code : unit;
}

// SNOMED CT route codes (the FHIR R4 route value set) as HL7 v2 table 0162, the station's route vocabulary.
std::string routeOf(const json* codeable)
{
    static const std::map<std::string, std::string> kSnomed{{"34206005", "SC"}, {"47625008", "IV"}, {"78421000", "IM"},
                                                            {"26643006", "PO"}, {"72607000", "IT"}, {"37161004", "PR"}};
    for (const json* coding : items(codeable, "coding")) {
        const std::string system = text(coding, "system"), code = text(coding, "code");
        if (system == "http://snomed.info/sct")
            if (auto it = kSnomed.find(code); it != kSnomed.end())
                return it->second;
        if (system == "http://terminology.hl7.org/CodeSystem/v2-0162" && !code.empty())
            return code;
    }
    if (const std::string t = text(codeable, "text"); !t.empty())
        return t;
    for (const json* coding : items(codeable, "coding"))
        if (const std::string d = text(coding, "display"); !d.empty())
            return d;
    for (const json* coding : items(codeable, "coding"))
        if (const std::string c = text(coding, "code"); !c.empty())
            return c;
    return {};
}

// When, as text: the timing code, its repeat ("1 per 1 d"), its bounds and events, else the dosage's text.
std::string timingOf(const json* dosage)
{
    const json* timing = member(dosage, "timing");
    std::string out;
    auto add = [&](const std::string& part) {
        if (!part.empty())
            out += (out.empty() ? "" : "; ") + part;
    };
    if (const json* code = member(timing, "code")) {
        std::string c = text(code, "text");
        for (const json* coding : items(code, "coding"))
            if (c.empty())
                c = text(coding, "code");
        add(c);
    }
    if (const json* repeat = member(timing, "repeat")) {
        const std::string frequency = text(repeat, "frequency"), period = text(repeat, "period");
        if (!period.empty())
            add((frequency.empty() ? "1" : frequency) + " per " + period + " " + text(repeat, "periodUnit"));
        if (const json* bounds = member(repeat, "boundsPeriod"); bounds && bounds->is_object())
            add("from " + text(bounds, "start") + " to " + text(bounds, "end"));
        if (const json* bounds = member(repeat, "boundsDuration"); bounds && bounds->is_object())
            add("for " + text(bounds, "value") + " " + unitOf(bounds));
        if (const std::string count = text(repeat, "count"); !count.empty())
            add(count + " times");
    }
    std::string events;
    for (const json* e : items(timing, "event"))
        events += (events.empty() ? "" : ", ") + scalar(e);
    add(events.empty() ? "" : "at " + events);
    if (out.empty())
        out = text(dosage, "text");
    return out;
}

bool isHeight(const json* observation)
{
    return hasCode(member(observation, "code"), {"8302-2", "3137-7"});
}
bool isWeight(const json* observation)
{
    return hasCode(member(observation, "code"), {"29463-7", "3141-9"});
}

class OrderReader
{
public:
    OrderReader(const References& refs, std::string messageId)
        : m_refs(refs)
        , m_messageId(std::move(messageId))
    {}

    IncomingOrder read(const Located& rx)
    {
        IncomingOrder o;
        o.format = OrderSourceFormat::FhirR4;
        o.messageId = m_messageId;
        readPlacer(rx, o);
        readControl(rx, o);
        const std::optional<Located> patient = readPatient(rx, o);
        readPrescriber(rx, o);
        readMedication(rx, o);
        readDosage(rx, o);
        readMeasurements(rx, patient, o);
        return o;
    }

private:
    void set(IncomingOrder& o, OrderField field, std::string label)
    {
        o.sources[field] = FieldSource{label, {}, 0, 0, 0};
    }

    void readPlacer(const Located& rx, IncomingOrder& o)
    {
        if (auto i = chooseIdentifier(rx.body, {"PLAC"})) {
            const json* id = items(rx.body, "identifier")[*i];
            o.placer = text(id, "value");
            o.sender = text(id, "system");
            set(o, OrderField::Placer, rx.label + ".identifier[" + std::to_string(*i) + "]");
        } else {
            set(o, OrderField::Placer, rx.label + ".identifier (missing)");
        }
        if (o.sender.empty())
            o.sender = "FHIR";
    }

    void readControl(const Located& rx, IncomingOrder& o)
    {
        const std::string status = text(rx.body, "status"), intent = text(rx.body, "intent");
        o.controlAsSent = status + "/" + intent;
        set(o, OrderField::OrderControl, rx.label + ".status");
        const bool ordered = intent == "order" || intent == "original-order" || intent == "instance-order";
        const json* prior = member(rx.body, "priorPrescription");
        if (status == "cancelled" || status == "entered-in-error" || status == "stopped") {
            o.control = OrderControl::Cancel;
        } else if (status == "active" && ordered && prior) {
            o.control = OrderControl::Replace;
            o.controlAsSent += " priorPrescription";
            readPrior(rx, prior, o);
        } else if (status == "active" && ordered) {
            o.control = OrderControl::New;
        } else {
            o.control = OrderControl::Unsupported;
        }
    }

    // A replacement names the order it replaces: the intake supersedes the order with that placer number, and
    // enters this one under it (as HL7 XO keeps ORC-2).
    void readPrior(const Located& rx, const json* prior, IncomingOrder& o)
    {
        const std::string label = rx.label + ".priorPrescription";
        std::string placer, system;
        if (const json* id = member(prior, "identifier")) {
            placer = text(id, "value");
            system = text(id, "system");
        } else if (auto old = m_refs.resolve(text(prior, "reference"), rx)) {
            if (auto i = chooseIdentifier(old->body, {"PLAC"})) {
                placer = text(items(old->body, "identifier")[*i], "value");
                system = text(items(old->body, "identifier")[*i], "system");
            }
        }
        o.placer = placer;
        if (!system.empty())
            o.sender = system;
        set(o, OrderField::Placer, placer.empty() ? label + unresolved(prior) : label);
    }

    std::optional<Located> readPatient(const Located& rx, IncomingOrder& o)
    {
        const json* subject = member(rx.body, "subject");
        auto patient = m_refs.resolve(text(subject, "reference"), rx);
        if (patient && resourceType(patient->body) != "Patient") {
            set(o, OrderField::PatientId,
                rx.label + ".subject (refers to a " + resourceType(patient->body) + ", not a Patient)");
            return std::nullopt;
        }
        if (!patient) {
            set(o, OrderField::PatientId, rx.label + ".subject" + unresolved(subject));
            return std::nullopt;
        }
        const json* p = patient->body;
        // The hospital's patient number (IPP): typed PI or MR (v2 table 0203), or a system that says "ipp".
        if (auto i = chooseIdentifier(p, {"PI", "MR"}, "ipp")) {
            const json* id = items(p, "identifier")[*i];
            o.patient.id = text(id, "value");
            o.patient.idAuthority = text(id, "system");
            set(o, OrderField::PatientId, patient->label + ".identifier[" + std::to_string(*i) + "]");
        } else {
            set(o, OrderField::PatientId, patient->label + ".identifier (missing)");
        }
        if (auto i = chooseName(p)) {
            const json* name = items(p, "name")[*i];
            o.patient.familyName = text(name, "family");
            o.patient.givenName = firstGiven(name);
            set(o, OrderField::PatientName, patient->label + ".name[" + std::to_string(*i) + "]");
        } else {
            set(o, OrderField::PatientName, patient->label + ".name (missing)");
        }
        o.patient.birthDate = text(p, "birthDate");
        set(o, OrderField::BirthDate, patient->label + ".birthDate");
        o.patient.sex = sexOf(text(p, "gender"));
        set(o, OrderField::Sex, patient->label + ".gender");
        o.patient.homeAddress = homeAddress(p);
        return patient;
    }

    void readPrescriber(const Located& rx, IncomingOrder& o)
    {
        const json* requester = member(rx.body, "requester");
        auto who = m_refs.resolve(text(requester, "reference"), rx);
        if (who && resourceType(who->body) == "PractitionerRole") {
            const json* practitioner = member(who->body, "practitioner");
            auto p = m_refs.resolve(text(practitioner, "reference"), rx);
            if (p)
                who = p;
        }
        if (!who) {
            // Only the requester's display: the name as the sender gave it, as an HL7 XCN with a name alone.
            o.prescriber = text(requester, "display");
            set(o, OrderField::Prescriber,
                rx.label + ".requester" + (o.prescriber.empty() ? unresolved(requester) : std::string()));
            return;
        }
        std::string id, family, given;
        if (auto i = chooseIdentifier(who->body, {"PRN", "RPPS"}, "1.2.250.1.71.4.2.1"))
            id = text(items(who->body, "identifier")[*i], "value");
        if (auto i = chooseName(who->body)) {
            const json* name = items(who->body, "name")[*i];
            family = text(name, "family");
            given = firstGiven(name);
            if (family.empty() && given.empty())
                family = text(name, "text");
        }
        for (const std::string& part : {id, family, given})
            if (!part.empty())
                o.prescriber += (o.prescriber.empty() ? "" : " ") + part;
        set(o, OrderField::Prescriber, who->label);
    }

    // The code to read from a CodeableConcept: the WHO ATC coding when given, else the first with a code.
    static void readConcept(const json* codeable, IncomingOrder& o)
    {
        const auto codings = items(codeable, "coding");
        const json* chosen = nullptr;
        for (const json* c : codings)
            if (!chosen && text(c, "system").find("whocc.no/atc") != std::string::npos && !text(c, "code").empty())
                chosen = c;
        for (const json* c : codings)
            if (!chosen && !text(c, "code").empty())
                chosen = c;
        o.drugCode = text(chosen, "code");
        o.drugSystem = text(chosen, "system");
        o.drugText = text(codeable, "text");
        if (o.drugText.empty())
            o.drugText = text(chosen, "display");
        for (const json* c : codings)
            if (o.drugText.empty())
                o.drugText = text(c, "display");
    }

    void readMedication(const Located& rx, IncomingOrder& o)
    {
        if (const json* codeable = member(rx.body, "medicationCodeableConcept")) {
            readConcept(codeable, o);
            set(o, OrderField::Drug, rx.label + ".medicationCodeableConcept");
            return;
        }
        const json* reference = member(rx.body, "medicationReference");
        auto medication = m_refs.resolve(text(reference, "reference"), rx);
        if (!medication || resourceType(medication->body) != "Medication") {
            set(o, OrderField::Drug,
                reference ? rx.label + ".medicationReference" +
                                (medication ? " (refers to a " + resourceType(medication->body) + ", not a Medication)"
                                            : unresolved(reference))
                          : rx.label + ".medication[x] (missing)");
            return;
        }
        readConcept(member(medication->body, "code"), o);
        set(o, OrderField::Drug, medication->label + ".code");
        // The product strength: the first ingredient's, per vial (a denominator in another unit is kept in the
        // unit, so that the intake names it).
        const auto ingredients = items(medication->body, "ingredient");
        const json* strength = ingredients.empty() ? nullptr : member(ingredients.front(), "strength");
        if (const json* numerator = member(strength, "numerator")) {
            o.strengthValue = text(numerator, "value");
            o.strengthUnit = unitOf(numerator);
            const json* denominator = member(strength, "denominator");
            const std::string perUnit = lowered(unitOf(denominator)), perValue = text(denominator, "value");
            const bool perVial = perUnit.empty() || perUnit == "1" || perUnit.find("vial") != std::string::npos ||
                                 perUnit.find("each") != std::string::npos;
            if (!perVial || (!perValue.empty() && perValue != "1"))
                o.strengthUnit +=
                    "/" + (perValue == "1" || perValue.empty() ? "" : perValue + " ") + unitOf(denominator);
            set(o, OrderField::Strength, medication->label + ".ingredient[0].strength");
        }
    }

    void readDosage(const Located& rx, IncomingOrder& o)
    {
        const auto dosages = items(rx.body, "dosageInstruction");
        const std::string label = rx.label + ".dosageInstruction[0]";
        if (dosages.empty()) {
            set(o, OrderField::Dose, rx.label + ".dosageInstruction (missing)");
            return;
        }
        const json* dosage = dosages.front();
        const auto rates = items(dosage, "doseAndRate");
        const json* quantity = rates.empty() ? nullptr : member(rates.front(), "doseQuantity");
        if (quantity) {
            o.doseValue = text(quantity, "value");
            o.doseUnit = unitOf(quantity);
            set(o, OrderField::Dose, label + ".doseAndRate[0].doseQuantity");
            set(o, OrderField::DoseUnit, label + ".doseAndRate[0].doseQuantity");
        } else {
            set(o, OrderField::Dose,
                label + (rates.empty() ? ".doseAndRate (missing)"
                         : member(rates.front(), "doseRange") != nullptr
                             ? ".doseAndRate[0].doseRange (a range, not one dose)"
                             : ".doseAndRate[0].doseQuantity (missing)"));
        }
        o.route = routeOf(member(dosage, "route"));
        set(o, OrderField::Route, label + ".route");
        o.timing = timingOf(dosage);
        set(o, OrderField::Timing, label + ".timing");
    }

    // Body height and weight: the Observations the order points at (supportingInformation), else those
    // contained in it, else the most recent in the file for the same patient.
    void readMeasurements(const Located& rx, const std::optional<Located>& patient, IncomingOrder& o)
    {
        std::optional<Located> height, weight;
        auto consider = [&](const Located& obs, bool latest, bool heightWanted, bool weightWanted) {
            if (resourceType(obs.body) != "Observation" || text(obs.body, "status") == "entered-in-error" ||
                !member(member(obs.body, "valueQuantity"), "value"))
                return;
            auto pick = [&](std::optional<Located>& slot) {
                if (!slot || (latest && effective(obs) > effective(*slot)))
                    slot = obs;
            };
            if (heightWanted && isHeight(obs.body))
                pick(height);
            else if (weightWanted && isWeight(obs.body))
                pick(weight);
        };
        for (const json* ref : items(rx.body, "supportingInformation"))
            if (auto obs = m_refs.resolve(text(ref, "reference"), rx))
                consider(*obs, false, true, true);
        const auto contained = items(rx.body, "contained");
        for (size_t i = 0; i < contained.size(); ++i)
            consider(Located{contained[i], rx.label + ".contained[" + std::to_string(i) + "]"}, false, true, true);
        if (patient) {
            const bool heightWanted = !height, weightWanted = !weight;
            for (const auto& located : m_refs.observationsOf(patient->body))
                consider(located, true, heightWanted, weightWanted);
        }
        auto take = [&](const std::optional<Located>& obs, std::string& value, std::string& unit, OrderField field,
                        const char* what) {
            if (!obs) {
                set(o, field, rx.label + ".supportingInformation (no " + what + " Observation for the subject)");
                return;
            }
            const json* quantity = member(obs->body, "valueQuantity");
            value = text(quantity, "value");
            unit = unitOf(quantity);
            set(o, field, obs->label + ".valueQuantity");
        };
        take(height, o.heightValue, o.heightUnit, OrderField::Height, "body height (LOINC 8302-2)");
        take(weight, o.weightValue, o.weightUnit, OrderField::Weight, "body weight (LOINC 29463-7)");
    }

    static std::string effective(const Located& obs)
    {
        std::string when = text(obs.body, "effectiveDateTime");
        return when.empty() ? text(obs.body, "issued") : when;
    }

    const References& m_refs;
    std::string m_messageId;
};

std::string labelOf(const json* resource, const std::string& fallback)
{
    const std::string type = resourceType(resource), id = text(resource, "id");
    return id.empty() ? fallback : type + "/" + id;
}

Result<std::vector<IncomingOrder>> readParsed(const json& root)
{
    const std::string type = resourceType(&root);
    if (!root.is_object() || type.empty())
        return makeError(Error::Kind::Data, "not a FHIR resource: the JSON has no resourceType");
    References refs;
    std::vector<Located> requests;
    std::string messageId;
    if (type == "Bundle") {
        const std::string bundleType = text(&root, "type");
        static const std::vector<std::string> kRead{"transaction", "batch", "collection", "message", "searchset"};
        if (std::find(kRead.begin(), kRead.end(), bundleType) == kRead.end())
            return makeError(Error::Kind::Data,
                             bundleType.empty()
                                 ? "Bundle.type is missing"
                                 : "Bundle.type '" + bundleType +
                                       "' is not one the station reads (transaction, batch, collection, message, "
                                       "searchset)");
        const auto entries = items(&root, "entry");
        for (size_t i = 0; i < entries.size(); ++i) {
            const json* resource = member(entries[i], "resource");
            if (!resource || !resource->is_object())
                continue;
            const std::string label = labelOf(resource, "Bundle.entry[" + std::to_string(i) + "].resource");
            refs.add(resource, label, text(entries[i], "fullUrl"));
            if (resourceType(resource) == "MedicationRequest")
                requests.push_back(Located{resource, label});
        }
        messageId = text(member(&root, "identifier"), "value");
        if (messageId.empty())
            messageId = labelOf(&root, "Bundle");
    } else if (type == "MedicationRequest") {
        const std::string label = labelOf(&root, "MedicationRequest");
        refs.add(&root, label, {});
        requests.push_back(Located{&root, label});
        messageId = label;
    } else {
        return makeError(Error::Kind::Data, "the resource is a " + type +
                                                ", not a Bundle or a MedicationRequest (resourceType): the station "
                                                "reads orders only");
    }
    std::vector<IncomingOrder> orders;
    OrderReader reader(refs, messageId);
    for (const auto& rx : requests)
        orders.push_back(reader.read(rx));
    return orders;
}

} // namespace

Result<std::vector<IncomingOrder>> readFhirOrders(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    if (tooDeep(bytes))
        return makeError(Error::Kind::Data,
                         "not FHIR R4 JSON: nested deeper than " + std::to_string(kFhirMaxNesting) + " levels");
    try {
        const json root = json::parse(bytes);
        return readParsed(root);
    } catch (const json::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 1, column 3: ..." without the library's tag.
        std::string what = e.what();
        if (const size_t tag = what.find("] "); what.rfind("[json.exception", 0) == 0 && tag != std::string::npos)
            what = what.substr(tag + 2);
        return makeError(Error::Kind::Data, "not FHIR R4 JSON: " + what);
    } catch (const std::exception& e) {
        return makeError(Error::Kind::Data, std::string("not FHIR R4 JSON: ") + e.what());
    }
}

} // namespace prep::station
