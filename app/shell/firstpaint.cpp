// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace b12::app {

namespace {

// Watches one window until its first paint, then queues the action and goes away.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget* window, std::function<void()> action)
        : QObject(window)
        , m_action(std::move(action)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* window, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            window->removeEventFilter(this); // no second paint reaches this
            // A zero timer fires only after the current repaint (children and flush) is done.
            QTimer::singleShot(0, window, std::move(m_action));
            deleteLater();
        }
        return QObject::eventFilter(window, event);
    }

private:
    std::function<void()> m_action;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> action) {
    new FirstPaintWatcher(window, std::move(action)); // owned by the window
}

void quitAfterFirstPaint(QWidget* window) {
    afterFirstPaint(window, [] { QCoreApplication::quit(); });
}

} // namespace b12::app
