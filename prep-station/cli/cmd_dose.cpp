// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl dose: BSA, dose, volume, syringes and vials for one patient, from the protocols data file.
#include "prep-station/cli/command.h"
#include "prep-station/dosing/dosing.h"
#include "prep-station/time/paris_time.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace {

using namespace prep::station;
using prep::cli::Args;

// A number option, or a reason naming the option.
std::optional<std::string> readNumber(const Args& args, const std::string& name, double& out)
{
    const auto text = args.option(name);
    if (!text)
        return "--" + name + " is required";
    const char* end = text->data() + text->size();
    auto [ptr, ec] = std::from_chars(text->data(), end, out);
    if (text->empty() || ec != std::errc() || ptr != end || !std::isfinite(out))
        return "--" + name + ": \"" + *text + "\" is not a number";
    return std::nullopt;
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

std::string fixed(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

int runDose(Args& args)
{
    if (auto unknown =
            args.unknownOptions({"drug", "height", "weight", "mg-per-m2", "protocol", "previous-dose", "planned"});
        !unknown.empty())
        return prep::cli::fail(args, "dose: unknown option --" + unknown.front());
    DoseRequest request;
    const auto drug = args.option("drug");
    if (!drug)
        return prep::cli::fail(args, "dose: --drug is required (a drug of protocols.json)");
    request.drug = *drug;
    if (auto why = readNumber(args, "height", request.heightCm))
        return prep::cli::fail(args, "dose: " + *why + " (cm)");
    if (auto why = readNumber(args, "weight", request.weightKg))
        return prep::cli::fail(args, "dose: " + *why + " (kg)");
    if (args.option("mg-per-m2")) {
        double level = 0;
        if (auto why = readNumber(args, "mg-per-m2", level))
            return prep::cli::fail(args, "dose: " + *why);
        request.mgPerM2 = level;
    }
    request.protocolId = args.option("protocol");
    for (const auto& [name, target] :
         {std::pair{"previous-dose", &request.previousDoseAt}, std::pair{"planned", &request.plannedAt}})
        if (auto text = args.option(name)) {
            auto at = parseIso8601(*text);
            if (!at)
                return prep::cli::fail(args, std::string("dose: --") + name + ": " + at.error().message);
            *target = *at;
        }
    if (request.previousDoseAt.has_value() != request.plannedAt.has_value())
        return prep::cli::fail(args, "dose: --previous-dose and --planned go together");

    auto plan = planDose(request);
    if (!plan)
        return prep::cli::fail(args, "dose: " + plan.error().message);
    const DosePlan& p = *plan;
    if (args.json()) {
        nlohmann::json syringes = nlohmann::json::array();
        for (const auto& s : p.syringes)
            syringes.push_back({{"index", s.index},
                                {"count", s.count},
                                {"label", std::to_string(s.index) + "/" + std::to_string(s.count)},
                                {"volume_ml", rounded(s.volumeMl, 3)},
                                {"dose_mg", rounded(s.doseMg, 3)}});
        const nlohmann::json out = {{"drug", p.drug},
                                    {"protocol", p.protocolId},
                                    {"protocol_version", p.protocolVersion},
                                    {"route", p.route},
                                    {"height_cm", p.heightCm},
                                    {"weight_kg", p.weightKg},
                                    {"bsa_formula", p.bsaFormula},
                                    {"bsa_m2", rounded(p.bsaM2, 4)},
                                    {"bsa_uncapped_m2", rounded(p.uncappedBsaM2, 4)},
                                    {"bsa_capped", p.bsaCapped},
                                    {"fixed_dose", p.fixedDose},
                                    {"mg_per_m2", p.mgPerM2},
                                    {"calculated_dose_mg", rounded(p.calculatedDoseMg, 3)},
                                    {"dose_mg", rounded(p.doseMg, 3)},
                                    {"rounding_deviation_percent", rounded(p.roundingDeviationPercent, 3)},
                                    {"concentration_mg_per_ml", p.concentrationMgPerMl},
                                    {"volume_ml", rounded(p.volumeMl, 3)},
                                    {"syringes", syringes},
                                    {"vials", p.vials},
                                    {"leftover_mg", rounded(p.leftoverMg, 3)}};
        args.out << out.dump(2) << '\n';
        return 0;
    }
    args.out << p.drug << " " << p.route << ", protocol " << p.protocolId << "\n";
    if (p.fixedDose)
        args.out << "dose fixed by the protocol: " << fixed(p.doseMg, 2) << " mg (no BSA, no rounding)\n";
    else
        args.out << "BSA " << fixed(p.bsaM2, 3) << " m2 (" << p.bsaFormula << ", " << p.heightCm << " cm, "
                 << p.weightKg << " kg" << (p.bsaCapped ? ", capped from " + fixed(p.uncappedBsaM2, 3) : std::string())
                 << ")\n"
                 << "dose " << p.mgPerM2 << " mg/m2 x " << fixed(p.bsaM2, 3) << " m2 = " << fixed(p.calculatedDoseMg, 2)
                 << " mg, rounded to " << fixed(p.doseMg, 2) << " mg (" << fixed(p.roundingDeviationPercent, 2)
                 << " %)\n";
    args.out << "volume " << fixed(p.volumeMl, 3) << " mL at " << p.concentrationMgPerMl << " mg/mL\n";
    for (const auto& s : p.syringes)
        args.out << "syringe " << s.index << "/" << s.count << ": " << fixed(s.volumeMl, 3) << " mL, "
                 << fixed(s.doseMg, 2) << " mg\n";
    args.out << "vials " << p.vials << ", " << fixed(p.leftoverMg, 2) << " mg left over\n";
    return 0;
}

} // namespace

PREPCTL_COMMAND("dose", "BSA, dose, volume, syringes and vials: --drug NAME --height CM --weight KG [--mg-per-m2 X]",
                runDose);
