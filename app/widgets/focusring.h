// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFocusFrame>

namespace b12::app {

/// A ring, three pixels wide in the palette's highlight colour, around whichever widget of
/// `window` has the keyboard focus: buttons, fields, lists, the article text and the chart
/// alike. The styles' own focus marks are a faint shade or a one-pixel line; many readers
/// of this app see poorly. It follows the widget as it moves, scrolls and resizes
/// (QFocusFrame), and takes no mouse clicks and no focus.
class FocusRing : public QFocusFrame {
    Q_OBJECT
public:
    /// Installs the ring in `window`; it lives as long as the window.
    static FocusRing* install(QWidget* window);

    /// The width of the ring in pixels.
    static constexpr int kWidth = 3;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    explicit FocusRing(QWidget* window);
    void follow(QWidget* focused);

    QWidget* m_window = nullptr;
};

} // namespace b12::app
