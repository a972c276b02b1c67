// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/charttextobject.h"

#include "app/chart/riskchartpainter.h"
#include "core/summary/summaryhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>

#include <algorithm>
#include <utility>

namespace b12::app {

namespace {

// At most this wide (the text width of A4 with 18 mm margins is 174 mm); as tall as its
// rows of bars need at that width.
constexpr qreal kMaxWidthMillimetres = 150.0;
constexpr qreal kMillimetresPerInch = 25.4;
constexpr qreal kPointsPerInch = 72.0;

} // namespace

void replaceImagesByObject(QTextDocument& document, std::string_view name, int objectType) {
    const QString image = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == image) {
                positions << it.fragment().position();
            }
        }
    }
    for (const int position : positions) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(objectType);
        cursor.setCharFormat(object);
    }
}

qreal chartWidth(const QTextDocument& document, qreal maxMillimetres) {
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    const qreal dpi = device != nullptr ? device->logicalDpiX() : 96.0;
    qreal width =
        document.pageSize().width() > 0 ? document.pageSize().width() : document.textWidth();
    width -= 2 * document.documentMargin() + 1;
    return std::clamp(width, 1.0, std::max(1.0, maxMillimetres / kMillimetresPerInch * dpi));
}

ChartTextObject::ChartTextObject(core::RiskTable table, std::optional<std::string> bandId,
                                 QString language, std::optional<QPalette> palette, QObject* parent)
    : QObject(parent)
    , m_table(std::move(table))
    , m_bandId(std::move(bandId))
    , m_language(std::move(language))
    , m_palette(std::move(palette)) {}

void ChartTextObject::install(QTextDocument& document, core::RiskTable table,
                              std::optional<std::string> bandId, const QString& language,
                              std::optional<QPalette> palette) {
    auto* object = new ChartTextObject(std::move(table), std::move(bandId), language,
                                       std::move(palette), &document);
    document.documentLayout()->registerHandler(kObjectType, object);

    replaceImagesByObject(document, core::kSummaryChartImage, kObjectType);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* document, int /*position*/,
                                      const QTextFormat& /*format*/) {
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    const qreal dpi = device != nullptr ? device->logicalDpiX() : 96.0;
    const qreal width = chartWidth(*document, kMaxWidthMillimetres);
    return {width, width * riskChartHeightForWidth(m_table, width / dpi * kPointsPerInch)};
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* /*document*/,
                                 int /*position*/, const QTextFormat& /*format*/) {
    paintRiskChart(*painter, rect, m_table, m_bandId, m_language,
                   m_palette ? &*m_palette : nullptr);
}

} // namespace b12::app
