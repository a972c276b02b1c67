// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor that B12 Guide's start-up is measured against: the least a Qt Widgets program
// does to show a window with some text. It quits after its first paint the same way
// `b12guide --quit-after-first-paint` does, and its window has the main window's size.
#include "app/shell/firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Minimal Qt window"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Vitamin B12 and leg pain"), &window));
    window.resize(1100, 760);
    b12::app::quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
