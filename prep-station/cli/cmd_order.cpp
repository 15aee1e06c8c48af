// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl order add|list|validate|import|listen: prescriptions entered by hand or received from prescribers' systems
// (a file, an MLLP connection), the worklist, pharmaceutical validation.
#include "prep-station/cli/station_access.h"
#include "prep-station/dosing/protocol.h"
#include "prep-station/orders/mllp_server.h"
#include "prep-station/orders/utf8_text.h"
#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/order_intake.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace prep::cli {
namespace {

const char* kUsage =
    "usage: prepctl order add --patient IPP --name \"NOM Prénom\" --birth YYYY-MM-DD --height CM --weight KG\n"
    "                         --protocol ID --cycle N --day D --prescriber TEXT [--mg-per-m2 X] --as LOGIN\n"
    "       prepctl order list [--status prescribed|validated|cancelled] --as LOGIN\n"
    "       prepctl order checks ORDER --as LOGIN   (the protocol checks, nothing recorded)\n"
    "       prepctl order validate ORDER [--override CHECK[,CHECK...] --reason TEXT] --as PHARMACIST\n"
    "       prepctl order import FILE --as LOGIN   (HL7 v2, CSV or FHIR R4 JSON; one line per order)\n"
    "       prepctl order listen --mllp HOST:PORT --as LOGIN";

// "DUPONT-MARTIN Jeanne Marie": the family name is the leading words written in capitals (as French documents
// print it), the given names the rest.
std::pair<std::string, std::string> splitName(const std::string& full)
{
    std::istringstream in(full);
    std::string word, family, given;
    bool inFamily = true;
    while (in >> word) {
        bool upper = false, lower = false;
        for (unsigned char c : word) {
            upper = upper || (c >= 'A' && c <= 'Z');
            lower = lower || (c >= 'a' && c <= 'z');
        }
        if (inFamily && ((upper && !lower) || family.empty())) {
            family += (family.empty() ? "" : " ") + word;
            inFamily = upper && !lower;
        } else {
            inFamily = false;
            given += (given.empty() ? "" : " ") + word;
        }
    }
    return {family, given};
}

bool isIsoDate(const std::string& d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    int y = 0, m = 0, day = 0;
    if (std::sscanf(d.c_str(), "%4d-%2d-%2d", &y, &m, &day) != 3)
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                          std::chrono::day(unsigned(day))};
    return ymd.ok() && y >= 1900;
}

nlohmann::json toJson(const db::OrderRecord& o, const db::PatientRecord* patient)
{
    nlohmann::json j{{"order", o.id},
                     {"status", o.status},
                     {"drug", o.drug},
                     {"protocol", o.protocolId},
                     {"cycle_day", o.cycleDay},
                     {"dose_mg", o.doseMg},
                     {"bsa_m2", o.bsaM2},
                     {"mg_per_m2", o.mgPerM2},
                     {"prescriber", o.prescriber}};
    if (patient) {
        j["patient"] = patient->ipp;
        j["name"] = patient->familyName + " " + patient->givenName;
    }
    return j;
}

