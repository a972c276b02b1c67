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

#include <optional>
#include <string>
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

inline std::vector<SourceEntry> sourceEntries(const core::Article& article) {
    std::vector<SourceEntry> entries;
    for (const core::Source& source : article.sources) {
        entries.push_back({sourceKey(source.text), source.text, source.url});
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
    const SourceEntry* original = findSource(sourceEntries(reference), referenceKey);
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
