// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/message.h"

#include "prep-station/message_words.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace prep::station {

MessageArg::MessageArg(const Message& said)
    : kind(Kind::Sentence)
    , sentence(std::make_shared<const Message>(said))
{}

MessageArg MessageArg::decimal(double value, int decimals, bool sign)
{
    MessageArg a;
    a.kind = Kind::Number;
    a.number = value;
    a.decimals = decimals;
    a.sign = sign;
    return a;
}

MessageArg MessageArg::trimmed(double value, int most)
{
    // Rounded to `most` decimals first, then the zeros that rounding leaves at the end dropped.
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", most, value);
    std::string_view digits(text);
    int decimals = most;
    while (decimals > 0 && digits.back() == '0') {
        digits.remove_suffix(1);
        --decimals;
    }
    return decimal(value, decimals);
}

MessageArg MessageArg::stored(WordKind word, std::string_view storedForm)
{
    MessageArg a;
    a.kind = Kind::Word;
    a.word = word;
    a.text = std::string(storedForm);
    return a;
}

namespace {

std::string englishArg(const MessageArg& a)
{
    switch (a.kind) {
    case MessageArg::Kind::Verbatim:
    case MessageArg::Kind::Word:
        return a.text;
    case MessageArg::Kind::Number: {
        char text[64];
        std::snprintf(text, sizeof text, a.sign ? "%+.*f" : "%.*f", a.decimals, a.number);
        return text;
    }
    case MessageArg::Kind::Sentence:
        return a.sentence ? englishText(*a.sentence) : std::string();
    }
    return a.text;
}

} // namespace

std::string englishText(const Message& message)
{
    if (message.empty())
        return {};
    std::string out;
    const std::string_view t = message.english;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(t[i + 1] - '1');
            if (n < message.args.size())
                out += englishArg(message.args[n]);
            ++i;
        } else {
            out += t[i];
        }
    }
    return out;
}

std::string spokenText(const Message& message, const Speech& speech)
{
    if (message.empty())
        return {};
    auto said = [&](const char* context, const std::string& english) {
        std::string t = speech.translate ? speech.translate(context, english) : std::string();
        return t.empty() ? english : t;
    };
    // One pass over the template, so an argument that itself holds "%1" is never substituted again.
    const std::string pattern = said("Message", message.english);
    std::string out;
    out.reserve(pattern.size() * 2);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%' || i + 1 >= pattern.size() || pattern[i + 1] < '1' || pattern[i + 1] > '9') {
            out += pattern[i];
            continue;
        }
        const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
        ++i;
        if (n >= message.args.size())
            continue;
        const MessageArg& a = message.args[n];
        switch (a.kind) {
        case MessageArg::Kind::Verbatim:
            out += a.text;
            break;
        case MessageArg::Kind::Word:
            if (const char* word = englishWord(a.word, a.text))
                out += said("Words", word);
            else
                out += a.text;
            break;
        case MessageArg::Kind::Number:
            if (a.sign && a.number >= 0)
                out += '+';
            if (speech.number) {
                out += speech.number(a.number, a.decimals);
            } else {
                char text[64];
                std::snprintf(text, sizeof text, "%.*f", a.decimals, a.number);
                out += text;
            }
            break;
        case MessageArg::Kind::Sentence:
            if (a.sentence)
                out += spokenText(*a.sentence, speech);
            break;
        }
    }
    return out;
}

std::vector<std::string> englishTexts(const std::vector<Message>& messages)
{
    std::vector<std::string> out;
    out.reserve(messages.size());
    for (const auto& m : messages)
        out.push_back(englishText(m));
    return out;
}

Message listOf(const std::vector<Message>& sentences)
{
    if (sentences.empty())
        return say(QT_TRANSLATE_NOOP("Message", "nothing"));
    Message list = sentences.back();
    for (auto it = sentences.rbegin() + 1; it != sentences.rend(); ++it)
        list = say(QT_TRANSLATE_NOOP("Message", "%1; %2"), *it, list);
    return list;
}

nlohmann::json toJson(const Message& message)
{
    nlohmann::json args = nlohmann::json::array();
    for (const auto& a : message.args) {
        switch (a.kind) {
        case MessageArg::Kind::Verbatim:
            args.push_back({{"text", a.text}});
            break;
        case MessageArg::Kind::Number:
            args.push_back({{"number", a.number}, {"decimals", a.decimals}, {"sign", a.sign}});
            break;
        case MessageArg::Kind::Word:
            args.push_back({{"word", static_cast<int>(a.word)}, {"stored", a.text}});
            break;
        case MessageArg::Kind::Sentence:
            args.push_back({{"sentence", a.sentence ? toJson(*a.sentence) : nlohmann::json::object()}});
            break;
        }
    }
    return {{"english", message.english}, {"args", args}};
}

Message messageFromJson(const nlohmann::json& json)
{
    Message m;
    if (!json.is_object())
        return m;
    m.english = json.value("english", "");
    for (const auto& a : json.value("args", nlohmann::json::array())) {
        if (a.contains("number"))
            m.args.push_back(
                MessageArg::decimal(a.value("number", 0.0), a.value("decimals", 0), a.value("sign", false)));
        else if (a.contains("word"))
            m.args.push_back(MessageArg::stored(static_cast<WordKind>(a.value("word", 0)), a.value("stored", "")));
        else if (a.contains("sentence"))
            m.args.push_back(MessageArg(messageFromJson(a["sentence"])));
        else
            m.args.push_back(MessageArg(a.value("text", "")));
    }
    return m;
}

int placeholderCount(std::string_view english)
{
    int highest = 0;
    for (std::size_t i = 0; i + 1 < english.size(); ++i)
        if (english[i] == '%' && english[i + 1] >= '1' && english[i + 1] <= '9')
            highest = std::max(highest, english[i + 1] - '0');
    return highest;
}

} // namespace prep::station
