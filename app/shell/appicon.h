// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace b12::app {

/// The application id: the name of the desktop file, the AppStream metainfo and the icon.
QString appId();

/// The embedded icon: the SVG, sharp at any scale, or PNGs on systems without Qt's SVG
/// support. Launchers show the icon installed under appId() through the desktop file.
QIcon appIcon();

} // namespace b12::app