int add(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    std::map<std::string, std::string> v;
    for (const char* name :
         {"patient", "name", "birth", "height", "weight", "protocol", "cycle", "day", "prescriber"}) {
        auto o = args.option(name);
        if (!o || o->empty())
            return fail(args, std::string("order add: --") + name + " is required\n" + kUsage, 2);
        v[name] = *o;
    }
    auto height = parseNumber(v["height"]);
    auto weight = parseNumber(v["weight"]);
    if (!height)
        return fail(args, "order add: --height '" + v["height"] + "' is not a number of centimetres", 2);
    if (!weight)
        return fail(args, "order add: --weight '" + v["weight"] + "' is not a number of kilograms", 2);
    if (!isIsoDate(v["birth"]))
        return fail(args, "order add: --birth '" + v["birth"] + "' is not a date YYYY-MM-DD", 2);
    auto cycle = parseNumber(v["cycle"]);
    auto day = parseNumber(v["day"]);
    if (!cycle || *cycle < 1 || *cycle != std::floor(*cycle) || !day || *day < 1 || *day != std::floor(*day))
        return fail(args, "order add: --cycle and --day are whole numbers from 1", 2);
    const station::DoseProtocol* protocol = ctx.protocols().find(v["protocol"]);
    if (!protocol)
        return fail(args, "order add: the site prepares no protocol '" + v["protocol"] + "'", 3);
    station::Prescription rx;
    rx.patient.ipp = v["patient"];
    std::tie(rx.patient.familyName, rx.patient.givenName) = splitName(v["name"]);
    if (rx.patient.familyName.empty() || rx.patient.givenName.empty())
        return fail(args, "order add: --name '" + v["name"] + "' needs a family name and a given name (NOM Prénom)", 2);
    rx.patient.birthDate = v["birth"];
    rx.patient.fictitious = rx.patient.ipp.rfind("FICTIF", 0) == 0;
    rx.drug = protocol->drug;
    rx.protocolId = protocol->id;
    rx.heightCm = *height;
    rx.weightKg = *weight;
    if (auto level = args.option("mg-per-m2")) {
        auto l = parseNumber(*level);
        if (!l)
            return fail(args, "order add: --mg-per-m2 '" + *level + "' is not a number", 2);
        rx.mgPerM2 = *l;
    }
    rx.cycleDay = "C" + std::to_string(int(*cycle)) + "J" + std::to_string(int(*day));
    rx.prescriber = v["prescriber"];
    auto order = station::OrderDesk(ctx).enterPrescription(who.actor, rx);
    if (!order)
        return refuse(args, "order add", order.error());
    char dose[64];
    std::snprintf(dose, sizeof dose, "%.2f mg", order->doseMg);
    report(args, toJson(*order, &rx.patient),
           "order " + std::to_string(order->id) + ": " + order->drug + " " + dose + " (" + order->protocolId + " " +
               order->cycleDay + "), prescribed; a pharmacist validates it next\n");
    return 0;
}

int list(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    if (auto allowed = station::requireRole(who.actor, {db::Role::Pharmacist, db::Role::Technician, db::Role::Auditor},
                                            station::say(QT_TRANSLATE_NOOP("Message", "see the order worklist")));
        !allowed)
        return refuse(args, "order list", allowed.error());
    std::vector<db::OrderStatus> statuses{db::OrderStatus::Prescribed, db::OrderStatus::Validated,
                                          db::OrderStatus::Cancelled};
    if (auto s = args.option("status")) {
        auto wanted = db::orderStatusFromText(*s);
        if (!wanted)
            return fail(args, "order list: unknown status '" + *s + "'", 2);
        statuses = {*wanted};
    }
    nlohmann::json j = nlohmann::json::array();
    std::string text;
    for (const auto& status : statuses) {
        auto orders = ctx.orders().listByStatus(status);
        if (!orders)
            return fail(args, "order list: " + orders.error().message);
        for (const auto& o : *orders) {
            auto patient = ctx.patients().get(o.patientId);
            j.push_back(toJson(o, patient ? &*patient : nullptr));
            char dose[32];
            std::snprintf(dose, sizeof dose, "%.2f mg", o.doseMg);
            text += std::to_string(o.id) + "\t" + std::string(db::toText(o.status)) + "\t" + o.drug + " " + dose +
                    "\t" + o.cycleDay + "\t" +
                    (patient ? patient->ipp + " " + patient->familyName + " " + patient->givenName : "?") + "\n";
        }
    }
    report(args, j, text);
    return 0;
}

nlohmann::json checksJson(const std::vector<station::ProtocolCheckResult>& results)
{
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : results)
        j.push_back({{"check", std::string(station::toText(r.check))},
                     {"severity", std::string(station::toText(r.severity))},
                     {"message", r.message}});
    return j;
}

std::string checksText(const std::vector<station::ProtocolCheckResult>& results)
{
    std::string text;
    for (const auto& r : results)
        text += std::string(station::toText(r.severity)) + "\t" + std::string(station::toText(r.check)) + "\t" +
                r.message + "\n";
    return text;
}

std::optional<std::int64_t> orderArgument(Args& args, const std::string& verb)
{
    const auto& words = args.positional();
    if (words.size() != 2) {
        fail(args, "order " + verb + ": name one ORDER\n" + std::string(kUsage), 2);
        return std::nullopt;
    }
    auto id = parseNumber(words[1]);
    if (!id || *id < 1 || *id != std::floor(*id)) {
        fail(args, "order " + verb + ": '" + words[1] + "' is not an order number", 2);
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*id);
}

