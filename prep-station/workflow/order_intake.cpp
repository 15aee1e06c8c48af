// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/order_intake.h"

#include "db/hash.h"
#include "db/inbound_message_repository.h"
#include "prep-station/orders/csv_order_reader.h"
#include "prep-station/orders/fhir_order_reader.h"
#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_mllp.h"
#include "prep-station/orders/hl7v2_order_reader.h"
#include "prep-station/orders/order_format.h"
#include "prep-station/orders/utf8_text.h"
#include "prep-station/workflow/order_desk.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace prep::station {

namespace {

enum class DoseUnit { Mg, MgPerM2 };

constexpr std::size_t kKeptOfOversized = 64 * 1024;

// "75", "1,3" (a French decimal comma from a CSV): a finite number, else nothing.
std::optional<double> number(const std::string& text)
{
    std::string t = text;
    for (char& c : t)
        if (c == ',')
            c = '.';
    while (!t.empty() && t.back() == ' ')
        t.pop_back();
    if (t.empty())
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Units compared without case, spaces, "^" or "²" spellings: "mg/m2", "mg/m²", "MG/M^2".
std::string foldUnit(const std::string& unit)
{
    std::string out;
    for (size_t i = 0; i < unit.size(); ++i) {
        if (unit.compare(i, 2, "\xC2\xB2") == 0) {
            out += '2';
            ++i;
        } else if (unit[i] != ' ' && unit[i] != '^') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(unit[i])));
        }
    }
    return out;
}

std::optional<DoseUnit> doseUnit(const std::string& unit)
{
    const std::string u = foldUnit(unit);
    if (u == "mg")
        return DoseUnit::Mg;
    if (u == "mg/m2")
        return DoseUnit::MgPerM2;
    return std::nullopt;
}

// Route codes for subcutaneous use (HL7 table 0162 "SC", common spellings, French); others are compared as written.
std::string foldRoute(const std::string& route)
{
    const std::string r = foldName(route);
    for (const char* sc : {"sc", "sq", "subcut", "subcutaneous", "sous-cutanee", "sous cutanee", "s/c", "20066000"})
        if (r == sc)
            return "SC";
    for (const char* iv : {"iv", "intravenous", "intraveineuse", "20045000"})
        if (r == iv)
            return "IV";
    std::string upper;
    for (char c : route)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

bool isIsoDate(const std::string& d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(d[i])))
            return false;
    const int y = std::atoi(d.substr(0, 4).c_str());
    const unsigned m = unsigned(std::atoi(d.substr(5, 2).c_str())), day = unsigned(std::atoi(d.substr(8, 2).c_str()));
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(day)};
    return ymd.ok() && y >= 1900;
}

std::string quoted(const std::string& s)
{
    return "'" + s + "'";
}

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

nlohmann::json toJson(const IntakeResult& r)
{
    return nlohmann::json{{"placer", r.placer},
                          {"order", r.orderId ? nlohmann::json(r.orderId) : nlohmann::json(nullptr)},
                          {"status", std::string(toText(r.status))},
                          {"reason", r.reason},
                          {"where", r.where.label},
                          {"segment", r.where.segment},
                          {"sequence", r.where.sequence},
                          {"field", r.where.field},
                          {"component", r.where.component},
                          {"code", int(r.code)}};
}

IntakeResult resultFromJson(const nlohmann::json& j)
{
    IntakeResult r;
    r.placer = j.value("placer", "");
    r.orderId = j.contains("order") && j["order"].is_number_integer() ? j["order"].get<std::int64_t>() : 0;
    r.status = j.value("status", "") == "accepted" ? IntakeStatus::Accepted : IntakeStatus::Rejected;
    r.reason = j.value("reason", "");
    r.where = FieldSource{j.value("where", ""), j.value("segment", ""), j.value("sequence", 0), j.value("field", 0),
                          j.value("component", 0)};
    r.code = Hl7ErrorCode(j.value("code", int(Hl7ErrorCode::ApplicationInternalError)));
    return r;
}

