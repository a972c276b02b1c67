// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/base/error.h"
#include "core/base/localizedtext.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// One word the article uses, explained in plain words (resources/data/glossary.json).
struct GlossaryTerm {
    std::string id;     ///< Stable across languages, e.g. "myelin".
    LocalizedText term; ///< As a heading shows it: "myelin", "Myelin".
    LocalizedText definition;
    LocalizedText source; ///< The key of an entry of the article's sources, per language.
    /// The forms under which the term is found in the text of each language, most specific
    /// first ("proton pump inhibitors", "proton pump inhibitor", "PPI").
    std::map<std::string, std::vector<std::string>, std::less<>> match;
};

struct Glossary {
    std::string reviewed; ///< YYYY-MM-DD.
    LocalizedText title;  ///< The glossary section's heading.
    LocalizedText intro;  ///< Its first paragraph.
    std::vector<GlossaryTerm> terms;

    [[nodiscard]] const GlossaryTerm* find(std::string_view id) const;
};

/// The id of the section the glossary becomes (just before the sources).
inline constexpr std::string_view kGlossarySectionId = "glossary";
/// Links to a term ("glossary:myelin") carry this scheme.
inline constexpr std::string_view kGlossaryLinkScheme = "glossary:";

/// Reads glossary.json: format "b12guide-glossary", version 1, a review date, and terms
/// with unique ids, each with an English term, definition, source and at least one form.
Result<Glossary> parseGlossary(std::string_view text, std::string_view fileName);

/// The glossary in `language` as a JSON list, one object a term: `id`, `term`, `definition`
/// and `source` (the key of its entry in the article's sources).
std::string glossaryToJson(const Glossary& glossary, std::string_view language);

/// The article with its glossary: in every section but the sources, the first use of each
/// term becomes a link to it ("glossary:<id>") whose title is the definition, so that it is
/// explained on hover and read out with the link; headings and links are left alone. The
/// glossary itself becomes a section of its own before the sources, each term a paragraph
/// with its source in brackets.
void addGlossary(Article& article, const Glossary& glossary, std::string_view language);

} // namespace b12::core
