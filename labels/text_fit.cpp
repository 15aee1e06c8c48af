// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/text_fit.h"

#include <QFontMetricsF>
#include <QStringList>

#include <cmath>
#include <cstdio>

namespace prep::labels::detail {

namespace {

constexpr double kShrinkStepPt = 0.25;
constexpr char16_t kGlue = u'\ue000'; // a space where the line must not break (see kUnbreakableSpace)

QString shown(const QString& s)
{
    QString out = s;
    return out.replace(QChar(kGlue), QLatin1Char(' '));
}

// Greedy word wrap; empty when a single word is wider than the box (words are never cut: a cut name is a
// different name). A line may also break before "(", so a GS1 HRI "(7003)...(10)..." wraps between its AIs.
std::vector<QString> wrap(const QString& text, const QFontMetricsF& fm, double width)
{
    std::vector<QString> lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            // Pieces of the word: "(7003)26(10)P" -> "(7003)26", "(10)P"; joined without a space.
            QStringList pieces;
            qsizetype start = 0;
            for (qsizetype i = 1; i < word.size(); ++i) {
                if (word[i] == QLatin1Char('(')) {
                    pieces << word.mid(start, i - start);
                    start = i;
                }
            }
            pieces << word.mid(start);
            for (qsizetype k = 0; k < pieces.size(); ++k) {
                const QString& piece = pieces[k];
                if (fm.horizontalAdvance(shown(piece)) > width)
                    return {};
                const QString glue = (k == 0 && !line.isEmpty()) ? QStringLiteral(" ") : QString();
                const QString candidate = line + glue + piece;
                if (fm.horizontalAdvance(shown(candidate)) <= width) {
                    line = candidate;
                } else {
                    lines.push_back(shown(line));
                    line = piece;
                }
            }
        }
        lines.push_back(shown(line));
    }
    return lines;
}

std::string formatMm(double mm)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", mm);
    return buf;
}

} // namespace

QFont labelFont(const QString& family, double pt, bool bold)
{
    QFont font(family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(ptToUnits(pt)))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

Result<FittedText> fitText(const QString& text, const TemplateElement& box, const QString& family,
                           const std::string& what)
{
    const double width = mmToUnits(box.widthMm);
    const double height = mmToUnits(box.heightMm);
    for (double pt = box.fontPt; pt >= box.minFontPt - 1e-9; pt -= kShrinkStepPt) {
        FittedText fit;
        fit.font = labelFont(family, pt, box.bold);
        fit.fontPt = pt;
        const QFontMetricsF fm(fit.font);
        fit.lines = wrap(text, fm, width);
        if (fit.lines.empty() || static_cast<int>(fit.lines.size()) > box.maxLines)
            continue;
        fit.ascent = fm.ascent();
        fit.lineSpacing = fm.lineSpacing();
        const double needed = fm.ascent() + fm.descent() + fm.lineSpacing() * double(fit.lines.size() - 1);
        if (needed <= height)
            return fit;
    }
    const QString readable = shown(text);
    char pts[32];
    std::snprintf(pts, sizeof pts, "%g", box.minFontPt);
    return makeLabelError(LabelError::Kind::Render, what + " \"" + readable.toStdString() + "\" does not fit in " +
                                                        formatMm(box.widthMm) + " x " + formatMm(box.heightMm) +
                                                        " mm on " + std::to_string(box.maxLines) + " line(s) even at " +
                                                        pts + " pt");
}

} // namespace prep::labels::detail