std::string resultsJson(const std::vector<IntakeResult>& results)
{
    nlohmann::json a = nlohmann::json::array();
    for (const auto& r : results)
        a.push_back(toJson(r));
    return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

db::InboundOutcome outcomeOf(const std::vector<IntakeResult>& results)
{
    size_t accepted = 0;
    for (const auto& r : results)
        accepted += r.status == IntakeStatus::Accepted;
    if (!results.empty() && accepted == results.size())
        return db::InboundOutcome::Accepted;
    return accepted == 0 ? db::InboundOutcome::Rejected : db::InboundOutcome::PartlyAccepted;
}

std::string reasonsOf(const std::vector<IntakeResult>& results)
{
    std::string text;
    for (const auto& r : results)
        if (r.status == IntakeStatus::Rejected)
            text += (text.empty() ? "" : "; ") + (r.placer.empty() ? std::string() : r.placer + ": ") + r.reason;
    return text;
}

// MSH-3/4/9/10/12 of a message that would not parse, read as well as can be, so that the ACK still echoes MSH-10.
Hl7Header salvageHeader(std::string_view bytes)
{
    Hl7Header h;
    if (bytes.substr(0, 3) != "MSH" || bytes.size() < 4)
        return h;
    const char sep = bytes[3];
    const std::string_view line = bytes.substr(0, bytes.find_first_of("\r\n"));
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t end = line.find(sep, start);
        parts.emplace_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    // parts[0] is "MSH", parts[n] is MSH-(n+1) from MSH-2 on.
    auto field = [&](size_t n) { return n - 1 < parts.size() ? parts[n - 1] : std::string(); };
    h.sendingApplication = field(3);
    h.sendingFacility = field(4);
    h.controlId = field(10);
    h.processingId = field(11);
    h.version = field(12);
    return h;
}

AckCode ackCodeFor(const Hl7Error& messageError, bool parsed)
{
    if (!parsed)
        return AckCode::Reject;
    switch (messageError.code) {
    case Hl7ErrorCode::UnsupportedMessageType:
    case Hl7ErrorCode::UnsupportedEventCode:
    case Hl7ErrorCode::UnsupportedProcessingId:
    case Hl7ErrorCode::UnsupportedVersionId:
        return AckCode::Reject;
    default:
        return messageError.where.field == 10 && messageError.where.segment == "MSH" ? AckCode::Reject : AckCode::Error;
    }
}

IntakeResult messageRefusal(const Hl7Error& e)
{
    IntakeResult r;
    r.status = IntakeStatus::Rejected;
    r.reason = e.message;
    r.where = FieldSource{e.where.text(), e.where.segment, e.where.sequence, e.where.field, e.where.component};
    r.code = e.code;
    return r;
}

std::string ackFor(const Hl7Header& header, AckCode code, const std::vector<IntakeResult>& results,
                   std::int64_t inboundId, UtcTime now)
{
    AckRequest a;
    a.incoming = header;
    a.code = code;
    for (const auto& r : results)
        if (r.status == IntakeStatus::Rejected)
            a.errors.push_back(Hl7Error{Hl7Location{r.where.segment.empty() ? "MSH" : r.where.segment, r.where.sequence,
                                                    r.where.field, r.where.component},
                                        r.code, (r.placer.empty() ? "" : r.placer + ": ") + r.reason});
    a.controlId = "PS" + std::to_string(inboundId);
    a.timestamp = hl7Timestamp(now);
    return buildHl7Ack(a);
}

} // namespace

std::string_view toText(IntakeStatus status)
{
    return status == IntakeStatus::Accepted ? "accepted" : "rejected";
}

std::string hl7Timestamp(UtcTime t)
{
    const auto days = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::seconds>(t - days)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u%02d%02d%02d", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                  int(hms.seconds().count()));
    return buf;
}

OrderIntake::OrderIntake(StationContext& ctx)
    : m_ctx(ctx)
{
    auto codes = DrugCodeTable::load();
    if (codes)
        m_codes = std::move(*codes);
    else
        m_codesError = codes.error().message;
}

Result<Ok> OrderIntake::mayTakeOrders(const db::Actor& who) const
{
    return requireRole(who, {db::Role::Pharmacist, db::Role::Technician},
                       say(QT_TRANSLATE_NOOP("Message", "take orders from prescribers' systems")));
}

