// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl order add|list|validate: prescriptions entered by hand, the worklist, pharmaceutical validation.
#include "prep-station/cli/station_access.h"
#include "prep-station/dosing/protocol.h"
#include "prep-station/workflow/order_desk.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace prep::cli {
namespace {

const char* kUsage =
    "usage: prepctl order add --patient IPP --name \"NOM Prénom\" --birth YYYY-MM-DD --height CM --weight KG\n"
    "                         --protocol ID --cycle N --day D --prescriber TEXT [--mg-per-m2 X] --as LOGIN\n"
    "       prepctl order list [--status prescribed|validated|cancelled] --as LOGIN\n"
    "       prepctl order validate ORDER --as PHARMACIST";

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
                                            "see the order worklist");
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

int validate(Args& args, station::StationContext& ctx, const ActingUser& who)
{
    const auto& words = args.positional();
    if (words.size() != 2)
        return fail(args, "order validate: name one ORDER\n" + std::string(kUsage), 2);
    auto id = parseNumber(words[1]);
    if (!id)
        return fail(args, "order validate: '" + words[1] + "' is not an order number", 2);
    auto order = station::OrderDesk(ctx).validate(static_cast<std::int64_t>(*id), who.actor.username, who.password);
    if (!order)
        return refuse(args, "order validate", order.error());
    report(args, toJson(*order, nullptr),
           "order " + std::to_string(order->id) + " validated by " + who.actor.username + "\n");
    return 0;
}

int run(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"patient", "name", "birth", "height", "weight", "protocol",
                                                       "cycle", "day", "prescriber", "mg-per-m2", "status"}));
        !unknown.empty())
        return fail(args, "order: unknown option --" + unknown.front() + "\n" + kUsage, 2);
    const auto& words = args.positional();
    if (words.empty() || (words[0] != "add" && words[0] != "list" && words[0] != "validate"))
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
    return validate(args, **ctx, *who);
}

} // namespace

PREPCTL_COMMAND("order", "prescriptions: order add (by hand), order list (worklist), order validate (pharmacist)", run);

} // namespace prep::cli
