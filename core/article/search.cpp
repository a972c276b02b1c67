// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/search.h"

#include "core/base/text.h"

#include <algorithm>

namespace b12::core {

namespace {

constexpr std::size_t kSnippetContext = 60;

std::vector<std::string> wordsOf(std::string_view foldedQuery) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while (pos < foldedQuery.size()) {
        const auto start = foldedQuery.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) {
            break;
        }
        const auto end = std::min(foldedQuery.find_first_of(" \t\r\n", start), foldedQuery.size());
        words.emplace_back(foldedQuery.substr(start, end - start));
        pos = end;
    }
    return words;
}

std::size_t countOccurrences(std::string_view haystack, std::string_view needle) {
    std::size_t count = 0;
    for (auto pos = haystack.find(needle); pos != std::string_view::npos;
         pos = haystack.find(needle, pos + needle.size())) {
        ++count;
    }
    return count;
}

std::string collapseWhitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space) {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    return out;
}

std::string snippetAround(std::string_view text, std::size_t matchStart, std::size_t matchLength) {
    const std::size_t from =
        utf8CharStart(text, matchStart > kSnippetContext ? matchStart - kSnippetContext : 0);
    const std::size_t to = utf8CharStart(text, matchStart + matchLength + kSnippetContext);
    std::string snippet = collapseWhitespace(text.substr(from, to - from));
    if (from > 0) {
        snippet.insert(0, "…");
    }
    if (to < text.size()) {
        snippet += "…";
    }
    return snippet;
}

} // namespace

std::vector<SearchHit> searchArticle(const Article& article, std::string_view query) {
    const std::string foldedQuery = foldCase(query);
    const std::vector<std::string> words = wordsOf(foldedQuery);
    if (words.empty()) {
        return {};
    }
    const std::string phrase = [&] {
        std::string joined;
        for (const auto& w : words) {
            joined += (joined.empty() ? "" : " ") + w;
        }
        return joined;
    }();

    struct Ranked {
        SearchHit hit;
        bool phraseMatch = false;
    };
    std::vector<Ranked> ranked;
    for (std::size_t i = 0; i < article.sections.size(); ++i) {
        const Section& section = article.sections[i];
        const std::string folded = foldCase(section.plainText);
        const bool allWords = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            return folded.find(w) != std::string::npos;
        });
        if (!allWords) {
            continue;
        }
        const auto phrasePos = folded.find(phrase);
        const auto anchor = phrasePos != std::string::npos ? phrasePos : folded.find(words.front());
        const auto anchorLength =
            phrasePos != std::string::npos ? phrase.size() : words.front().size();
        std::size_t matches = 0;
        for (const auto& w : words) {
            matches += countOccurrences(folded, w);
        }
        ranked.push_back(
            {SearchHit{i, section.id, section.title,
                       snippetAround(section.plainText, anchor, anchorLength), matches},
             phrasePos != std::string::npos});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.phraseMatch != b.phraseMatch) {
            return a.phraseMatch;
        }
        return a.hit.matchCount > b.hit.matchCount;
    });
    std::vector<SearchHit> hits;
    hits.reserve(ranked.size());
    for (auto& r : ranked) {
        hits.push_back(std::move(r.hit));
    }
    return hits;
}

} // namespace b12::core
