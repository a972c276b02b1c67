// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartpainter.h"

#include "app/chart/riskchartdrawing.h"

#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace b12::app {

namespace {

// The chart is laid out in points, with fonts sized in pixels: at this scale one pixel is
// one point, whatever the resolution of the paper or screen it is drawn on.
constexpr qreal kPointsPerInch = 72.0;
constexpr int kFontSize = 8;

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

QFont paperFont() {
    QFont font = QGuiApplication::font();
    font.setPixelSize(kFontSize);
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

    RiskChartDrawing drawing(table, language);
    drawing.layOut(QRectF(QPointF(0, 0), size), paperFont());
    RiskChartDrawing::Look look;
    look.palette = palette != nullptr ? *palette : paperPalette();
    look.colours = RiskChartDrawing::seriesColours(
        table.series.size(), look.palette.color(QPalette::Base).lightness() < 128);
    if (bandId) {
        look.highlightedBand = table.bandIndex(*bandId);
    }
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(deviceUnitsPerPoint, deviceUnitsPerPoint);
    drawing.paint(painter, look);
    painter.restore();
}

qreal riskChartHeightForWidth(const core::RiskTable& table, qreal widthInPoints) {
    if (widthInPoints <= 0) {
        return 0;
    }
    return RiskChartDrawing::preferredHeight(table, paperFont()) / widthInPoints;
}

} // namespace b12::app
