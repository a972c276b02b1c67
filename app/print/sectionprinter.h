// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace b12::app {

/// Prints the text of one article section, its heading and body, never the window: the
/// same page layout as the summary (margins, "Page 1 of 2", black on white, headings kept
/// with their text).
class SectionPrinter {
    Q_DECLARE_TR_FUNCTIONS(b12::app::SectionPrinter)

public:
    explicit SectionPrinter(core::Section section);

    /// Prints on a printer or PDF writer; the number of pages, 0 when nothing could be drawn.
    int print(QPagedPaintDevice& device) const;
    /// Opens a print preview of the section on `paper`, from which it prints.
    void printWithPreview(QWidget* parent, QPageSize::PageSizeId paper) const;

private:
    core::Section m_section;
};

} // namespace b12::app
