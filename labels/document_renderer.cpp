// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/document_renderer.h"

#include "labels/atomic_file.h"
#include "labels/gui_application.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace prep::labels {

namespace {

constexpr int kResolution = 300;   // dots per inch of the PDF's layout
constexpr double kMarginMm = 15.0; // page margins
constexpr double kFooterMm = 8.0;  // room kept at the bottom of each page for the footer
// Images are laid out in CSS pixels (1/96 in): at most 600 x 450, within the 180 mm of text width.
constexpr int kMaxImageWidthPx = 600;
constexpr int kMaxImageHeightPx = 450;

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString sectionHtml(const DocumentSection& section, int index, QTextDocument& doc)
{
    QString out = "<h2>" + html(section.title) + "</h2>";
    for (const auto& p : section.paragraphs)
        out += "<p>" + html(p) + "</p>";
    if (!section.table.header.empty()) {
        out += "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>";
        for (const auto& h : section.table.header)
            out += "<th align='left' bgcolor='#e0e0e0'>" + html(h) + "</th>";
        out += "</tr>";
        for (const auto& row : section.table.rows) {
            out += "<tr>";
            for (const auto& cell : row)
                out += "<td>" + html(cell) + "</td>";
            out += "</tr>";
        }
        out += "</table>";
    }
    int n = 0;
    for (const auto& image : section.images) {
        QImage picture(QString::fromStdString(image.path));
        out += "<p><b>" + html(image.caption) + "</b><br/>";
        if (picture.isNull()) {
            out += "<i>" + html("image not readable: " + image.path) + "</i></p>";
            continue;
        }
        if (picture.width() > kMaxImageWidthPx || picture.height() > kMaxImageHeightPx)
            picture =
                picture.scaled(kMaxImageWidthPx, kMaxImageHeightPx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QString name = QString("image://%1/%2").arg(index).arg(n++);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), picture);
        out +=
            QString("<img src='%1' width='%2' height='%3'/></p>").arg(name).arg(picture.width()).arg(picture.height());
    }
    return out;
}

} // namespace

Result<std::string> renderDocumentPdf(const Document& document)
{
    ensureGuiApplication();
    if (!guiApplicationReady())
        return makeLabelError(LabelError::Kind::Render, "cannot render a document: no GUI application for fonts");
    QTextDocument doc;
    QFont font("DejaVu Sans");
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    QString markup = "<h1>" + html(document.title) + "</h1>";
    if (!document.subtitle.empty())
        markup += "<p><i>" + html(document.subtitle) + "</i></p>";
    int index = 0;
    for (const auto& section : document.sections)
        markup += sectionHtml(section, index++, doc);
    doc.setHtml(markup);

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        writer.setTitle(QString::fromStdString(document.title));
        writer.setCreator("PrepStation");
        const QRectF page = writer.pageLayout().paintRectPixels(kResolution);
        const double footerPx = kFooterMm / 25.4 * kResolution;
        const QSizeF body(page.width(), page.height() - footerPx);
        // Lay the text out at the page's size in device pixels, then paint it page by page.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(body);
        const int pages = doc.pageCount();
        QPainter painter;
        if (!painter.begin(&writer))
            return makeLabelError(LabelError::Kind::Render, "cannot start painting the document");
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            QFont small = font;
            small.setPointSizeF(7.5);
            painter.setFont(small);
            painter.drawText(QRectF(0, body.height(), body.width(), footerPx), Qt::AlignLeft | Qt::AlignBottom,
                             QString::fromStdString(document.footer));
            painter.drawText(QRectF(0, body.height(), body.width(), footerPx), Qt::AlignRight | Qt::AlignBottom,
                             QString("%1 / %2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return makeLabelError(LabelError::Kind::Render, "cannot finish the document's PDF");
    }
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

Result<Ok> writeDocumentPdf(const Document& document, const std::string& path)
{
    auto pdf = renderDocumentPdf(document);
    if (!pdf)
        return pdf.error();
    return writeFileAtomically(path, *pdf);
}

} // namespace prep::labels
