// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace b12::app {

/// The application id: the name of the desktop file, the AppStream metainfo and the icon.
QString appId();

/// The icon the desktop's theme has under appId() (an installed app), else the embedded one:
/// the SVG, sharp at any scale, plus PNGs for systems without Qt's SVG icon engine.
QIcon appIcon();

} // namespace b12::app
