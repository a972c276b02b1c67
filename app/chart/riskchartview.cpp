// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartview.h"

#include "app/chart/risktext.h"
#include "app/widgets/palette.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace b12::app {

namespace {

// Room around the drawing, in lines of text.
constexpr qreal kMargin = 0.5;

std::size_t distance(const core::BandSpan& span, std::size_t band) {
    if (span.contains(band)) {
        return 0;
    }
    return band < span.first ? span.first - band : band - span.last;
}

} // namespace

RiskChartView::RiskChartView(const core::RiskTable& table, QString language, QWidget* parent)
    : QWidget(parent)
    , m_table(table)
    , m_language(std::move(language))
    , m_drawing(m_table, m_language) {
    setObjectName(QStringLiteral("riskChartView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_dark = isDarkPalette(palette());
    layOut();
    updateAccessibleName();
}

void RiskChartView::setHighlightedBand(std::optional<std::size_t> bandIndex) {
    if (bandIndex && *bandIndex >= m_table.bands.size()) {
        bandIndex.reset();
    }
    m_highlighted = bandIndex;
    update();
}

QList<QColor> RiskChartView::seriesColours() const {
    return RiskChartDrawing::seriesColours(m_table.series.size(), m_dark);
}

void RiskChartView::setLanguage(const QString& language) {
    m_language = language;
    m_drawing.setLanguage(m_language);
    layOut();
    updateAccessibleName();
}

void RiskChartView::setCurrentFigure(const std::optional<ChartFigure>& figure) {
    if (figure == m_current) {
        return;
    }
    m_current = figure;
    updateAccessibleName();
    update();
    if (m_current) {
        emit currentFigureChanged(*m_current);
    }
}

void RiskChartView::render(QImage& image) const {
    RiskChartDrawing drawing(m_table, m_language);
    const qreal margin = kMargin * QFontMetricsF(font()).lineSpacing();
    drawing.layOut(
        QRectF(QPointF(0, 0), QSizeF(image.size())).adjusted(margin, margin, -margin, -margin),
        font());
    QPainter painter(&image);
    drawing.paint(painter, look(false));
}

QSize RiskChartView::sizeHint() const {
    const int width = fontMetrics().averageCharWidth() * 80;
    return {width, heightForWidth(width)};
}

QSize RiskChartView::minimumSizeHint() const {
    const int width = fontMetrics().averageCharWidth() * 40;
    return {width, heightForWidth(width)};
}

int RiskChartView::heightForWidth(int /*width*/) const {
    const qreal margin = kMargin * QFontMetricsF(font()).lineSpacing();
    return static_cast<int>(
        std::ceil(RiskChartDrawing::preferredHeight(m_table, font()) + 2 * margin));
}

void RiskChartView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_drawing.paint(painter, look(hasFocus()));
    if (hasFocus()) {
        // The whole chart has the focus: a frame round it, the current bar a thicker one.
        QPen pen(palette().color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void RiskChartView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layOut();
}

void RiskChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        layOut();
        updateGeometry();
    } else if (event->type() == QEvent::PaletteChange) {
        m_dark = isDarkPalette(palette());
        update();
        emit themeChanged();
    }
}

void RiskChartView::layOut() {
    const qreal margin = kMargin * QFontMetricsF(font()).lineSpacing();
    m_drawing.layOut(QRectF(rect()).adjusted(margin, margin, -margin, -margin), font());
    update();
}

RiskChartDrawing::Look RiskChartView::look(bool withFocus) const {
    RiskChartDrawing::Look look;
    look.palette = palette();
    look.colours = seriesColours();
    look.highlightedBand = m_highlighted;
    if (withFocus) {
        look.focus = m_current;
    }
    return look;
}

void RiskChartView::keyPressEvent(QKeyEvent* event) {
    const std::optional<ChartFigure> next = nextFigure(event->key());
    if (!next) {
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentFigure(next);
    event->accept();
}

std::optional<ChartFigure> RiskChartView::nextFigure(int key) const {
    const std::vector<ChartFigure>& figures = m_drawing.figures();
    if (figures.empty()) {
        return std::nullopt;
    }
    if (key == Qt::Key_Home || !m_current) {
        return key == Qt::Key_End ? figures.back() : figures.front();
    }
    if (key == Qt::Key_End) {
        return figures.back();
    }
    const auto at = std::find(figures.begin(), figures.end(), *m_current);
    if (at == figures.end()) {
        return figures.front();
    }
    switch (key) {
    case Qt::Key_Left:
        return at != figures.begin() && std::prev(at)->series == at->series ? *std::prev(at) : *at;
    case Qt::Key_Right:
        return std::next(at) != figures.end() && std::next(at)->series == at->series
                   ? *std::next(at)
                   : *at;
    case Qt::Key_Up: {
        const auto before =
            std::find_if(std::make_reverse_iterator(at), figures.rend(),
                         [&](const ChartFigure& f) { return f.series != at->series; });
        return before == figures.rend() ? *at : *figureInRow(before->series, *at);
    }
    case Qt::Key_Down: {
        const auto after = std::find_if(
            at, figures.end(), [&](const ChartFigure& f) { return f.series != at->series; });
        return after == figures.end() ? *at : *figureInRow(after->series, *at);
    }
    default:
        return std::nullopt;
    }
}

// The figure of `series` nearest the age groups of `near`: the one over the same first
// age group if there is one.
std::optional<ChartFigure> RiskChartView::figureInRow(std::size_t series,
                                                      const ChartFigure& near) const {
    const core::RiskValue& from = m_table.series[near.series].values[near.value];
    const std::size_t band = m_table.bandsCovered(from.ages)->first;
    std::optional<ChartFigure> best;
    std::size_t bestDistance = 0;
    for (const ChartFigure& figure : m_drawing.figures()) {
        if (figure.series != series) {
            continue;
        }
        const auto span = m_table.bandsCovered(m_table.series[series].values[figure.value].ages);
        const std::size_t d = distance(*span, band);
        if (!best || d < bestDistance) {
            best = figure;
            bestDistance = d;
        }
    }
    return best;
}

void RiskChartView::mouseMoveEvent(QMouseEvent* event) {
    const std::optional<ChartFigure> figure = m_drawing.figureAt(event->position());
    if (figure && figure != m_hovered) {
        emit figureHovered(*figure);
    }
    m_hovered = figure;
    QWidget::mouseMoveEvent(event);
}

void RiskChartView::mousePressEvent(QMouseEvent* event) {
    if (const std::optional<ChartFigure> figure = m_drawing.figureAt(event->position())) {
        setCurrentFigure(figure);
    }
    QWidget::mousePressEvent(event);
}

void RiskChartView::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (!m_current && !m_drawing.figures().empty()) {
        setCurrentFigure(m_drawing.figures().front());
    }
    update();
}

void RiskChartView::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void RiskChartView::updateAccessibleName() {
    const RiskText words(m_table, m_language);
    setAccessibleName(
        m_current ? words.figureName(m_table.series[m_current->series],
                                     m_table.series[m_current->series].values[m_current->value])
                  : tr("Chart of low vitamin B12 by age group"));
}

} // namespace b12::app
