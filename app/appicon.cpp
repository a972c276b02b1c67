// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appicon.h"

namespace b12::app {

QString appId() {
    return QStringLiteral("io.github.b12guide.b12guide");
}

QIcon appIcon() {
    const QString base = QStringLiteral(":/icons/") + appId();
    QIcon embedded;
    embedded.addFile(base + QStringLiteral(".svg"));
    for (const int size : {48, 128, 256}) {
        embedded.addFile(base + QStringLiteral("-%1.png").arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(appId(), embedded);
}

} // namespace b12::app
