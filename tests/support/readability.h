// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: how hard a section's text is to read, by the rules docs/content-authoring.md
// gives ("How plain the words are").
//
// - A sentence ends at ".", "!" or "?" before a space or the end of a block, unless the
//   word before the full stop is one letter long ("z. B.", "u. a.", initials) or a listed
//   abbreviation. Every block (heading, paragraph, list item, table cell) ends one too.
// - A word is a run of characters between spaces that holds a letter or a digit; the
//   punctuation around it is not part of it. "B12-Mangel" is one word.
// - Syllables are groups of vowels next to each other (a e i o u y, and ä ö ü in German);
//   in English a final silent "e" is not counted ("leave" 1, "table" 2); every word has at
//   least one, so a number is one syllable.
// - Citations are left out: a bracketed group that starts with a source's key.
//
// English is scored as a Flesch–Kincaid grade (0.39 × words per sentence + 11.8 ×
// syllables per word − 15.59; lower is easier), German as Amstad's reading ease (180 −
// words per sentence − 58.5 × syllables per word; higher is easier).

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace b12::testing {

enum class TextLanguage { English, German };

struct ReadingCounts {
    int sentences = 0;
    int words = 0;
    int syllables = 0;

    [[nodiscard]] double wordsPerSentence() const {
        return sentences == 0 ? 0.0 : static_cast<double>(words) / sentences;
    }
    [[nodiscard]] double syllablesPerWord() const {
        return words == 0 ? 0.0 : static_cast<double>(syllables) / words;
    }
    [[nodiscard]] double fleschKincaidGrade() const {
        return 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
    }
    [[nodiscard]] double amstadEase() const {
        return 180.0 - wordsPerSentence() - 58.5 * syllablesPerWord();
    }
};

namespace readability_detail {

/// The vowel a UTF-8 character at `i` stands for, or 0; `length` is set to its byte count.
inline char vowelAt(std::string_view word, std::size_t i, TextLanguage language,
                    std::size_t& length) {
    length = 1;
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xC3 && i + 1 < word.size()) {
        length = 2;
        if (language == TextLanguage::German) {
            switch (static_cast<unsigned char>(word[i + 1])) {
            case 0xA4:
            case 0x84:
                return 'a'; // ä Ä
            case 0xB6:
            case 0x96:
                return 'o'; // ö Ö
            case 0xBC:
            case 0x9C:
                return 'u'; // ü Ü
            default:
                break;
            }
        }
        return 0;
    }
    if (c >= 0x80) {
        return 0;
    }
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return std::string_view("aeiouy").find(lower) == std::string_view::npos ? 0 : lower;
}

inline bool isWordCharacter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// The word with the punctuation around it taken off.
inline std::string_view trimmed(std::string_view token) {
    while (!token.empty() && !isWordCharacter(static_cast<unsigned char>(token.front()))) {
        token.remove_prefix(1);
    }
    while (!token.empty() && !isWordCharacter(static_cast<unsigned char>(token.back()))) {
        token.remove_suffix(1);
    }
    return token;
}

inline bool endsSentence(std::string_view token) {
    if (token.empty()) {
        return false;
    }
    const char last = token.back();
    if (last != '.' && last != '!' && last != '?') {
        // "…said so." followed by a closing bracket or quote
        const std::size_t keep = token.find_last_not_of(")\"”“'’");
        return keep != std::string_view::npos && keep + 1 < token.size() &&
               endsSentence(token.substr(0, keep + 1));
    }
    if (last != '.') {
        return true;
    }
    const std::string_view word = trimmed(token);
    static constexpr std::array<std::string_view, 10> kAbbreviations = {
        "e.g", "i.e", "etc", "Dr", "ca", "bzw", "vs", "Nr", "St", "approx"};
    for (std::string_view abbreviation : kAbbreviations) {
        if (word == abbreviation) {
            return false;
        }
    }
    // A full stop left alone once a citation is taken out ("… (NHS).") still ends a sentence.
    return word.empty() || word.size() > 1;
}

} // namespace readability_detail

/// The syllables of one word by the rule above.
inline int syllableCount(std::string_view word, TextLanguage language) {
    int groups = 0;
    bool inVowels = false;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t length = 1;
        const char vowel = readability_detail::vowelAt(word, i, language, length);
        if (vowel != 0 && !inVowels) {
            ++groups;
        }
        inVowels = vowel != 0;
        i += length;
    }
    if (language == TextLanguage::English && groups > 1 && word.size() >= 3) {
        // A final "e" after a consonant is silent ("leave"), except in "-ble", "-tle" … ("table").
        const auto isVowel = [&](std::size_t i) {
            std::size_t length = 1;
            return readability_detail::vowelAt(word, i, language, length) != 0;
        };
        const std::size_t last = word.size() - 1;
        const bool consonantLe = word[last - 1] == 'l' && !isVowel(last - 2);
        if ((word[last] == 'e' || word[last] == 'E') && !isVowel(last - 1) && !consonantLe) {
            --groups;
        }
    }
    return groups < 1 ? 1 : groups;
}

/// The text with every bracketed group that starts with one of `keys` left out.
inline std::string withoutCitations(std::string_view text, const std::vector<std::string>& keys) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = text.find('('); open != std::string_view::npos;
         open = text.find('(', open + 1)) {
        const std::size_t close = text.find(')', open);
        if (close == std::string_view::npos) {
            break;
        }
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        for (const std::string& key : keys) {
            if (!key.empty() && inside.starts_with(key)) {
                out.append(text.substr(from, open - from));
                from = close + 1;
                break;
            }
        }
    }
    out.append(text.substr(from));
    return out;
}

/// Counts sentences, words and syllables of plain text that holds one block a line.
inline ReadingCounts countReading(std::string_view text, TextLanguage language) {
    ReadingCounts counts;
    while (!text.empty()) {
        const std::size_t lineEnd = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, lineEnd);
        text.remove_prefix(std::min(lineEnd + 1, text.size()));
        bool openSentence = false;
        while (!line.empty()) {
            const std::size_t start = line.find_first_not_of(" \t");
            if (start == std::string_view::npos) {
                break;
            }
            line.remove_prefix(start);
            const std::size_t end = std::min(line.find_first_of(" \t"), line.size());
            const std::string_view token = line.substr(0, end);
            line.remove_prefix(end);
            const std::string_view word = readability_detail::trimmed(token);
            if (!word.empty()) {
                ++counts.words;
                counts.syllables += syllableCount(word, language);
                openSentence = true;
            }
            if (openSentence && readability_detail::endsSentence(token)) {
                ++counts.sentences;
                openSentence = false;
            }
        }
        if (openSentence) {
            ++counts.sentences;
        }
    }
    return counts;
}

} // namespace b12::testing
