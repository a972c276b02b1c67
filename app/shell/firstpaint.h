// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace b12::app {

/// Runs `action` once, right after `window` is first painted.
///
/// The window receives its paint event first, then its children, all within one
/// synchronous repaint that ends with the flush to the screen; `action` is queued behind
/// that, so it runs once the whole content is on the screen. Work the first window does not
/// need waits here, and the person sees the window sooner. Nothing runs if the window is
/// destroyed first.
void afterFirstPaint(QWidget* window, std::function<void()> action);

/// Quits the application right after `window`'s first paint, to measure start-up
/// (`b12guide --quit-after-first-paint`, and the minimal Qt program it is compared with).
void quitAfterFirstPaint(QWidget* window);

} // namespace b12::app
