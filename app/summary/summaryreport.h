// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"
#include "core/summary/summarytexts.h"
#include "core/summary/visitsummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPalette;
class QTextDocument;

namespace b12::app {

/// Everything a summary is made from: the person's choices (core::SummaryChoices: what
/// they typed, the parts to print), their answers, the language, and when it is made, which
/// SummaryReport formats for core::SummaryInput.
struct SummaryRequest : core::SummaryChoices {
    const core::Questionnaire* questionnaire = nullptr;
    core::Answers answers;
    QString language = QStringLiteral("en");
    QLocale locale;      ///< Formats the date.
    QDateTime createdAt; ///< When it is made.
    /// The diary's last weeks, when its part may print (it prints when it has entries).
    std::optional<core::DiarySummary> diary;
};

/// "Monday, 12 May 2025, 14:30" in the locale's words and order.
QString formatCreatedAt(const QDateTime& when, const QLocale& locale);

/// One summary for the doctor visit, as HTML for the screen and as pages for paper or
/// PDF. The preview on screen and the printout come from the same HTML.
class SummaryReport {
    Q_DECLARE_TR_FUNCTIONS(b12::app::SummaryReport)

public:
    /// Without a risk table the chart is left out, even when the request asks for it.
    SummaryReport(const SummaryRequest& request, const core::SummaryTexts& texts,
                  const core::RiskTable* riskTable);

    [[nodiscard]] const core::VisitSummary& summary() const { return m_summary; }
    [[nodiscard]] const QString& html() const { return m_html; }
    /// The footer of every printed page: the title and when it was made.
    [[nodiscard]] QString footerText() const;

    /// Shows the summary in a document on screen, the chart in the screen's colours.
    void fillDocument(QTextDocument& document, const QPalette& palette) const;
    /// Prints on a printer or PDF writer; the number of pages, 0 when nothing could be drawn.
    int print(QPagedPaintDevice& device) const;
    /// The number of pages it prints on.
    [[nodiscard]] int pageCount(QPageSize::PageSizeId paper) const;
    /// Writes a PDF, all or nothing (see writePdfFile()). False with the reason in `error`.
    bool writePdf(const QString& path, QPageSize::PageSizeId paper, QString* error) const;

private:
    void fill(QTextDocument& document, const std::optional<QPalette>& palette) const;

    core::VisitSummary m_summary;
    QString m_html;
    QString m_createdAt;
    std::optional<core::RiskTable> m_riskTable;
    QLocale m_locale;
};

} // namespace b12::app
