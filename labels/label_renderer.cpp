// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/label_renderer.h"

#include "labels/atomic_file.h"
#include "labels/gs1_128.h"
#include "labels/gs1_datamatrix.h"
#include "labels/label_fields.h"
#include "labels/text_fit.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace prep::labels {

namespace {

using detail::kUnitsPerMm;
using detail::mmToUnits;

constexpr int kPdfResolution = 1200; // device units of the PDF; the output is vector, this only sets precision
constexpr int kMinDpi = 100;
constexpr int kMaxDpi = 1200;
constexpr int kPngDefaultDpi = 300;
constexpr int kPngQuality = 80; // Qt maps PNG quality 0..100 onto zlib levels 9..0: light, fast compression

struct PlacedText
{
    detail::FittedText fit;
    const TemplateElement* box = nullptr;
};

struct PlacedSymbol
{
    DataMatrixSymbol symbol;
    const TemplateElement* box = nullptr;
};

struct PlacedBars
{
    LinearSymbol symbol;
    const TemplateElement* box = nullptr;
};

struct LabelLayout
{
    const LabelTemplate* tmpl = nullptr;
    std::vector<PlacedText> texts;
    std::vector<PlacedSymbol> symbols;
    std::vector<PlacedBars> bars;
    std::vector<const TemplateElement*> frames;
};

LabelError invalid(const std::string& message)
{
    return makeLabelError(LabelError::Kind::Invalid, message);
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The barcode leaves the hospital: it must not carry the patient's name (reference.md 4.5).
bool barcodeNamesPatient(const LabelContent& c)
{
    const std::string data = lower(c.barcodeData);
    std::string word;
    const std::string name = lower(c.patientName) + ' ';
    for (char ch : name) {
        if (std::isalpha(static_cast<unsigned char>(ch)) || (static_cast<unsigned char>(ch) & 0x80)) {
            word += ch;
            continue;
        }
        if (word.size() >= 3 && data.find(word) != std::string::npos)
            return true;
        word.clear();
    }
    return false;
}

Result<LabelLayout> layoutLabel(const LabelContent& content, const LabelTemplate& tmpl)
{
    ensureGuiApplication();
    if (!guiApplicationReady())
        return makeLabelError(LabelError::Kind::Render,
                              "painting a label needs a QGuiApplication; a plain QCoreApplication is running");
    if (tmpl.elements.empty())
        return makeLabelError(LabelError::Kind::Template, "label template " + tmpl.id + " has no elements");
    const QString family = QString::fromStdString(tmpl.fontFamily);
    LabelLayout layout;
    layout.tmpl = &tmpl;
    for (const TemplateElement& e : tmpl.elements) {
        if (!detail::conditionHolds(content, e.when))
            continue;
        switch (e.kind) {
        case TemplateElement::Kind::Frame:
            layout.frames.push_back(&e);
            break;
        case TemplateElement::Kind::DataMatrix: {
            if (content.barcodeData.empty())
                return invalid("barcodeData is empty: the label must carry its DataMatrix");
            if (barcodeNamesPatient(content))
                return invalid("barcodeData contains the patient's name; the barcode must be pseudonymous");
            auto symbol = encodeGs1DataMatrix(content.barcodeData);
            if (!symbol)
                return symbol.error();
            const double moduleMm = e.widthMm / double(symbol->columns + 2); // one module of quiet zone each side
            if (moduleMm < e.minModuleMm) {
                char buf[160];
                std::snprintf(buf, sizeof buf,
                              "barcode needs %dx%d modules: %.2f mm per module in the %.1f mm area, below the %.2f mm "
                              "that scans reliably",
                              symbol->rows, symbol->columns, moduleMm, e.widthMm, e.minModuleMm);
                return makeLabelError(LabelError::Kind::Render, buf);
            }
            layout.symbols.push_back({std::move(*symbol), &e});
            break;
        }
        case TemplateElement::Kind::Gs1_128: {
            if (content.barcodeData.empty())
                return invalid("barcodeData is empty: the label must carry its GS1-128");
            if (barcodeNamesPatient(content))
                return invalid("barcodeData contains the patient's name; the barcode must be pseudonymous");
            auto symbol = encodeGs1_128(content.barcodeData);
            if (!symbol)
                return symbol.error();
            const double moduleMm = e.widthMm / double(symbol->columns() + 20); // 10 modules of quiet zone each side
            if (moduleMm < e.minModuleMm) {
                char buf[160];
                std::snprintf(buf, sizeof buf,
                              "GS1-128 needs %d modules: %.2f mm per module in the %.1f mm area, below the %.2f mm "
                              "that scans reliably",
                              symbol->columns(), moduleMm, e.widthMm, e.minModuleMm);
                return makeLabelError(LabelError::Kind::Render, buf);
            }
            layout.bars.push_back({std::move(*symbol), &e});
            break;
        }
        case TemplateElement::Kind::Text: {
            std::string value = e.literal;
            if (!e.field.empty()) {
                value = content.*(detail::findContentField(e.field)->member);
                if (value.empty()) {
                    if (e.optional)
                        break;
                    return invalid(e.field + " is empty: a label without it is incomplete");
                }
            }
            QString shownValue = QString::fromStdString(value);
            if (e.keepWhole)
                shownValue.replace(QLatin1Char(' '), QChar(detail::kUnbreakableSpace));
            auto fit = detail::fitText(QString::fromStdString(e.prefix) + shownValue, e, family,
                                       e.field.empty() ? "text" : e.field);
            if (!fit)
                return fit.error();
            layout.texts.push_back({std::move(*fit), &e});
            break;
        }
        }
    }
    return layout;
}

// Paints in label units (1/100 mm); `unitsToDevice` scales to device pixels. Symbols are snapped to whole device
// pixels on raster devices so every module has the same size (a scanner needs a regular grid).
void paintLabel(QPainter& p, const LabelLayout& layout, double unitsToDevice, bool raster)
{
    const LabelTemplate& t = *layout.tmpl;
    p.save();
    p.scale(unitsToDevice, unitsToDevice);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // White background, black characters (ANSM recommendation, reference.md 5.1).
    p.fillRect(QRectF(0, 0, mmToUnits(t.widthMm), mmToUnits(t.heightMm)), Qt::white);
    for (const TemplateElement* f : layout.frames) {
        const double w = mmToUnits(f->lineMm);
        QPen pen(Qt::black, w);
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(mmToUnits(f->xMm) + w / 2, mmToUnits(f->yMm) + w / 2, mmToUnits(f->widthMm) - w,
                          mmToUnits(f->heightMm) - w));
    }
    p.setPen(Qt::black);
    for (const PlacedText& text : layout.texts) {
        const TemplateElement& box = *text.box;
        p.setFont(text.fit.font);
        const QFontMetricsF fm(text.fit.font);
        const double left = mmToUnits(box.xMm);
        const double width = mmToUnits(box.widthMm);
        double baseline = mmToUnits(box.yMm) + text.fit.ascent;
        for (const QString& line : text.fit.lines) {
            double x = left;
            if (box.align == TemplateElement::Align::Center)
                x = left + (width - fm.horizontalAdvance(line)) / 2;
            else if (box.align == TemplateElement::Align::Right)
                x = left + width - fm.horizontalAdvance(line);
            p.drawText(QPointF(x, baseline), line);
            baseline += text.fit.lineSpacing;
        }
    }
    p.restore();

    for (const PlacedSymbol& s : layout.symbols) {
        const TemplateElement& box = *s.box;
        const int n = s.symbol.columns;
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        if (raster) {
            const double pxPerMm = unitsToDevice * kUnitsPerMm;
            const int areaPx = int(std::floor(box.widthMm * pxPerMm));
            const int module = std::max(1, areaPx / (n + 2));
            const int x0 = int(std::lround(box.xMm * pxPerMm)) + (areaPx - module * n) / 2;
            const int y0 = int(std::lround(box.yMm * pxPerMm)) + (areaPx - module * s.symbol.rows) / 2;
            for (int r = 0; r < s.symbol.rows; ++r)
                for (int c = 0; c < n; ++c)
                    if (s.symbol.dark(r, c))
                        p.fillRect(QRect(x0 + c * module, y0 + r * module, module, module), Qt::black);
        } else {
            p.scale(unitsToDevice, unitsToDevice);
            const double module = mmToUnits(box.widthMm) / double(n + 2);
            const double x0 = mmToUnits(box.xMm) + module;
            const double y0 = mmToUnits(box.yMm) + module;
            // Runs of dark modules as one rectangle: fewer PDF operators, no hairline gaps between modules.
            for (int r = 0; r < s.symbol.rows; ++r) {
                int c = 0;
                while (c < n) {
                    if (!s.symbol.dark(r, c)) {
                        ++c;
                        continue;
                    }
                    const int start = c;
                    while (c < n && s.symbol.dark(r, c))
                        ++c;
                    p.drawRect(QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module));
                }
            }
        }
        p.restore();
    }

