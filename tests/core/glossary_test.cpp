// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary: its file, how the article marks the first use of a term, the glossary
// section, and the shipped glossary in both languages.
#include "core/article/glossary.h"
#include "tests/support/glossaryfile.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace b12::core;

namespace {

const char* const kSmallGlossary = R"({
  "format": "b12guide-glossary", "version": 1, "reviewed": "2026-12-01",
  "title": {"en": "Glossary", "de": "Glossar"},
  "intro": {"en": "Words explained.", "de": "Wörter erklärt."},
  "terms": [
    {"id": "anaemia", "term": {"en": "anaemia"}, "definition": {"en": "Too few red cells."},
     "source": {"en": "NHS"}, "match": {"en": ["anaemia"]}},
    {"id": "pernicious-anaemia", "term": {"en": "pernicious anaemia"},
     "definition": {"en": "An \"autoimmune\" kind <of> anaemia."}, "source": {"en": "NHS"},
     "match": {"en": ["pernicious anaemia"]}}
  ]})";

Glossary small() {
    auto parsed = parseGlossary(kSmallGlossary, "glossary.json");
    EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().toString());
    return parsed ? parsed.value() : Glossary{};
}

Article articleOf(std::string html) {
    Article article;
    article.sections.push_back({"leg-pain", "Leg pain", "2026-11-01", "", std::move(html), ""});
    article.sections.push_back(
        {std::string(kSourcesSectionId), "Sources", "2026-11-01", "", "<p>anaemia</p>", ""});
    return article;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

std::string problemOf(const std::string& text) {
    auto parsed = parseGlossary(text, "glossary.json");
    return parsed ? std::string{} : parsed.error().toString();
}

} // namespace

TEST(Glossary, ReadsTermsWithTheirSourcesAndForms) {
    const Glossary glossary = small();
    ASSERT_EQ(glossary.terms.size(), 2U);
    EXPECT_EQ(glossary.reviewed, "2026-12-01");
    const GlossaryTerm* term = glossary.find("pernicious-anaemia");
    ASSERT_NE(term, nullptr);
    EXPECT_EQ(term->source.get("en"), "NHS");
    EXPECT_EQ(term->match.at("en").front(), "pernicious anaemia");
    EXPECT_EQ(glossary.find("myelin"), nullptr);
}

TEST(Glossary, RefusesAFileThatBreaksItsRules) {
    EXPECT_EQ(problemOf(replaced(kSmallGlossary, "\"pernicious-anaemia\"", "\"anaemia\"")),
              "glossary.json: glossary: term \"anaemia\" is there twice");
    EXPECT_EQ(
        problemOf(replaced(kSmallGlossary, "\"match\": {\"en\": [\"anaemia\"]}", "\"match\": {}")),
        "glossary.json: term \"anaemia\": field \"match\" has no \"en\" forms");
    EXPECT_EQ(problemOf(replaced(kSmallGlossary, "b12guide-glossary", "b12guide-answers")),
              "glossary.json: glossary: \"format\" must be \"b12guide-glossary\"");
    const std::string noSource =
        problemOf(replaced(kSmallGlossary, "\"source\": {\"en\": \"NHS\"},", ""));
    EXPECT_NE(noSource.find("term \"anaemia\": field \"source\""), std::string::npos) << noSource;
}

TEST(Glossary, MarksOnlyTheFirstUseOfATermInASection) {
    Article article = articleOf("<p>Anaemia is common. More anaemia later.</p>");
    addGlossary(article, small(), "en");
    EXPECT_EQ(article.sections[0].html,
              "<p><a href=\"glossary:anaemia\" title=\"Too few red cells.\">Anaemia</a> is "
              "common. More anaemia later.</p>");
}

TEST(Glossary, TheLongerTermWinsAndTheShorterOneIsMarkedWhereItStandsAlone) {
    Article article = articleOf("<p>Pernicious anaemia differs from anaemia.</p>");
    addGlossary(article, small(), "en");
    const std::string& html = article.sections[0].html;
    EXPECT_NE(html.find("<a href=\"glossary:pernicious-anaemia\" title=\"An &quot;autoimmune&quot; "
                        "kind &lt;of&gt; anaemia.\">Pernicious anaemia</a>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("from <a href=\"glossary:anaemia\""), std::string::npos) << html;
}

