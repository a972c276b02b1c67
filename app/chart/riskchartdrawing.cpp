// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartdrawing.h"

#include "app/chart/risktext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace b12::app {

namespace {

// Heights in lines of text, so that the chart grows with the font.
constexpr qreal kTopLine = 1.1;    // "Your age group" over its column
constexpr qreal kPanelTitle = 1.5; // what a panel counts
constexpr qreal kNameLine = 1.15;  // a series' name
constexpr qreal kLabelRoom = 1.6;  // a bar's value (and the arrow of "or more") above it
constexpr qreal kBarRoom = 2.2;    // the bars themselves
constexpr qreal kRowGap = 0.35;
constexpr qreal kBandLabels = 2.3; // age groups, on two lines where one is too narrow
constexpr qreal kAxisTitle = 1.3;
constexpr qreal kBarInset = 0.12; // of a column's width, each side of a bar

constexpr qreal rowHeight() {
    return kNameLine + kLabelRoom + kBarRoom + kRowGap;
}

// Paul Tol's "vibrant" and "muted" schemes: one list for a light, one for a dark background.
constexpr std::array<QRgb, 6> kLightColours{0x0077BB, 0xCC3311, 0x009988,
                                            0xAA3377, 0xEE7733, 0x332288};
constexpr std::array<QRgb, 6> kDarkColours{0x33BBEE, 0xEE7733, 0x44DDBB,
                                           0xEE3377, 0xDDCC77, 0xAA99FF};

constexpr std::array<core::Measure, 2> kMeasures{core::Measure::Deficient, core::Measure::Marginal};

std::size_t seriesCount(const core::RiskTable& table, core::Measure measure) {
    return static_cast<std::size_t>(
        std::count_if(table.series.begin(), table.series.end(),
                      [measure](const core::RiskSeries& s) { return s.measure == measure; }));
}

// A round gridline at or just under the highest figure: 10 for 10, 20 for 20.7, 5 for 6.
qreal niceTick(qreal highest) {
    if (highest <= 0) {
        return 1;
    }
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(highest)));
    qreal tick = magnitude;
    for (const qreal step : {2.0, 5.0, 10.0}) {
        if (step * magnitude <= highest) {
            tick = step * magnitude;
        }
    }
    return tick;
}

QColor withAlpha(QColor colour, qreal alpha) {
    colour.setAlphaF(static_cast<float>(alpha));
    return colour;
}

QFont boldFont(QFont font) {
    font.setBold(true);
    return font;
}

} // namespace

RiskChartDrawing::RiskChartDrawing(const core::RiskTable& table, QString language)
    : m_table(table)
    , m_language(std::move(language)) {}

QList<QColor> RiskChartDrawing::seriesColours(std::size_t count, bool dark) {
    const auto& colours = dark ? kDarkColours : kLightColours;
    QList<QColor> out;
    for (std::size_t i = 0; i < count; ++i) {
        out << QColor(colours[i % colours.size()]);
    }
    return out;
}

qreal RiskChartDrawing::preferredHeight(const core::RiskTable& table, const QFont& font) {
    qreal lines = kTopLine + kBandLabels + kAxisTitle;
    for (const core::Measure measure : kMeasures) {
        const std::size_t rows = seriesCount(table, measure);
        if (rows > 0) {
            lines += kPanelTitle + static_cast<qreal>(rows) * rowHeight();
        }
    }
    return std::ceil(lines * QFontMetricsF(font).lineSpacing());
}

void RiskChartDrawing::layOut(const QRectF& area, const QFont& font) {
    m_area = area;
    m_font = font;
    const QFontMetricsF metrics(font);
    m_line = metrics.lineSpacing();
    m_panels.clear();
    m_figures.clear();

    qreal widestTick = 0;
    qreal y = area.top() + kTopLine * m_line;
    for (const core::Measure measure : kMeasures) {
        Panel panel;
        panel.measure = measure;
        qreal highest = 0;
        for (const core::RiskSeries& series : m_table.series) {
            for (const core::RiskValue& value : series.values) {
                if (series.measure == measure) {
                    highest = std::max(highest, value.percent);
                }
            }
        }
        panel.tick = niceTick(highest);
        widestTick = std::max(widestTick, metrics.horizontalAdvance(QLocale().toString(
                                              static_cast<int>(std::lround(panel.tick)))));
        const qreal scale = std::max(highest, panel.tick) * 1.12;
        panel.title = QRectF(area.left(), y, area.width(), kPanelTitle * m_line);
        y += panel.title.height();
        for (std::size_t s = 0; s < m_table.series.size(); ++s) {
            if (m_table.series[s].measure != measure) {
                continue;
            }
            Row row;
            row.series = s;
            row.scale = scale;
            row.name = QRectF(area.left(), y, area.width(), kNameLine * m_line);
            row.plot = QRectF(area.left(), row.name.bottom(), area.width(),
                              (kLabelRoom + kBarRoom) * m_line);
            y = row.plot.bottom() + kRowGap * m_line;
            panel.rows.push_back(row);
            for (std::size_t v = 0; v < m_table.series[s].values.size(); ++v) {
                if (m_table.bandsCovered(m_table.series[s].values[v].ages)) {
                    m_figures.push_back({s, v});
                }
            }
        }
        if (!panel.rows.empty()) {
            m_panels.push_back(std::move(panel));
        }
    }
    m_tickRoom = widestTick + m_line * 0.5;
    const qreal top = m_panels.empty() ? y : m_panels.front().title.bottom();
    m_columns = QRectF(QPointF(area.left() + m_tickRoom, top),
                       QPointF(area.right() - m_line * 0.3, y - kRowGap * m_line));
    for (Panel& panel : m_panels) {
        for (Row& row : panel.rows) {
            row.plot.setLeft(m_columns.left());
            row.plot.setRight(m_columns.right());
            row.name.setLeft(m_columns.left());
        }
    }
    m_bandLabels = QRectF(m_columns.left(), m_columns.bottom() + m_line * 0.2, m_columns.width(),
                          kBandLabels * m_line);
    m_axisTitle =
        QRectF(m_columns.left(), m_bandLabels.bottom(), m_columns.width(), kAxisTitle * m_line);
}

