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
MessageArg level(double mgPerM2)
{
    int decimals = 0;
    while (decimals < 3 &&
           std::fabs(mgPerM2 * std::pow(10, decimals) - std::round(mgPerM2 * std::pow(10, decimals))) > 1e-9)
        ++decimals;
    if (mgPerM2 < 10 && decimals == 0)
        decimals = 1;
    return MessageArg::decimal(mgPerM2, decimals);
}

MessageArg fixed(double value, int decimals)
{
    return MessageArg::decimal(value, decimals);
}

// "56 h", "71.5 h": one decimal only when needed, so that 71.9 h never prints as "72 h".
Message hours(double h)
{
    const double tenth = std::floor(h * 10) / 10;
    return say(QT_TRANSLATE_NOOP("Message", "%1 h"),
               MessageArg::decimal(tenth, std::fabs(tenth - std::round(tenth)) < 1e-9 ? 0 : 1));
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

Message scheduleText(const DoseProtocol& p)
{
    std::string days;
    for (int d : p.scheduleDays)
        days += (days.empty() ? "" : ", ") + std::to_string(d);
    if (p.cycleDays > 0)
        return say(QT_TRANSLATE_NOOP("Message", "protocol %1: days %2 of %3"), p.id, days, p.cycleDays);
    return say(QT_TRANSLATE_NOOP("Message", "protocol %1: days %2"), p.id, days);
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

Message describe(const OtherOrder& o)
{
    const Message dose = o.mgPerM2 > 0 ? say(QT_TRANSLATE_NOOP("Message", "%1 mg/m²"), level(o.mgPerM2))
                                       : say(QT_TRANSLATE_NOOP("Message", "%1 mg"), fixed(o.doseMg, 2));
    Message text = say(QT_TRANSLATE_NOOP("Message", "%1 %2"), o.drug, dose);
    if (!o.cycleDay.empty())
        text = say(QT_TRANSLATE_NOOP("Message", "%1, %2"), text, o.cycleDay);
    if (!o.status.empty())
        text = say(QT_TRANSLATE_NOOP("Message", "%1, %2"), text, MessageArg::stored(WordKind::OrderStatus, o.status));
    return say(QT_TRANSLATE_NOOP("Message", "order %1 (%2)"), o.orderId, text);
}

bool live(const OrderUnderCheck& order, const OtherOrder& o)
{
    return o.orderId != order.orderId && !o.cancelled && o.drug == order.drug;
}

ProtocolCheckResult result(ProtocolCheck check, CheckSeverity severity, Message said)
{
    std::string english = englishText(said);
    return ProtocolCheckResult{check, severity, std::move(english), std::move(said)};
}

ProtocolCheckResult checkCycleDay(const OrderUnderCheck& order, const DoseProtocol& p)
{
    using C = ProtocolCheck;
    using S = CheckSeverity;
    const Message schedule = scheduleText(p);
    if (order.cycleDay.empty())
        return result(C::CycleDay, S::Warning,
                      say(QT_TRANSLATE_NOOP("Message", "the order gives no cycle and day: check the day against the "
                                                       "treatment plan (%1)"),
                          schedule));
    const auto cd = parseCycleDay(order.cycleDay);
    if (!cd)
        return result(C::CycleDay, S::Warning,
                      say(QT_TRANSLATE_NOOP("Message", "cycle and day '%1' are not of the form C1J4: check them (%2)"),
                          order.cycleDay, schedule));
    if (cd->cycle < 1 || cd->day < 1 || (p.cycleDays > 0 && cd->day > p.cycleDays))
        return result(C::CycleDay, S::HardStop,
                      say(QT_TRANSLATE_NOOP("Message", "%1: day %2 does not exist in a %3-day cycle of %4: the "
                                                       "prescription must be corrected"),
                          order.cycleDay, cd->day, p.cycleDays, p.id));
    if (!p.scheduleDays.empty() &&
        std::find(p.scheduleDays.begin(), p.scheduleDays.end(), cd->day) == p.scheduleDays.end())
        return result(C::CycleDay, S::Warning,
                      say(QT_TRANSLATE_NOOP("Message", "%1: day %2 is not a treatment day (%3)"), order.cycleDay,
                          cd->day, schedule));
    return result(
        C::CycleDay, S::Pass,
        say(QT_TRANSLATE_NOOP("Message", "%1: day %2 is a treatment day (%3)"), order.cycleDay, cd->day, schedule));
}

ProtocolCheckResult checkMinInterval(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                     const DoseProtocol& p, UtcTime now)
{
    using C = ProtocolCheck;
    using S = CheckSeverity;
    if (!p.minIntervalHours)
        return result(C::MinInterval, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "protocol %1 sets no minimum interval between doses"), p.id));
    const double minimum = *p.minIntervalHours;
    const Message asks = say(QT_TRANSLATE_NOOP("Message", "the protocol asks at least %1"), hours(minimum));
    // Doses already given (or prepared): measured from now, the earliest this dose can be given.
    const OtherOrder* latest = nullptr;
    for (const auto& o : others)
        if (live(order, o) && o.doseAt && *o.doseAt <= now && (!latest || *o.doseAt > *latest->doseAt))
            latest = &o;
    const auto cd = parseCycleDay(order.cycleDay);
    if (latest && hoursBetween(*latest->doseAt, now) < minimum) {
        const Message given =
            say(QT_TRANSLATE_NOOP("Message", "%1 %2 mg/m² on %3 (%4), %5 ago"), order.drug, level(latest->mgPerM2),
                when(*latest->doseAt), describe(*latest), hours(hoursBetween(*latest->doseAt, now)));
        // Validated ahead of its day: when this order's day in the same cycle is far enough after the last one,
        // the dose can still be given in time, so the pharmacist is warned of the earliest time rather than stopped.
        const auto last = parseCycleDay(latest->cycleDay);
        if (cd && last && cd->cycle == last->cycle && (cd->day - last->day) * 24.0 >= minimum) {
            const UtcTime earliest = *latest->doseAt + milliseconds(std::llround(minimum * 3600'000.0));
            return result(C::MinInterval, S::Warning,
                          say(QT_TRANSLATE_NOOP("Message", "%1; this order (%2) must not be given before %3; %4"),
                              given, order.cycleDay, when(earliest), asks));
        }
        return result(C::MinInterval, S::HardStop, say(QT_TRANSLATE_NOOP("Message", "%1; %2"), given, asks));
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
                return result(C::MinInterval, S::HardStop,
                              say(QT_TRANSLATE_NOOP("Message", "%1 is scheduled %2 from this dose (%3); %4"),
                                  describe(o), hours(apart), order.cycleDay, asks));
        }
    if (latest)
        return result(C::MinInterval, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "last %1 dose on %2, %3 ago; %4"), order.drug,
                          when(*latest->doseAt), hours(hoursBetween(*latest->doseAt, now)), asks));
    return result(C::MinInterval, S::Pass,
                  say(QT_TRANSLATE_NOOP("Message", "no other %1 dose recorded for this patient within %2"), order.drug,
                      hours(minimum)));
}

