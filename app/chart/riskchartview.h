// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the chart library: the only header besides its .cpp that includes Qt Charts.

#include "core/risk/riskdata.h"

#include <QChartView>

#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QGraphicsRectItem;
class QGraphicsTextItem;
class QValueAxis;

namespace b12::app {

/// The bar chart of the risk data: age bands on x, percent on y, one bar set per series.
/// Follows the widget's font and palette (dark theme when the window is dark), never
/// animates, and can mark one band as the person's own.
class RiskChartView : public QChartView {
    Q_OBJECT
public:
    RiskChartView(const core::RiskTable& table, QString language, QWidget* parent = nullptr);

    [[nodiscard]] QBarSeries* barSeries() const { return m_series; }
    /// Marks a band (by index) with a background and the words "your age group".
    void setHighlightedBand(std::optional<std::size_t> bandIndex);
    [[nodiscard]] std::optional<std::size_t> highlightedBand() const { return m_highlighted; }
    /// The colour of each series' bars, in series order.
    [[nodiscard]] QList<QColor> seriesColours() const;
    /// Shows its texts in `language`. Its page calls this when the language changes (the
    /// view has no language of its own to follow: printed charts have theirs).
    void setLanguage(const QString& language);

signals:
    /// The mouse entered (or left) the bar of one series in one band.
    void barHovered(std::size_t seriesIndex, std::size_t bandIndex, bool entered);
    /// The theme or the series colours changed (the palette turned dark or light).
    void themeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyTheme();
    void applyFonts();
    void updateHighlight();
    void updateCategoryLabels();

    const core::RiskTable& m_table;
    QString m_language;
    QStringList m_bandLabels; ///< Plain text, one per band; the axis may show them wrapped.
    QBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QGraphicsRectItem* m_highlightRect = nullptr;
    QGraphicsTextItem* m_highlightText = nullptr;
    std::optional<std::size_t> m_highlighted;
    bool m_dark = false;
};

} // namespace b12::app