    for (const PlacedBars& b : layout.bars) {
        const TemplateElement& box = *b.box;
        const int n = b.symbol.columns();
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        // Runs of dark modules as one bar, centred in the box (the quiet zone is what remains each side).
        auto forEachBar = [&](auto draw) {
            int c = 0;
            while (c < n) {
                if (!b.symbol.bars[size_t(c)]) {
                    ++c;
                    continue;
                }
                const int start = c;
                while (c < n && b.symbol.bars[size_t(c)])
                    ++c;
                draw(start, c - start);
            }
        };
        if (raster) {
            // Whole device pixels per module: every bar of a width has the same width (a scanner measures them).
            const double pxPerMm = unitsToDevice * kUnitsPerMm;
            const int areaPx = int(std::floor(box.widthMm * pxPerMm));
            const int module = std::max(1, areaPx / (n + 20));
            const int x0 = int(std::lround(box.xMm * pxPerMm)) + (areaPx - module * n) / 2;
            const int y0 = int(std::lround(box.yMm * pxPerMm));
            const int height = int(std::floor(box.heightMm * pxPerMm));
            forEachBar([&](int start, int width) {
                p.fillRect(QRect(x0 + start * module, y0, width * module, height), Qt::black);
            });
        } else {
            p.scale(unitsToDevice, unitsToDevice);
            const double module = mmToUnits(box.widthMm) / double(n + 20);
            const double x0 = mmToUnits(box.xMm) + 10 * module;
            forEachBar([&](int start, int width) {
                p.drawRect(QRectF(x0 + start * module, mmToUnits(box.yMm), width * module, mmToUnits(box.heightMm)));
            });
        }
        p.restore();
    }
}

