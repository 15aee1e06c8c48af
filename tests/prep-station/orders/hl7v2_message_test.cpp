// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_ack.h"
#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_mllp.h"

#include <gtest/gtest.h>

namespace prep::station {
namespace {

Hl7Message parsed(std::string_view text)
{
    auto r = parseHl7Message(text);
    if (auto* e = std::get_if<Hl7Error>(&r))
        ADD_FAILURE() << e->message;
    return std::holds_alternative<Hl7Message>(r) ? std::get<Hl7Message>(r) : Hl7Message{};
}

TEST(Hl7Message, FieldsRepetitionsComponentsAndSubcomponents)
{
    auto m = parsed("MSH|^~\\&|APP|FAC|||20261205||RDE^O11|ID1|P|2.5\r"
                    "PID|1||A1^^^AUTH&1.2.3&ISO^MR~FICTIF-9^^^CHU^PI||DOE^Jane\r");
    ASSERT_EQ(m.segments.size(), 2u);
    const Hl7Segment& msh = m.segments[0];
    EXPECT_EQ(msh.value(1), "|");
    EXPECT_EQ(msh.value(2), "^~\\&");
    EXPECT_EQ(msh.value(9, 1), "RDE");
    EXPECT_EQ(msh.value(9, 2), "O11");
    EXPECT_EQ(msh.value(10), "ID1");
    const Hl7Segment& pid = m.segments[1];
    EXPECT_EQ(pid.repetitions(3), 2);
    EXPECT_EQ(pid.value(3, 4, 2, 0), "1.2.3");
    EXPECT_EQ(pid.value(3, 1, 1, 1), "FICTIF-9");
    EXPECT_EQ(pid.value(3, 5, 1, 1), "PI");
    EXPECT_EQ(pid.value(5, 2), "Jane");
    EXPECT_EQ(pid.value(40), "");         // beyond the last field
    EXPECT_EQ(pid.value(5, 9, 9, 9), ""); // beyond everything
}

TEST(Hl7Message, DelimitersComeFromMsh)
{
    auto m = parsed("MSH#*@!$#APP#FAC#####RDE*O11#ID2#P#2.5\rPID#1##X1@X2##NOM*Pr!S!nom$sub\r");
    EXPECT_EQ(m.segments[0].value(9, 2), "O11");
    EXPECT_EQ(m.segments[1].repetitions(3), 2);
    EXPECT_EQ(m.segments[1].value(5, 2), "Pr*nom"); // !S! is the component separator, escaped
    EXPECT_EQ(m.segments[1].value(5, 2, 2), "sub");
}

TEST(Hl7Message, EscapeSequencesAreDecoded)
{
    const Hl7Delimiters d;
    EXPECT_EQ(hl7Unescape("mg/m\\S\\2 \\F\\ \\T\\ \\R\\ \\E\\", d), "mg/m^2 | & ~ \\");
    EXPECT_EQ(hl7Unescape("Chlo\\XC3A9\\", d), "Chlo\xC3\xA9");
    EXPECT_EQ(hl7Unescape("a\\.br\\b", d), "a\nb");
    EXPECT_EQ(hl7Unescape("\\H\\bold\\N\\", d), "bold");
    EXPECT_EQ(hl7Unescape("open \\S", d), "open \\S");     // unterminated: kept
    EXPECT_EQ(hl7Unescape("\\Zlocal\\", d), "\\Zlocal\\"); // not understood: kept
    EXPECT_EQ(hl7Unescape("\\XZZ\\", d), "\\XZZ\\");
    for (std::string text : {"a|b^c&d~e\\f", "plain", "", "\r\n"}) {
        std::string back = hl7Unescape(hl7Escape(text, d), d);
        if (text == "\r\n")
            EXPECT_EQ(back, "\n\n");
        else
            EXPECT_EQ(back, text);
    }
}

TEST(Hl7Message, SegmentsEndWithCrLfOrCrLf)
{
    for (const char* eol : {"\r", "\n", "\r\n"}) {
        const std::string text =
            std::string("MSH|^~\\&|A|B|||1||RDE^O11|X|P|2.5") + eol + "PID|1||P1" + eol + eol + "ZZZ|custom" + eol;
        auto m = parsed(text);
        ASSERT_EQ(m.segments.size(), 3u) << "eol " << int(eol[0]);
        EXPECT_EQ(m.segments[2].name, "ZZZ");
        EXPECT_EQ(m.segments[2].sequence, 3);
    }
}

TEST(Hl7Message, BadInputIsNamed)
{
    struct Case
    {
        std::string text, where;
    };
    for (const auto& c : std::vector<Case>{{"", "MSH"},
                                           {"PID|1", "MSH"},
                                           {"MSH|", "MSH-2"},
                                           {"MSH|^^\\&|A", "MSH-2"},
                                           {"MSH|^~\\a|A", "MSH-2"},
                                           {"MSH|^~\\&|A\rpid|1", "pid"},
                                           {"MSH|^~\\&|A\r|PID|1", "???"},
                                           {"MSH|^~\\&|A\rMSH|^~\\&|B", "MSH"}}) {
        auto r = parseHl7Message(c.text);
        ASSERT_TRUE(std::holds_alternative<Hl7Error>(r)) << c.text;
        EXPECT_EQ(std::get<Hl7Error>(r).where.text(), c.where) << c.text;
        EXPECT_FALSE(std::get<Hl7Error>(r).message.empty());
    }
}

TEST(Hl7Message, FilesSplitIntoMessagesAndDropBatchEnvelopes)
{
    const std::string file = "\xEF\xBB\xBF\nFHS|^~\\&\rBHS|^~\\&\rMSH|^~\\&|A|||||RDE^O11|1|P|2.5\rPID|1\n"
                             "MSH|^~\\&|A|||||RDE^O11|2|P|2.5\rPID|2\rBTS|2\rFTS|1\r";
    auto messages = splitHl7Messages(file);
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].substr(0, 3), "MSH");
    EXPECT_NE(messages[1].find("PID|2"), std::string_view::npos);
    EXPECT_EQ(messages[1].find("BTS"), std::string_view::npos);
}

