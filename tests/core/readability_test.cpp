// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How plain the shipped article is: every English section at Flesch–Kincaid grade 8 or
// below, every German section at Amstad reading ease 50 or above (docs/content-authoring.md),
// and the counting rules those figures rest on.
#include "tests/support/glossaryfile.h"
#include "tests/support/readability.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

using b12::testing::countReading;
using b12::testing::ReadingCounts;
using b12::testing::syllableCount;
using b12::testing::TextLanguage;
using b12::testing::withoutCitations;

TEST(Readability, CountsSyllablesAsVowelGroups) {
    EXPECT_EQ(syllableCount("vitamin", TextLanguage::English), 3);
    EXPECT_EQ(syllableCount("nerve", TextLanguage::English), 1);
    EXPECT_EQ(syllableCount("leave", TextLanguage::English), 1); // silent final e
    EXPECT_EQ(syllableCount("table", TextLanguage::English), 2); // but not in "-ble"
    EXPECT_EQ(syllableCount("the", TextLanguage::English), 1);   // the only vowel
    EXPECT_EQ(syllableCount("B12", TextLanguage::English), 1);   // every word has one
    EXPECT_EQ(syllableCount("homocysteine", TextLanguage::English), 4);
    EXPECT_EQ(syllableCount("Müdigkeit", TextLanguage::German), 3); // ü, i, ei
    EXPECT_EQ(syllableCount("Ärztin", TextLanguage::German), 2);
    EXPECT_EQ(syllableCount("Ärztin", TextLanguage::English), 1); // ä is no English vowel
}

TEST(Readability, EndsSentencesAtStopsAndBlocksButNotAtAbbreviations) {
    const ReadingCounts counts =
        countReading("One two. Three four five!\nA heading\nZum Beispiel z. B. Fleisch, "
                     "e.g. this (ends here.) Last",
                     TextLanguage::German);
    EXPECT_EQ(counts.sentences, 5);
    EXPECT_EQ(counts.words, 17);
}

TEST(Readability, LeavesOutCitationsButKeepsOtherBrackets) {
    EXPECT_EQ(withoutCitations("Eat eggs (NIH ODS; DGE 2019). Milk (a cup) too (DGE 2019).",
                               {"NIH ODS", "DGE 2019"}),
              "Eat eggs . Milk (a cup) too .");
}

TEST(Readability, ScoresKnownTextsByTheirFormulas) {
    const ReadingCounts counts{.sentences = 2, .words = 20, .syllables = 30};
    EXPECT_NEAR(counts.fleschKincaidGrade(), 0.39 * 10 + 11.8 * 1.5 - 15.59, 1e-9);
    EXPECT_NEAR(counts.amstadEase(), 180 - 10 - 58.5 * 1.5, 1e-9);
}

namespace {

struct LanguageRule {
    const char* code;
    TextLanguage language;
};

ReadingCounts sectionCounts(const b12::core::Section& section, const std::vector<std::string>& keys,
                            TextLanguage language) {
    return countReading(withoutCitations(section.plainText, keys), language);
}

} // namespace

TEST(Readability, EveryShippedSectionIsPlainEnough) {
    for (const LanguageRule rule :
         {LanguageRule{"en", TextLanguage::English}, LanguageRule{"de", TextLanguage::German}}) {
        const b12::core::Article article = b12::testing::shippedArticleWithGlossary(rule.code);
        std::vector<std::string> keys;
        for (const auto& entry : b12::testing::sourceEntries(article)) {
            keys.push_back(entry.key);
        }
        ASSERT_FALSE(keys.empty()) << rule.code;
        ReadingCounts whole;
        for (const b12::core::Section& section : article.sections) {
            if (section.id == b12::core::kSourcesSectionId) {
                continue; // a list of references, not text to read
            }
            const ReadingCounts counts = sectionCounts(section, keys, rule.language);
            whole.sentences += counts.sentences;
            whole.words += counts.words;
            whole.syllables += counts.syllables;
            std::printf("%s %-20s %4d words %3d sentences %5.1f words/sentence  FK %4.1f  "
                        "Amstad %5.1f\n",
                        rule.code, section.id.c_str(), counts.words, counts.sentences,
                        counts.wordsPerSentence(), counts.fleschKincaidGrade(),
                        counts.amstadEase());
            if (rule.language == TextLanguage::English) {
                EXPECT_LE(counts.fleschKincaidGrade(), 8.0)
                    << section.id << ": shorter sentences or shorter words";
            } else {
                EXPECT_GE(counts.amstadEase(), 50.0)
                    << section.id << ": kürzere Sätze oder kürzere Wörter";
            }
        }
        std::printf("%s %-20s %4d words %3d sentences %5.1f words/sentence  FK %4.1f  "
                    "Amstad %5.1f\n",
                    rule.code, "(whole article)", whole.words, whole.sentences,
                    whole.wordsPerSentence(), whole.fleschKincaidGrade(), whole.amstadEase());
    }
}
