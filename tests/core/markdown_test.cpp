// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/markdown.h"

#include <gtest/gtest.h>

using namespace b12::core;

TEST(Markdown, RendersHeadingListAndEmphasis) {
    const auto r = renderMarkdown("# Title\n\nSome *words*.\n\n- one\n- two\n");
    EXPECT_EQ(r.firstHeading, "Title");
    EXPECT_NE(r.html.find("<h1>Title</h1>"), std::string::npos);
    EXPECT_NE(r.html.find("<em>words</em>"), std::string::npos);
    EXPECT_NE(r.html.find("<li>two</li>"), std::string::npos);
    EXPECT_EQ(r.plainText, "Title\nSome words.\none\ntwo");
}

TEST(Markdown, FirstHeadingOnlyWhenDocumentStartsWithLevelOne) {
    EXPECT_EQ(renderMarkdown("Intro\n\n# Later").firstHeading, "");
    EXPECT_EQ(renderMarkdown("## Second level").firstHeading, "");
}

TEST(Markdown, RawHtmlIsShownAsTextNeverPassedThrough) {
    const auto r = renderMarkdown("# T\n\n<img src=http://example.org/x.png> <script>x</script>\n");
    EXPECT_EQ(r.html.find("<img"), std::string::npos);
    EXPECT_EQ(r.html.find("<script"), std::string::npos);
    EXPECT_NE(r.html.find("&lt;img"), std::string::npos);
}
