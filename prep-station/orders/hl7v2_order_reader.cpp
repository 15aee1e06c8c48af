// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_order_reader.h"

#include <cctype>

namespace prep::station {

namespace {

// LOINC codes the station reads from OBX: body height and body weight (the "measured" variants are also sent
// by some systems).
bool isHeightCode(const std::string& code)
{
    return code == "8302-2" || code == "3137-7";
}
bool isWeightCode(const std::string& code)
{
    return code == "29463-7" || code == "3141-9";
}

FieldSource sourceAt(const Hl7Segment& s, int field, int component = 0)
{
    const Hl7Location at = s.at(field, component);
    return FieldSource{at.text(), at.segment, at.sequence, at.field, at.component};
}

// "FAMILY Given (ID)" from an XCN (ORC-12, RXE-13).
std::string personText(const Hl7Segment& s, int field)
{
    std::string text;
    for (int c : {2, 3})
        if (const auto& v = s.value(field, c); !v.empty())
            text += (text.empty() ? "" : " ") + v;
    if (const auto& id = s.value(field, 1); !id.empty())
        text += text.empty() ? id : " (" + id + ")";
    return text;
}

// A TS/DTM "19690720[hhmm...]" as "1969-07-20"; anything else as written (the intake refuses it, naming it).
std::string isoDate(const std::string& ts)
{
    if (ts.size() < 8)
        return ts;
    for (size_t i = 0; i < 8; ++i)
        if (!std::isdigit(static_cast<unsigned char>(ts[i])))
            return ts;
    return ts.substr(0, 4) + "-" + ts.substr(4, 2) + "-" + ts.substr(6, 2);
}

// The code of a CWE, else its text.
std::string codeOrText(const Hl7Segment& s, int field)
{
    const auto& code = s.value(field, 1);
    return code.empty() ? s.value(field, 2) : code;
}

// PID-11 (XAD) repeats: the home address (XAD-7 "H") when one is marked, else the first given; one line, "street,
// other designation, postcode city" (XAD-1.1, -2, -5, -3), empty parts left out.
std::string homeAddress(const Hl7Segment& pid)
{
    int chosen = -1;
    for (int rep = 0; rep < pid.repetitions(11); ++rep) {
        if (pid.value(11, 1, 1, rep).empty() && pid.value(11, 3, 1, rep).empty())
            continue;
        if (chosen < 0)
            chosen = rep;
        if (pid.value(11, 7, 1, rep) == "H") {
            chosen = rep;
            break;
        }
    }
    if (chosen < 0)
        return {};
    std::string line;
    auto add = [&](const std::string& part, const char* separator) {
        if (part.empty())
            return;
        if (!line.empty())
            line += separator;
        line += part;
    };
    add(pid.value(11, 1, 1, chosen), ", ");
    add(pid.value(11, 2, 1, chosen), ", ");
    add(pid.value(11, 5, 1, chosen), ", ");
    add(pid.value(11, 3, 1, chosen), pid.value(11, 5, 1, chosen).empty() ? ", " : " ");
    return line;
}

void readPatient(const Hl7Segment& pid, IncomingOrder& order)
{
    // PID-3 repeats (IPP, national number, ...): the identifier typed PI (patient internal identifier — the IPP
    // in France) is the one, else the first given.
    int chosen = -1;
    for (int rep = 0; rep < pid.repetitions(3); ++rep) {
        if (pid.value(3, 1, 1, rep).empty())
            continue;
        if (chosen < 0 || pid.value(3, 5, 1, rep) == "PI") {
            const bool pi = pid.value(3, 5, 1, rep) == "PI";
            chosen = rep;
            if (pi)
                break;
        }
    }
    if (chosen >= 0) {
        order.patient.id = pid.value(3, 1, 1, chosen);
        for (int sub = 1; sub <= 3 && order.patient.idAuthority.empty(); ++sub)
            order.patient.idAuthority = pid.value(3, 4, sub, chosen);
    }
    order.sources[OrderField::PatientId] = sourceAt(pid, 3);
    // PID-5 repeats too: the legal name (XPN-7 "L") when it is marked, else the first.
    int nameRep = 0;
    for (int rep = 0; rep < pid.repetitions(5); ++rep)
        if (pid.value(5, 7, 1, rep) == "L") {
            nameRep = rep;
            break;
        }
    order.patient.familyName = pid.value(5, 1, 1, nameRep);
    order.patient.givenName = pid.value(5, 2, 1, nameRep);
    order.sources[OrderField::PatientName] = sourceAt(pid, 5);
    order.patient.birthDate = isoDate(pid.value(7));
    order.sources[OrderField::BirthDate] = sourceAt(pid, 7);
    order.patient.sex = pid.value(8);
    order.sources[OrderField::Sex] = sourceAt(pid, 8);
    order.patient.homeAddress = homeAddress(pid);
}

void readObservation(const Hl7Segment& obx, IncomingOrder& order)
{
    const auto& code = obx.value(3, 1);
    std::string unit = obx.value(6, 1);
    if (unit.empty())
        unit = obx.value(6, 2);
    if (isHeightCode(code)) {
        order.heightValue = obx.value(5);
        order.heightUnit = unit;
        order.sources[OrderField::Height] = sourceAt(obx, 5);
    } else if (isWeightCode(code)) {
        order.weightValue = obx.value(5);
        order.weightUnit = unit;
        order.sources[OrderField::Weight] = sourceAt(obx, 5);
    }
}

std::string timingText(const Hl7Segment& tq1)
{
    std::string text;
    auto add = [&](const char* what, const std::string& v) {
        if (!v.empty())
            text += (text.empty() ? "" : "; ") + std::string(what) + " " + v;
    };
    add("quantity", tq1.text(2));
    add("repeat", tq1.value(3, 1).empty() ? tq1.value(3, 2) : tq1.value(3, 1));
    add("start", tq1.value(7));
    add("end", tq1.value(8));
    add("priority", tq1.value(9, 1));
    add("condition", tq1.value(10));
    add("text", tq1.value(11));
    return text;
}

// The segments of one ORC group, read in order; the last of each kind wins (RDE^O11 carries one RXE per group).
struct OrderGroup
{
    const Hl7Segment* orc = nullptr;
    const Hl7Segment* rxo = nullptr;
    const Hl7Segment* rxe = nullptr;
    const Hl7Segment* rxr = nullptr;
    const Hl7Segment* tq1 = nullptr;
    std::vector<const Hl7Segment*> obx;
};

IncomingOrder readOrder(const Hl7Header& header, const Hl7Segment& pid,
                        const std::vector<const Hl7Segment*>& patientObservations, const OrderGroup& g)
{
    IncomingOrder order;
    order.format = OrderSourceFormat::Hl7v2;
    order.sender = header.sender();
    order.messageId = header.controlId;
    readPatient(pid, order);
    for (const auto* obx : patientObservations)
        readObservation(*obx, order);
    for (const auto* obx : g.obx)
        readObservation(*obx, order); // the order's own observations win over the patient's

    const Hl7Segment& orc = *g.orc;
    order.controlAsSent = orc.value(1);
    if (order.controlAsSent == "NW")
        order.control = OrderControl::New;
    else if (order.controlAsSent == "CA")
        order.control = OrderControl::Cancel;
    else if (order.controlAsSent == "XO" || order.controlAsSent == "RP")
        order.control = OrderControl::Replace;
    else
        order.control = OrderControl::Unsupported;
    order.sources[OrderField::OrderControl] = sourceAt(orc, 1);
    order.placer = orc.value(2, 1);
    order.sources[OrderField::Placer] = sourceAt(orc, 2);

    order.prescriber = personText(orc, 12);
    order.sources[OrderField::Prescriber] = sourceAt(orc, 12);
    if (order.prescriber.empty() && g.rxe) {
        order.prescriber = personText(*g.rxe, 13);
        order.sources[OrderField::Prescriber] = sourceAt(*g.rxe, 13);
    }

    // The drug as given: RXE-2 (give code) for RDE, RXO-1 (requested give code) for OMP or when RXE has none.
    const Hl7Segment* drugFrom = g.rxe && g.rxe->has(2) ? g.rxe : g.rxo;
    const int drugField = drugFrom == g.rxe ? 2 : 1;
    if (drugFrom) {
        order.drugCode = drugFrom->value(drugField, 1);
        order.drugText = drugFrom->value(drugField, 2);
        order.drugSystem = drugFrom->value(drugField, 3);
        order.sources[OrderField::Drug] = sourceAt(*drugFrom, drugField);
    } else {
        order.sources[OrderField::Drug] = FieldSource{"RXE-2", "RXE", 0, 2, 0};
    }
    if (g.rxe) {
        order.doseValue = g.rxe->value(3);
        order.sources[OrderField::Dose] = sourceAt(*g.rxe, 3);
        order.doseUnit = codeOrText(*g.rxe, 5);
        order.sources[OrderField::DoseUnit] = sourceAt(*g.rxe, 5);
        order.strengthValue = g.rxe->value(25);
        order.strengthUnit = codeOrText(*g.rxe, 26);
        order.sources[OrderField::Strength] = sourceAt(*g.rxe, 25);
        order.timing = g.rxe->text(1);
        order.sources[OrderField::Timing] = sourceAt(*g.rxe, 1);
    } else if (g.rxo) {
        order.doseValue = g.rxo->value(2);
        order.sources[OrderField::Dose] = sourceAt(*g.rxo, 2);
        order.doseUnit = codeOrText(*g.rxo, 4);
        order.sources[OrderField::DoseUnit] = sourceAt(*g.rxo, 4);
        order.strengthValue = g.rxo->value(18);
        order.strengthUnit = codeOrText(*g.rxo, 19);
        order.sources[OrderField::Strength] = sourceAt(*g.rxo, 18);
    } else {
        order.sources[OrderField::Dose] = FieldSource{"RXE-3", "RXE", 0, 3, 0};
        order.sources[OrderField::DoseUnit] = FieldSource{"RXE-5", "RXE", 0, 5, 0};
    }
    if (g.tq1) {
        order.timing = timingText(*g.tq1);
        order.sources[OrderField::Timing] = sourceAt(*g.tq1, 7);
    } else if (order.timing.empty()) {
        order.timing = orc.text(7);
        order.sources[OrderField::Timing] = sourceAt(orc, 7);
    }
    if (g.rxr) {
        order.route = codeOrText(*g.rxr, 1);
        order.sources[OrderField::Route] = sourceAt(*g.rxr, 1);
    } else {
        order.sources[OrderField::Route] = FieldSource{"RXR-1", "RXR", 0, 1, 0};
    }
    if (!order.sources.count(OrderField::Height))
        order.sources[OrderField::Height] = FieldSource{"OBX 8302-2", "OBX", 0, 5, 0};
    if (!order.sources.count(OrderField::Weight))
        order.sources[OrderField::Weight] = FieldSource{"OBX 29463-7", "OBX", 0, 5, 0};
    return order;
}

Hl7Error messageError(const std::string& segment, int sequence, int field, Hl7ErrorCode code, std::string text)
{
    return Hl7Error{Hl7Location{segment, sequence, field, 0}, code, std::move(text)};
}

} // namespace

std::string Hl7Header::sender() const
{
    if (sendingFacility.empty())
        return sendingApplication;
    return sendingApplication + "^" + sendingFacility;
}

Hl7Header readHl7Header(const Hl7Message& message)
{
    Hl7Header h;
    const Hl7Segment* msh = message.first("MSH");
    if (!msh)
        return h;
    h.sendingApplication = msh->value(3);
    h.sendingFacility = msh->value(4);
    h.receivingApplication = msh->value(5);
    h.receivingFacility = msh->value(6);
    h.messageCode = msh->value(9, 1);
    h.triggerEvent = msh->value(9, 2);
    h.controlId = msh->value(10);
    h.processingId = msh->value(11);
    h.version = msh->value(12);
    return h;
}

Hl7OrderMessage readHl7Orders(const Hl7Message& message)
{
    Hl7OrderMessage out;
    out.header = readHl7Header(message);
    const Hl7Header& h = out.header;
    // Without MSH-10 the message cannot be acknowledged as itself; its orders are still read (not taken), so that
    // the refusal can also name a drug the site does not prepare.
    std::optional<Hl7Error> noControlId;
    if (h.controlId.empty())
        noControlId =
            messageError("MSH", 1, 10, Hl7ErrorCode::RequiredFieldMissing, "MSH-10: the message control ID is missing");
    if (h.messageCode.empty()) {
        out.error = messageError("MSH", 1, 9, Hl7ErrorCode::RequiredFieldMissing, "MSH-9: the message type is missing");
        return out;
    }
    const std::string type = h.messageCode + "^" + h.triggerEvent;
    // RDE^O11 and OMP^O09 are v2.5's pharmacy orders. Older senders say RDE^O01 (v2.3/2.4) or carry pharmacy
    // orders in ORM^O01 with RXO: read the same way, so that their orders are answered on their content.
    bool pharmacySegments = false;
    for (const auto& s : message.segments)
        pharmacySegments = pharmacySegments || s.name == "RXO" || s.name == "RXE";
    const bool pharmacy =
        h.messageCode == "RDE" || h.messageCode == "OMP" || (h.messageCode == "ORM" && pharmacySegments);
    if (!pharmacy) {
        out.error = messageError("MSH", 1, 9, Hl7ErrorCode::UnsupportedMessageType,
                                 "MSH-9: " + type + " is not a pharmacy order (RDE^O11 or OMP^O09)");
        return out;
    }
    if (h.version.empty() || h.version.rfind("2.", 0) != 0) {
        out.error = messageError("MSH", 1, 12, Hl7ErrorCode::UnsupportedVersionId,
                                 "MSH-12: version '" + h.version + "' is not an HL7 version 2 the station reads");
        return out;
    }

    const Hl7Segment* pid = nullptr;
    std::vector<const Hl7Segment*> patientObservations;
    std::vector<OrderGroup> groups;
    for (const auto& s : message.segments) {
        if (s.name == "PID") {
            if (!pid)
                pid = &s;
        } else if (s.name == "ORC") {
            groups.push_back(OrderGroup{});
            groups.back().orc = &s;
        } else if (groups.empty()) {
            if (s.name == "OBX")
                patientObservations.push_back(&s);
        } else if (s.name == "RXO") {
            groups.back().rxo = &s;
        } else if (s.name == "RXE") {
            groups.back().rxe = &s;
        } else if (s.name == "RXR") {
            if (!groups.back().rxr)
                groups.back().rxr = &s; // the first route is the one to give
        } else if (s.name == "TQ1") {
            if (!groups.back().tq1)
                groups.back().tq1 = &s;
        } else if (s.name == "OBX") {
            groups.back().obx.push_back(&s);
        }
        // Any other segment (PV1, NTE, RXC, RXA, Z-segments...) carries nothing the station uses.
    }
    if (groups.empty()) {
        out.error = noControlId ? *noControlId
                                : messageError("ORC", 0, 0, Hl7ErrorCode::SegmentSequence,
                                               "ORC: the message has no common order segment, so no order");
        return out;
    }
    // Without PID the orders are read as well (no patient), for the same reason as without MSH-10.
    static const Hl7Segment kNoPatient{};
    for (const auto& g : groups)
        out.orders.push_back(readOrder(h, pid ? *pid : kNoPatient, patientObservations, g));
    if (noControlId)
        out.error = noControlId;
    else if (!pid)
        out.error = messageError("PID", 0, 0, Hl7ErrorCode::SegmentSequence,
                                 "PID: the message has no patient identification segment");
    return out;
}

} // namespace prep::station
