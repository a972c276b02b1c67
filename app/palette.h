// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPalette;

namespace b12::app {

/// True when the palette is a dark one (light text on a dark window). Qt 6.4 has no
/// colour-scheme API, so the window colour's lightness tells: below the middle is dark.
/// Use it where a colour cannot come from a palette role (chart series, drawn images).
bool isDarkPalette(const QPalette& palette);

} // namespace b12::app
