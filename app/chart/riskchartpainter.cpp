// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartpainter.h"

#include "app/chart/riskchartview.h"
#include "app/chart/risktext.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace b12::app {

namespace {

// The chart is laid out in points, with fonts sized in pixels: at this scale one pixel is
// one point, whatever the resolution of the paper or screen it is drawn on.
constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kFontSize = 9.0;
constexpr qreal kLegendFontSize = 8.5;
constexpr qreal kSwatch = 8.0;
constexpr qreal kGap = 4.0;

QPalette paperPalette() {
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, Qt::white);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(role, Qt::black);
    }
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    return palette;
}

QFont pixelFont(const QFont& base, qreal size) {
    QFont font = base;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(size))));
    return font;
}

} // namespace

void paintRiskChart(QPainter& painter, const QRectF& target, const core::RiskTable& table,
                    const std::optional<std::string>& bandId, const QString& language,
                    const QPalette* palette) {
    if (table.bands.empty() || target.isEmpty()) {
        return;
    }
    const qreal dpi = painter.device() != nullptr ? painter.device()->logicalDpiX() : 96.0;
    const qreal deviceUnitsPerPoint = dpi / kPointsPerInch;
    const QSizeF size(target.width() / deviceUnitsPerPoint, target.height() / deviceUnitsPerPoint);

    RiskChartView view(table, language);
    view.setPalette(palette != nullptr ? *palette : paperPalette());
    view.setFont(pixelFont(view.font(), kFontSize));
    if (bandId) {
        view.setHighlightedBand(table.bandIndex(*bandId));
    }

    // The legend under the chart: a swatch and the full name of each series, in two columns
    // when every name fits in one, else in one column (German names are longer).
    const RiskText words(table, language);
    const QFont legendFont = pixelFont(view.font(), kLegendFontSize);
    const QFontMetricsF metrics(legendFont);
    const qreal lineHeight = metrics.lineSpacing() + 1.0;
    const auto labelRoom = [&](qsizetype columns) {
        return size.width() / static_cast<qreal>(columns) - kSwatch - 3 * kGap;
    };
    const bool twoColumnsFit =
        std::all_of(table.series.begin(), table.series.end(), [&](const core::RiskSeries& series) {
            return metrics.horizontalAdvance(words.seriesName(series)) <= labelRoom(2);
        });
    const qsizetype columns = twoColumnsFit ? 2 : 1;
    const auto count = static_cast<qsizetype>(table.series.size());
    const qsizetype rows = (count + columns - 1) / columns;
    const qreal legendHeight = static_cast<qreal>(rows) * lineHeight + kGap;
    const QSizeF chartSize(size.width(), std::max(size.height() - legendHeight, size.height() / 2));

    // On paper the chart needs no frame around it: the plot uses the whole rectangle.
    QChart* chart = view.chart();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundVisible(false);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setTruncateLabels(false); // "75 and over" in full, on two lines if need be
    }
    chart->setGeometry(QRectF(QPointF(0, 0), chartSize));
    if (chart->layout() != nullptr) {
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->layout()->activate(); // plot area and highlight now, not on the next event loop
    }

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(deviceUnitsPerPoint, deviceUnitsPerPoint);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->scene()->render(&painter, QRectF(QPointF(0, 0), chartSize), chart->geometry(),
                           Qt::IgnoreAspectRatio);

    const QPalette& colours = view.palette();
    const QList<QBarSet*> sets = view.barSeries()->barSets();
    const qreal columnWidth = size.width() / static_cast<qreal>(columns);
    painter.setFont(legendFont);
    for (qsizetype i = 0; i < count && i < sets.size(); ++i) {
        const qsizetype column = i / rows;
        const qreal x = static_cast<qreal>(column) * columnWidth;
        const qreal y = chartSize.height() + kGap + static_cast<qreal>(i % rows) * lineHeight;
        const QRectF swatch(x + kGap, y + (lineHeight - kSwatch) / 2, kSwatch, kSwatch);
        painter.fillRect(swatch, sets.at(i)->color());
        painter.setPen(colours.color(QPalette::Text));
        const QRectF label(swatch.right() + kGap, y, labelRoom(columns), lineHeight);
        const QString name = words.seriesName(table.series[static_cast<std::size_t>(i)]);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(name, Qt::ElideRight, label.width()));
    }
    painter.restore();
}

} // namespace b12::app
