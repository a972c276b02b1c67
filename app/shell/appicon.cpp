// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/appicon.h"

namespace b12::app {

QString appId() {
    return QStringLiteral("io.github.b12guide.b12guide");
}

QIcon appIcon() {
    // Not QIcon::fromTheme(): looking the id up loads and parses the whole icon theme, a
    // sixth of the work of a start, to find the same picture the package installs. And the
    // PNGs are decoded as soon as they are added, so they are added only where Qt cannot
    // draw the SVG (docs/performance.md).
    const QString base = QStringLiteral(":/icons/") + appId();
    QIcon icon(base + QStringLiteral(".svg"));
    if (icon.isNull()) {
        for (const int size : {48, 128, 256}) {
            icon.addFile(base + QStringLiteral("-%1.png").arg(size), QSize(size, size));
        }
    }
    return icon;
}

} // namespace b12::app
