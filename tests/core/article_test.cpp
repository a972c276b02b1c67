// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/article.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>

using namespace b12::core;

namespace {
std::vector<ContentFile> twoSections() {
    return {{"en/02-leg-pain.md", "# Leg pain\n\nNerves.\n"},
            {"en/01-overview.md", "# Overview\n\nB12 basics.\n"}};
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

TEST(Article, SourcesAreTheLinkedItemsOfTheSourcesSectionAsShown) {
    auto files = twoSections();
    files.push_back({"en/09-sources.md",
                     "# Sources\n\nSee [the guide](https://guide).\n\n"
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
    const auto article = parseArticle({{"en/01-overview.md", "\n\nJust text, no heading.\n"}});
    ASSERT_FALSE(article);
    EXPECT_EQ(article.error().line, 3);
    EXPECT_NE(article.error().message.find("level-1 heading"), std::string::npos);
}

TEST(Article, InvalidUtf8IsAnErrorWithTheLine) {
    const auto article = parseArticle({{"en/01-overview.md", "# Overview\n\nbad \xFF byte\n"}});
    ASSERT_FALSE(article);
    EXPECT_EQ(article.error().line, 3);
    EXPECT_EQ(article.error().toString(),
              "en/01-overview.md:3: the text is not valid UTF-8 (byte 17)");
}

TEST(Article, BadFileNameAndDuplicateIdAreErrors) {
    EXPECT_FALSE(parseArticle({{"en/overview.md", "# Overview\n"}}));
    const auto dup = parseArticle({{"en/01-overview.md", "# A\n"}, {"en/02-overview.md", "# B\n"}});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().file, "en/02-overview.md");
}

TEST(Article, NoFilesIsAnError) {
    EXPECT_FALSE(parseArticle({}));
}

TEST(TranslatedArticle, MissingSectionFallsBackToReference) {
    const auto reference = parseArticle(twoSections()).value();
    const auto german = parseTranslatedArticle(reference, {{"de/01-overview.md", "# Überblick\n"}});
    ASSERT_TRUE(german);
    ASSERT_EQ(german.value().article.sections.size(), 2U);
    EXPECT_EQ(german.value().article.sections[0].title, "Überblick");
    EXPECT_EQ(german.value().article.sections[1].title, "Leg pain");
    EXPECT_EQ(german.value().untranslatedSectionIds, std::vector<std::string>{"leg-pain"});
}

TEST(TranslatedArticle, UnknownSectionIdIsAnError) {
    const auto reference = parseArticle(twoSections()).value();
    const auto german = parseTranslatedArticle(reference, {{"de/05-extra.md", "# Extra\n"}});
    ASSERT_FALSE(german);
    EXPECT_EQ(german.error().file, "de/05-extra.md");
    EXPECT_NE(german.error().message.find("unknown section id \"extra\""), std::string::npos);
}