std::variant<OrderIntake::DrugMatch, IntakeResult> OrderIntake::matchDrug(const IncomingOrder& o) const
{
    IntakeResult r;
    r.placer = o.placer;
    auto refuse = [&](OrderField field, Hl7ErrorCode code, std::string reason) {
        r.status = IntakeStatus::Rejected;
        r.where = o.source(field);
        r.code = code;
        r.reason = std::move(reason);
        if (!r.where.label.empty())
            r.reason += " (" + r.where.label + ")";
        return r;
    };
    if (!m_codes)
        return refuse(OrderField::Drug, Hl7ErrorCode::ApplicationInternalError,
                      "the station's drug codes could not be read: " + m_codesError);

    // The drug first: an order for something the site does not prepare is refused by name, whatever else it says.
    const std::string asSent = o.drugAsSent();
    if (asSent.empty())
        return refuse(OrderField::Drug, Hl7ErrorCode::RequiredFieldMissing, "the drug is missing");
    std::optional<std::string> byCode;
    const Product* product = nullptr;
    if (!o.drugCode.empty()) {
        byCode = m_codes->byCode(o.drugSystem, o.drugCode);
        if (!byCode)
            byCode = m_codes->byCode("", o.drugCode); // HL7 names ATC "WC", others "ATC": the code itself decides
        const bool digits = o.drugCode.find_first_not_of("0123456789") == std::string::npos;
        if (!byCode && digits && (o.drugCode.size() == 13 || o.drugCode.size() == 14)) {
            product = m_ctx.catalogue().findByGtin(o.drugCode); // a pack code: CIP13 or GTIN-14
            if (product)
                byCode = product->drug;
        }
    }
    const std::optional<std::string> byText = o.drugText.empty() ? std::nullopt : m_codes->byText(o.drugText);
    if (byCode && byText && *byCode != *byText)
        return refuse(OrderField::Drug, Hl7ErrorCode::TableValueNotFound,
                      "the drug code " + quoted(o.drugCode) + " means " + *byCode + " but the text " +
                          quoted(o.drugText) + " names " + *byText + ": which drug is meant is not clear");
    const std::string drug = byCode ? *byCode : byText.value_or("");
    const auto protocolId = m_ctx.protocols().defaultProtocolByDrug.find(drug);
    const DoseProtocol* protocol = protocolId == m_ctx.protocols().defaultProtocolByDrug.end()
                                       ? nullptr
                                       : m_ctx.protocols().find(protocolId->second);
    if (drug.empty() || !protocol || !m_ctx.catalogue().defaultForDrug(drug))
        return refuse(OrderField::Drug, Hl7ErrorCode::TableValueNotFound,
                      "the site does not prepare " + quoted(asSent));

    if (!o.strengthValue.empty() && !product) {
        const auto strength = number(o.strengthValue);
        const std::string strengthAsSent = o.strengthValue + (o.strengthUnit.empty() ? "" : " " + o.strengthUnit);
        if (!strength || (!o.strengthUnit.empty() && foldUnit(o.strengthUnit) != "mg"))
            return refuse(OrderField::Strength, Hl7ErrorCode::TableValueNotFound,
                          "the site does not prepare " + quoted(asSent) + " at the strength " + quoted(strengthAsSent) +
                              " (strengths are given in mg per vial)");
        bool known = false;
        for (const auto& p : m_ctx.catalogue().products())
            known = known || (p.drug == drug && std::fabs(p.mgPerVial - *strength) < 1e-9);
        if (!known)
            return refuse(OrderField::Strength, Hl7ErrorCode::TableValueNotFound,
                          "the site does not prepare " + quoted(asSent) + " at the strength " + quoted(strengthAsSent));
    }

    return DrugMatch{drug, protocol};
}

