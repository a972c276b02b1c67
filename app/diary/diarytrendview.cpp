// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarytrendview.h"

#include "app/diary/diarytrenddrawing.h"

#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

#include <utility>

namespace b12::app {

DiaryTrendView::DiaryTrendView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("diaryTrend"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

DiaryTrendView::~DiaryTrendView() = default;

void DiaryTrendView::setDrawing(DiaryTrendDrawing drawing) {
    m_drawing = std::make_unique<DiaryTrendDrawing>(std::move(drawing));
    update();
}

QSize DiaryTrendView::sizeHint() const {
    const int height = qRound(DiaryTrendDrawing::preferredHeight(font()));
    return {height * 2, height};
}

QSize DiaryTrendView::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 16, line * 9};
}

void DiaryTrendView::paintEvent(QPaintEvent* /*event*/) {
    QStylePainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_drawing) {
        const int margin = fontMetrics().height() / 2;
        m_drawing->paint(painter, QRectF(rect().adjusted(margin, margin, -margin, -margin)), font(),
                         palette());
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
    }
}

} // namespace b12::app
