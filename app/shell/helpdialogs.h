// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dialogs of the Help menu: the medical disclaimer and About B12 Guide.

#include <QString>

class QSettings;
class QWidget;

namespace b12::app {

/// The medical disclaimer in plain words, as rich text.
QString disclaimerText();

/// Shows the disclaimer (always, from the Help menu).
void showDisclaimer(QWidget* parent);

/// Shows the disclaimer once, on the first start, and remembers that it was seen.
void showDisclaimerOnFirstStart(QWidget* parent, QSettings& settings);

/// The About box: version, licence and where the content comes from.
void showAbout(QWidget* parent);

} // namespace b12::app
