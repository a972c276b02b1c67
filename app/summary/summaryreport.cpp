// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/summary/summaryreport.h"

#include "app/chart/charttextobject.h"
#include "app/data/papersize.h"
#include "app/diary/diarytrenddrawing.h"
#include "app/print/documentprinter.h"
#include "app/print/pdffile.h"
#include "app/print/sectionprinter.h"
#include "app/summary/diarychartobject.h"
#include "core/summary/summaryhtml.h"

#include <QBuffer>
#include <QFile>
#include <QPalette>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace b12::app {

QString formatCreatedAt(const QDateTime& when, const QLocale& locale) {
    return formatLongDate(when.date(), locale) + QStringLiteral(", ") +
           locale.toString(when.time(), QLocale::ShortFormat);
}

SummaryReport::SummaryReport(const SummaryRequest& request, const core::SummaryTexts& texts,
                             const core::RiskTable* riskTable)
    : m_createdAt(formatCreatedAt(request.createdAt, request.locale))
    , m_locale(request.locale) {
    if (riskTable != nullptr) {
        m_riskTable = *riskTable;
    }
    static const core::Questionnaire kNoQuestionnaire;
    const core::Questionnaire& questionnaire =
        request.questionnaire != nullptr ? *request.questionnaire : kNoQuestionnaire;
    core::SummaryInput input{
        static_cast<const core::SummaryChoices&>(request),
        m_createdAt.toStdString(),
        B12_VERSION,
        formatReviewDate(questionnaire.reviewed, request.locale).toStdString(),
        formatReviewDate(texts.reviewed, request.locale).toStdString(),
        riskTable != nullptr ? formatReviewDate(riskTable->reviewed, request.locale).toStdString()
                             : std::string{}};
    input.parts.chart = request.parts.chart && riskTable != nullptr;
    input.diary = request.diary ? &*request.diary : nullptr;
    const core::RiskTable noTable;
    const std::string language = request.language.toStdString();
    m_summary = core::buildVisitSummary(
        questionnaire, request.answers, core::assess(questionnaire, request.answers),
        riskTable != nullptr ? *riskTable : noTable, texts, language, input);
    m_html = QString::fromStdString(core::renderSummaryHtml(m_summary));
}

QString SummaryReport::footerText() const {
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(m_summary.labels.title),
                                         m_createdAt);
}

void SummaryReport::fill(QTextDocument& document, const std::optional<QPalette>& palette) const {
    // One edit: Qt lays the document out once, with the charts in place.
    QTextCursor edit(&document);
    edit.beginEditBlock();
    document.setHtml(m_html);
    if (m_summary.parts.chart && m_riskTable) {
        ChartTextObject::install(document, *m_riskTable, m_summary.chartBand,
                                 QString::fromStdString(m_summary.language), palette);
    }
    if (m_summary.diary) {
        DiaryChartObject::install(
            document, std::make_unique<DiaryTrendDrawing>(m_summary.diary->summary, m_locale),
            palette);
    }
    edit.endEditBlock();
}

void SummaryReport::fillDocument(QTextDocument& document, const QPalette& palette) const {
    fill(document, palette);
}

int SummaryReport::print(QPagedPaintDevice& device) const {
    QTextDocument document;
    DocumentPrinter printer(document, device);
    fill(document, std::nullopt);
    printer.setFooterText(footerText());
    printer.setPageNumberFormat(QString::fromStdString(
        core::fillPlaceholders(m_summary.labels.pageOf, {{"page", "%1"}, {"pages", "%2"}})));
    return printer.print();
}

int SummaryReport::pageCount(QPageSize::PageSizeId paper) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(printPageLayout(paper));
    QTextDocument document;
    DocumentPrinter printer(document, writer);
    fill(document, std::nullopt);
    return printer.layOut();
}

bool SummaryReport::writePdf(const QString& path, QPageSize::PageSizeId paper,
                             QString* error) const {
    return writePdfFile(
        path, printPageLayout(paper), QString::fromStdString(m_summary.labels.title),
        [this](QPdfWriter& writer) { return print(writer) > 0; }, error);
}

} // namespace b12::app
