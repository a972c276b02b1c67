// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/article.h"
#include "tests/support/contentfiles.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>

using namespace b12::core;
using b12::testing::dated;

namespace {
std::vector<ContentFile> twoSections() {
    return {{"en/02-leg-pain.md", dated("# Leg pain\n\nNerves.\n", "2026-11-18")},
            {"en/01-overview.md", dated("# Overview\n\nB12 basics.\n")}};
}
} // namespace

TEST(Article, SectionIdComesFromFileName) {
    EXPECT_EQ(sectionIdFromFileName("content/en/03-leg-pain.md"), "leg-pain");
    EXPECT_EQ(sectionIdFromFileName("10-sources.md"), "sources");
    EXPECT_FALSE(sectionIdFromFileName("leg-pain.md"));
    EXPECT_FALSE(sectionIdFromFileName("03-Leg_Pain.md"));
    EXPECT_FALSE(sectionIdFromFileName("03-.md"));
    EXPECT_FALSE(sectionIdFromFileName("03-leg-pain.txt"));
}

TEST(Article, SectionsAreOrderedByFileName) {
    const auto article = parseArticle(twoSections());
    ASSERT_TRUE(article) << article.error().toString();
    ASSERT_EQ(article.value().sections.size(), 2U);
    EXPECT_EQ(article.value().sections[0].id, "overview");
    EXPECT_EQ(article.value().sections[0].title, "Overview");
    EXPECT_EQ(article.value().sections[1].id, "leg-pain");
    EXPECT_EQ(article.value().indexOf("leg-pain"), 1U);
    EXPECT_EQ(article.value().find("nope"), nullptr);
}

TEST(Article, TheReviewDateIsReadFromTheFirstLineAndNeverShown) {
    const auto article = parseArticle(twoSections());
    ASSERT_TRUE(article) << article.error().toString();
    const Section& overview = article.value().sections[0];
    EXPECT_EQ(overview.reviewed, "2026-11-20");
    EXPECT_EQ(article.value().sections[1].reviewed, "2026-11-18");
    EXPECT_EQ(overview.title, "Overview");
    EXPECT_EQ(overview.html.find("reviewed"), std::string::npos) << overview.html;
    EXPECT_EQ(overview.plainText.find("reviewed"), std::string::npos) << overview.plainText;
    // Spaces around the date and the line, and a Windows line end, are fine.
    const auto spaced =
        parseArticle({{"en/01-overview.md", " <!-- reviewed:2026-02-28   --> \r\n# Overview\n"}});
    ASSERT_TRUE(spaced) << spaced.error().toString();
    EXPECT_EQ(spaced.value().sections[0].reviewed, "2026-02-28");
}

TEST(Article, ASectionWithoutAReviewDateIsRefusedNamingTheFile) {
    for (const std::string& text :
         {std::string("# Overview\n\nNo date.\n"), std::string("# Overview\n") + dated("Late.\n"),
          std::string("<!-- reviewed -->\n# Overview\n"),
          std::string("<!-- reviewed: 2026-11-20\n# Overview\n")}) {
        const auto article = parseArticle({{"content/en/01-overview.md", text}});
        ASSERT_FALSE(article) << text;
        EXPECT_EQ(article.error().file, "content/en/01-overview.md");
        EXPECT_EQ(article.error().line, 1);
        EXPECT_EQ(article.error().toString(),
                  "content/en/01-overview.md:1: the first line must give the date the section "
                  "was last reviewed, as <!-- reviewed: YYYY-MM-DD -->")
            << text;
    }
}

TEST(Article, AnImpossibleOrMiswrittenReviewDateIsRefusedNamingTheFile) {
    const auto impossible =
        parseArticle({twoSections()[1], {"en/03-food.md", dated("# Food\n", "2026-02-30")}});
    ASSERT_FALSE(impossible);
    EXPECT_EQ(impossible.error().toString(),
              "en/03-food.md:1: the review date \"2026-02-30\" is not a day of the calendar");
    for (const std::string date : {"2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29"}) {
        const auto refused = parseArticle({{"en/03-food.md", dated("# Food\n", date)}});
        ASSERT_FALSE(refused) << date;
        EXPECT_NE(refused.error().message.find("not a day of the calendar"), std::string::npos)
            << refused.error().toString();
    }
    EXPECT_TRUE(parseArticle({{"en/03-food.md", dated("# Food\n", "2028-02-29")}})) << "leap year";
    for (const std::string date : {"20.11.2026", "2026-11-2", "November 2026", "2026/11/20"}) {
        const auto refused = parseArticle({{"en/03-food.md", dated("# Food\n", date)}});
        ASSERT_FALSE(refused) << date;
        EXPECT_EQ(refused.error().toString(),
                  "en/03-food.md:1: the review date must be a date written YYYY-MM-DD, not \"" +
                      date + "\"");
    }
    const auto translated = parseTranslatedArticle(
        parseArticle(twoSections()).value(), {{"de/01-overview.md", dated("# Ü\n", "2026-02-30")}});
    ASSERT_FALSE(translated);
    EXPECT_EQ(translated.error().file, "de/01-overview.md");
}

