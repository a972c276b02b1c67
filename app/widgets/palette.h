// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace b12::app {

/// True when the palette is a dark one (light text on a dark window). Qt 6.4 has no
/// colour-scheme API, so the window colour's lightness tells: below the middle is dark.
/// Use it where a colour cannot come from a palette role (chart series, drawn images).
/// Inline, so that the chart library, which the app library links, shares it.
inline bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

} // namespace b12::app