IntakeResult OrderIntake::take(const db::Actor& who, const IncomingOrder& o, std::int64_t inboundMessageId)
{
    IntakeResult r;
    r.placer = o.placer;
    auto refuse = [&](OrderField field, Hl7ErrorCode code, std::string reason) {
        r.status = IntakeStatus::Rejected;
        r.where = o.source(field);
        r.code = code;
        r.reason = std::move(reason);
        if (!r.where.label.empty())
            r.reason += " (" + r.where.label + ")";
        return r;
    };
    if (o.control == OrderControl::Cancel)
        return cancel(who, o);
    const std::string asSent = o.drugAsSent();
    auto matched = matchDrug(o);
    if (auto* refused = std::get_if<IntakeResult>(&matched))
        return *refused;
    const std::string drug = std::get<DrugMatch>(matched).drug;
    const DoseProtocol* protocol = std::get<DrugMatch>(matched).protocol;

    if (o.control == OrderControl::Unsupported)
        return o.controlAsSent.empty()
                   ? refuse(OrderField::OrderControl, Hl7ErrorCode::RequiredFieldMissing,
                            "the order control is missing")
                   : refuse(OrderField::OrderControl, Hl7ErrorCode::TableValueNotFound,
                            "the order control " + quoted(o.controlAsSent) +
                                " is not one the station acts on (NW new, CA cancel, XO or RP replace)");
    if (o.placer.empty())
        return refuse(OrderField::Placer, Hl7ErrorCode::RequiredFieldMissing, "the placer order number is missing");
    if (o.patient.id.empty())
        return refuse(OrderField::PatientId, Hl7ErrorCode::RequiredFieldMissing,
                      "the patient identifier (IPP) is missing");
    if (o.patient.familyName.empty() || o.patient.givenName.empty())
        return refuse(OrderField::PatientName, Hl7ErrorCode::RequiredFieldMissing,
                      "the patient's family name and given name are both needed");
    if (!isIsoDate(o.patient.birthDate))
        return refuse(OrderField::BirthDate,
                      o.patient.birthDate.empty() ? Hl7ErrorCode::RequiredFieldMissing : Hl7ErrorCode::DataType,
                      o.patient.birthDate.empty() ? "the birth date is missing"
                                                  : "the birth date " + quoted(o.patient.birthDate) + " is not a date");
    if (o.prescriber.empty())
        return refuse(OrderField::Prescriber, Hl7ErrorCode::RequiredFieldMissing, "the prescriber is missing");

    const auto dose = number(o.doseValue);
    if (!dose || *dose <= 0)
        return refuse(OrderField::Dose,
                      o.doseValue.empty() ? Hl7ErrorCode::RequiredFieldMissing : Hl7ErrorCode::DataType,
                      o.doseValue.empty() ? "the dose is missing"
                                          : "the dose " + quoted(o.doseValue) + " is not a positive number");
    const auto unit = doseUnit(o.doseUnit);
    if (!unit)
        return refuse(OrderField::DoseUnit,
                      o.doseUnit.empty() ? Hl7ErrorCode::RequiredFieldMissing : Hl7ErrorCode::TableValueNotFound,
                      o.doseUnit.empty() ? "the dose unit is missing (mg or mg/m2)"
                                         : "the site does not prepare " + quoted(asSent) + " dosed in " +
                                               quoted(o.doseUnit) + " (mg or mg/m2 only)");
    if (!o.route.empty() && foldRoute(o.route) != foldRoute(protocol->route))
        return refuse(OrderField::Route, Hl7ErrorCode::TableValueNotFound,
                      "the site prepares " + drug + " for the route " + protocol->route + ", not " + quoted(o.route));

    // A measurement in its base unit (cm, kg), or in the smaller/larger one the sender used (m, g).
    auto measure = [](const std::string& value, const std::string& unitText, const char* base, const char* other,
                      double factor) -> std::optional<double> {
        const auto v = number(value);
        const std::string u = foldUnit(unitText);
        if (!v || *v <= 0)
            return std::nullopt;
        if (u.empty() || u == base)
            return *v;
        if (u == other)
            return *v * factor;
        return std::nullopt;
    };
    // A fixed dose does not use height and weight: absent they are recorded as 0; given, they are still checked.
    const bool fixedDose = protocol->isFixedDose();
    auto height = measure(o.heightValue, o.heightUnit, "cm", "m", 100.0);
    if (!height && fixedDose && o.heightValue.empty())
        height = 0.0;
    if (!height)
        return refuse(OrderField::Height,
                      o.heightValue.empty() ? Hl7ErrorCode::RequiredFieldMissing : Hl7ErrorCode::DataType,
                      o.heightValue.empty()
                          ? "the height is missing: the dose is computed from the body surface area"
                          : "the height " + quoted(o.heightValue + " " + o.heightUnit) + " is not a number of cm or m");
    auto weight = measure(o.weightValue, o.weightUnit, "kg", "g", 0.001);
    if (!weight && fixedDose && o.weightValue.empty())
        weight = 0.0;
    if (!weight)
        return refuse(OrderField::Weight,
                      o.weightValue.empty() ? Hl7ErrorCode::RequiredFieldMissing : Hl7ErrorCode::DataType,
                      o.weightValue.empty()
                          ? "the weight is missing: the dose is computed from the body surface area"
                          : "the weight " + quoted(o.weightValue + " " + o.weightUnit) + " is not a number of kg or g");

    // The same sender and placer number make one order.
    auto previous = m_ctx.orders().latestOrigin(o.sender, o.placer);
    if (!previous)
        return refuse(OrderField::Placer, Hl7ErrorCode::ApplicationInternalError, previous.error().message);
    if (o.control == OrderControl::New && *previous) {
        r.status = IntakeStatus::Accepted;
        r.orderId = (*previous)->orderId;
        r.reason = "already received: order " + std::to_string(r.orderId);
        return r;
    }
    if (o.control == OrderControl::Replace && !*previous)
        return refuse(OrderField::Placer, Hl7ErrorCode::UnknownKeyIdentifier,
                      "no order " + quoted(o.placer) + " from " + o.sender + " to replace");

    Prescription rx;
    rx.patient.ipp = o.patient.id;
    rx.patient.familyName = o.patient.familyName;
    rx.patient.givenName = o.patient.givenName;
    rx.patient.birthDate = o.patient.birthDate;
    rx.patient.fictitious = o.patient.id.rfind("FICTIF", 0) == 0;
    rx.homeAddress = o.patient.homeAddress;
    rx.drug = drug;
    rx.protocolId = protocol->id;
    rx.heightCm = *height;
    rx.weightKg = *weight;
    rx.cycleDay = o.cycleDay;
    rx.prescriber = o.prescriber;
    if (fixedDose) {
        // The protocol's dose is the only one it allows: anything else is another regimen, not a typo to fix.
        if (*unit != DoseUnit::Mg || std::fabs(*dose - *protocol->fixedDoseMg) > 1e-6 * *protocol->fixedDoseMg)
            return refuse(OrderField::Dose, Hl7ErrorCode::DataType,
                          "the dose " + quoted(o.doseValue + " " + o.doseUnit) + " is not the fixed dose of protocol " +
                              protocol->id + " (" + formatNumber(*protocol->fixedDoseMg) + " mg)");
    } else if (*unit == DoseUnit::MgPerM2) {
        rx.mgPerM2 = *dose;
    } else {
        // A dose in mg: the level it is for this patient's BSA, which must be one the protocol allows.
        DoseRequest request{drug, *height, *weight, std::nullopt, protocol->id};
        auto full = planDose(request, m_ctx.protocols());
        if (!full)
            return refuse(OrderField::Dose, Hl7ErrorCode::ApplicationInternalError, full.error().message);
        double level = *dose / full->bsaM2;
        if (!protocol->doseLevelsMgPerM2.empty()) {
            double best = protocol->doseLevelsMgPerM2.front();
            for (double l : protocol->doseLevelsMgPerM2)
                if (std::fabs(l - level) < std::fabs(best - level))
                    best = l;
            if (std::fabs(best * full->bsaM2 - *dose) > *dose * protocol->roundingBlockPercent / 100.0)
                return refuse(OrderField::Dose, Hl7ErrorCode::DataType,
                              "the dose " + quoted(o.doseValue + " " + o.doseUnit) + " is " + formatNumber(level) +
                                  " mg/m2 for a BSA of " + formatNumber(full->bsaM2) +
                                  " m2, not a dose level of protocol " + protocol->id);
            level = best;
        }
        rx.mgPerM2 = level;
    }
    db::OrderOriginRecord origin;
    origin.inboundMessageId = inboundMessageId;
    origin.format = std::string(toText(o.format));
    origin.sender = o.sender;
    origin.placerNumber = o.placer;
    origin.revision = *previous ? (*previous)->revision + 1 : 1;
    origin.patientAuthority = o.patient.idAuthority;
    origin.patientSex = o.patient.sex;
    origin.drugAsSent = asSent;
    origin.doseAsSent = o.doseValue + " " + o.doseUnit;
    origin.route = o.route;
    origin.timing = o.timing;
    rx.origin = origin;

    // A known IPP with another name or birth date is not this patient (OrderDesk refuses it too; here the refusal
    // can point at the PID fields).
    if (auto known = m_ctx.patients().getByIpp(o.patient.id);
        known && (known->familyName != o.patient.familyName || known->givenName != o.patient.givenName ||
                  known->birthDate != o.patient.birthDate))
        return refuse(OrderField::PatientName, Hl7ErrorCode::ApplicationInternalError,
                      "patient " + quoted(o.patient.id) + " is already known as " + known->familyName + " " +
                          known->givenName + ", born " + known->birthDate + ", not " + o.patient.familyName + " " +
                          o.patient.givenName + ", born " + o.patient.birthDate);

    OrderDesk desk(m_ctx);
    db::Transaction tx(m_ctx.database());
    if (o.control == OrderControl::Replace) {
        auto old = m_ctx.orders().get((*previous)->orderId);
        if (!old)
            return refuse(OrderField::Placer, Hl7ErrorCode::ApplicationInternalError, old.error().message);
        auto preparations = m_ctx.preparations().listForOrder(old->id);
        if (preparations && !preparations->empty())
            return refuse(OrderField::Placer, Hl7ErrorCode::ApplicationRecordLocked,
                          "order " + std::to_string(old->id) +
                              " is already planned into preparations: the pharmacy changes it at the station");
    }
    auto created = desk.enterPrescription(who, rx);
    if (!created)
        return refuse(OrderField::Dose, Hl7ErrorCode::ApplicationInternalError, created.error().message);
    if (o.control == OrderControl::Replace) {
        auto cancelled = desk.cancel(who, (*previous)->orderId,
                                     "replaced by order " + std::to_string(created->id) + " (" + o.controlAsSent +
                                         " from " + o.sender + ", placer " + o.placer + ")");
        if (!cancelled)
            return refuse(OrderField::Placer, Hl7ErrorCode::ApplicationRecordLocked, cancelled.error().message);
    }
    if (auto c = tx.commit(); !c)
        return refuse(OrderField::Message, Hl7ErrorCode::ApplicationInternalError, c.error().message);
    r.status = IntakeStatus::Accepted;
    r.orderId = created->id;
    r.reason =
        o.control == OrderControl::Replace ? "replaces order " + std::to_string((*previous)->orderId) : std::string();
    return r;
}

