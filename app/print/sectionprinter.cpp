// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/print/sectionprinter.h"

#include "app/data/papersize.h"
#include "app/print/documentprinter.h"
#include "app/print/printpreview.h"

#include <QTextDocument>

namespace b12::app {

SectionPrinter::SectionPrinter(core::Section section)
    : m_section(std::move(section)) {}

int SectionPrinter::print(QPagedPaintDevice& device) const {
    QTextDocument document;
    document.setDefaultFont(DocumentPrinter::paperFont());
    document.setHtml(QString::fromStdString(m_section.html));
    DocumentPrinter printer(document);
    //: The footer of a printed article section; %1 is the section's title.
    printer.setFooterText(tr("B12 Guide · %1").arg(QString::fromStdString(m_section.title)));
    return printer.print(device);
}

void SectionPrinter::printWithPreview(QWidget* parent, QPageSize::PageSizeId paper) const {
    showPrintPreview({QStringLiteral("sectionPrintPreview"), tr("Print Section"),
                      QString::fromStdString(m_section.title), paper,
                      [this](QPagedPaintDevice& device) { print(device); }},
                     parent);
}

} // namespace b12::app
