// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace b12::app {

/// Quits the application right after a window's first paint, to measure start-up
/// (`b12guide --quit-after-first-paint`, and the minimal Qt program it is compared with).
///
/// The window receives its paint event first, then its children, all within one
/// synchronous repaint that ends with the flush to the screen; the quit is queued behind
/// that, so it happens once the whole content has been painted.
class FirstPaintQuitter : public QObject {
    Q_OBJECT
public:
    /// Watches `window` and is owned by it.
    explicit FirstPaintQuitter(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_painted = false;
};

} // namespace b12::app