IntakeResult OrderIntake::cancel(const db::Actor& who, const IncomingOrder& o)
{
    IntakeResult r;
    r.placer = o.placer;
    auto refuse = [&](Hl7ErrorCode code, std::string reason) {
        r.status = IntakeStatus::Rejected;
        r.where = o.source(OrderField::Placer);
        r.code = code;
        r.reason = std::move(reason);
        if (!r.where.label.empty())
            r.reason += " (" + r.where.label + ")";
        return r;
    };
    if (o.placer.empty())
        return refuse(Hl7ErrorCode::RequiredFieldMissing, "the placer order number of the order to cancel is missing");
    auto previous = m_ctx.orders().latestOrigin(o.sender, o.placer);
    if (!previous)
        return refuse(Hl7ErrorCode::ApplicationInternalError, previous.error().message);
    if (!*previous)
        return refuse(Hl7ErrorCode::UnknownKeyIdentifier,
                      "no order " + quoted(o.placer) + " from " + o.sender + " to cancel");
    auto order = m_ctx.orders().get((*previous)->orderId);
    if (!order)
        return refuse(Hl7ErrorCode::ApplicationInternalError, order.error().message);
    r.orderId = order->id;
    if (order->status == db::OrderStatus::Cancelled) {
        r.status = IntakeStatus::Accepted;
        r.reason = "already cancelled";
        return r;
    }
    auto cancelled = OrderDesk(m_ctx).cancel(
        who, order->id, "cancelled by " + o.sender + " (" + o.controlAsSent + ", placer " + o.placer + ")");
    if (!cancelled)
        return refuse(Hl7ErrorCode::ApplicationRecordLocked, cancelled.error().message);
    r.status = IntakeStatus::Accepted;
    r.reason = "cancelled";
    return r;
}