Result<int> checkDpi(int dpi)
{
    if (dpi < kMinDpi || dpi > kMaxDpi)
        return invalid("resolution " + std::to_string(dpi) + " dpi is outside " + std::to_string(kMinDpi) + ".." +
                       std::to_string(kMaxDpi));
    return dpi;
}

std::string extensionOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    return lower(path.substr(dot + 1));
}

// ZPL field data: ^FH_ hex escapes for the characters ZPL would interpret and for every non-ASCII byte
// (^CI28 makes the printer read the escaped bytes as UTF-8).
std::string zplText(const QString& text)
{
    std::string out;
    for (unsigned char c : text.toStdString()) {
        if (c == '^' || c == '~' || c == '_' || c < 0x20 || c >= 0x7f) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "_%02X", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out;
}

// Zebra heads have a whole number of dots per millimetre: 203 dpi = 8 dots/mm, 300 dpi = 12 dots/mm.
int toDots(double units, int dpi)
{
    return int(std::lround(units / kUnitsPerMm * std::lround(dpi / 25.4)));
}

} // namespace

Result<Ok> checkLabel(const LabelContent& content, const LabelTemplate& tmpl)
{
    auto layout = layoutLabel(content, tmpl);
    if (!layout)
        return layout.error();
    return Ok{};
}

