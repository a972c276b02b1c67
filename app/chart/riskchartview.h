// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/chart/riskchartdrawing.h"
#include "core/risk/riskdata.h"

#include <QWidget>

#include <optional>

namespace b12::app {

/// The chart of low B12 by age on screen, drawn by RiskChartDrawing: one row per source,
/// one bar per figure across the age groups it was reported for, its value written on it.
/// Follows the widget's font and palette (darker colours on a dark palette) and can mark one
/// age group as the person's own.
///
/// By keyboard: Tab gives it the focus, the arrow keys move from bar to bar (Left and Right
/// along a row, Up and Down between rows), Home and End to the first and last; the current
/// bar has a thick frame and its figure is the widget's accessible name.
class RiskChartView : public QWidget {
    Q_OBJECT
public:
    /// `table` must outlive the view.
    RiskChartView(const core::RiskTable& table, QString language, QWidget* parent = nullptr);

    /// Marks a band (by index) with a background and the words "Your age group".
    void setHighlightedBand(std::optional<std::size_t> bandIndex);
    [[nodiscard]] std::optional<std::size_t> highlightedBand() const { return m_highlighted; }
    /// The colour of each series' bars, in series order.
    [[nodiscard]] QList<QColor> seriesColours() const;
    /// Shows its texts in `language`. Its page calls this when the language changes.
    void setLanguage(const QString& language);

    [[nodiscard]] std::optional<ChartFigure> currentFigure() const { return m_current; }
    void setCurrentFigure(const std::optional<ChartFigure>& figure);
    /// The drawing as laid out in the widget now (for tests and pictures).
    [[nodiscard]] const RiskChartDrawing& drawing() const { return m_drawing; }
    /// Draws the chart as it is on screen, without the focus mark, into `image`.
    void render(QImage& image) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

signals:
    /// The pointer moved onto the bar of one figure.
    void figureHovered(b12::app::ChartFigure figure);
    /// The keyboard (or a click) made another figure the current one.
    void currentFigureChanged(b12::app::ChartFigure figure);
    /// The palette turned dark or light.
    void themeChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void layOut();
    [[nodiscard]] RiskChartDrawing::Look look(bool withFocus) const;
    [[nodiscard]] std::optional<ChartFigure> nextFigure(int key) const;
    [[nodiscard]] std::optional<ChartFigure> figureInRow(std::size_t series,
                                                         const ChartFigure& near) const;
    void updateAccessibleName();

    const core::RiskTable& m_table;
    QString m_language;
    RiskChartDrawing m_drawing;
    std::optional<std::size_t> m_highlighted;
    std::optional<ChartFigure> m_current;
    std::optional<ChartFigure> m_hovered;
    bool m_dark = false;
};

} // namespace b12::app
