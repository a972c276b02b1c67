// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartview.h"

#include "app/chart/risktext.h"
#include "app/widgets/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace b12::app {

namespace {

// Series colours that stay apart for the common colour-vision deficiencies (after Paul
// Tol's "vibrant" and "muted" schemes), one list for a light and one for a dark background.
constexpr std::array<QRgb, 6> kLightColours{0x0077BB, 0xCC3311, 0x009988,
                                            0xAA3377, 0xEE7733, 0x332288};
constexpr std::array<QRgb, 6> kDarkColours{0x33BBEE, 0xEE7733, 0x44DDBB,
                                           0xEE3377, 0xDDCC77, 0xAA99FF};

// Highlight between the plot area's background (z 0) and its grid lines (z 2).
constexpr qreal kHighlightZ = 1.5;

double niceMaximum(const core::RiskTable& table) {
    double highest = 0;
    for (const core::RiskSeries& series : table.series) {
        for (const core::RiskValue& value : series.values) {
            highest = std::max(highest, value.percent);
        }
    }
    // Room above the tallest bar for the "your age group" label.
    return std::max(5.0, std::ceil(highest * 1.3 / 5.0) * 5.0);
}

} // namespace

RiskChartView::RiskChartView(const core::RiskTable& table, QString language, QWidget* parent)
    : QChartView(parent)
    , m_table(table)
    , m_language(std::move(language)) {
    setObjectName(QStringLiteral("riskChartView"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::TabFocus);

    auto* chart = new QChart; // the view takes ownership in setChart()
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);

    m_series = new QBarSeries(chart);
    m_series->setBarWidth(0.9);
    for (std::size_t s = 0; s < m_table.series.size(); ++s) {
        const core::RiskSeries& series = m_table.series[s];
        auto* set = new QBarSet(QString(), m_series);
        set->setObjectName(QString::fromStdString(series.id));
        for (const core::AgeBand& band : m_table.bands) {
            // A band the source gives no figure for gets an empty (zero-height) bar, so that
            // every series keeps its place in each group.
            const core::RiskValue* value = series.valueFor(band);
            set->append(value != nullptr ? value->percent : 0.0);
        }
        connect(set, &QBarSet::hovered, this, [this, s](bool entered, int index) {
            if (index >= 0) {
                emit barHovered(s, static_cast<std::size_t>(index), entered);
            }
        });
        m_series->append(set);
    }
    chart->addSeries(m_series);

    m_axisX = new QBarCategoryAxis(chart);
    m_axisY = new QValueAxis(chart);
    m_axisY->setRange(0, niceMaximum(m_table));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(5);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);

    // The page shows a legend of its own that wraps long source names instead of cutting
    // them short.
    chart->legend()->hide();

    m_highlightRect = new QGraphicsRectItem(chart);
    m_highlightRect->setZValue(kHighlightZ);
    m_highlightRect->setData(0, QStringLiteral("yourAgeGroup")); // found by tests
    m_highlightRect->setPen(Qt::NoPen);
    m_highlightRect->hide();
    m_highlightText = new QGraphicsTextItem(chart);
    m_highlightText->setZValue(kHighlightZ);
    QTextOption centred = m_highlightText->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    m_highlightText->document()->setDefaultTextOption(centred);
    m_highlightText->hide();

    // QChartView(parent) made a default chart; setChart() hands it back instead of deleting it.
    QChart* const placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        updateCategoryLabels();
        updateHighlight();
    });
    retranslate();
    applyTheme();
}

void RiskChartView::setHighlightedBand(std::optional<std::size_t> bandIndex) {
    if (bandIndex && *bandIndex >= m_table.bands.size()) {
        bandIndex.reset();
    }
    m_highlighted = bandIndex;
    updateHighlight();
}

void RiskChartView::setLanguage(const QString& language) {
    m_language = language;
    retranslate();
}

void RiskChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        applyTheme();
        break;
    case QEvent::FontChange:
        applyFonts();
        break;
    default:
        break;
    }
}