qreal RiskChartDrawing::columnLeft(std::size_t band) const {
    const auto count = static_cast<qreal>(std::max<std::size_t>(1, m_table.bands.size()));
    return m_columns.left() + m_columns.width() * static_cast<qreal>(band) / count;
}

QRectF RiskChartDrawing::bandColumn(std::size_t band) const {
    return {QPointF(columnLeft(band), m_area.top()),
            QPointF(columnLeft(band + 1), m_columns.bottom())};
}

const RiskChartDrawing::Row* RiskChartDrawing::rowOf(std::size_t series) const {
    for (const Panel& panel : m_panels) {
        for (const Row& row : panel.rows) {
            if (row.series == series) {
                return &row;
            }
        }
    }
    return nullptr;
}

QRectF RiskChartDrawing::barRect(const ChartFigure& figure) const {
    const Row* row = rowOf(figure.series);
    if (row == nullptr || figure.value >= m_table.series[figure.series].values.size()) {
        return {};
    }
    const core::RiskValue& value = m_table.series[figure.series].values[figure.value];
    const std::optional<core::BandSpan> span = m_table.bandsCovered(value.ages);
    if (!span) {
        return {};
    }
    const qreal inset = (columnLeft(1) - columnLeft(0)) * kBarInset;
    const qreal height = value.percent / row->scale * kBarRoom * m_line;
    return {QPointF(columnLeft(span->first) + inset, row->plot.bottom() - height),
            QPointF(columnLeft(span->last + 1) - inset, row->plot.bottom())};
}

std::optional<ChartFigure> RiskChartDrawing::figureAt(const QPointF& point) const {
    for (const ChartFigure& figure : m_figures) {
        QRectF target = barRect(figure);
        const Row* row = rowOf(figure.series);
        target.setTop(row->plot.top()); // the label above a low bar counts as the bar
        if (target.contains(point)) {
            return figure;
        }
    }
    return std::nullopt;
}

QString RiskChartDrawing::panelTitle(core::Measure measure) const {
    return measure == core::Measure::Deficient
               ? tr("People with B12 below the cut-off (%)")
               : tr("People with B12 in the “marginal” range just above it (%)");
}

QStringList RiskChartDrawing::texts() const {
    const RiskText words(m_table, m_language);
    QStringList out;
    for (const Panel& panel : m_panels) {
        out << panelTitle(panel.measure);
        for (const Row& row : panel.rows) {
            const core::RiskSeries& series = m_table.series[row.series];
            out << words.seriesName(series);
            for (const core::RiskValue& value : series.values) {
                out << words.barLabel(value);
            }
        }
    }
    for (const core::AgeBand& band : m_table.bands) {
        out << words.bandLabel(band);
    }
    out << tr("Age group (years)");
    return out;
}

void RiskChartDrawing::paint(QPainter& painter, const Look& look) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = look.palette.color(QPalette::Text);
    if (look.highlightedBand && *look.highlightedBand < m_table.bands.size()) {
        const QRectF column = bandColumn(*look.highlightedBand);
        const bool dark = look.palette.color(QPalette::Base).lightness() < 128;
        painter.fillRect(column,
                         withAlpha(look.palette.color(QPalette::Highlight), dark ? 0.35 : 0.18));
        painter.setPen(text);
        painter.setFont(boldFont(m_font));
        const QRectF label(column.left() - m_line * 2, m_area.top(), column.width() + m_line * 4,
                           kTopLine * m_line);
        painter.drawText(label, Qt::AlignCenter, tr("Your age group"));
    }
    // Dotted lines between the age groups, so that a bar over several of them shows it.
    painter.setPen(QPen(withAlpha(text, 0.35), m_line * 0.05, Qt::DotLine));
    for (std::size_t band = 0; band <= m_table.bands.size(); ++band) {
        painter.drawLine(QPointF(columnLeft(band), m_columns.top()),
                         QPointF(columnLeft(band), m_columns.bottom()));
    }
    for (const Panel& panel : m_panels) {
        paintPanel(painter, panel, look);
    }
    paintAxis(painter, look);
    if (look.focus) {
        const QRectF mark =
            barRect(*look.focus)
                .adjusted(-m_line * 0.22, -m_line * 0.22, m_line * 0.22, m_line * 0.22);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(text, m_line * 0.2));
        painter.drawRect(mark);
        painter.setPen(QPen(look.palette.color(QPalette::Base), m_line * 0.07));
        painter.drawRect(
            mark.adjusted(m_line * 0.12, m_line * 0.12, -m_line * 0.12, -m_line * 0.12));
    }
    painter.restore();
}