TEST(Article, SourcesAreTheLinkedItemsOfTheSourcesSectionAsShown) {
    auto files = twoSections();
    files.push_back(
        {"en/09-sources.md",
         "<!-- reviewed: 2026-11-20 -->\n# Sources\n\nSee [the guide](https://guide).\n\n"
         "- NICE NG239, 2024. [Guideline](https://nice/ng239?a=1&b=2)\n"
         "  - a nested note [elsewhere](https://nested)\n"
         "- No link here\n"
         "- EFSA 2015. \"Values\" <for> R&D. [EFSA](https://efsa/4150)\n"});
    const auto article = parseArticle(files);
    ASSERT_TRUE(article);
    const auto entries = b12::testing::sourceEntries(article.value());
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].key, "NICE NG239, 2024");
    EXPECT_EQ(entries[0].url, "https://nice/ng239?a=1&b=2");
    EXPECT_EQ(entries[1].key, "EFSA 2015");
    EXPECT_EQ(entries[1].text, "EFSA 2015. \"Values\" <for> R&D. EFSA");
    EXPECT_EQ(entries[1].url, "https://efsa/4150");
    EXPECT_TRUE(b12::testing::sourceEntries(parseArticle(twoSections()).value()).empty());
}

TEST(Article, EmptyFileIsAnErrorNamingTheFile) {
    const auto article = parseArticle({{"en/01-overview.md", "  \n\n"}});
    ASSERT_FALSE(article);
    EXPECT_EQ(article.error().file, "en/01-overview.md");
    EXPECT_EQ(article.error().message, "the file is empty");
}

TEST(Article, MissingHeadingIsAnErrorWithTheLine) {
    const auto article =
        parseArticle({{"en/01-overview.md", dated("\n\nJust text, no heading.\n")}});
    ASSERT_FALSE(article);
    EXPECT_EQ(article.error().line, 4);
    EXPECT_NE(article.error().message.find("level-1 heading"), std::string::npos);
}

TEST(Article, InvalidUtf8IsAnErrorWithTheLine) {
    const auto article =
        parseArticle({{"en/01-overview.md", dated("# Overview\n\nbad \xFF byte\n")}});
    ASSERT_FALSE(article);
    EXPECT_EQ(article.error().line, 4);
    EXPECT_EQ(article.error().toString(),
              "en/01-overview.md:4: the text is not valid UTF-8 (byte 47)");
}

TEST(Article, BadFileNameAndDuplicateIdAreErrors) {
    EXPECT_FALSE(parseArticle({{"en/overview.md", dated("# Overview\n")}}));
    const auto dup = parseArticle(
        {{"en/01-overview.md", dated("# A\n")}, {"en/02-overview.md", dated("# B\n")}});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().file, "en/02-overview.md");
}

TEST(Article, NoFilesIsAnError) {
    EXPECT_FALSE(parseArticle({}));
}

TEST(TranslatedArticle, MissingSectionFallsBackToReference) {
    const auto reference = parseArticle(twoSections()).value();
    const auto german = parseTranslatedArticle(
        reference, {{"de/01-overview.md", dated("# Überblick\n", "2026-11-25")}});
    ASSERT_TRUE(german);
    ASSERT_EQ(german.value().article.sections.size(), 2U);
    EXPECT_EQ(german.value().article.sections[0].title, "Überblick");
    EXPECT_EQ(german.value().article.sections[1].title, "Leg pain");
    EXPECT_EQ(german.value().untranslatedSectionIds, std::vector<std::string>{"leg-pain"});
    // Each language's file has its own review date; a fallback keeps the reference's.
    EXPECT_EQ(german.value().article.sections[0].reviewed, "2026-11-25");
    EXPECT_EQ(german.value().article.sections[1].reviewed, "2026-11-18");
}

TEST(TranslatedArticle, UnknownSectionIdIsAnError) {
    const auto reference = parseArticle(twoSections()).value();
    const auto german = parseTranslatedArticle(reference, {{"de/05-extra.md", dated("# Extra\n")}});
    ASSERT_FALSE(german);
    EXPECT_EQ(german.error().file, "de/05-extra.md");
    EXPECT_NE(german.error().message.find("unknown section id \"extra\""), std::string::npos);
}