// prepctl order checks ORDER: one line per check (severity, check, message); JSON: {"order", "checks": [...]}.
int checks(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    auto id = orderArgument(args, "checks");
    if (!id)
        return 2;
    auto results = station::OrderDesk(ctx).checks(who.actor, *id);
    if (!results)
        return refuse(args, "order checks", results.error());
    report(args, nlohmann::json{{"order", *id}, {"checks", checksJson(*results)}}, checksText(*results));
    return 0;
}

// --override a,b --reason TEXT: one reason for the warnings named (comma-separated ids).
std::optional<std::vector<station::CheckOverride>> overridesOf(Args& args)
{
    std::vector<station::CheckOverride> overrides;
    const auto ids = args.option("override");
    const auto reason = args.option("reason");
    if (!ids) {
        if (reason) {
            fail(args, "order validate: --reason goes with --override CHECK", 2);
            return std::nullopt;
        }
        return overrides;
    }
    if (!reason || reason->empty()) {
        fail(args, "order validate: --override " + *ids + " needs --reason TEXT", 2);
        return std::nullopt;
    }
    std::stringstream list(*ids);
    for (std::string id; std::getline(list, id, ',');) {
        auto check = station::protocolCheckFromText(id);
        if (!check) {
            fail(args,
                 "order validate: --override: unknown check '" + id +
                     "' (cycle_day, min_interval, dose_level, dose_vs_bsa, bsa_cap, duplicate)",
                 2);
            return std::nullopt;
        }
        overrides.push_back({*check, *reason});
    }
    return overrides;
}

// Shows the checks, then validates; on a refusal the checks are still printed (stdout) and the reason goes to stderr.
int validate(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    auto id = orderArgument(args, "validate");
    if (!id)
        return 2;
    auto overrides = overridesOf(args);
    if (!overrides)
        return 2;
    station::OrderDesk desk(ctx);
    auto results = desk.checks(who.actor, *id);
    if (!results)
        return refuse(args, "order validate", results.error());
    auto order = desk.validate(*id, who.actor.username, who.password, *overrides);
    nlohmann::json j = order ? toJson(*order, nullptr) : nlohmann::json{{"order", *id}};
    j["checks"] = checksJson(*results);
    nlohmann::json overridden = nlohmann::json::array();
    for (const auto& o : *overrides)
        overridden.push_back({{"check", std::string(station::toText(o.check))}, {"reason", o.reason}});
    j["overrides"] = overridden;
    if (!order) {
        j["status"] = "refused";
        report(args, j, checksText(*results));
        return refuse(args, "order validate", order.error());
    }
    report(args, j,
           checksText(*results) + "order " + std::to_string(order->id) + " validated by " + who.actor.username + "\n");
    return 0;
}

nlohmann::json resultJson(const station::IntakeResult& r)
{
    return nlohmann::json{{"placer", r.placer},
                          {"order", r.orderId ? nlohmann::json(r.orderId) : nlohmann::json(nullptr)},
                          {"status", std::string(station::toText(r.status))},
                          {"reason", r.reason}};
}

std::string resultLine(const station::IntakeResult& r)
{
    return (r.placer.empty() ? "-" : r.placer) + "\t" + (r.orderId ? std::to_string(r.orderId) : "-") + "\t" +
           std::string(station::toText(r.status)) + "\t" + r.reason + "\n";
}

// One line per order (JSON: one object per line); exit 3 when any was rejected.
int import(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    const auto& words = args.positional();
    if (words.size() != 2)
        return fail(args, "order import: name one FILE\n" + std::string(kUsage), 2);
    std::ifstream in(words[1], std::ios::binary);
    if (!in)
        return fail(args, "order import: cannot read " + words[1]);
    // A day's orders are kilobytes; a file this large is not an order file.
    constexpr std::uintmax_t kMaxBytes = 64 * 1024 * 1024;
    if (std::error_code ec; std::filesystem::file_size(words[1], ec) > kMaxBytes && !ec)
        return fail(args, "order import: " + words[1] + " is larger than 64 MiB: not an order file");
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string name = station::asUtf8Text(std::filesystem::path(words[1]).filename().string());
    auto results = station::OrderIntake(ctx).importFile(who.actor, bytes.str(), name);
    if (!results)
        return refuse(args, "order import", results.error());
    bool rejected = false;
    for (const auto& r : *results) {
        rejected = rejected || r.status == station::IntakeStatus::Rejected;
        if (args.json())
            args.out << resultJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        else
            args.out << resultLine(r);
    }
    args.out.flush();
    return rejected ? 3 : 0;
}

