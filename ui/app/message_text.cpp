// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/message_text.h"

#include "ui/app/words.h"

#include <QCoreApplication>

namespace prep::ui {

namespace {

QString wordText(station::WordKind kind, const std::string& stored)
{
    using K = station::WordKind;
    switch (kind) {
    case K::PreparationStatus:
        if (auto s = db::preparationStatusFromText(stored))
            return statusText(*s);
        break;
    case K::OrderStatus:
        if (auto s = db::orderStatusFromText(stored))
            return orderStatusText(*s);
        break;
    case K::ToleranceDecision:
        // describe() says "not weighed" for the decision stored as "".
        if (stored.empty() || stored == "not weighed")
            return toleranceText(db::ToleranceDecision::NotWeighed);
        if (auto d = db::toleranceDecisionFromText(stored))
            return toleranceText(*d);
        break;
    case K::WeighingStep:
        return weighingStepText(stored);
    case K::ProtocolCheck:
        if (auto c = station::protocolCheckFromText(stored))
            return checkText(*c);
        break;
    case K::Role:
        if (auto r = db::roleFromName(stored))
            return roleText(*r);
        break;
    }
    return qs(stored);
}

QString argText(const station::MessageArg& a)
{
    using K = station::MessageArg::Kind;
    switch (a.kind) {
    case K::Verbatim:
        return qs(a.text);
    case K::Number: {
        const QString n = decimalText(a.number, a.decimals);
        return a.sign && a.number >= 0 ? "+" + n : n;
    }
    case K::Word:
        return wordText(a.word, a.text);
    case K::Sentence:
        return a.sentence ? messageText(*a.sentence) : QString();
    }
    return qs(a.text);
}

} // namespace

QString messageText(const station::Message& message)
{
    if (message.empty())
        return {};
    const QString pattern = QCoreApplication::translate("Message", message.english.c_str());
    // One pass over the template, so an argument that itself holds "%1" is never substituted again.
    QString out;
    out.reserve(pattern.size() * 2);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1].unicode() - '1');
            if (n < message.args.size())
                out += argText(message.args[n]);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString errorText(const station::Error& error)
{
    return error.said.empty() ? qs(error.message) : messageText(error.said);
}

} // namespace prep::ui
