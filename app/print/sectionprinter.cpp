// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/print/sectionprinter.h"

#include "app/data/papersize.h"
#include "app/print/documentprinter.h"
#include "app/print/printpreview.h"

#include <QDate>
#include <QTextDocument>

namespace b12::app {

QString lastReviewedText(const std::string& isoDate, const QLocale& locale) {
    //: After an article section, the questionnaire's result and on the printed section;
    //: %1 is a date such as "2 December 2026".
    return SectionPrinter::tr("Last reviewed: %1").arg(formatReviewDate(isoDate, locale));
}

QString sectionHtml(const core::Section& section, const QLocale& locale) {
    // Plain text, not italic: on the first page an italic face is a third font to load
    // (docs/performance.md).
    return QString::fromStdString(section.html) +
           QStringLiteral("<p>%1</p>")
               .arg(lastReviewedText(section.reviewed, locale).toHtmlEscaped());
}

SectionPrinter::SectionPrinter(core::Section section, const QLocale& locale)
    : m_section(std::move(section))
    , m_locale(locale) {}

int SectionPrinter::print(QPagedPaintDevice& device) const {
    QTextDocument document;
    DocumentPrinter printer(document, device);
    document.setHtml(sectionHtml(m_section, m_locale));
    //: The footer of a printed article section; %1 is the section's title.
    printer.setFooterText(tr("B12 Guide · %1").arg(QString::fromStdString(m_section.title)));
    return printer.print();
}

void SectionPrinter::printWithPreview(QWidget* parent, QPageSize::PageSizeId paper) const {
    showPrintPreview({QStringLiteral("sectionPrintPreview"), tr("Print Section"),
                      QString::fromStdString(m_section.title), paper,
                      [this](QPagedPaintDevice& device) { print(device); }},
                     parent);
}

} // namespace b12::app
