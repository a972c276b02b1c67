// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on the article as shipped in resources/content (English, and both languages for
// the sources).
#include "core/article/article.h"
#include "core/article/search.h"
#include "core/base/jsonfields.h"
#include "core/base/text.h"
#include "tests/support/contentfiles.h"
#include "tests/support/glossaryfile.h"
#include "tests/support/questionnairefile.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace b12::core;

namespace {
const Article& englishArticle() {
    static const Article article = b12::testing::shippedArticle("en");
    return article;
}
} // namespace

TEST(ShippedContent, EverySectionParsesAndHasText) {
    ASSERT_GE(englishArticle().sections.size(), 8U);
    for (const Section& s : englishArticle().sections) {
        EXPECT_FALSE(s.title.empty()) << s.id;
        EXPECT_GT(s.plainText.size(), s.title.size() + 40) << s.id << " has almost no text";
    }
}

TEST(ShippedContent, EverySectionHasAReviewDateInEveryLanguage) {
    for (const std::string language : {"en", "de"}) {
        const auto files = b12::testing::shippedContent(language);
        ASSERT_EQ(files.size(), englishArticle().sections.size()) << language;
        // Each language on its own: a German file never borrows the English date.
        const auto article = parseArticle(files);
        ASSERT_TRUE(article) << article.error().toString();
        for (const Section& s : article.value().sections) {
            EXPECT_FALSE(isoDateProblem(s.reviewed)) << language << '/' << s.id;
            EXPECT_TRUE(s.markdown.starts_with("<!-- reviewed: " + s.reviewed + " -->\n"))
                << language << '/' << s.id;
            // The date is shown from the metadata; a date typed into the text would go stale.
            for (const char* typed : {"Last reviewed", "Zuletzt geprüft"}) {
                EXPECT_EQ(s.plainText.find(typed), std::string::npos) << language << '/' << s.id;
            }
        }
    }
}

TEST(ShippedContent, IdsAreUniqueAndEndWithSources) {
    std::set<std::string> ids;
    for (const Section& s : englishArticle().sections) {
        EXPECT_TRUE(ids.insert(s.id).second) << s.id;
    }
    ASSERT_FALSE(englishArticle().sections.empty());
    EXPECT_EQ(englishArticle().sections.back().id, kSourcesSectionId);
    EXPECT_GE(b12::testing::sourceEntries(englishArticle()).size(), 5U);
}

TEST(ShippedContent, SeedGlitchesAreGone) {
    for (const Section& s : englishArticle().sections) {
        for (const char* glitch :
             {"onyl", "frequently enough", "Its essential", "```", "\">", "*none", "see below"}) {
            EXPECT_EQ(s.markdown.find(glitch), std::string::npos) << s.id << ": " << glitch;
        }
    }
    int duplicatedHeading = 0;
    for (const Section& s : englishArticle().sections) {
        duplicatedHeading += s.title == "Can Vitamin B12 Deficiency Cause Leg Pain and How to "
                                        "Address It?";
    }
    EXPECT_LE(duplicatedHeading, 1) << "the seed's duplicated heading must be merged";
}

TEST(ShippedContent, UnsourcedPrevalenceClaimsCarryANote) {
    const auto hits = searchArticle(englishArticle(), "30 percent");
    ASSERT_EQ(hits.size(), 1U);
    const Section* section = englishArticle().find(hits[0].sectionId);
    ASSERT_NE(section, nullptr);
    EXPECT_NE(foldCase(section->plainText).find("no published source"), std::string::npos)
        << "the 10% / 30% figures need a visible note that they are unsourced";
}

TEST(ShippedContent, NeverSaysYouHave) {
    for (const Section& s : englishArticle().sections) {
        EXPECT_EQ(s.plainText.find("you have a deficiency"), std::string::npos) << s.id;
        EXPECT_EQ(s.plainText.find("You have a deficiency"), std::string::npos) << s.id;
    }
}

// Sources: every source is traceable and used, every citation has its source, in each
// language.
// - A bracket in the article text that cites (one of its parts is a source key, ends with
//   a year, or starts like a key) holds only keys of that language's Sources section and
//   cross-references ("see …", "siehe …").
// - Every entry of the Sources section is cited in that language's article, or named by
//   questionnaire.json.
// - Every entry has an http(s) link, and the Sources section has no entry without one.
// - The German list is the English list translated entry by entry: same links, same order.
// - A German key that differs from the English one never appears in the German text.