void RiskChartDrawing::paintPanel(QPainter& painter, const Panel& panel, const Look& look) const {
    const RiskText words(m_table, m_language);
    const QColor text = look.palette.color(QPalette::Text);
    const QFontMetricsF metrics(m_font);
    painter.setFont(boldFont(m_font));
    painter.setPen(text);
    painter.drawText(
        panel.title, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(boldFont(m_font))
            .elidedText(panelTitle(panel.measure), Qt::ElideRight, panel.title.width()));
    for (const Row& row : panel.rows) {
        const core::RiskSeries& series = m_table.series[row.series];
        const QColor colour = look.colours.value(static_cast<qsizetype>(row.series), text);
        const qreal swatch = m_line * 0.6;
        const QRectF box(row.name.left(), row.name.center().y() - swatch / 2, swatch, swatch);
        painter.setPen(QPen(text, m_line * 0.05));
        painter.setBrush(colour);
        painter.drawRect(box);
        painter.setFont(m_font);
        const QRectF name = row.name.adjusted(swatch + m_line * 0.3, 0, 0, 0);
        painter.drawText(
            name, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(words.seriesName(series), Qt::ElideRight, name.width()));
        // The baseline, and one gridline at a round figure, labelled at the left.
        const qreal tickY = row.plot.bottom() - panel.tick / row.scale * kBarRoom * m_line;
        painter.setPen(QPen(withAlpha(text, 0.3), m_line * 0.05, Qt::DashLine));
        painter.drawLine(QPointF(row.plot.left(), tickY), QPointF(row.plot.right(), tickY));
        painter.setPen(QPen(withAlpha(text, 0.7), m_line * 0.06));
        painter.drawLine(row.plot.bottomLeft(), row.plot.bottomRight());
        painter.setPen(text);
        const auto tickLabel = [&](qreal y, qreal percent) {
            painter.drawText(
                QRectF(m_area.left(), y - m_line / 2, m_tickRoom - m_line * 0.3, m_line),
                Qt::AlignRight | Qt::AlignVCenter,
                QLocale().toString(static_cast<int>(std::lround(percent))));
        };
        tickLabel(tickY, panel.tick);
        tickLabel(row.plot.bottom(), 0);
        for (std::size_t v = 0; v < series.values.size(); ++v) {
            paintBar(painter, row, v, look);
        }
    }
}

void RiskChartDrawing::paintBar(QPainter& painter, const Row& row, std::size_t valueIndex,
                                const Look& look) const {
    const QRectF bar = barRect({row.series, valueIndex});
    if (bar.isNull()) {
        return;
    }
    const core::RiskValue& value = m_table.series[row.series].values[valueIndex];
    const QColor text = look.palette.color(QPalette::Text);
    painter.setPen(QPen(text, m_line * 0.05));
    painter.setBrush(look.colours.value(static_cast<qsizetype>(row.series), text));
    painter.drawRect(bar);
    // Above the bar, clear of the focus mark round it.
    qreal labelBottom = bar.top() - m_line * 0.3;
    if (value.qualifier == core::Qualifier::OrMore) {
        // "10% or more": an arrow on top of the bar says it may go higher.
        const qreal tip = bar.top() - m_line * 0.6;
        const qreal half = m_line * 0.3;
        QPainterPath arrow;
        arrow.moveTo(bar.center().x(), tip);
        arrow.lineTo(bar.center().x() - half, bar.top() - m_line * 0.05);
        arrow.lineTo(bar.center().x() + half, bar.top() - m_line * 0.05);
        arrow.closeSubpath();
        painter.drawPath(arrow);
        labelBottom = tip - m_line * 0.1;
    }
    painter.setPen(text);
    painter.setFont(m_font);
    const RiskText words(m_table, m_language);
    const QRectF label(bar.left() - m_line * 2, labelBottom - m_line, bar.width() + m_line * 4,
                       m_line);
    painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, words.barLabel(value));
}

void RiskChartDrawing::paintAxis(QPainter& painter, const Look& look) const {
    const RiskText words(m_table, m_language);
    painter.setPen(look.palette.color(QPalette::Text));
    painter.setFont(m_font);
    for (std::size_t band = 0; band < m_table.bands.size(); ++band) {
        const QRectF cell(columnLeft(band), m_bandLabels.top(),
                          columnLeft(band + 1) - columnLeft(band), m_bandLabels.height());
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         words.bandLabel(m_table.bands[band]));
    }
    painter.setFont(boldFont(m_font));
    painter.drawText(m_axisTitle, Qt::AlignCenter, tr("Age group (years)"));
}

} // namespace b12::app
