// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace b12::app {

/// The command line without the options Qt itself reads (-style Fusion, -platform xcb,
/// -reverse, -session ID from a session manager, ...), so that the app's own parser does not
/// refuse them; QApplication still sees and applies them. Only the single-dash forms are
/// Qt's: the app's own options are written with two dashes (--name is the app's).
QStringList withoutQtOptions(const QStringList& arguments);

} // namespace b12::app