using b12::testing::SourceEntry;

namespace {

const Article& shipped(const std::string& language) {
    static std::map<std::string, Article> cache;
    auto it = cache.find(language);
    if (it == cache.end()) {
        it = cache.emplace(language, b12::testing::shippedArticleWithGlossary(language)).first;
    }
    return it->second;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\n");
    const auto last = s.find_last_not_of(" \t\n");
    return first == std::string::npos ? std::string{} : s.substr(first, last - first + 1);
}

std::vector<std::string> parts(const std::string& bracket) {
    std::vector<std::string> out;
    std::stringstream in(bracket);
    for (std::string part; std::getline(in, part, ';');) {
        out.push_back(trim(part));
    }
    return out;
}

bool isCrossReference(const std::string& part) {
    return part.rfind("see ", 0) == 0 || part.rfind("siehe ", 0) == 0;
}

bool endsWithYear(const std::string& part) {
    static const std::regex year(R"(\b(19|20)\d\d$)");
    return std::regex_search(part, year);
}

/// Does `part` start with the first word of a key and go on (a misspelt or unlisted
/// citation)? The word alone is an abbreviation: "The German Nutrition Society (DGE)".
bool startsLikeAKey(const std::string& part, const std::vector<SourceEntry>& entries) {
    for (const SourceEntry& entry : entries) {
        const std::string word = entry.key.substr(0, entry.key.find_first_of(" ,"));
        if (part.rfind(word + " ", 0) == 0 || part.rfind(word + ",", 0) == 0) {
            return true;
        }
    }
    return false;
}

struct Citation {
    std::string section;
    std::string bracket;
};

/// Every bracket of the article outside the Sources section that cites a source.
std::vector<Citation> citations(const Article& article, const std::vector<SourceEntry>& entries) {
    static const std::regex bracket(R"(\(([^()]*)\))");
    std::vector<Citation> out;
    for (const Section& section : article.sections) {
        if (section.id == kSourcesSectionId) {
            continue;
        }
        const std::string& text = section.plainText;
        for (std::sregex_iterator it(text.begin(), text.end(), bracket), end; it != end; ++it) {
            const std::string inside = (*it)[1].str();
            bool cites = false;
            for (const std::string& part : parts(inside)) {
                cites = cites || b12::testing::findSource(entries, part) != nullptr ||
                        endsWithYear(part) || startsLikeAKey(part, entries);
            }
            if (cites) {
                out.push_back({section.id, inside});
            }
        }
    }
    return out;
}

class Sources : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST(SourceKeys, TheKeyIsTheTextBeforeTheFirstFullStop) {
    EXPECT_EQ(b12::testing::sourceKey("NICE NG239, 2024. National Institute …"),
              "NICE NG239, 2024");
    EXPECT_EQ(b12::testing::sourceKey("BMJ 2024, Zusammenfassung. Sands T u. a."),
              "BMJ 2024, Zusammenfassung");
    EXPECT_EQ(b12::testing::sourceKey("no key here"), "");
}

TEST(SourceKeys, TheScannerFindsCitationsAndLeavesOtherBracketsAlone) {
    const std::vector<SourceEntry> entries{{"NICE NG239, 2024", "", "https://a"},
                                           {"NHS Lothian", "", "https://b"}};
    Article article;
    article.sections.push_back(
        {"x", "X", "2026-11-20", "", "",
         "Test (NICE NG239, 2024; see \"Y\"). A count (FBC; in the US, CBC). Walking (NHS "
         "Lothain). A study (Smith 2019). Phone (UK)."});
    const auto found = citations(article, entries);
    ASSERT_EQ(found.size(), 3U);
    EXPECT_EQ(found[0].bracket, "NICE NG239, 2024; see \"Y\"");
    EXPECT_EQ(found[1].bracket, "NHS Lothain");
    EXPECT_EQ(found[2].bracket, "Smith 2019");
}

TEST_P(Sources, EveryCitationIsASourceOfTheSameLanguage) {
    const Article& article = shipped(GetParam());
    const auto entries = b12::testing::sourceEntries(article);
    const auto found = citations(article, entries);
    EXPECT_GT(found.size(), 40U) << "the citations were not found";
    for (const Citation& citation : found) {
        for (const std::string& part : parts(citation.bracket)) {
            EXPECT_TRUE(b12::testing::findSource(entries, part) != nullptr ||
                        isCrossReference(part))
                << GetParam() << "/" << citation.section << ": \"" << part << "\" in ("
                << citation.bracket << ") is not a key of the Sources section";
        }
    }
}

TEST_P(Sources, EverySourceIsCitedSomewhere) {
    const Article& article = shipped(GetParam());
    const auto entries = b12::testing::sourceEntries(article);
    std::set<std::string> used;
    for (const Citation& citation : citations(article, entries)) {
        for (const std::string& part : parts(citation.bracket)) {
            used.insert(part);
        }
    }
    const Questionnaire& q = b12::testing::shippedQuestionnaire();
    std::vector<std::string> named;
    for (const Question* sign : q.warningSigns()) {
        named.push_back(sign->source);
    }
    for (const auto& [key, reason] : q.result.reasons) {
        named.push_back(reason.source);
    }
    for (const std::string& english : named) {
        if (const auto key = b12::testing::translatedSourceKey(shipped("en"), article, english)) {
            used.insert(*key);
        }
    }
    for (const SourceEntry& entry : entries) {
        EXPECT_TRUE(used.count(entry.key) != 0)
            << GetParam() << ": \"" << entry.key << "\" is listed but never cited";
    }
}

TEST_P(Sources, EveryEntryHasAKeyAndALink) {
    const Article& article = shipped(GetParam());
    const Section* sources = article.find(kSourcesSectionId);
    ASSERT_NE(sources, nullptr);
    // Entries without a link are not source entries: count the list items written.
    std::size_t written = 0;
    std::istringstream lines(sources->markdown);
    for (std::string line; std::getline(lines, line);) {
        written += line.rfind("- ", 0) == 0 ? 1U : 0U;
    }
    const auto entries = b12::testing::sourceEntries(article);
    EXPECT_EQ(entries.size(), written) << GetParam() << ": an entry has no link";
    EXPECT_GE(entries.size(), 15U);
    std::set<std::string> keys;
    std::set<std::string> urls;
    for (const SourceEntry& entry : entries) {
        EXPECT_FALSE(entry.key.empty()) << GetParam() << ": no key in " << entry.text;
        EXPECT_TRUE(keys.insert(entry.key).second) << GetParam() << ": key twice: " << entry.key;
        EXPECT_TRUE(entry.url.rfind("https://", 0) == 0 || entry.url.rfind("http://", 0) == 0)
            << GetParam() << ": " << entry.key << " links to \"" << entry.url << "\"";
        EXPECT_TRUE(urls.insert(entry.url).second)
            << GetParam() << ": two entries link to " << entry.url;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Sources, ::testing::Values("en", "de"));

TEST(SourceKeys, TheGermanListTranslatesTheEnglishOneEntryByEntry) {
    const auto english = b12::testing::sourceEntries(shipped("en"));
    const auto german = b12::testing::sourceEntries(shipped("de"));
    ASSERT_EQ(english.size(), german.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        EXPECT_EQ(english[i].url, german[i].url)
            << "entry " << i << ": " << english[i].key << " / " << german[i].key;
    }
}

TEST(SourceKeys, NoEnglishKeyIsLeftInTheGermanText) {
    const auto english = b12::testing::sourceEntries(shipped("en"));
    const auto german = b12::testing::sourceEntries(shipped("de"));
    for (std::size_t i = 0; i < english.size() && i < german.size(); ++i) {
        if (english[i].key == german[i].key) {
            continue; // a name, the same in both languages ("NICE NG239, 2024")
        }
        for (const Section& section : shipped("de").sections) {
            EXPECT_EQ(section.plainText.find(english[i].key), std::string::npos)
                << section.id << " still says \"" << english[i].key << "\" for \"" << german[i].key
                << "\"";
        }
    }
}
