// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/search.h"
#include "tests/support/contentfiles.h"

#include <gtest/gtest.h>

using namespace b12::core;
using b12::testing::dated;

namespace {
Article sample() {
    return parseArticle(
               {{"01-overview.md", dated("# Overview\n\nVitamin B12 keeps nerves healthy.\n")},
                {"02-leg-pain.md", dated("# Leg pain\n\nTingling in the legs. Burning feet. "
                                         "Tingling again.\n")},
                {"03-food.md", dated("# Food\n\nClams and liver. Tingling is not food.\n")},
                {"04-de.md", dated("# Über Nerven\n\nKribbeln in den Füßen.\n")}})
        .value();
}
} // namespace

TEST(Search, FindsWordsInTheRightSectionsIgnoringCase) {
    const auto hits = searchArticle(sample(), "TINGLING");
    ASSERT_EQ(hits.size(), 2U);
    EXPECT_EQ(hits[0].sectionId, "leg-pain"); // two matches rank above one
    EXPECT_EQ(hits[0].matchCount, 2U);
    EXPECT_EQ(hits[1].sectionId, "food");
}

TEST(Search, AllWordsMustBePresent) {
    EXPECT_EQ(searchArticle(sample(), "burning clams").size(), 0U);
    const auto hits = searchArticle(sample(), "clams liver");
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits[0].sectionId, "food");
}

TEST(Search, FoldsGermanCapitals) {
    const auto hits = searchArticle(sample(), "über");
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits[0].sectionTitle, "Über Nerven");
}

TEST(Search, SnippetShowsTheMatchInContext) {
    const auto hits = searchArticle(sample(), "burning");
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_NE(hits[0].snippet.find("Burning feet"), std::string::npos);
}

TEST(Search, BlankQueryFindsNothing) {
    EXPECT_TRUE(searchArticle(sample(), "").empty());
    EXPECT_TRUE(searchArticle(sample(), "   ").empty());
}
