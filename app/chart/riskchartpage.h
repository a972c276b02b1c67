// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The public face of the chart library. It deliberately includes no Qt Charts header, so
// that only app/chart/ depends on Qt Charts.

#include "app/data/services.h"
#include "core/risk/riskdata.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <utility>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace b12::app {

class Localization;
class RiskChartLegend;
class RiskChartView;
class RiskTableView;

/// The "Risk by Age" page: a bar chart of how common low vitamin B12 is by age group, each
/// series one sourced survey with one cut-off, with the same figures as a table, the sources
/// listed under it and the person's own age group highlighted.
///
/// Keyboard and screen-reader path: the chart itself is a picture; "Show as table" swaps it
/// for a table whose cells hold every figure (arrow keys move between them, and the current
/// cell's value, source and cut-off are shown beside it and read out as the cell's text).
class RiskChartPage : public QWidget {
    Q_OBJECT
public:
    /// Shows the shipped risk table, or the error that kept it from loading instead of a
    /// chart; the person's age group follows their saved answer.
    explicit RiskChartPage(const Services& services, QWidget* parent = nullptr);
    ~RiskChartPage() override;

    /// The person's answer to the age question (its answer id, e.g. "65-74"), or nothing
    /// when they have not answered. Highlights the matching band.
    void setAgeAnswer(const std::optional<std::string>& answerId);
    /// Marks a band (by id) as the person's own; nothing or an unknown id clears it.
    void setHighlightedBand(const std::optional<std::string>& bandId);
    [[nodiscard]] std::optional<std::string> highlightedBand() const;

    void setShowTable(bool showTable);
    [[nodiscard]] bool isShowingTable() const;

    /// The chart as a picture of this size, drawn as the page currently shows it.
    [[nodiscard]] QImage renderChart(const QSize& size) const;

    /// How links to sources are opened; the system browser unless replaced (tests do).
    void setUrlOpener(std::function<void(const QUrl&)> opener);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The language of the data texts; English stands in for a missing translation.
    [[nodiscard]] QString language() const;
    void buildError(QWidget* content, QVBoxLayout* layout);
    void buildChart(QWidget* content, QVBoxLayout* layout);
    QWidget* buildViews(QWidget* content);
    QWidget* buildSide(QWidget* content);
    void connectChart();
    void retranslate();
    void updateHighlight();
    void updateSizes();
    void updateLegend();
    void showDetails(std::size_t seriesIndex, std::size_t bandIndex);
    void openLink(const QString& link);

    core::RiskTable m_table;
    QString m_error;
    const Localization& m_localization;
    std::optional<std::string> m_ageAnswer;
    std::optional<std::size_t> m_highlighted;
    std::optional<std::pair<std::size_t, std::size_t>> m_shownFigure; ///< series, band
    std::function<void(const QUrl&)> m_openUrl;

    QScrollArea* m_scroll = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_tableToggle = nullptr;
    QLabel* m_ageStatus = nullptr;
    QBoxLayout* m_body = nullptr;
    QStackedWidget* m_views = nullptr;
    RiskChartView* m_chartView = nullptr;
    RiskChartLegend* m_legend = nullptr;
    RiskTableView* m_tableView = nullptr;
    QWidget* m_side = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_noteTitle = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_sourcesTitle = nullptr;
    QLabel* m_sources = nullptr;
};

} // namespace b12::app