Result<std::vector<IntakeResult>> OrderIntake::takeAll(const db::Actor& who, std::int64_t inboundId,
                                                       const std::vector<IncomingOrder>& orders)
{
    std::vector<IntakeResult> results;
    for (const auto& o : orders)
        results.push_back(take(who, o, inboundId));
    return results;
}

Result<Hl7Reply> OrderIntake::receiveHl7(const db::Actor& who, std::string_view bytes, const std::string& channel)
{
    if (auto allowed = mayTakeOrders(who); !allowed)
        return allowed.error();
    Hl7Reply reply;
    Hl7Header header;
    std::optional<Hl7Error> messageError;
    bool parsedOk = false;
    std::vector<IncomingOrder> orders;
    const std::string text = asUtf8Text(bytes); // read as text; the raw bytes are what is kept
    auto parsed = parseHl7Message(text);
    if (auto* e = std::get_if<Hl7Error>(&parsed)) {
        header = salvageHeader(text);
        messageError = *e;
    } else {
        parsedOk = true;
        auto read = readHl7Orders(std::get<Hl7Message>(parsed));
        header = read.header;
        messageError = read.error;
        orders = std::move(read.orders);
    }
    reply.controlId = header.controlId;
    const UtcTime now = m_ctx.now();
    db::InboundMessageRepository inbound(m_ctx.database());

    // The same message again (same sender, MSH-10 and bytes): answered as the first time, nothing redone.
    if (!messageError && !header.controlId.empty()) {
        auto same = inbound.findDecided(header.sender(), header.controlId, db::sha256Hex(bytes));
        if (!same)
            return fromDb(same.error());
        if (*same) {
            const auto& first = **same;
            const auto stored = nlohmann::json::parse(first.results, nullptr, false);
            if (stored.is_array())
                for (const auto& j : stored)
                    if (j.is_object())
                        reply.orders.push_back(resultFromJson(j));
            for (auto& r : reply.orders)
                if (r.status == IntakeStatus::Accepted)
                    r.reason = r.reason.empty() ? "already received" : "already received: " + r.reason;
            reply.code = first.ackCode == "AA"   ? AckCode::Accept
                         : first.ackCode == "AE" ? AckCode::Error
                                                 : AckCode::Reject;
            reply.duplicate = true;
            db::InboundMessageRecord record;
            record.format = "hl7v2";
            record.channel = channel;
            record.sender = header.sender();
            record.messageId = header.controlId;
            record.raw = std::string(bytes);
            auto kept = inbound.receive(who, now, record);
            if (!kept)
                return fromDb(kept.error());
            auto decided =
                inbound.decide(who, now, kept->id, db::InboundOutcome::Duplicate, first.ackCode,
                               "the same message as inbound message " + std::to_string(first.id) + ": answered as then",
                               first.results);
            if (!decided)
                return fromDb(decided.error());
            reply.ack = ackFor(header, reply.code, reply.orders, kept->id, now);
            return reply;
        }
    }

    db::InboundMessageRecord record;
    record.format = "hl7v2";
    record.channel = channel;
    record.sender = header.sender();
    record.messageId = header.controlId;
    // A message too large to read is kept by its beginning: enough to know what it was, not a way to fill the disk.
    record.raw = std::string(bytes.substr(0, bytes.size() > kHl7MaxMessageBytes ? kKeptOfOversized : bytes.size()));
    auto kept = inbound.receive(who, now, record);
    if (!kept)
        return fromDb(kept.error());

    db::Transaction tx(m_ctx.database());
    if (messageError) {
        reply.code = ackCodeFor(*messageError, parsedOk);
        reply.orders.push_back(messageRefusal(*messageError));
        // Orders read from a message that cannot be taken are never entered; a drug the site does not prepare is
        // still named, so the sender learns both things at once.
        for (const auto& o : orders)
            if (o.control != OrderControl::Cancel)
                if (auto matched = matchDrug(o); std::holds_alternative<IntakeResult>(matched))
                    reply.orders.push_back(std::get<IntakeResult>(matched));
    } else {
        auto results = takeAll(who, kept->id, orders);
        if (!results)
            return results.error();
        reply.orders = std::move(*results);
        reply.code = outcomeOf(reply.orders) == db::InboundOutcome::Accepted ? AckCode::Accept : AckCode::Error;
    }
    auto decided = inbound.decide(who, now, kept->id, outcomeOf(reply.orders), std::string(toText(reply.code)),
                                  reasonsOf(reply.orders), resultsJson(reply.orders));
    if (!decided)
        return fromDb(decided.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    reply.ack = ackFor(header, reply.code, reply.orders, kept->id, now);
    return reply;
}

Hl7Reply OrderIntake::failedReply(std::string_view bytes, const std::string& reason, UtcTime now)
{
    Hl7Reply reply;
    const Hl7Header header = salvageHeader(asUtf8Text(bytes));
    reply.code = AckCode::Reject;
    reply.controlId = header.controlId;
    IntakeResult r;
    r.reason = "the station could not record the message: " + reason;
    r.where = FieldSource{"MSH", "MSH", 1, 0, 0};
    reply.orders.push_back(r);
    reply.ack = ackFor(header, reply.code, reply.orders, 0, now);
    return reply;
}

Result<std::vector<IntakeResult>> OrderIntake::recordRefusedFile(const db::Actor& who, std::string_view bytes,
                                                                 const std::string& format, const std::string& fileName,
                                                                 const std::string& reason)
{
    db::InboundMessageRepository inbound(m_ctx.database());
    const UtcTime now = m_ctx.now();
    db::InboundMessageRecord record;
    record.format = format;
    record.channel = "file " + fileName;
    record.raw = std::string(bytes);
    IntakeResult r;
    r.status = IntakeStatus::Rejected;
    r.reason = reason;
    r.code = Hl7ErrorCode::UnsupportedMessageType;
    db::Transaction tx(m_ctx.database());
    auto kept = inbound.receive(who, now, record);
    if (!kept)
        return fromDb(kept.error());
    if (auto d = inbound.decide(who, now, kept->id, db::InboundOutcome::Rejected, "", reason, resultsJson({r})); !d)
        return fromDb(d.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return std::vector<IntakeResult>{r};
}

Result<std::vector<IntakeResult>> OrderIntake::takeFile(const db::Actor& who, std::string_view bytes,
                                                        OrderSourceFormat format, const std::string& fileName,
                                                        const Result<std::vector<IncomingOrder>>& orders)
{
    if (auto allowed = mayTakeOrders(who); !allowed)
        return allowed.error();
    const std::string formatText(toText(format));
    if (!orders)
        return recordRefusedFile(who, bytes, formatText, fileName, orders.error().message);
    db::InboundMessageRepository inbound(m_ctx.database());
    const UtcTime now = m_ctx.now();
    db::InboundMessageRecord record;
    record.format = formatText;
    record.channel = "file " + fileName;
    record.sender = orders->empty() ? std::string() : orders->front().sender;
    record.messageId = fileName;
    record.raw = std::string(bytes);
    auto kept = inbound.receive(who, now, record);
    if (!kept)
        return fromDb(kept.error());
    db::Transaction tx(m_ctx.database());
    auto results = takeAll(who, kept->id, *orders);
    if (!results)
        return results.error();
    if (results->empty()) {
        IntakeResult none;
        none.reason = fileName + ": no order in the file";
        results->push_back(none);
    }
    if (auto d =
            inbound.decide(who, now, kept->id, outcomeOf(*results), "", reasonsOf(*results), resultsJson(*results));
        !d)
        return fromDb(d.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *results;
}

Result<std::vector<IntakeResult>> OrderIntake::importFile(const db::Actor& who, std::string_view bytes,
                                                          const std::string& fileName)
{
    if (auto allowed = mayTakeOrders(who); !allowed)
        return allowed.error();
    switch (detectOrderFileFormat(bytes)) {
    case OrderFileFormat::Hl7v2: {
        // An MLLP capture reads as the messages it framed (<VT> and <FS> read as segment ends).
        std::string text(bytes);
        for (char& c : text)
            if (c == kMllpStart || c == kMllpEnd)
                c = '\r';
        std::vector<IntakeResult> all;
        for (auto message : splitHl7Messages(text)) {
            auto reply = receiveHl7(who, message, "file " + fileName);
            if (!reply)
                return reply.error();
            all.insert(all.end(), reply->orders.begin(), reply->orders.end());
        }
        if (all.empty())
            return recordRefusedFile(who, bytes, "hl7v2", fileName, "the file holds no HL7 v2 message (MSH)");
        return all;
    }
    case OrderFileFormat::Csv:
        return takeFile(who, bytes, OrderSourceFormat::Csv, fileName, readCsvOrders(asUtf8Text(bytes), fileName));
    case OrderFileFormat::FhirJson:
        return takeFile(who, bytes, OrderSourceFormat::FhirR4, fileName, readFhirOrders(asUtf8Text(bytes)));
    case OrderFileFormat::Unknown:
        break;
    }
    return recordRefusedFile(who, bytes, "unknown", fileName,
                             fileName + ": not an order file the station reads (HL7 v2 beginning with MSH, FHIR R4 "
                                        "JSON, or CSV with a 'placer' column)");
}

} // namespace prep::station
