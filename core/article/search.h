// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// A section that contains the searched words.
struct SearchHit {
    std::size_t sectionIndex = 0;
    std::string sectionId;
    std::string sectionTitle;
    std::string snippet;        ///< Text around the first match, with "…" where cut.
    std::size_t matchCount = 0; ///< Matches of the whole query in the section's text.
};

/// Finds the sections whose title or text contains every word of `query`, ignoring case.
/// Sections where the whole query appears as typed come first, then by number of matches,
/// then in reading order. An empty or blank query finds nothing.
std::vector<SearchHit> searchArticle(const Article& article, std::string_view query);

} // namespace b12::core
