// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/summary/diarychartobject.h"

#include "app/chart/charttextobject.h"
#include "app/diary/diarytrenddrawing.h"
#include "core/summary/summaryhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace b12::app {

namespace {
// At most this wide, and this much of its width tall: small beside the table under it; but
// never shorter than the drawing wants for its text, which a narrow preview would squash.
constexpr qreal kMaxDiaryChartMillimetres = 150.0;
constexpr qreal kHeightOfWidth = 0.32;
constexpr qreal kFontScale = 0.85;

QFont chartFont(const QTextDocument& document) {
    QFont font = document.defaultFont();
    font.setPointSizeF(font.pointSizeF() * kFontScale);
    return font;
}
} // namespace

DiaryChartObject::DiaryChartObject(std::unique_ptr<DiaryTrendDrawing> drawing,
                                   std::optional<QPalette> palette, QObject* parent)
    : QObject(parent)
    , m_drawing(std::move(drawing))
    , m_palette(std::move(palette)) {}

DiaryChartObject::~DiaryChartObject() = default;

void DiaryChartObject::install(QTextDocument& document, std::unique_ptr<DiaryTrendDrawing> drawing,
                               std::optional<QPalette> palette) {
    auto* object = new DiaryChartObject(std::move(drawing), std::move(palette), &document);
    document.documentLayout()->registerHandler(kObjectType, object);
    replaceImagesByObject(document, core::kSummaryDiaryChartImage, kObjectType);
}

QSizeF DiaryChartObject::intrinsicSize(QTextDocument* document, int /*position*/,
                                       const QTextFormat& /*format*/) {
    const qreal width = chartWidth(*document, kMaxDiaryChartMillimetres);
    const qreal wanted = DiaryTrendDrawing::preferredHeight(
        chartFont(*document), document->documentLayout()->paintDevice());
    return {width, std::max(width * kHeightOfWidth, wanted)};
}

void DiaryChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                  int /*position*/, const QTextFormat& /*format*/) {
    QPalette palette;
    if (m_palette) {
        palette = *m_palette;
    } else {
        palette.setColor(QPalette::WindowText, Qt::black);
        palette.setColor(QPalette::Base, Qt::white);
    }
    m_drawing->paint(*painter, rect, chartFont(*document), palette);
}

} // namespace b12::app
