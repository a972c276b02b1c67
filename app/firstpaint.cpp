// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/firstpaintquitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace b12::app {

FirstPaintQuitter::FirstPaintQuitter(QWidget* window)
    : QObject(window) {
    window->installEventFilter(this);
}

bool FirstPaintQuitter::eventFilter(QObject* watched, QEvent* event) {
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // A zero timer fires only after the current repaint (children and flush) is done.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace b12::app
