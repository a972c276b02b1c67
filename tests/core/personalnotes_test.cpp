// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/personalnotes.h"

#include <gtest/gtest.h>

using namespace b12::core;

namespace {

std::string errorOf(std::string_view json) {
    const auto parsed = parsePersonalNotes(json, "notes.json");
    return parsed ? std::string() : parsed.error().toString();
}

} // namespace

TEST(PersonalNotes, WhatWasTypedComesBackUnchanged) {
    const PersonalNotes notes{"Ada <Example>", "1950", "Line one\nLine \"two\" & more",
                              "Metformin 500 mg\nVitamin D"};
    const auto parsed = parsePersonalNotes(serializePersonalNotes(notes), "notes.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    EXPECT_EQ(parsed.value(), notes);
}

TEST(PersonalNotes, MissingFieldsAreEmpty) {
    const auto parsed =
        parsePersonalNotes(R"({"format": "b12guide-notes", "version": 1, "notes": "x"})", "n");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().notes, "x");
    EXPECT_EQ(parsed.value().name, "");
}

TEST(PersonalNotes, BadFilesAreErrorsThatSayWhy) {
    EXPECT_NE(errorOf("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"format": "b12guide-answers", "version": 1})").find("not a notes file"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"format": "b12guide-notes", "version": 2})").find("unsupported version"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"format": "b12guide-notes", "version": 1, "name": 5})")
                  .find("\"name\" must be text"),
              std::string::npos);
    EXPECT_NE(errorOf("{\"format\": \"b12guide-notes\", \"version\": 1, \"notes\": \"\xff\"}")
                  .find("UTF-8"),
              std::string::npos);
    EXPECT_NE(errorOf(std::string(kMaxNotesBytes + 1, ' ')).find("too large"), std::string::npos);
    // A number too large for any type is no parse_error in nlohmann::json: still an error.
    EXPECT_NE(errorOf(R"({"format": "b12guide-notes", "version": 1e999})").find("not valid JSON"),
              std::string::npos);
}
