// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on the article as shipped in resources/content/en.
#include "core/article/article.h"
#include "core/article/search.h"
#include "core/base/text.h"
#include "tests/support/contentfiles.h"

#include <gtest/gtest.h>

#include <set>

using namespace b12::core;

namespace {
const Article& english() {
    static const Article article = [] {
        auto parsed = parseArticle(b12::testing::shippedContent("en"));
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return Article{};
        }
        return parsed.value();
    }();
    return article;
}
} // namespace

TEST(ShippedContent, EverySectionParsesAndHasText) {
    ASSERT_GE(english().sections.size(), 8U);
    for (const Section& s : english().sections) {
        EXPECT_FALSE(s.title.empty()) << s.id;
        EXPECT_GT(s.plainText.size(), s.title.size() + 40) << s.id << " has almost no text";
    }
}

TEST(ShippedContent, IdsAreUniqueAndEndWithSources) {
    std::set<std::string> ids;
    for (const Section& s : english().sections) {
        EXPECT_TRUE(ids.insert(s.id).second) << s.id;
    }
    ASSERT_FALSE(english().sections.empty());
    EXPECT_EQ(english().sections.back().id, kSourcesSectionId);
    EXPECT_GE(english().sources.size(), 5U);
}

TEST(ShippedContent, SeedGlitchesAreGone) {
    for (const Section& s : english().sections) {
        for (const char* glitch :
             {"onyl", "frequently enough", "Its essential", "```", "\">", "*none", "see below"}) {
            EXPECT_EQ(s.markdown.find(glitch), std::string::npos) << s.id << ": " << glitch;
        }
    }
    int duplicatedHeading = 0;
    for (const Section& s : english().sections) {
        duplicatedHeading += s.title == "Can Vitamin B12 Deficiency Cause Leg Pain and How to "
                                        "Address It?";
    }
    EXPECT_LE(duplicatedHeading, 1) << "the seed's duplicated heading must be merged";
}

TEST(ShippedContent, UnsourcedPrevalenceClaimsCarryANote) {
    const auto hits = searchArticle(english(), "30 percent");
    ASSERT_EQ(hits.size(), 1U);
    const Section* section = english().find(hits[0].sectionId);
    ASSERT_NE(section, nullptr);
    EXPECT_NE(foldCase(section->plainText).find("no published source"), std::string::npos)
        << "the 10% / 30% figures need a visible note that they are unsourced";
}

TEST(ShippedContent, NeverSaysYouHave) {
    for (const Section& s : english().sections) {
        EXPECT_EQ(s.plainText.find("you have a deficiency"), std::string::npos) << s.id;
        EXPECT_EQ(s.plainText.find("You have a deficiency"), std::string::npos) << s.id;
    }
}
