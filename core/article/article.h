// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// A content file as read by the caller: core never touches the disk.
struct ContentFile {
    std::string name;  ///< Path or resource name, e.g. "content/en/01-role-of-b12.md".
    std::string bytes; ///< The file's bytes, expected to be UTF-8 Markdown.
};

struct Section {
    std::string id;        ///< Stable across languages, from the file name.
    std::string title;     ///< Text of the file's level-1 heading.
    std::string reviewed;  ///< When the text was last checked, YYYY-MM-DD (the first line).
    std::string markdown;  ///< The file as written.
    std::string html;      ///< Rendered body, heading included.
    std::string plainText; ///< Text only, for search.
};

struct Article {
    std::vector<Section> sections; ///< In reading order.

    [[nodiscard]] const Section* find(std::string_view id) const;
    [[nodiscard]] std::optional<std::size_t> indexOf(std::string_view id) const;
};

/// The id of the section that lists the article's sources, one list item each with its link.
inline constexpr std::string_view kSourcesSectionId = "sources";

/// The section id a content file name stands for: "content/en/03-leg-pain.md" gives
/// "leg-pain". Nothing when the name does not follow the NN-id.md pattern.
std::optional<std::string> sectionIdFromFileName(std::string_view name);

/// The first line of a content file: the date its text was last reviewed, YYYY-MM-DD.
inline constexpr std::string_view kReviewedLineStart = "<!-- reviewed:";
inline constexpr std::string_view kReviewedLineEnd = "-->";

/// Parses one language's content files into an article, ordered by file name. Fails on the
/// first bad file: empty, not UTF-8, a first line that is not `<!-- reviewed: YYYY-MM-DD -->`
/// with a date of the calendar, no level-1 heading next, a file name that does not give an
/// id, or an id used twice.
Result<Article> parseArticle(std::vector<ContentFile> files);

/// A translated article and the ids of the sections that had no translation.
struct TranslatedArticle {
    Article article;
    std::vector<std::string> untranslatedSectionIds;
};

/// Parses a translation against the reference article: every section keeps the reference
/// order and id; a section the translation lacks falls back to the reference text. A
/// translated file whose id the reference does not have is an error.
Result<TranslatedArticle> parseTranslatedArticle(const Article& reference,
                                                 std::vector<ContentFile> translatedFiles);

} // namespace b12::core
