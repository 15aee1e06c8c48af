// SPDX-License-Identifier: GPL-3.0-or-later
// A sentence for a person, kept as its English template and its arguments, so that each face says it in its
// reader's language: the CLI prints the English text; the GUI looks the template up in its translations
// (context "Message") and fills in the arguments, numbers in the reader's locale and stored states in words.
//
// A template is marked where it is written, so that lupdate finds it with no list to keep in step:
//     say(QT_TRANSLATE_NOOP("Message", "wrong vial: GTIN %1 is not the planned product %2"), gtin, planned)
// %1..%9 are the arguments, in order of the call. An argument is a verbatim text (a preparation number, a lot,
// a GTIN: the same in every language), a number with its decimals, a stored state (a word the screen
// translates) or another sentence (the reason inside a refusal).
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <QtGlobal> // QT_TRANSLATE_NOOP: the mark lupdate reads; it expands to its text

#include <cassert>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace prep::station {

struct Message;

// Which stored state a word argument is, so a face can say it in words ("in_progress" -> "en cours").
enum class WordKind {
    PreparationStatus,
    OrderStatus,
    ToleranceDecision,
    WeighingStep,
    ProtocolCheck,
    Role,
    DeliveryProblem, // nobody_home, refused, damaged_cooler
    DoseOutcome      // returned, destroyed: what became of a dose not given
};

struct MessageArg
{
    enum class Kind { Verbatim, Number, Word, Sentence };
    Kind kind = Kind::Verbatim;
    std::string text; // Verbatim: the text; Word: the stored form
    double number = 0;
    int decimals = 0;
    bool sign = false; // a deviation says "+2.1" as well as "-2.1"
    WordKind word = WordKind::PreparationStatus;
    std::shared_ptr<const Message> sentence;

    MessageArg(std::string verbatim)
        : text(std::move(verbatim))
    {}
    MessageArg(const char* verbatim)
        : text(verbatim)
    {}
    MessageArg(std::string_view verbatim)
        : text(verbatim)
    {}
    MessageArg(const Message& said);
    // Whole numbers (a count, an order id) say themselves; a measured value says how many decimals it carries.
    template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
    MessageArg(I whole)
        : kind(Kind::Number)
        , number(static_cast<double>(whole))
    {}
    MessageArg(double) = delete;

    static MessageArg decimal(double value, int decimals, bool sign = false);
    // As many decimals as the value needs, up to `most`: 1.4 says "1.4", 3.516 says "3.516".
    static MessageArg trimmed(double value, int most);
    static MessageArg stored(WordKind word, std::string_view storedForm);
    // A verbatim text that is itself English (an operating system's or a device's own diagnostic), said as given.
    static MessageArg technical(std::string text) { return MessageArg(std::move(text)); }

private:
    MessageArg() = default;
};

struct Message
{
    std::string english; // the template, marked QT_TRANSLATE_NOOP("Message", ...) where written; empty: none
    std::vector<MessageArg> args;

    bool empty() const { return english.empty(); }
};

// How many arguments a template names (the highest %n).
int placeholderCount(std::string_view english);

template <class... A> Message say(const char* english, A&&... args)
{
    // Every %n of the template has its argument and every argument its %n (checked wherever tests pass through).
    assert(placeholderCount(english) == static_cast<int>(sizeof...(A)));
    return Message{english, {MessageArg(std::forward<A>(args))...}};
}

// Sentences one after another ("no vial scan; no expiry yet"); an empty list says nothing.
Message listOf(const std::vector<Message>& sentences);

// The sentence in English, as the CLI and the logs print it. Numbers in the C locale with their decimals.
std::string englishText(const Message& message);

// How a face says sentences in its language: the translation of a template (context "Message") or a word (context
// "Words"), empty when it has none, and a number with its decimals as the language writes it.
struct Speech
{
    std::function<std::string(const char* context, const std::string& english)> translate;
    std::function<std::string(double value, int decimals)> number;
};
// The sentence said by `speech`: the template and the stored states' words translated (English where there is no
// translation), the numbers in its language; the GUI and the web service both speak through it.
std::string spokenText(const Message& message, const Speech& speech);

std::vector<std::string> englishTexts(const std::vector<Message>& messages);

// A sentence kept in a JSON document (the trace's events), to be said again in the reader's language.
nlohmann::json toJson(const Message& message);
Message messageFromJson(const nlohmann::json& json);

} // namespace prep::station
