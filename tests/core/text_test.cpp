// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/text.h"

#include <gtest/gtest.h>

using namespace b12::core;

TEST(Text, ValidUtf8HasNoInvalidOffset) {
    EXPECT_FALSE(findInvalidUtf8("plain ASCII"));
    EXPECT_FALSE(findInvalidUtf8("Taubheitsgefühl, 4 µg, Methylmalonsäure"));
}

TEST(Text, InvalidUtf8ReportsFirstBadByte) {
    EXPECT_EQ(findInvalidUtf8("ab\xFF"), 2U);
    EXPECT_EQ(findInvalidUtf8("caf\xC3"), 3U);      // cut off mid-character
    EXPECT_EQ(findInvalidUtf8("x\xC0\x80"), 1U);    // overlong encoding of NUL
    EXPECT_EQ(findInvalidUtf8("\xED\xA0\x80"), 0U); // UTF-16 surrogate
}

TEST(Text, LineOfOffsetCountsNewlines) {
    EXPECT_EQ(lineOfOffset("a\nb\nc", 0), 1);
    EXPECT_EQ(lineOfOffset("a\nb\nc", 2), 2);
    EXPECT_EQ(lineOfOffset("a\nb\nc", 4), 3);
}

TEST(Text, FoldCaseLowersEnglishAndGermanCapitals) {
    EXPECT_EQ(foldCase("Vitamin B12 ÜBER Ärzte"), "vitamin b12 über ärzte");
    EXPECT_EQ(foldCase("2 × 3"), "2 × 3");
}

TEST(Text, EscapeHtmlEscapesMarkup) {
    EXPECT_EQ(escapeHtml("<b>x</b><img src=\"http://a\"> & 'q'"),
              "&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;http://a&quot;&gt; &amp; &#39;q&#39;");
}

TEST(Text, Utf8CharStartNeverSplitsACharacter) {
    const std::string text = "aü"; // ü is two bytes: offsets 1 and 2
    EXPECT_EQ(utf8CharStart(text, 2), 1U);
    EXPECT_EQ(utf8CharStart(text, 1), 1U);
}