ProtocolCheckResult checkDoseLevel(const OrderUnderCheck& order, const DoseProtocol& p)
{
    using C = ProtocolCheck;
    using S = CheckSeverity;
    if (fixedDose(p))
        return result(C::DoseLevel, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "protocol %1 is a fixed dose: no mg/m² level to check"), p.id));
    const MessageArg ordered = level(order.mgPerM2);
    if (p.doseLevelsMgPerM2.empty()) {
        if (order.mgPerM2 > p.mgPerM2 + 1e-9 || !(order.mgPerM2 > 0))
            return result(C::DoseLevel, S::HardStop,
                          say(QT_TRANSLATE_NOOP("Message", "%1 mg/m² is not between 0 and the full dose of %2 (%3 "
                                                           "mg/m²)"),
                              ordered, p.id, level(p.mgPerM2)));
        if (std::fabs(order.mgPerM2 - p.mgPerM2) < 1e-9)
            return result(C::DoseLevel, S::Pass,
                          say(QT_TRANSLATE_NOOP("Message", "%1 mg/m²: the full dose of %2"), ordered, p.id));
        return result(C::DoseLevel, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "%1 mg/m²: a reduced dose (full dose %2 mg/m²)"), ordered,
                          level(p.mgPerM2)));
    }
    std::string levels;
    for (double l : p.doseLevelsMgPerM2)
        levels += (levels.empty() ? "" : " -> ") + englishText(say("%1", level(l)));
    const auto found = std::find_if(p.doseLevelsMgPerM2.begin(), p.doseLevelsMgPerM2.end(),
                                    [&](double l) { return std::fabs(l - order.mgPerM2) < 1e-6; });
    if (found == p.doseLevelsMgPerM2.end())
        return result(
            C::DoseLevel, S::HardStop,
            say(QT_TRANSLATE_NOOP("Message", "%1 mg/m² is not a dose level of %2 (%3 mg/m²)"), ordered, p.id, levels));
    const auto step = found - p.doseLevelsMgPerM2.begin();
    if (step == 0)
        return result(
            C::DoseLevel, S::Pass,
            say(QT_TRANSLATE_NOOP("Message", "%1 mg/m²: the full dose of %2 (%3 mg/m²)"), ordered, p.id, levels));
    return result(C::DoseLevel, S::Pass,
                  say(QT_TRANSLATE_NOOP("Message", "%1 mg/m²: reduction level %2 of %3 (%4 mg/m²)"), ordered, step,
                      p.id, levels));
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
    using C = ProtocolCheck;
    using S = CheckSeverity;
    if (fixedDose(p))
        return result(C::DoseVsBsa, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "protocol %1 is a fixed dose: no dose to recompute from height "
                                                       "and weight"),
                          p.id));
    if (!(order.heightCm > 0) || !(order.weightKg > 0) || !(order.mgPerM2 > 0))
        return result(C::DoseVsBsa, S::HardStop,
                      say(QT_TRANSLATE_NOOP("Message", "the order has no usable height, weight or mg/m² level: the "
                                                       "dose cannot be recomputed")));
    const Recomputed r = recompute(order, p);
    const double ordered = order.orderedDoseMg.value_or(order.doseMg);
    const double deviation = (ordered - r.doseMg) / r.doseMg * 100.0;
    const auto computed = [&](const char* english) {
        return say(english, fixed(ordered, 2), fixed(r.doseMg, 2), level(order.mgPerM2), fixed(r.bsa, 3),
                   std::string(bsaFormulaName(p.bsaFormula)), fixed(order.heightCm, 0), fixed(order.weightKg, 1),
                   MessageArg::decimal(deviation, 1, true));
    };
    const Message figures =
        order.orderedDoseMg
            ? computed(QT_TRANSLATE_NOOP("Message", "ordered %1 mg (as sent by the prescriber's system) against %2 mg "
                                                    "recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %"))
            : computed(QT_TRANSLATE_NOOP("Message", "ordered %1 mg against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 "
                                                    "cm, %7 kg): %8 %"));
    if (!limits)
        return result(
            C::DoseVsBsa, S::Warning,
            say(QT_TRANSLATE_NOOP("Message", "%1; the site policy sets no deviation limit: compare by hand"), figures));
    const Message allowed = say(QT_TRANSLATE_NOOP("Message", "%1; the site allows %2 %, stops above %3 %"), figures,
                                fixed(limits->warnAbovePercent, 1), fixed(limits->stopAbovePercent, 1));
    const double size = std::fabs(deviation);
    if (size > limits->stopAbovePercent)
        return result(C::DoseVsBsa, S::HardStop, allowed);
    if (size > limits->warnAbovePercent)
        return result(C::DoseVsBsa, S::Warning, allowed);
    return result(C::DoseVsBsa, S::Pass, allowed);
}

