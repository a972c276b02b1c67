// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/summary/visitsummary.h"

#include <string>
#include <string_view>

namespace b12::core {

/// The name of the image the summary HTML places where the risk chart goes. The app draws
/// the chart there (as vector graphics); nothing is loaded from anywhere.
inline constexpr std::string_view kSummaryChartImage = "b12guide-chart:risk-by-age";
/// The same for the diary's trend chart.
inline constexpr std::string_view kSummaryDiaryChartImage = "b12guide-chart:diary-trend";

/// The summary as one HTML document in the subset of HTML and CSS that Qt's rich text
/// understands: no colours (the screen's palette or black on paper), sizes relative to the
/// default font, headings as h1–h3 so that a printer can keep each with its text.
/// Everything is escaped, above all what the person typed: a note "<b>x</b>" prints as
/// those characters.
[[nodiscard]] std::string renderSummaryHtml(const VisitSummary& summary);

/// Escapes `text` and keeps its line breaks (as <br>).
[[nodiscard]] std::string typedTextToHtml(std::string_view text);

} // namespace b12::core