void RiskChartView::retranslate() {
    const RiskText words(m_table, m_language);
    m_bandLabels.clear();
    for (const core::AgeBand& band : m_table.bands) {
        m_bandLabels << words.bandLabel(band);
    }
    updateCategoryLabels();
    m_axisX->setTitleText(tr("Age group (years)"));
    m_axisY->setTitleText(tr("People with low B12 (%)"));
    const QList<QBarSet*> sets = m_series->barSets();
    for (std::size_t s = 0; s < m_table.series.size(); ++s) {
        sets.at(static_cast<qsizetype>(s))->setLabel(words.seriesName(m_table.series[s]));
    }
    m_highlightText->setPlainText(tr("Your age group"));
    updateHighlight();
}

void RiskChartView::applyTheme() {
    m_dark = isDarkPalette(palette());
    QChart* chart = this->chart();
    // setTheme() resets colours and fonts, so everything below is applied after it.
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QPalette& pal = palette();
    chart->setBackgroundBrush(pal.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);

    const auto& colours = m_dark ? kDarkColours : kLightColours;
    const QList<QBarSet*> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QColor colour(colours[static_cast<std::size_t>(i) % colours.size()]);
        sets[i]->setColor(colour);
        sets[i]->setBorderColor(colour);
    }

    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.25);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
    }

    QColor highlight = pal.color(QPalette::Highlight);
    highlight.setAlphaF(m_dark ? 0.35 : 0.18);
    m_highlightRect->setBrush(highlight);
    m_highlightText->setDefaultTextColor(text);
    applyFonts();
    emit themeChanged();
}

QList<QColor> RiskChartView::seriesColours() const {
    QList<QColor> colours;
    for (QBarSet* set : m_series->barSets()) {
        colours << set->color();
    }
    return colours;
}

void RiskChartView::applyFonts() {
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    m_axisX->setLabelsFont(base);
    m_axisY->setLabelsFont(base);
    m_axisX->setTitleFont(bold);
    m_axisY->setTitleFont(bold);
    m_highlightText->setFont(bold);
    updateCategoryLabels();
    updateHighlight();
}

void RiskChartView::updateCategoryLabels() {
    // Qt Charts cuts a label that is wider than its category short ("75 and o…"), which
    // happens at large zoom; wrap it onto more lines instead (the labels take HTML).
    const QFontMetricsF metrics(m_axisX->labelsFont());
    const qreal plotWidth = chart()->plotArea().width();
    // Qt Charts gives each category label the plot width over the number of ticks (one
    // more than the bands) less padding; stay well inside that.
    const qreal room = m_bandLabels.isEmpty() || plotWidth <= 0
                           ? 0
                           : plotWidth / static_cast<qreal>(m_bandLabels.size() + 1) * 0.85;
    QStringList categories;
    for (const QString& label : std::as_const(m_bandLabels)) {
        if (room <= 0 || metrics.horizontalAdvance(label) <= room) {
            categories << label.toHtmlEscaped();
            continue;
        }
        QStringList lines;
        for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() &&
                metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= room) {
                lines.back() += QLatin1Char(' ') + word;
            } else {
                lines << word;
            }
        }
        QStringList escaped;
        for (const QString& line : std::as_const(lines)) {
            escaped << line.toHtmlEscaped();
        }
        categories << escaped.join(QStringLiteral("<br>"));
    }
    if (categories != m_axisX->categories()) {
        m_axisX->setCategories(categories);
    }
}

void RiskChartView::updateHighlight() {
    if (!m_highlighted || m_table.bands.empty()) {
        m_highlightRect->hide();
        m_highlightText->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const qreal width = plot.width() / static_cast<qreal>(m_table.bands.size());
    const QRectF band(plot.left() + width * static_cast<qreal>(*m_highlighted), plot.top(), width,
                      plot.height());
    m_highlightRect->setRect(band);
    m_highlightText->setTextWidth(band.width());
    m_highlightText->setPos(band.topLeft());
    m_highlightRect->show();
    m_highlightText->show();
}

} // namespace b12::app
