// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/palette.h"

#include <QPalette>

#include <gtest/gtest.h>

using namespace b12::app;

namespace {
QPalette withWindow(const QColor& window, const QColor& text) {
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}
} // namespace

TEST(Palette, DarkWindowIsDark) {
    EXPECT_TRUE(isDarkPalette(withWindow(QColor(0x2b, 0x2b, 0x2b), Qt::white)));
    EXPECT_TRUE(isDarkPalette(withWindow(QColor(0x1e, 0x22, 0x2a), QColor(0xdd, 0xdd, 0xdd))));
}

TEST(Palette, LightWindowIsNotDark) {
    EXPECT_FALSE(isDarkPalette(withWindow(QColor(0xef, 0xef, 0xef), Qt::black)));
    EXPECT_FALSE(isDarkPalette(withWindow(Qt::white, Qt::black)));
}

TEST(Palette, HighContrastPalettesAreToldApart) {
    EXPECT_TRUE(isDarkPalette(withWindow(Qt::black, Qt::yellow)));
    EXPECT_FALSE(isDarkPalette(withWindow(Qt::white, Qt::black)));
}
