// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow's sentences: the English the CLI prints is the template with its arguments (numbers with their
// decimals, stored states as stored, a reason inside a refusal), and an error keeps both its English text and its
// sentence, so the GUI can say it in French.
#include "devices/error.h"
#include "prep-station/device_fault.h"
#include "prep-station/error.h"
#include "prep-station/message.h"

#include <gtest/gtest.h>

namespace prep::station {
namespace {

TEST(Message, TheEnglishTextFillsEachArgumentInItsPlace)
{
    const Message m = say("lot %1 of %2 expired on %3; %1 is blocked", "L123", "Vidaza", "2026-01-31");
    EXPECT_EQ(englishText(m), "lot L123 of Vidaza expired on 2026-01-31; L123 is blocked");
    // An argument holding "%2" is not substituted again.
    EXPECT_EQ(englishText(say("read [%1] for %2", "%2", "P-1")), "read [%2] for P-1");
    EXPECT_EQ(englishText(say("no argument, 100 % sure")), "no argument, 100 % sure");
}

TEST(Message, NumbersCarryTheirDecimalsAndADeviationItsSign)
{
    using A = MessageArg;
    EXPECT_EQ(englishText(say("%1 g", A::decimal(12.34567, 4))), "12.3457 g");
    EXPECT_EQ(englishText(say("%1 %", A::decimal(2.1, 1, true))), "+2.1 %");
    EXPECT_EQ(englishText(say("%1 %", A::decimal(-2.1, 1, true))), "-2.1 %");
    EXPECT_EQ(englishText(say("%1 mL", A::trimmed(1.4000000001, 3))), "1.4 mL");
    EXPECT_EQ(englishText(say("%1 g", A::trimmed(3.516, 4))), "3.516 g");
    EXPECT_EQ(englishText(say("%1 preparation(s)", std::size_t{3})), "3 preparation(s)");
}

TEST(Message, ASentenceInsideASentenceAndAListAreSaidInFull)
{
    const Message reason = say("net mass %1 is below the minimum", MessageArg::decimal(0.0123, 4));
    const Message outer = say("filled syringe of %1 recorded, no dose decision: %2", "P-7", reason);
    EXPECT_EQ(englishText(outer),
              "filled syringe of P-7 recorded, no dose decision: net mass 0.0123 is below the minimum");
    EXPECT_EQ(englishText(listOf({say("no vial scan"), say("no expiry yet"), say("expired")})),
              "no vial scan; no expiry yet; expired");
    EXPECT_EQ(englishText(listOf({})), "nothing");
    const auto stored = MessageArg::stored(WordKind::PreparationStatus, "in_progress");
    EXPECT_EQ(englishText(say("preparation %1 is %2", "P-7", stored)), "preparation P-7 is in_progress");
}

TEST(Message, AnErrorKeepsItsSentenceAndAWrappedErrorItsReason)
{
    const Error inner = makeError(Error::Kind::Refused, say("lot %1 expired on %2", "L1", "2020-01-31"));
    EXPECT_EQ(inner.message, "lot L1 expired on 2020-01-31");
    ASSERT_FALSE(inner.said.empty());
    const Error outer = makeError(inner.kind, say("daily check: %1", reasonOf(inner)));
    EXPECT_EQ(outer.message, "daily check: lot L1 expired on 2020-01-31");
    ASSERT_EQ(outer.said.args.size(), 1u);
    EXPECT_EQ(outer.said.args[0].kind, MessageArg::Kind::Sentence);
    // A technical error (no sentence) is carried as its text.
    const Error technical = makeError(Error::Kind::Database, "database: disk I/O error");
    EXPECT_TRUE(technical.said.empty());
    EXPECT_EQ(englishText(say("daily check: %1", reasonOf(technical))), "daily check: database: disk I/O error");
}

TEST(Message, ADeviceFaultSaysWhatItMeansWithTheDevicesOwnWords)
{
    const auto fault = devices::makeDeviceError(devices::DeviceError::Kind::Timeout, "no answer to SI within 2 s");
    EXPECT_EQ(englishText(deviceFault(fault)), "the device did not answer in time (no answer to SI within 2 s)");
}

TEST(Message, PlaceholdersAreCountedToTheHighest)
{
    EXPECT_EQ(placeholderCount("nothing"), 0);
    EXPECT_EQ(placeholderCount("%1 is above the cap of %2 (%3 m²): computed on %3 m²"), 3);
    EXPECT_EQ(placeholderCount("100 % of %1"), 1);
}

} // namespace
} // namespace prep::station
