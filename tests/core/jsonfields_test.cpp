// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/jsonfields.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

using namespace b12::core;
using nlohmann::json;

namespace {

// The message a reader refuses with, "" when it accepts.
std::string refusal(const std::function<void()>& read) {
    try {
        read();
    } catch (const JsonFieldError& error) {
        return error.toString();
    }
    return {};
}

} // namespace

TEST(JsonFields, AnUnknownKeyIsRefusedByName) {
    const json object = json::parse(R"({"id": "a", "secton": "x"})");
    EXPECT_EQ(refusal([&] {
                  rejectUnknownKeys(object, {"id", "section"}, "question \"a\"");
              }),
              R"(question "a": unknown field "secton")");
    EXPECT_EQ(refusal([&] {
                  rejectUnknownKeys(object, {"id"}, JsonScope{{}, "values[0]"});
              }),
              R"(unknown field "values[0].secton")");
}

TEST(JsonFields, ADateIsWrittenYyyyMmDdAndIsADayOfTheCalendar) {
    for (const char* date : {"2026-11-20", "2028-02-29", "2000-02-29", "2026-12-31"}) {
        EXPECT_FALSE(isoDateProblem(date)) << date;
    }
    for (const char* date : {"2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01",
                             "2026-00-01", "2026-01-00"}) {
        EXPECT_EQ(isoDateProblem(date), '"' + std::string(date) + "\" is not a day of the calendar")
            << date;
    }
    for (const char* date : {"", "20.11.2026", "2026-1-20", "2026-11-20T10:00", " 2026-11-20",
                             "2026/11/20", "２026-11-20"}) {
        EXPECT_EQ(isoDateProblem(date),
                  "must be a date written YYYY-MM-DD, not \"" + std::string(date) + '"')
            << date;
    }
}

TEST(JsonFields, ADateFieldIsRefusedByNameWhenMissingOrImpossible) {
    const json good = json::parse(R"({"reviewed": "2026-11-20"})");
    EXPECT_EQ(readDate(good, "reviewed", "summary"), "2026-11-20");
    EXPECT_EQ(refusal([] { (void)readDate(json::object(), "reviewed", "summary"); }),
              R"(summary: field "reviewed" is missing)");
    EXPECT_EQ(refusal([] {
                  (void)readDate(json::parse(R"({"reviewed": "2026-02-30"})"), "reviewed", {});
              }),
              R"(field "reviewed" "2026-02-30" is not a day of the calendar)");
    EXPECT_EQ(
        refusal([] { (void)readDate(json::parse(R"({"reviewed": 20261120})"), "reviewed", {}); }),
        R"(field "reviewed" must be text)");
}

TEST(JsonFields, ACommentIsAlwaysAllowed) {
    const json object = json::parse(R"({"id": "a", "comment": "for the people who edit this"})");
    EXPECT_EQ(refusal([&] { rejectUnknownKeys(object, {"id"}, "rules"); }), "");
}

TEST(JsonFields, ATextNeedsEnglish) {
    const json object = json::parse(R"({"label": {"de": "Ja"}, "blank": {"en": " ", "de": "x"}})");
    EXPECT_EQ(refusal([&] { (void)readText(object, "label", "question \"a\""); }),
              R"(question "a": field "label" has no English ("en") text)");
    EXPECT_EQ(refusal([&] { (void)readText(object, "blank", "question \"a\""); }),
              R"(question "a": field "blank" has no English ("en") text)");
    const json good = json::parse(R"({"label": {"en": "Yes", "de": "Ja"}})");
    EXPECT_EQ(readText(good, "label", "x").get("de"), "Ja");
    EXPECT_EQ(readText(good, "none", "x", false).byLanguage.size(), 0U);
}

TEST(JsonFields, WrongTypesAreRefusedNamingTheField) {
    const json object = json::parse(
        R"({"id": 5, "ids": "a", "year": "2002", "label": "Yes", "de": {"en": "x", "de": 1}})");
    const JsonScope scope{"series \"s\"", "citation"};
    EXPECT_EQ(refusal([&] { (void)readId(object, "id", scope); }),
              R"(series "s": field "citation.id" must be text)");
    EXPECT_EQ(refusal([&] { (void)readIdList(object, "ids", scope, true); }),
              R"(series "s": field "citation.ids" must be a list)");
    EXPECT_EQ(refusal([&] { (void)readInt(object, "year", scope, true, 1900, 2100); }),
              R"(series "s": field "citation.year" must be a whole number)");
    EXPECT_EQ(refusal([&] { (void)readText(object, "label", scope); }),
              R"(series "s": field "citation.label" must be an object of texts by language, )"
              R"(e.g. {"en": "..."})");
    EXPECT_EQ(refusal([&] { (void)readText(object, "de", scope); }),
              R"(series "s": field "citation.de.de" must be text)");
    EXPECT_EQ(refusal([&] { (void)requireObject(object, "id", "rules"); }),
              R"(rules: field "id" must be an object)");
}

TEST(JsonFields, MissingBlankAndOutOfRangeValuesAreRefused) {
    const json object = json::parse(R"({"id": " ", "n": 0, "ids": ["a", ""], "opt": null})");
    EXPECT_EQ(refusal([&] { (void)readId(object, "section", "group \"g\""); }),
              R"(group "g": field "section" is missing)");
    EXPECT_EQ(refusal([&] { (void)readId(object, "id", "group \"g\""); }),
              R"(group "g": field "id" must be a non-empty text)");
    EXPECT_EQ(refusal([&] { (void)readInt(object, "n", {}, true, 1, 100); }),
              R"(field "n" must be from 1 to 100, not 0)");
    EXPECT_EQ(refusal([&] { (void)readIdList(object, "ids", {}, true); }),
              R"(field "ids" must list non-empty texts)");
    EXPECT_EQ(readString(object, "opt", {}, false), "") << "null counts as absent";
    EXPECT_FALSE(readInt(object, "opt", {}, false, 1, 100).has_value());
}

TEST(JsonFields, AChoiceListsTheAllowedNames) {
    enum class Colour { Red, Green };
    constexpr std::array<std::pair<Colour, std::string_view>, 2> kColours{{
        {Colour::Red, "red"},
        {Colour::Green, "green"},
    }};
    const json object = json::parse(R"({"a": "green", "b": "blue"})");
    EXPECT_EQ(readChoice(object, "a", {}, kColours), Colour::Green);
    EXPECT_EQ(refusal([&] { (void)readChoice(object, "b", "item", kColours); }),
              R"(item: field "b" must be one of "red", "green", not "blue")");
}
