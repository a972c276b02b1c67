// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace b12::app {

/// Whenever `from` is given the keyboard focus (a page shown, a panel that alerts), the
/// focus goes on to the widget `to` names at that moment. Unlike QWidget::setFocusProxy()
/// it leaves the Tab chain alone: with Qt 6.4 a Tab from the last control inside a widget
/// that has a focus proxy lands on that proxy again, so Tab never left the page.
void forwardFocus(QWidget* from, std::function<QWidget*()> to);

} // namespace b12::app
