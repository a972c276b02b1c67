// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/calendardate.h"
#include "core/article/article.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <string>

class QDate;
class QPagedPaintDevice;
class QWidget;

namespace b12::app {

/// "Last reviewed: 2 December 2026".
[[nodiscard]] QString lastReviewedText(const std::string& isoDate, const QLocale& locale);
/// A section as the reader shows it and the printout prints it: its text, then the date it
/// was last reviewed.
[[nodiscard]] QString sectionHtml(const core::Section& section, const QLocale& locale);

/// Prints the text of one article section, its heading and body, never the window: the
/// same page layout as the summary (margins, "Page 1 of 2", black on white, headings kept
/// with their text).
class SectionPrinter {
    Q_DECLARE_TR_FUNCTIONS(b12::app::SectionPrinter)

public:
    /// `locale` writes the review date.
    explicit SectionPrinter(core::Section section, const QLocale& locale = QLocale());

    /// Prints on a printer or PDF writer; the number of pages, 0 when nothing could be drawn.
    int print(QPagedPaintDevice& device) const;
    /// Opens a print preview of the section on `paper`, from which it prints.
    void printWithPreview(QWidget* parent, QPageSize::PageSizeId paper) const;

private:
    core::Section m_section;
    QLocale m_locale;
};

} // namespace b12::app
