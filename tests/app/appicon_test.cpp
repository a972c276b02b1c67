// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/appicon.h"

#include <QImage>
#include <QPixmap>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace b12::app;

namespace {

// Share of the image's pixels that are not transparent: a drawn icon, not an empty square.
double coverage(const QImage& image) {
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
    }
    return double(opaque) / (image.width() * image.height());
}

} // namespace

TEST(AppIcon, IdIsLowerCaseReverseDns) {
    // The desktop file, the metainfo and the icon are named after it; desktops match the
    // running window to its launcher by it.
    EXPECT_EQ(appId(), QStringLiteral("io.github.b12guide.b12guide"));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[a-z]+(\\.[a-z0-9]+){2,}$")).match(appId()).hasMatch());
}

TEST(AppIcon, DrawsAtEveryLauncherSize) {
    const QIcon icon = appIcon();
    ASSERT_FALSE(icon.isNull());
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size));
        ASSERT_EQ(pixmap.size(), QSize(size, size)) << size;
        const double covered = coverage(pixmap.toImage());
        EXPECT_GT(covered, 0.7) << "the rounded square fills most of the icon at " << size;
        EXPECT_LT(covered, 1.0) << "the corners are round at " << size;
    }
}

TEST(AppIcon, StaysSharpOnHighDensityScreens) {
    // At 200% a 256 px launcher icon needs 512 device pixels: only the SVG gives them.
    const QIcon icon = appIcon();
    EXPECT_EQ(icon.actualSize(QSize(512, 512)), QSize(512, 512));
    EXPECT_EQ(icon.pixmap(QSize(512, 512)).size(), QSize(512, 512));
}
