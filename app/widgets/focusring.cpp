// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/focusring.h"

#include <QApplication>
#include <QPainter>
#include <QPen>
#include <QProxyStyle>

namespace b12::app {

namespace {

// QFocusFrame sizes itself by its style's focus-frame margins: the ring goes round the
// widget, outside it, rather than over its edge.
class RingStyle : public QProxyStyle {
public:
    int pixelMetric(PixelMetric metric, const QStyleOption* option,
                    const QWidget* widget) const override {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin) {
            return FocusRing::kWidth;
        }
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};

} // namespace

FocusRing* FocusRing::install(QWidget* window) {
    return new FocusRing(window);
}

FocusRing::FocusRing(QWidget* window)
    : QFocusFrame(window)
    , m_window(window) {
    setObjectName(QStringLiteral("focusRing"));
    auto* style = new RingStyle;
    style->setParent(this);
    setStyle(style);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget* /*old*/, QWidget* now) { follow(now); });
    follow(QApplication::focusWidget());
}

void FocusRing::follow(QWidget* focused) {
    const bool inWindow = focused != nullptr && focused != m_window &&
                          focused->window() == m_window && focused != this;
    setWidget(inWindow ? focused : nullptr);
}

void FocusRing::paintEvent(QPaintEvent* /*event*/) {
    if (widget() == nullptr) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = kWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace b12::app