std::atomic<bool> g_stopListening{false};

extern "C" void stopListening(int)
{
    g_stopListening = true;
}

// Serves until SIGINT or SIGTERM; one line per message on stdout (JSON: one object), the first saying where.
int listen(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    const auto where = args.option("mllp");
    if (!where || where->empty())
        return fail(args, "order listen: --mllp HOST:PORT is required\n" + std::string(kUsage), 2);
    station::OrderIntake intake(ctx);
    if (auto allowed = intake.mayTakeOrders(who.actor); !allowed)
        return refuse(args, "order listen", allowed.error());
    auto server = station::MllpServer::listen(*where);
    if (!server)
        return fail(args, "order listen: " + server.error().message);
    std::signal(SIGINT, stopListening);
    std::signal(SIGTERM, stopListening);
    if (args.json())
        args.out << nlohmann::json{{"listening", (*server)->address()}}.dump() << std::endl;
    else
        args.out << "listening on " << (*server)->address() << " (MLLP)" << std::endl;
    auto handler = [&](std::string_view message, const std::string& peer) {
        auto reply = intake.receiveHl7(who.actor, message, "mllp " + peer);
        if (!reply) {
            args.err << "prepctl: order listen: " << reply.error().message << std::endl;
            reply = station::OrderIntake::failedReply(message, reply.error().message, ctx.now());
        }
        nlohmann::json orders = nlohmann::json::array();
        std::string text;
        for (const auto& r : reply->orders) {
            orders.push_back(resultJson(r));
            text += "  " + resultLine(r);
        }
        const std::string ack(station::toText(reply->code));
        if (args.json())
            args.out << nlohmann::json{{"peer", peer},
                                       {"message", reply->controlId},
                                       {"ack", ack},
                                       {"duplicate", reply->duplicate},
                                       {"orders", orders}}
                            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                     << std::endl;
        else
            args.out << peer << " " << (reply->controlId.empty() ? "-" : reply->controlId) << " " << ack
                     << (reply->duplicate ? " (duplicate)" : "") << "\n"
                     << text << std::flush;
        return reply->ack;
    };
    auto log = [&](const std::string& line) { args.err << "prepctl: order listen: " << line << std::endl; };
    if (auto served = (*server)->serve(handler, log, g_stopListening); !served)
        return fail(args, "order listen: " + served.error().message);
    return 0;
}

int run(Args& args)
{
    if (auto unknown =
            args.unknownOptions(withCommon({"patient", "name", "birth", "height", "weight", "protocol", "cycle", "day",
                                            "prescriber", "mg-per-m2", "status", "mllp", "override", "reason"}));
        !unknown.empty())
        return fail(args, "order: unknown option --" + unknown.front() + "\n" + kUsage, 2);
    const auto& words = args.positional();
    if (words.empty() || (words[0] != "add" && words[0] != "list" && words[0] != "validate" && words[0] != "import" &&
                          words[0] != "listen" && words[0] != "checks"))
        return fail(args, kUsage, 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "order: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "order " + words[0], who.error());
    if (words[0] == "add")
        return add(args, **ctx, *who);
    if (words[0] == "list")
        return list(args, **ctx, *who);
    if (words[0] == "import")
        return import(args, **ctx, *who);
    if (words[0] == "listen")
        return listen(args, **ctx, *who);
    if (words[0] == "checks")
        return checks(args, **ctx, *who);
    return validate(args, **ctx, *who);
}

} // namespace

PREPCTL_COMMAND("order",
                "prescriptions: order add (by hand), order import FILE / order listen --mllp (from prescribers' "
                "systems), order list (worklist), order checks / order validate (pharmacist: protocol checks first)",
                run);

} // namespace prep::cli
