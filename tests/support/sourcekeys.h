// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the entries of an article's "Sources" section and their citation keys.
//
// Every entry of the Sources section is one top-level list item that starts with its key
// and a full stop ("- NICE NG239, 2024. National Institute …") and has a link. The text
// cites a source by its key in brackets: "(NICE NG239, 2024)". Each language has its own
// keys ("BMJ 2024 summary", "BMJ 2024, Zusammenfassung"); the lists are translations of
// each other, entry by entry, and an entry keeps its link in every language, so the link
// pairs a key with its translation. questionnaire.json names sources by their English key.

#include "core/article/article.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace b12::testing {

struct SourceEntry {
    std::string key;  ///< What the text writes in brackets, e.g. "NICE NG239, 2024".
    std::string text; ///< The whole entry, key included.
    std::string url;  ///< Its link.
};

/// The key of one entry: its text up to the first full stop followed by a space.
inline std::string sourceKey(const std::string& entryText) {
    const auto dot = entryText.find(". ");
    return dot == std::string::npos ? std::string{} : entryText.substr(0, dot);
}

/// The text of a piece of md4c's HTML: tags left out, its four escapes undone.
inline std::string htmlText(std::string_view html) {
    std::string text;
    bool inTag = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (inTag || html[i] == '<') {
            inTag = html[i] != '>';
            continue;
        }
        bool unescaped = false;
        for (const auto& [escape, c] :
             {std::pair{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}}) {
            if (!unescaped && html.substr(i).starts_with(escape)) {
                text += c;
                i += std::string_view(escape).size() - 1;
                unescaped = true;
            }
        }
        if (!unescaped) {
            text += html[i];
        }
    }
    return text;
}

/// The entries of the article's Sources section as the reader shows them: each top-level
/// item of the section's HTML lists with the target of its first link. An item without a
/// link is left out.
inline std::vector<SourceEntry> sourceEntries(const core::Article& article) {
    std::vector<SourceEntry> entries;
    const core::Section* section = article.find(core::kSourcesSectionId);
    if (section == nullptr) {
        return entries;
    }
    const std::string_view html = section->html;
    int depth = 0;             // of lists
    std::size_t itemStart = 0; // of the top-level item being read
    for (std::size_t tag = html.find('<'); tag != std::string_view::npos;
         tag = html.find('<', tag + 1)) {
        const std::string_view rest = html.substr(tag);
        if (rest.starts_with("<ul") || rest.starts_with("<ol")) {
            ++depth;
        } else if (rest.starts_with("</ul>") || rest.starts_with("</ol>")) {
            --depth;
        } else if (depth == 1 && rest.starts_with("<li>")) {
            itemStart = tag + 4;
        } else if (depth == 1 && rest.starts_with("</li>")) {
            const std::string_view item = html.substr(itemStart, tag - itemStart);
            const std::size_t href = item.find("<a href=\"");
            if (href != std::string_view::npos) {
                const std::size_t from = href + 9;
                const std::string url = htmlText(item.substr(from, item.find('"', from) - from));
                std::string text = htmlText(item);
                while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
                    text.pop_back();
                }
                entries.push_back({sourceKey(text), text, url});
            }
        }
    }
    return entries;
}

inline const SourceEntry* findSource(const std::vector<SourceEntry>& entries,
                                     const std::string& key) {
    for (const SourceEntry& entry : entries) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

/// The key that `translated` uses for the source `reference` calls `referenceKey`: the key
/// of the entry with the same link. Nothing when the reference has no such key or the
/// translation no entry with its link.
inline std::optional<std::string> translatedSourceKey(const core::Article& reference,
                                                      const core::Article& translated,
                                                      const std::string& referenceKey) {
    const auto entries = sourceEntries(reference); // kept: findSource() points into it
    const SourceEntry* original = findSource(entries, referenceKey);
    if (original == nullptr) {
        return std::nullopt;
    }
    for (const SourceEntry& entry : sourceEntries(translated)) {
        if (entry.url == original->url) {
            return entry.key;
        }
    }
    return std::nullopt;
}

} // namespace b12::testing
