// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/print/documentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace b12::app {

namespace {

// Moving a heading to the next page can leave the heading above it alone in turn, so the
// check runs again; a document has far fewer headings and paragraphs than this.
constexpr int kMaxMoves = 200;
// A paragraph split across two pages keeps at least this many lines on each (no orphans or
// widows); a shorter one moves whole to the second page.
constexpr int kMinLinesOnAPage = 2;

// The font of printed text: the application's, at kBodyPointSize.
QFont paperFont() {
    QFont font = QGuiApplication::font();
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(DocumentPrinter::kBodyPointSize);
    // No ligatures: "fi" stays two letters, so that finding and copying text in the PDF
    // works and screen readers read the words.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont footerFont(const QTextDocument& document) {
    QFont font = document.defaultFont();
    font.setPointSizeF(DocumentPrinter::kFooterPointSize);
    return font;
}

bool isInTable(const QTextBlock& block) {
    return QTextCursor(block).currentTable() != nullptr;
}

void setBreakBefore(const QTextBlock& block, bool breakBefore) {
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(breakBefore ? QTextFormat::PageBreak_AlwaysBefore
                                          : QTextFormat::PageBreak_Auto);
    QTextCursor(block).setBlockFormat(format);
}

void setTableBreakBefore(QTextTable& table, bool breakBefore) {
    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(breakBefore ? QTextFormat::PageBreak_AlwaysBefore
                                          : QTextFormat::PageBreak_Auto);
    table.setFormat(format);
}

// QTextBlockFormat and QTextTableFormat each have a page break policy of their own.
template <typename Format> bool breaksBefore(const Format& format) {
    return (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
}

// Finds, in a laid-out document, the first heading, paragraph or short table that a page
// break separates wrongly, and moves it to the next page.
class PageBreaks {
public:
    PageBreaks(QTextDocument& document, qreal pageHeight)
        : m_document(document)
        , m_layout(*document.documentLayout())
        , m_pageHeight(pageHeight) {}

    // Moves the first block that needs it; false when none does.
    bool moveOne() {
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            if (QTextTable* table = QTextCursor(block).currentTable()) {
                if (keepTableWhole(*table)) {
                    return true;
                }
                continue;
            }
            if (breaksBefore(block.blockFormat()) || block.layout()->lineCount() == 0) {
                continue;
            }
            if (keepLinesTogether(block) || keepHeadingWithNext(block)) {
                return true;
            }
        }
        return false;
    }

private:
    [[nodiscard]] int pageOf(qreal y) const {
        return static_cast<int>(std::floor(y / m_pageHeight));
    }

    // The page of a block's n-th line. Line positions count from the block's layout origin,
    // which blockBoundingRect() puts at its top left; a line Qt moved to the next page for
    // want of room has its position there.
    [[nodiscard]] int pageOfLine(const QTextBlock& block, int n) const {
        const QTextLine line = block.layout()->lineAt(n);
        return pageOf(m_layout.blockBoundingRect(block).top() + line.y() + line.height() / 2);
    }

    // A short table (a row of two columns, the boxed warning signs) split across two pages
    // moves whole to the second; Qt would split the row.
    bool keepTableWhole(QTextTable& table) {
        const QRectF rect = m_layout.frameBoundingRect(&table);
        if (rect.height() < m_pageHeight / 3 && pageOf(rect.top()) < pageOf(rect.bottom() - 1) &&
            !breaksBefore(table.format())) {
            setTableBreakBefore(table, true);
            return true;
        }
        return false;
    }

    // A paragraph that would leave fewer than kMinLinesOnAPage lines at the foot or the head
    // of a page moves whole to the next.
    bool keepLinesTogether(const QTextBlock& block) {
        const int lines = block.layout()->lineCount();
        int firstOnNextPage = 1;
        while (firstOnNextPage < lines &&
               pageOfLine(block, firstOnNextPage) == pageOfLine(block, 0)) {
            ++firstOnNextPage;
        }
        if (firstOnNextPage < lines &&
            (firstOnNextPage < kMinLinesOnAPage || lines - firstOnNextPage < kMinLinesOnAPage)) {
            setBreakBefore(block, true);
            return true;
        }
        return false;
    }

    // A heading moves to the next page when the first line after it is there.
    bool keepHeadingWithNext(const QTextBlock& block) {
        if (block.blockFormat().headingLevel() == 0) {
            return false;
        }
        QTextBlock next = block.next();
        while (next.isValid() && next.text().isEmpty() && !isInTable(next)) {
            next = next.next();
        }
        if (!next.isValid() || next.layout()->lineCount() == 0 ||
            pageOfLine(block, block.layout()->lineCount() - 1) >= pageOfLine(next, 0)) {
            return false;
        }
        // The heading takes the page break; what follows it comes along.
        setBreakBefore(block, true);
        if (QTextTable* table = QTextCursor(next).currentTable()) {
            setTableBreakBefore(*table, false);
        } else {
            setBreakBefore(next, false);
        }
        return true;
    }

    QTextDocument& m_document;
    QAbstractTextDocumentLayout& m_layout;
    qreal m_pageHeight;
};

} // namespace

DocumentPrinter::DocumentPrinter(QTextDocument& document, QPagedPaintDevice& device)
    : m_document(document)
    , m_device(device)
    , m_pageNumberFormat(tr("Page %1 of %2")) {
    m_document.setDefaultFont(paperFont());
    m_document.documentLayout()->setPaintDevice(&device);
    m_document.setDocumentMargin(0);
    // The footer sits in the bottom margin, a little below the text, where running footers
    // go; only a page without room there gives up a strip of its text area.
    const QFontMetricsF metrics(footerFont(m_document), &device);
    m_footerGap = metrics.lineSpacing();
    m_footerHeight = metrics.lineSpacing();
    const qreal bottomMargin = device.pageLayout().marginsPixels(device.logicalDpiY()).bottom();
    const bool fitsInMargin = bottomMargin >= m_footerGap + m_footerHeight * 2;
    m_pageHeight = device.height() - (fitsInMargin ? 0 : m_footerGap + m_footerHeight);
    m_document.setPageSize(QSizeF(device.width(), m_pageHeight));
}

int DocumentPrinter::layOut() {
    keepTogether();
    return m_document.pageCount();
}

void DocumentPrinter::keepTogether() {
    PageBreaks breaks(m_document, m_pageHeight);
    for (int move = 0; move < kMaxMoves; ++move) {
        // Qt lays out lazily; counting the pages finishes the layout, so that every block
        // has its lines.
        m_document.pageCount();
        if (!breaks.moveOne()) {
            return;
        }
    }
}

int DocumentPrinter::print() {
    const int pages = layOut();
    QPainter painter;
    if (!painter.begin(&m_device)) {
        return 0;
    }
    const qreal width = m_device.width();
    const QFont footer = footerFont(m_document);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            m_device.newPage();
        }
        const QRectF body(0, page * m_pageHeight, width, m_pageHeight);
        painter.save();
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body;
        // Paper is white: black text whatever the colours of the screen.
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Link, Qt::black);
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footer);
        painter.setPen(Qt::black);
        const QRectF footerRect(0, m_pageHeight + m_footerGap, width, m_footerHeight);
        const QString number = m_pageNumberFormat.arg(page + 1).arg(pages);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, number);
        const QFontMetricsF metrics(footer, &m_device);
        const qreal textWidth = width - metrics.horizontalAdvance(number) - metrics.height();
        painter.drawText(QRectF(footerRect.topLeft(), QSizeF(textWidth, m_footerHeight)),
                         Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(m_footerText, Qt::ElideRight, textWidth));
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace b12::app
