// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/dosing/protocol_checks.h"

#include "prep-station/dosing/dosing.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace prep::station {

using std::chrono::milliseconds;

std::string_view toText(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Pass:
        return "pass";
    case CheckSeverity::Warning:
        return "warning";
    case CheckSeverity::HardStop:
        return "hard_stop";
    }
    return "hard_stop";
}

namespace {

constexpr ProtocolCheck kAllChecks[] = {ProtocolCheck::CycleDay,  ProtocolCheck::MinInterval, ProtocolCheck::DoseLevel,
                                        ProtocolCheck::DoseVsBsa, ProtocolCheck::BsaCap,      ProtocolCheck::Duplicate};

// Levels as prescribers write them: "1.3", "1.0", "0.7", "75".
std::string level(double mgPerM2)
{
    char buf[32];
    const bool tenths = std::fabs(mgPerM2 * 10 - std::round(mgPerM2 * 10)) < 1e-9;
    std::snprintf(buf, sizeof buf, tenths && mgPerM2 < 10 ? "%.1f" : "%g", mgPerM2);
    return buf;
}

std::string fixed(double value, int decimals)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// "56 h", "71.5 h": one decimal only when needed, so that 71.9 h never prints as "72 h".
std::string hours(double h)
{
    const double tenth = std::floor(h * 10) / 10;
    return (std::fabs(tenth - std::round(tenth)) < 1e-9 ? fixed(tenth, 0) : fixed(tenth, 1)) + " h";
}

double hoursBetween(UtcTime from, UtcTime to)
{
    return std::chrono::duration<double, std::ratio<3600>>(to - from).count();
}

// "2026-12-03 08:00", Europe/Paris wall-clock time as the pharmacy reads it.
std::string when(UtcTime at)
{
    std::string iso = formatParisIso(at);
    iso = iso.substr(0, 16);
    if (iso.size() > 10)
        iso[10] = ' ';
    return iso;
}

std::string scheduleText(const DoseProtocol& p)
{
    std::string days;
    for (int d : p.scheduleDays)
        days += (days.empty() ? "" : ", ") + std::to_string(d);
    std::string text = "days " + days;
    if (p.cycleDays > 0)
        text += " of " + std::to_string(p.cycleDays);
    return text;
}

bool fixedDose(const DoseProtocol& p)
{
    return !(p.mgPerM2 > 0);
}

// Two orders belong to the same course of treatment when entered less than a cycle apart: a later course may
// start again at C1J1 without being a duplicate.
bool sameCourse(const DoseProtocol& p, UtcTime a, UtcTime b)
{
    if (p.cycleDays <= 0)
        return true;
    return std::fabs(hoursBetween(a, b)) < p.cycleDays * 24.0;
}

bool sameParisDay(UtcTime a, UtcTime b)
{
    return formatParisIso(a).substr(0, 10) == formatParisIso(b).substr(0, 10);
}

std::string describe(const OtherOrder& o)
{
    std::string text = "order " + std::to_string(o.orderId) + " (" + o.drug;
    // append() piece by piece: GCC 12 warns (-Wrestrict, a false positive) on " " + std::string here.
    text.append(" ").append(o.mgPerM2 > 0 ? level(o.mgPerM2) + " mg/m²" : fixed(o.doseMg, 2) + " mg");
    if (!o.cycleDay.empty())
        text += ", " + o.cycleDay;
    if (!o.status.empty())
        text += ", " + o.status;
    return text + ")";
}

bool live(const OrderUnderCheck& order, const OtherOrder& o)
{
    return o.orderId != order.orderId && !o.cancelled && o.drug == order.drug;
}

ProtocolCheckResult checkCycleDay(const OrderUnderCheck& order, const DoseProtocol& p)
{
    const std::string schedule = "protocol " + p.id + ": " + scheduleText(p);
    if (order.cycleDay.empty())
        return {ProtocolCheck::CycleDay, CheckSeverity::Warning,
                "the order gives no cycle and day: check the day against the treatment plan (" + schedule + ")"};
    const auto cd = parseCycleDay(order.cycleDay);
    if (!cd)
        return {ProtocolCheck::CycleDay, CheckSeverity::Warning,
                "cycle and day '" + order.cycleDay + "' are not of the form C1J4: check them (" + schedule + ")"};
    if (cd->cycle < 1 || cd->day < 1 || (p.cycleDays > 0 && cd->day > p.cycleDays))
        return {ProtocolCheck::CycleDay, CheckSeverity::HardStop,
                order.cycleDay + ": day " + std::to_string(cd->day) + " does not exist in a " +
                    std::to_string(p.cycleDays) + "-day cycle of " + p.id + ": the prescription must be corrected"};
    if (!p.scheduleDays.empty() &&
        std::find(p.scheduleDays.begin(), p.scheduleDays.end(), cd->day) == p.scheduleDays.end())
        return {ProtocolCheck::CycleDay, CheckSeverity::Warning,
                order.cycleDay + ": day " + std::to_string(cd->day) + " is not a treatment day (" + schedule + ")"};
    return {ProtocolCheck::CycleDay, CheckSeverity::Pass,
            order.cycleDay + ": day " + std::to_string(cd->day) + " is a treatment day (" + schedule + ")"};
}

ProtocolCheckResult checkMinInterval(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                     const DoseProtocol& p, UtcTime now)
{
    if (!p.minIntervalHours)
        return {ProtocolCheck::MinInterval, CheckSeverity::Pass,
                "protocol " + p.id + " sets no minimum interval between doses"};
    const double minimum = *p.minIntervalHours;
    const std::string asks = "; the protocol asks at least " + hours(minimum);
    // Doses already given (or prepared): measured from now, the earliest this dose can be given.
    const OtherOrder* latest = nullptr;
    for (const auto& o : others)
        if (live(order, o) && o.doseAt && *o.doseAt <= now && (!latest || *o.doseAt > *latest->doseAt))
            latest = &o;
    const auto cd = parseCycleDay(order.cycleDay);
    if (latest && hoursBetween(*latest->doseAt, now) < minimum) {
        const std::string given = order.drug + " " + level(latest->mgPerM2) + " mg/m² on " + when(*latest->doseAt) +
                                  " (" + describe(*latest) + "), " + hours(hoursBetween(*latest->doseAt, now)) + " ago";
        // Validated ahead of its day: when this order's day in the same cycle is far enough after the last one,
        // the dose can still be given in time, so the pharmacist is warned of the earliest time rather than stopped.
        const auto last = parseCycleDay(latest->cycleDay);
        if (cd && last && cd->cycle == last->cycle && (cd->day - last->day) * 24.0 >= minimum) {
            const UtcTime earliest = *latest->doseAt + milliseconds(std::llround(minimum * 3600'000.0));
            return {ProtocolCheck::MinInterval, CheckSeverity::Warning,
                    given + "; this order (" + order.cycleDay + ") must not be given before " + when(earliest) + asks};
        }
        return {ProtocolCheck::MinInterval, CheckSeverity::HardStop, given + asks};
    }
    // Doses not yet given: their scheduled day in the same cycle.
    if (cd)
        for (const auto& o : others) {
            if (!live(order, o) || o.doseAt || !sameCourse(p, o.createdAt, order.createdAt))
                continue;
            const auto other = parseCycleDay(o.cycleDay);
            if (!other || other->cycle != cd->cycle || other->day == cd->day)
                continue; // the same day is the duplicate check's
            const double apart = std::abs(other->day - cd->day) * 24.0;
            if (apart < minimum)
                return {ProtocolCheck::MinInterval, CheckSeverity::HardStop,
                        describe(o) + " is scheduled " + hours(apart) + " from this dose (" + order.cycleDay + ")" +
                            asks};
        }
    if (latest)
        return {ProtocolCheck::MinInterval, CheckSeverity::Pass,
                "last " + order.drug + " dose on " + when(*latest->doseAt) + ", " +
                    hours(hoursBetween(*latest->doseAt, now)) + " ago" + asks};
    return {ProtocolCheck::MinInterval, CheckSeverity::Pass,
            "no other " + order.drug + " dose recorded for this patient within " + hours(minimum)};
}

ProtocolCheckResult checkDoseLevel(const OrderUnderCheck& order, const DoseProtocol& p)
{
    if (fixedDose(p))
        return {ProtocolCheck::DoseLevel, CheckSeverity::Pass,
                "protocol " + p.id + " is a fixed dose: no mg/m² level to check"};
    const std::string ordered = level(order.mgPerM2) + " mg/m²";
    if (p.doseLevelsMgPerM2.empty()) {
        if (order.mgPerM2 > p.mgPerM2 + 1e-9 || !(order.mgPerM2 > 0))
            return {ProtocolCheck::DoseLevel, CheckSeverity::HardStop,
                    ordered + " is not between 0 and the full dose of " + p.id + " (" + level(p.mgPerM2) + " mg/m²)"};
        return {ProtocolCheck::DoseLevel, CheckSeverity::Pass,
                ordered + (std::fabs(order.mgPerM2 - p.mgPerM2) < 1e-9
                               ? ": the full dose of " + p.id
                               : ": a reduced dose (full dose " + level(p.mgPerM2) + " mg/m²)")};
    }
    std::string levels;
    for (double l : p.doseLevelsMgPerM2)
        levels += (levels.empty() ? "" : " -> ") + level(l);
    const auto found = std::find_if(p.doseLevelsMgPerM2.begin(), p.doseLevelsMgPerM2.end(),
                                    [&](double l) { return std::fabs(l - order.mgPerM2) < 1e-6; });
    if (found == p.doseLevelsMgPerM2.end())
        return {ProtocolCheck::DoseLevel, CheckSeverity::HardStop,
                ordered + " is not a dose level of " + p.id + " (" + levels + " mg/m²)"};
    const auto step = found - p.doseLevelsMgPerM2.begin();
    return {ProtocolCheck::DoseLevel, CheckSeverity::Pass,
            ordered + (step == 0 ? ": the full dose" : ": reduction level " + std::to_string(step)) + " of " + p.id +
                " (" + levels + " mg/m²)"};
}

struct Recomputed
{
    double uncappedBsa = 0, bsa = 0, doseMg = 0;
};

Recomputed recompute(const OrderUnderCheck& order, const DoseProtocol& p)
{
    Recomputed r;
    r.uncappedBsa = p.bsaFormula == BsaFormula::DuBois ? bsaDuBois(order.heightCm, order.weightKg)
                                                       : bsaMosteller(order.heightCm, order.weightKg);
    r.bsa = p.bsaCapM2 && r.uncappedBsa > *p.bsaCapM2 ? *p.bsaCapM2 : r.uncappedBsa;
    r.doseMg = order.mgPerM2 * r.bsa;
    return r;
}

ProtocolCheckResult checkDoseVsBsa(const OrderUnderCheck& order, const DoseProtocol& p,
                                   const std::optional<DoseDeviationLimits>& limits)
{
    if (fixedDose(p))
        return {ProtocolCheck::DoseVsBsa, CheckSeverity::Pass,
                "protocol " + p.id + " is a fixed dose: no dose to recompute from height and weight"};
    if (!(order.heightCm > 0) || !(order.weightKg > 0) || !(order.mgPerM2 > 0))
        return {ProtocolCheck::DoseVsBsa, CheckSeverity::HardStop,
                "the order has no usable height, weight or mg/m² level: the dose cannot be recomputed"};
    const Recomputed r = recompute(order, p);
    const double ordered = order.orderedDoseMg.value_or(order.doseMg);
    const double deviation = (ordered - r.doseMg) / r.doseMg * 100.0;
    const std::string figures =
        "ordered " + fixed(ordered, 2) + " mg" + (order.orderedDoseMg ? " (as sent by the prescriber's system)" : "") +
        " against " + fixed(r.doseMg, 2) + " mg recomputed (" + level(order.mgPerM2) + " mg/m² × " + fixed(r.bsa, 3) +
        " m², " + bsaFormulaName(p.bsaFormula) + ", " + fixed(order.heightCm, 0) + " cm, " + fixed(order.weightKg, 1) +
        " kg): " + (deviation >= 0 ? "+" : "") + fixed(deviation, 1) + " %";
    if (!limits)
        return {ProtocolCheck::DoseVsBsa, CheckSeverity::Warning,
                figures + "; the site policy sets no deviation limit: compare by hand"};
    const std::string allowed = "; the site allows " + fixed(limits->warnAbovePercent, 1) + " %, stops above " +
                                fixed(limits->stopAbovePercent, 1) + " %";
    const double size = std::fabs(deviation);
    if (size > limits->stopAbovePercent)
        return {ProtocolCheck::DoseVsBsa, CheckSeverity::HardStop, figures + allowed};
    if (size > limits->warnAbovePercent)
        return {ProtocolCheck::DoseVsBsa, CheckSeverity::Warning, figures + allowed};
    return {ProtocolCheck::DoseVsBsa, CheckSeverity::Pass, figures + allowed};
}

ProtocolCheckResult checkBsaCap(const OrderUnderCheck& order, const DoseProtocol& p)
{
    if (fixedDose(p))
        return {ProtocolCheck::BsaCap, CheckSeverity::Pass, "protocol " + p.id + " is a fixed dose: no BSA is used"};
    if (!p.bsaCapM2)
        return {ProtocolCheck::BsaCap, CheckSeverity::Pass, "protocol " + p.id + " sets no BSA cap"};
    const Recomputed r = recompute(order, p);
    const std::string bsa = "BSA " + fixed(r.uncappedBsa, 3) + " m² (" + bsaFormulaName(p.bsaFormula) + ", " +
                            fixed(order.heightCm, 0) + " cm, " + fixed(order.weightKg, 1) + " kg)";
    if (r.uncappedBsa > *p.bsaCapM2)
        return {ProtocolCheck::BsaCap, CheckSeverity::Warning,
                bsa + " is above the cap of " + p.id + " (" + fixed(*p.bsaCapM2, 2) + " m²): the dose is computed on " +
                    fixed(*p.bsaCapM2, 2) + " m²"};
    return {ProtocolCheck::BsaCap, CheckSeverity::Pass,
            bsa + " is within the cap of " + p.id + " (" + fixed(*p.bsaCapM2, 2) + " m²)"};
}

ProtocolCheckResult checkDuplicate(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                   const DoseProtocol& p)
{
    if (order.cycleDay.empty()) {
        for (const auto& o : others)
            if (live(order, o) && sameParisDay(o.createdAt, order.createdAt))
                return {ProtocolCheck::Duplicate, CheckSeverity::Warning,
                        describe(o) + " was entered the same day (" + when(o.createdAt) +
                            ") and this order gives no cycle and day: check it is not the same dose"};
        return {ProtocolCheck::Duplicate, CheckSeverity::Pass,
                "no other " + order.drug + " order for this patient entered the same day"};
    }
    for (const auto& o : others)
        if (live(order, o) && o.cycleDay == order.cycleDay && sameCourse(p, o.createdAt, order.createdAt))
            return {ProtocolCheck::Duplicate, CheckSeverity::HardStop,
                    describe(o) + ", entered " + when(o.createdAt) + ", is for the same patient, drug and day (" +
                        order.cycleDay + "): cancel one of them"};
    return {ProtocolCheck::Duplicate, CheckSeverity::Pass,
            "no other " + order.drug + " order for this patient on " + order.cycleDay};
}

} // namespace

std::string_view toText(ProtocolCheck check)
{
    switch (check) {
    case ProtocolCheck::CycleDay:
        return "cycle_day";
    case ProtocolCheck::MinInterval:
        return "min_interval";
    case ProtocolCheck::DoseLevel:
        return "dose_level";
    case ProtocolCheck::DoseVsBsa:
        return "dose_vs_bsa";
    case ProtocolCheck::BsaCap:
        return "bsa_cap";
    case ProtocolCheck::Duplicate:
        return "duplicate";
    }
    return "duplicate";
}

std::optional<ProtocolCheck> protocolCheckFromText(std::string_view text)
{
    for (ProtocolCheck c : kAllChecks)
        if (toText(c) == text)
            return c;
    return std::nullopt;
}

std::optional<CycleDay> parseCycleDay(std::string_view text)
{
    // C<digits>(J|D)<digits>, nothing else.
    auto digits = [&](std::size_t& i, int& value) {
        const std::size_t start = i;
        value = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && i - start < 4)
            value = value * 10 + (text[i++] - '0');
        return i > start;
    };
    std::size_t i = 0;
    CycleDay cd;
    if (text.empty() || std::toupper(static_cast<unsigned char>(text[i++])) != 'C' || !digits(i, cd.cycle))
        return std::nullopt;
    if (i >= text.size())
        return std::nullopt;
    const char sep = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
    if ((sep != 'J' && sep != 'D') || !digits(i, cd.day) || i != text.size())
        return std::nullopt;
    return cd;
}

std::vector<ProtocolCheckResult> runProtocolChecks(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                                   const DoseProtocol& protocol,
                                                   const std::optional<DoseDeviationLimits>& limits, UtcTime now)
{
    return {checkCycleDay(order, protocol),  checkMinInterval(order, others, protocol, now),
            checkDoseLevel(order, protocol), checkDoseVsBsa(order, protocol, limits),
            checkBsaCap(order, protocol),    checkDuplicate(order, others, protocol)};
}

CheckSeverity worstSeverity(const std::vector<ProtocolCheckResult>& results)
{
    CheckSeverity worst = CheckSeverity::Pass;
    for (const auto& r : results)
        if (static_cast<int>(r.severity) > static_cast<int>(worst))
            worst = r.severity;
    return worst;
}

} // namespace prep::station
