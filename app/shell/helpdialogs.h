// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dialogs of the Help menu: the medical disclaimer and About B12 Guide.

#include <QString>

class QSettings;
class QMenu;
class QWidget;
template <typename T> class QList;

namespace b12::app {

/// The medical disclaimer in plain words, as rich text.
QString disclaimerText();

/// Shows the disclaimer (always, from the Help menu).
void showDisclaimer(QWidget* parent);

/// Shows the disclaimer once, on the first start, and remembers that it was seen.
void showDisclaimerOnFirstStart(QWidget* parent, QSettings& settings);

/// The About box: version, licence and where the content comes from.
void showAbout(QWidget* parent);

/// Every keyboard shortcut of the window's menus, read from the actions themselves (so the
/// list is always true), and the keys that move around any page.
void showKeyboardShortcuts(QWidget* parent, const QList<QMenu*>& menus);

} // namespace b12::app
