// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

class QPainter;

namespace b12::app {

/// One figure of the chart: value `value` of series `series`, drawn as one bar.
struct ChartFigure {
    std::size_t series = 0;
    std::size_t value = 0;
    friend bool operator==(const ChartFigure&, const ChartFigure&) = default;
};

/// The chart of low B12 by age, laid out and drawn with a QPainter, for the screen and for
/// paper alike. Age groups run across; each source (one series: one source, one cut-off) has
/// a row of its own, named at its start, and each figure is one bar across the age groups
/// its source reported it for, labelled with its value: a figure for "over 50" is one bar
/// over four groups, and a group the source gave no figure for stays empty. The figures
/// below the deficiency cut-off and the "marginal" ones just above it are in two panels,
/// each titled with what it counts and with its own scale.
class RiskChartDrawing {
    Q_DECLARE_TR_FUNCTIONS(RiskChartDrawing)
public:
    /// `table` must outlive the drawing.
    RiskChartDrawing(const core::RiskTable& table, QString language);

    void setLanguage(const QString& language) { m_language = language; }
    /// Lays the chart out in `area` with text in `font`. Call before anything below.
    void layOut(const QRectF& area, const QFont& font);
    /// The height the chart needs with text in `font` (in the font's units).
    [[nodiscard]] static qreal preferredHeight(const core::RiskTable& table, const QFont& font);

    struct Look {
        QPalette palette;
        QList<QColor> colours; ///< One per series.
        std::optional<std::size_t> highlightedBand;
        std::optional<ChartFigure> focus; ///< Drawn with a focus mark.
    };
    void paint(QPainter& painter, const Look& look) const;

    /// Every figure, row by row, left to right: the order the keyboard moves in.
    [[nodiscard]] const std::vector<ChartFigure>& figures() const { return m_figures; }
    [[nodiscard]] QRectF barRect(const ChartFigure& figure) const;
    [[nodiscard]] std::optional<ChartFigure> figureAt(const QPointF& point) const;
    /// The whole height of one age group's column, over every row.
    [[nodiscard]] QRectF bandColumn(std::size_t band) const;
    /// The texts drawn, in drawing order (titles, names, bar labels, axis labels).
    [[nodiscard]] QStringList texts() const;

    /// Series colours that stay apart for the common colour-vision deficiencies.
    [[nodiscard]] static QList<QColor> seriesColours(std::size_t count, bool dark);

private:
    struct Row {
        std::size_t series = 0;
        QRectF name;     ///< The line with the series' name.
        QRectF plot;     ///< Where the bars stand, label room above them included.
        qreal scale = 1; ///< Percent at the top of the plot.
    };
    struct Panel {
        core::Measure measure = core::Measure::Deficient;
        QRectF title;
        std::vector<Row> rows;
        qreal tick = 10; ///< The gridline drawn (and labelled) besides 0.
    };

    void paintPanel(QPainter& painter, const Panel& panel, const Look& look) const;
    void paintBar(QPainter& painter, const Row& row, std::size_t valueIndex,
                  const Look& look) const;
    void paintAxis(QPainter& painter, const Look& look) const;
    [[nodiscard]] QString panelTitle(core::Measure measure) const;
    [[nodiscard]] qreal columnLeft(std::size_t band) const;
    [[nodiscard]] const Row* rowOf(std::size_t series) const;

    const core::RiskTable& m_table;
    QString m_language;
    QFont m_font;
    qreal m_line = 10;
    QRectF m_area;
    QRectF m_columns; ///< The age groups' columns: left to right edge, top to bottom row.
    qreal m_tickRoom = 0;
    std::vector<Panel> m_panels;
    std::vector<ChartFigure> m_figures;
    QRectF m_bandLabels;
    QRectF m_axisTitle;
};

} // namespace b12::app
