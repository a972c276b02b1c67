// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartlegend.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace b12::app {

namespace {
constexpr int kColumns = 2;
}

RiskChartLegend::RiskChartLegend(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    setObjectName(QStringLiteral("riskChartLegend"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < kColumns; ++column) {
        m_grid->setColumnStretch(column * 2 + 1, 1);
    }
}

void RiskChartLegend::setEntries(const QList<Entry>& entries) {
    m_entries = entries;
    while (m_swatches.size() < m_entries.size()) {
        const auto index = static_cast<int>(m_swatches.size());
        auto* swatch = new QLabel(this);
        swatch->setObjectName(QStringLiteral("legendSwatch%1").arg(index));
        swatch->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        auto* name = new QLabel(this);
        name->setObjectName(QStringLiteral("legendName%1").arg(index));
        name->setWordWrap(true);
        name->setTextFormat(Qt::PlainText);
        m_grid->addWidget(swatch, index / kColumns, (index % kColumns) * 2);
        m_grid->addWidget(name, index / kColumns, (index % kColumns) * 2 + 1);
        m_swatches << swatch;
        m_names << name;
    }
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const bool used = i < m_entries.size();
        m_swatches[i]->setVisible(used);
        m_names[i]->setVisible(used);
        if (used) {
            m_names[i]->setText(m_entries[i].name);
        }
    }
    updateSwatches();
}

QStringList RiskChartLegend::names() const {
    QStringList out;
    for (const Entry& entry : m_entries) {
        out << entry.name;
    }
    return out;
}

void RiskChartLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateSwatches();
    }
}

void RiskChartLegend::updateSwatches() {
    // A square as tall as a line of text, so it grows with the zoom.
    const int side = fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(m_entries[i].colour);
        painter.drawRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0));
        painter.end();
        m_swatches[i]->setPixmap(pixmap);
    }
}

} // namespace b12::app