ProtocolCheckResult checkBsaCap(const OrderUnderCheck& order, const DoseProtocol& p)
{
    using C = ProtocolCheck;
    using S = CheckSeverity;
    if (fixedDose(p))
        return result(C::BsaCap, S::Pass,
                      say(QT_TRANSLATE_NOOP("Message", "protocol %1 is a fixed dose: no BSA is used"), p.id));
    if (!p.bsaCapM2)
        return result(C::BsaCap, S::Pass, say(QT_TRANSLATE_NOOP("Message", "protocol %1 sets no BSA cap"), p.id));
    const Recomputed r = recompute(order, p);
    const Message bsa =
        say(QT_TRANSLATE_NOOP("Message", "BSA %1 m² (%2, %3 cm, %4 kg)"), fixed(r.uncappedBsa, 3),
            std::string(bsaFormulaName(p.bsaFormula)), fixed(order.heightCm, 0), fixed(order.weightKg, 1));
    if (r.uncappedBsa > *p.bsaCapM2)
        return result(C::BsaCap, S::Warning,
                      say(QT_TRANSLATE_NOOP("Message", "%1 is above the cap of %2 (%3 m²): the dose is computed on %3 "
                                                       "m²"),
                          bsa, p.id, fixed(*p.bsaCapM2, 2)));
    return result(
        C::BsaCap, S::Pass,
        say(QT_TRANSLATE_NOOP("Message", "%1 is within the cap of %2 (%3 m²)"), bsa, p.id, fixed(*p.bsaCapM2, 2)));
}

ProtocolCheckResult checkDuplicate(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                   const DoseProtocol& p)
{
    using C = ProtocolCheck;
    using S = CheckSeverity;
    if (order.cycleDay.empty()) {
        for (const auto& o : others)
            if (live(order, o) && sameParisDay(o.createdAt, order.createdAt))
                return result(C::Duplicate, S::Warning,
                              say(QT_TRANSLATE_NOOP("Message", "%1 was entered the same day (%2) and this order gives "
                                                               "no cycle and day: check it is not the same dose"),
                                  describe(o), when(o.createdAt)));
        return result(
            C::Duplicate, S::Pass,
            say(QT_TRANSLATE_NOOP("Message", "no other %1 order for this patient entered the same day"), order.drug));
    }
    for (const auto& o : others)
        if (live(order, o) && o.cycleDay == order.cycleDay && sameCourse(p, o.createdAt, order.createdAt))
            return result(
                C::Duplicate, S::HardStop,
                say(QT_TRANSLATE_NOOP("Message", "%1, entered %2, is for the same patient, drug and day (%3): "
                                                 "cancel one of them"),
                    describe(o), when(o.createdAt), order.cycleDay));
    return result(
        C::Duplicate, S::Pass,
        say(QT_TRANSLATE_NOOP("Message", "no other %1 order for this patient on %2"), order.drug, order.cycleDay));
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
