// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/textscaledstyle.h"

#include <QPainter>
#include <QPen>
#include <QStyleOption>

#include <QApplication>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>

namespace b12::app {

TextScaledStyle::TextScaledStyle(QObject* parent)
    : QProxyStyle(QStyleFactory::create(QApplication::style()->name())) {
    setParent(parent);
}

int TextScaledStyle::pixelMetric(PixelMetric metric, const QStyleOption* option,
                                 const QWidget* widget) const {
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
        if (widget != nullptr) {
            // About the height of a capital letter and a half: in proportion to the text.
            return std::max(base, widget->fontMetrics().ascent());
        }
        return base;
    default:
        return base;
    }
}

void TextScaledStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox) {
        return;
    }
    const bool enabled = (option->state & State_Enabled) != 0;
    QPen pen(
        option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    pen.setWidthF(std::max(1.5, option->rect.height() / 12.0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = pen.widthF() / 2.0 + 0.5;
    const QRectF box = QRectF(option->rect).adjusted(inset, inset, -inset, -inset);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(box);
    } else {
        painter->drawRect(box);
    }
    painter->restore();
}

} // namespace b12::app