Result<std::string> renderLabelPdfBytes(const LabelContent& content, const LabelTemplate& tmpl)
{
    auto layout = layoutLabel(content, tmpl);
    if (!layout)
        return layout.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(tmpl.widthMm, tmpl.heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        // The record of which locked layout made this file travels inside it.
        const std::string& labelled =
            content.preparationNumber.empty() ? content.shipmentNumber : content.preparationNumber;
        writer.setTitle(QString::fromStdString(labelled + " - " + tmpl.id + " v" + std::to_string(tmpl.version)));
        writer.setCreator(QString::fromStdString("PrepStation labels, template " + tmpl.id + " v" +
                                                 std::to_string(tmpl.version) + " sha256:" + tmpl.sha256));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeLabelError(LabelError::Kind::Render, "cannot start painting the PDF");
        paintLabel(painter, *layout, kPdfResolution / 25.4 / kUnitsPerMm, false);
        painter.end();
    }
    if (bytes.isEmpty())
        return makeLabelError(LabelError::Kind::Render, "the PDF writer produced nothing");
    return bytes.toStdString();
}

Result<std::string> renderLabelPngBytes(const LabelContent& content, const LabelTemplate& tmpl, int dpi)
{
    if (auto ok = checkDpi(dpi); !ok)
        return ok.error();
    auto layout = layoutLabel(content, tmpl);
    if (!layout)
        return layout.error();
    const double pxPerMm = dpi / 25.4;
    QImage image(int(std::lround(tmpl.widthMm * pxPerMm)), int(std::lround(tmpl.heightMm * pxPerMm)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        paintLabel(painter, *layout, pxPerMm / kUnitsPerMm, true);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Light zlib compression: label images are mostly white, so size barely changes and encoding is faster.
    if (!image.convertToFormat(QImage::Format_Grayscale8).save(&buffer, "PNG", kPngQuality))
        return makeLabelError(LabelError::Kind::Render, "PNG encoding failed");
    return bytes.toStdString();
}

Result<Ok> renderLabelPdf(const LabelContent& content, const LabelTemplate& tmpl, const std::string& path)
{
    auto bytes = renderLabelPdfBytes(content, tmpl);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Result<Ok> renderLabelPng(const LabelContent& content, const LabelTemplate& tmpl, int dpi, const std::string& path)
{
    auto bytes = renderLabelPngBytes(content, tmpl, dpi);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Result<std::string> renderLabelZpl(const LabelContent& content, const LabelTemplate& tmpl, int dpi)
{
    if (auto ok = checkDpi(dpi); !ok)
        return ok.error();
    auto layout = layoutLabel(content, tmpl);
    if (!layout)
        return layout.error();
    std::string z;
    z += "^XA\n^CI28\n^LH0,0\n";
    z += "^PW" + std::to_string(toDots(mmToUnits(tmpl.widthMm), dpi)) + "\n";
    z += "^LL" + std::to_string(toDots(mmToUnits(tmpl.heightMm), dpi)) + "\n";
    z += "^FX " + tmpl.id + " v" + std::to_string(tmpl.version) + " sha256:" + tmpl.sha256 + "^FS\n";
    for (const TemplateElement* f : layout->frames) {
        z += "^FO" + std::to_string(toDots(mmToUnits(f->xMm), dpi)) + "," +
             std::to_string(toDots(mmToUnits(f->yMm), dpi)) + "^GB" +
             std::to_string(toDots(mmToUnits(f->widthMm), dpi)) + "," +
             std::to_string(toDots(mmToUnits(f->heightMm), dpi)) + "," +
             std::to_string(std::max(1, toDots(mmToUnits(f->lineMm), dpi))) + "^FS\n";
    }
    for (const PlacedText& text : layout->texts) {
        const TemplateElement& box = *text.box;
        // Font 0 (scalable) at the fitted size; it is narrower than the font the fit was computed with, so a
        // text that fits on the PDF fits on the Zebra label too.
        const int height = std::max(1, toDots(text.fit.font.pixelSize(), dpi));
        const char align = box.align == TemplateElement::Align::Center  ? 'C'
                           : box.align == TemplateElement::Align::Right ? 'R'
                                                                        : 'L';
        double top = mmToUnits(box.yMm);
        for (const QString& line : text.fit.lines) {
            z += "^FO" + std::to_string(toDots(mmToUnits(box.xMm), dpi)) + "," + std::to_string(toDots(top, dpi));
            z += "^A0N," + std::to_string(height) + "," + std::to_string(height);
            z += "^FB" + std::to_string(toDots(mmToUnits(box.widthMm), dpi)) + ",1,0," + align + ",0";
            z += "^FH_^FD" + zplText(line) + "^FS\n";
            top += text.fit.lineSpacing;
        }
    }
    for (const PlacedSymbol& s : layout->symbols) {
        const TemplateElement& box = *s.box;
        const int areaDots = toDots(mmToUnits(box.widthMm), dpi);
        const int module = std::max(1, areaDots / (s.symbol.columns + 2));
        const int offset = (areaDots - module * s.symbol.columns) / 2;
        // GS1 DataMatrix in ZPL: ECC 200 with '_' as escape character, "_1" = FNC1 (first position: GS1;
        // afterwards: the separator that ends a field of no predefined length).
        auto elements = gs1ElementString(content.barcodeData);
        if (!elements)
            return elements.error();
        std::string data = "_1";
        for (const char c : *elements) {
            if (c == '\x1d') {
                data += "_1";
                continue;
            }
            if (c == '_' || c == '^' || c == '~')
                return invalid(std::string("barcode data: character '") + c + "' cannot be sent in ZPL");
            data += c;
        }
        z += "^FO" + std::to_string(toDots(mmToUnits(box.xMm), dpi) + offset) + "," +
             std::to_string(toDots(mmToUnits(box.yMm), dpi) + offset);
        z += "^BXN," + std::to_string(module) + ",200," + std::to_string(s.symbol.columns) + "," +
             std::to_string(s.symbol.rows) + ",6,_";
        z += "^FD" + data + "^FS\n";
    }
    for (const PlacedBars& b : layout->bars) {
        const TemplateElement& box = *b.box;
        const int areaDots = toDots(mmToUnits(box.widthMm), dpi);
        const int module = std::max(1, areaDots / (b.symbol.columns() + 20));
        const int offset = (areaDots - module * b.symbol.columns()) / 2;
        // Code 128 subset C from the start (">;") and FNC1 (">8"): exact for all-digit element strings of even
        // length such as the SSCC; anything else is refused rather than sent in a subset the printer would choose.
        auto elements = gs1ElementString(content.barcodeData);
        if (!elements)
            return elements.error();
        if (elements->size() % 2 != 0 || elements->find_first_not_of("0123456789") != std::string::npos)
            return invalid("GS1-128 in ZPL: only an all-digit element string of even length (an SSCC), not \"" +
                           *elements + "\"");
        z += "^FO" + std::to_string(toDots(mmToUnits(box.xMm), dpi) + offset) + "," +
             std::to_string(toDots(mmToUnits(box.yMm), dpi));
        z += "^BY" + std::to_string(module) + "^BCN," + std::to_string(toDots(mmToUnits(box.heightMm), dpi)) +
             ",N,N,N,N";
        z += "^FD>;>8" + *elements + "^FS\n";
    }
    z += "^PQ1\n^XZ\n";
    return z;
}

Result<std::string> renderLabel(const LabelContent& content, const LabelTemplate& tmpl, const std::string& path)
{
    const std::string ext = extensionOf(path);
    if (ext == "pdf") {
        if (auto ok = renderLabelPdf(content, tmpl, path); !ok)
            return ok.error();
        return std::string("pdf");
    }
    if (ext == "png") {
        if (auto ok = renderLabelPng(content, tmpl, kPngDefaultDpi, path); !ok)
            return ok.error();
        return std::string("png");
    }
    if (ext == "zpl") {
        auto zpl = renderLabelZpl(content, tmpl);
        if (!zpl)
            return zpl.error();
        if (auto ok = writeFileAtomically(path, *zpl); !ok)
            return ok.error();
        return std::string("zpl");
    }
    return invalid("unknown label format \"" + path + "\": use .pdf, .png or .zpl");
}

} // namespace prep::labels
