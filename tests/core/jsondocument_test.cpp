// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/jsondocument.h"
#include "core/summary/personalnotes.h"

#include <gtest/gtest.h>

#include <string>

using b12::core::parseJsonDocument;

namespace {

std::string problemWith(std::string_view text, int maxDepth = b12::core::kDefaultMaxJsonDepth) {
    auto parsed = parseJsonDocument(text, "data.json", maxDepth);
    return parsed ? std::string() : parsed.error().toString();
}

} // namespace

TEST(JsonDocument, ReadsAValidDocument) {
    auto parsed = parseJsonDocument(R"({"a": [1, {"b": "x"}], "c": {"b": 2}})", "data.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    EXPECT_EQ(parsed.value()["a"][1]["b"], "x");
    EXPECT_EQ(parsed.value()["c"]["b"], 2) << "the same key in different objects is fine";
}

TEST(JsonDocument, AKeyGivenTwiceIsAnErrorNotAGuess) {
    const std::string problem = problemWith(R"({"x": 1, "answers": {"a": "yes", "a": "no"}})");
    EXPECT_NE(problem.find("\"a\" is given twice"), std::string::npos) << problem;
    EXPECT_NE(problemWith(R"({"a": 1, "a": 1})").find("given twice"), std::string::npos);
}

TEST(JsonDocument, SyntaxErrorsNameTheLine) {
    auto parsed = parseJsonDocument("{\n  \"a\": 1,\n  \"b\": ]\n}", "data.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().line, 3);
    EXPECT_NE(parsed.error().message.find("not valid JSON"), std::string::npos);
    EXPECT_EQ(parsed.error().message.find("[json.exception"), std::string::npos)
        << "nlohmann's codes are not for people: " << parsed.error().message;
}

TEST(JsonDocument, TextThatIsNotUtf8IsNamedSoWithItsLine) {
    auto parsed = parseJsonDocument("{\n\"a\": \"ok\",\n\"b\": \"caf\xe9\"}", "data.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().line, 3);
    EXPECT_EQ(parsed.error().message, "the file is not valid UTF-8 text");
}

TEST(JsonDocument, TooLargeNumbersAndTooDeepNestingAreErrors) {
    EXPECT_NE(problemWith(R"({"a": 1e999})").find("a number is too large"), std::string::npos);
    EXPECT_NE(problemWith(R"([[[1]]])", 2).find("nested too deeply"), std::string::npos);
    EXPECT_EQ(problemWith(R"([[1]])", 2), "");
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_NE(problemWith(deep).find("nested too deeply"), std::string::npos);
}

TEST(JsonDocument, NotesFilesUseIt) {
    const std::string notes =
        R"({"format": "b12guide-notes", "version": 1, "name": "Anna", "name": "Bert"})";
    auto parsed = b12::core::parsePersonalNotes(notes, "notes.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find("\"name\" is given twice"), std::string::npos);
}
