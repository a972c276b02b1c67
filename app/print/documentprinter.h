// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace b12::app {

/// Prints a rich-text document on pages: paper and margins come from the device's page
/// layout, each page gets a footer with a text and "Page 1 of 2", headings never stay
/// alone at the bottom of a page, short paragraphs are not split, and text is black on white
/// whatever the screen's colours.
///
/// The document is laid out with the device as its paint device, so that point sizes come
/// out right on a 300 or 1200 dpi PDF writer as on a printer. Make the printer before the
/// content goes into the document: the document then has the pages' size and the paper's
/// font from the start, and Qt lays the content out once instead of again for each change.
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(b12::app::DocumentPrinter)

public:
    DocumentPrinter(QTextDocument& document, QPagedPaintDevice& device);

    /// Printed at the bottom left of every page, e.g. the title and the date.
    void setFooterText(const QString& text) { m_footerText = text; }
    /// "Page %1 of %2": %1 is the page, %2 the number of pages.
    void setPageNumberFormat(const QString& format) { m_pageNumberFormat = format; }

    /// Lays the document out on the device's pages and returns how many there are.
    int layOut();
    /// Lays out and draws every page; the number of pages, or 0 when the device could not
    /// be painted on.
    int print();

    /// Body text size in points of everything the app prints.
    static constexpr qreal kBodyPointSize = 10.0;
    static constexpr qreal kFooterPointSize = 9.0;

private:
    /// Keeps each heading on the page of the text under it, and short paragraphs whole.
    void keepTogether();

    QTextDocument& m_document;
    QPagedPaintDevice& m_device;
    QString m_footerText;
    QString m_pageNumberFormat;
    qreal m_pageHeight = 0;
    qreal m_footerGap = 0;
    qreal m_footerHeight = 0;
};

} // namespace b12::app
