// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace b12::app {

/// The palette of View > High Contrast: white text on black, yellow for the selection, the
/// focus and links, at every text size. Every pair of text and its background reaches far
/// above the 4.5:1 of WCAG AA (white on black 21:1, black on yellow 19.6:1).
[[nodiscard]] QPalette highContrastPalette();

/// The contrast ratio of two colours as WCAG 2 defines it, from 1:1 to 21:1.
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);

} // namespace b12::app
