// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace b12::core {

/// What core needs of a Markdown document, parsed once by md4c.
struct RenderedMarkdown {
    std::string firstHeading; ///< Text of the document's first heading when it is a level-1
                              ///< heading and the first block; empty otherwise.
    std::string html;         ///< The document as HTML; raw HTML in the source is escaped.
    std::string plainText;    ///< Text only, one block a line, for search and snippets.
};

/// Parses CommonMark (with tables and strikethrough). Raw HTML in the input is never passed
/// through: it is shown as text.
RenderedMarkdown renderMarkdown(std::string_view markdown);

} // namespace b12::core
