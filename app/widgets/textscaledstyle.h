// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace b12::app {

/// The application's style, with radio button and check box indicators as large as the
/// widget's text and outlined in the text's colour: at 200% zoom the circle a person has to see and
/// hit grows with the words beside it instead of staying at its small fixed size. (A style sheet
/// could size them too, but it stops font changes from reaching the widgets, which breaks zoom.)
class TextScaledStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit TextScaledStyle(QObject* parent = nullptr);

    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    /// Radio buttons and check boxes get an outline in the text's colour: Fusion draws
    /// theirs a shade darker than the window, so on a dark or high-contrast window an
    /// unchosen answer showed no circle at all.
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace b12::app
