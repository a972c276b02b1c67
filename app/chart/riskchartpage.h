// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The public face of the chart library.

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
class RiskChartView;
class RiskTableView;

/// The "Low B12 by Age" page: a chart of how common low vitamin B12 was in published studies
/// by age group, one row per source with one cut-off, each figure one bar across the age
/// groups its source reported it for; the same figures as a table, the sources listed under
/// it and the person's own age group highlighted.
///
/// Keyboard and screen-reader path: the arrow keys move over the chart's bars, and "Show as
/// table" swaps the chart for a table whose cells hold every figure. Either way the current
/// figure's value, source and cut-off are shown under "Figure details", and its short name
/// (ages, value, source) is what a screen reader reads.
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
    /// Shows a figure's details: value `index` of a series, or with `isBand` the figure
    /// (or its absence) for band `index`.
    void showDetails(std::size_t seriesIndex, std::size_t index, bool isBand);
    void openLink(const QString& link);

    core::RiskTable m_table;
    QString m_error;
    const Localization& m_localization;
    std::optional<std::string> m_ageAnswer;
    std::optional<std::size_t> m_highlighted;
    struct Shown {
        std::size_t series = 0;
        std::size_t index = 0;
        bool isBand = false;
    };
    std::optional<Shown> m_shownFigure;
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