TEST(Mllp, FramesSurviveAnyCutAndNoiseIsSkipped)
{
    const std::string stream = "noise" + mllpFrame("MSH|first") + mllpFrame("MSH|second\x1Cinside");
    for (size_t cut = 0; cut <= stream.size(); ++cut) {
        MllpReader reader(1024);
        std::vector<std::string> frames;
        std::string frame;
        for (auto part : {stream.substr(0, cut), stream.substr(cut)}) {
            reader.feed(part);
            while (reader.next(frame) == MllpReader::Status::Frame)
                frames.push_back(frame);
        }
        ASSERT_EQ(frames.size(), 2u) << "cut at " << cut;
        EXPECT_EQ(frames[0], "MSH|first");
        EXPECT_EQ(frames[1], "MSH|second\x1Cinside");
        EXPECT_EQ(reader.discarded(), 5u);
    }
}

TEST(Mllp, AnOversizedFrameIsReported)
{
    MllpReader reader(10);
    reader.feed(std::string("\x0B") + std::string(20, 'x'));
    std::string frame;
    EXPECT_EQ(reader.next(frame), MllpReader::Status::Oversized);
}

TEST(Hl7Ack, EchoesTheControlIdAndNamesTheField)
{
    AckRequest r;
    r.incoming.sendingApplication = "DPI";
    r.incoming.sendingFacility = "CHU";
    r.incoming.receivingFacility = "PUI";
    r.incoming.triggerEvent = "O11";
    r.incoming.controlId = "MSG|42";
    r.incoming.version = "2.5";
    r.code = AckCode::Error;
    r.errors.push_back(Hl7Error{Hl7Location{"RXE", 5, 2, 0}, Hl7ErrorCode::TableValueNotFound,
                                "the site does not prepare 'X^Y' (RXE-2)"});
    r.controlId = "PS1";
    r.timestamp = "20261205083000";
    auto m = parsed(buildHl7Ack(r));
    ASSERT_EQ(m.segments.size(), 3u);
    EXPECT_EQ(m.segments[0].value(9, 1), "ACK");
    EXPECT_EQ(m.segments[0].value(5), "DPI");
    EXPECT_EQ(m.segments[1].name, "MSA");
    EXPECT_EQ(m.segments[1].value(1), "AE");
    EXPECT_EQ(m.segments[1].value(2), "MSG|42");
    EXPECT_EQ(m.segments[2].name, "ERR");
    EXPECT_EQ(m.segments[2].value(2, 1), "RXE");
    EXPECT_EQ(m.segments[2].value(2, 2), "5");
    EXPECT_EQ(m.segments[2].value(2, 3), "2");
    EXPECT_EQ(m.segments[2].value(3, 1), "103");
    EXPECT_EQ(m.segments[2].value(8), "the site does not prepare 'X^Y' (RXE-2)");
}

} // namespace
} // namespace prep::station
