// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/textscaledstyle.h"

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

} // namespace b12::app