TEST(Glossary, LeavesHeadingsLinksPartsOfWordsAndTheSourcesAlone) {
    Article article = articleOf("<h2>Anaemia</h2><p><a href=\"https://x\">anaemia</a> "
                                "anaemias <em>anaemia</em></p>");
    addGlossary(article, small(), "en");
    EXPECT_EQ(article.sections[0].html,
              "<h2>Anaemia</h2><p><a href=\"https://x\">anaemia</a> anaemias <em><a "
              "href=\"glossary:anaemia\" title=\"Too few red cells.\">anaemia</a></em></p>");
    const Section* sources = article.find(kSourcesSectionId);
    ASSERT_NE(sources, nullptr);
    EXPECT_EQ(sources->html, "<p>anaemia</p>");
}

TEST(Glossary, BecomesASectionBeforeTheSourcesWithEachTermsSource) {
    Article article = articleOf("<p>Text.</p>");
    addGlossary(article, small(), "de"); // no German texts: the English ones stand in
    ASSERT_EQ(article.sections.size(), 3U);
    const Section& glossary = article.sections[1];
    EXPECT_EQ(glossary.id, kGlossarySectionId);
    EXPECT_EQ(glossary.title, "Glossar");
    EXPECT_EQ(glossary.reviewed, "2026-12-01");
    EXPECT_NE(glossary.plainText.find("anaemia: Too few red cells. (NHS)"), std::string::npos)
        << glossary.plainText;
    EXPECT_EQ(article.sections[2].id, kSourcesSectionId);
}

// The shipped glossary.

TEST(ShippedGlossary, HasEnoughTermsEachInBothLanguages) {
    const Glossary& glossary = b12::testing::shippedGlossary();
    EXPECT_GE(glossary.terms.size(), 25U);
    for (const GlossaryTerm& term : glossary.terms) {
        for (const char* language : {"en", "de"}) {
            EXPECT_EQ(term.term.byLanguage.count(language), 1U) << term.id << ' ' << language;
            EXPECT_EQ(term.definition.byLanguage.count(language), 1U) << term.id << ' ' << language;
            EXPECT_EQ(term.source.byLanguage.count(language), 1U) << term.id << ' ' << language;
            EXPECT_EQ(term.match.count(language), 1U) << term.id << ' ' << language;
        }
        EXPECT_NE(term.definition.get("en"), term.definition.get("de")) << term.id;
    }
}

TEST(ShippedGlossary, EachTermsSourceIsAnEntryOfTheSourcesInItsLanguage) {
    const Article english = b12::testing::shippedArticleWithGlossary("en");
    const Article german = b12::testing::shippedArticleWithGlossary("de");
    for (const GlossaryTerm& term : b12::testing::shippedGlossary().terms) {
        const std::string& key = term.source.get("en");
        EXPECT_NE(b12::testing::findSource(b12::testing::sourceEntries(english), key), nullptr)
            << term.id << ": no source \"" << key << '"';
        // The German key is the translation of the English one: both entries share a link.
        EXPECT_EQ(b12::testing::translatedSourceKey(english, german, key), term.source.get("de"))
            << term.id;
    }
}

TEST(ShippedGlossary, MostTermsAreExplainedWhereTheArticleUsesThem) {
    for (const char* language : {"en", "de"}) {
        const Article article = b12::testing::shippedArticleWithGlossary(language);
        std::set<std::string> marked;
        for (const Section& section : article.sections) {
            for (const GlossaryTerm& term : b12::testing::shippedGlossary().terms) {
                if (section.html.find("href=\"glossary:" + term.id + "\"") != std::string::npos) {
                    marked.insert(term.id);
                }
            }
        }
        // A few terms belong to the diary's blood tests, not to the article's text.
        EXPECT_GE(marked.size(), 25U) << language;
        ASSERT_NE(article.find(kGlossarySectionId), nullptr) << language;
        EXPECT_EQ(article.sections.back().id, kSourcesSectionId) << language;
    }
}
