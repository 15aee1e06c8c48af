// SPDX-License-Identifier: GPL-3.0-or-later
// The PUI's watch over what left it: the shipments on their way and every alarm about them — a handover late or
// missing, logger data that never arrived, a broken cold chain, a delivery problem, a dose not given or expired at
// the home, a returned dose awaiting the pharmacist's decision. An alarm is computed from the records, so it stays
// raised once its deadline has passed (a late pickup stays late after the pickup); it closes only by a pharmacist:
// a reason (an audited resolution, re-authenticated) or, for a returned dose, the decision on it. Never silently
// "ok". The delays are the site's (site-policy.json dispatch_watch).
#pragma once

#include "db/records.h"
#include "prep-station/message.h"
#include "prep-station/workflow/station_context.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

enum class DispatchAlarmKind {
    PickupLate,            // packed, not picked up within the site's delay
    DeliveryLate,          // picked up, not delivered (nor a problem declared) by the window's end, or within the delay
    ReturnLate,            // a delivery problem declared, the shipment not received back at the PUI within the delay
    LoggerDataMissing,     // delivered or returned, the logger's file not imported within the delay
    ColdChainBroken,       // an imported logger file says do not administer
    DeliveryProblem,       // the courier could not deliver
    DoseNotGiven,          // the nurse did not give a dose (returned or destroyed)
    ExpiredAtHome,         // a delivered dose reached its expiry without being given or recorded as not given
    ReturnedDoseUndecided, // a dose came back to the PUI: destroy or send out again?
};

// "pickup_late", "delivery_late", ...: the first part of an alarm's key.
std::string_view dispatchAlarmName(DispatchAlarmKind kind);

// Where a shipment stands, as the PUI sees it.
enum class JourneyStage { Packed, PickedUp, Delivered, ProblemDeclared, ReturnedToPui };

struct DispatchAlarm
{
    DispatchAlarmKind kind = DispatchAlarmKind::PickupLate;
    std::string key;         // "pickup_late/S-20261206-0001": what a resolution names
    std::string shipment;    // its number
    std::string preparation; // the dose it is about, when it is about one
    UtcTime since{};         // when it was raised (the deadline passed, the event recorded)
    Message what;
    // A returned dose's alarm closes by the pharmacist's decision on the dose, not by a reason.
    bool closedByDecisionOnly = false;
    std::optional<db::DispatchAlarmResolutionRecord> resolution; // how a pharmacist closed it
    bool closedByDecision = false;
    bool open() const { return !resolution && !closedByDecision; }
};

struct WatchedShipment
{
    db::ShipmentRecord shipment;
    JourneyStage stage = JourneyStage::Packed;
    std::optional<UtcTime> pickedUpAt, deliveredAt, problemAt, returnedAt, loggerImportedAt;
    std::optional<UtcTime> windowEnd; // the delivery window agreed at packing: its end is the delivery's deadline
    int doses = 0;
    int dosesSettled = 0; // administered, or decided after coming back
    int openAlarms = 0;
    // Every dose administered or decided, and no open alarm: off the list.
    bool settled() const { return dosesSettled == doses && openAlarms == 0; }
};

struct DispatchWatchReport
{
    UtcTime at{};
    std::vector<WatchedShipment> shipments; // not settled, oldest first
    std::vector<DispatchAlarm> alarms;      // open and closed, oldest first
    std::size_t openAlarms() const;
};

class DispatchWatch
{
public:
    explicit DispatchWatch(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // The watch at `at`: pharmacists and technicians of the PUI.
    Result<DispatchWatchReport> look(const db::Actor& who, UtcTime at);
    // A pharmacist closes an open alarm with a reason, re-entering their password.
    Result<db::DispatchAlarmResolutionRecord> resolve(const db::Actor& pharmacist, const std::string& password,
                                                      const std::string& alarmKey, const std::string& reason);

private:
    Result<Ok> watchShipment(const db::ShipmentRecord& shipment, UtcTime at, DispatchWatchReport& report);

    StationContext& m_ctx;
};

} // namespace prep::station
