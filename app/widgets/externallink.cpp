// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/externallink.h"

#include <QDesktopServices>
#include <QUrl>

namespace b12::app {

bool isExternalLink(const QUrl& url) {
    const QString scheme = url.scheme();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
           scheme == QLatin1String("mailto");
}

bool openExternalLink(const QUrl& url) {
    return isExternalLink(url) && QDesktopServices::openUrl(url);
}

} // namespace b12::app
