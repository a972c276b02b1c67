// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/answers.h"
#include "tests/support/contentfiles.h"
#include "tests/support/questionnairefile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace b12::core;
using b12::testing::shippedQuestionnaire;

namespace {

std::string testFile(const std::string& name) {
    return b12::testing::readFile(std::filesystem::path(B12_TEST_DATA_DIR) / "answers" / name);
}

Result<Answers> parse(std::string_view text) {
    return parseAnswers(text, shippedQuestionnaire(), "answers.json");
}

std::string withAnswers(const std::string& answersObject) {
    return R"({"format": "b12guide-answers", "version": 1, "answers": )" + answersObject + "}";
}

::testing::AssertionResult failsWith(const Result<Answers>& result, std::string_view part) {
    if (result) {
        return ::testing::AssertionFailure() << "parsed, expected an error with \"" << part << "\"";
    }
    if (result.error().message.find(part) == std::string::npos) {
        return ::testing::AssertionFailure()
               << "error \"" << result.error().toString() << "\" lacks \"" << part << "\"";
    }
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(Answers, RoundTripThroughTheFileFormat) {
    Answers answers;
    answers.set("age_band", std::string("75-plus"));
    answers.set("leg_burning", std::string("yes"));
    answers.set("metformin", std::string("unsure"));
    answers.set("leg_duration", std::string("over-a-year"));
    answers.set("leg_pain_score", 0);
    const std::string file = serializeAnswers(answers);
    auto back = parse(file);
    ASSERT_TRUE(back) << back.error().toString();
    EXPECT_EQ(back.value(), answers);
    EXPECT_EQ(back.value().number("leg_pain_score"), 0);
    EXPECT_EQ(back.value().text("metformin"), "unsure");
}

TEST(Answers, FileNamesItsFormatAndVersion) {
    Answers answers;
    answers.set("leg_pain_score", 7);
    const auto root = nlohmann::json::parse(serializeAnswers(answers));
    EXPECT_EQ(root["format"], "b12guide-answers");
    EXPECT_EQ(root["version"], 1);
    EXPECT_EQ(root["answers"]["leg_pain_score"], 7);
    EXPECT_EQ(serializeAnswers(Answers{}).back(), '\n');
}

TEST(Answers, SetReplacesAndEraseForgets) {
    Answers answers;
    answers.set("leg_burning", std::string("yes"));
    answers.set("leg_burning", std::string("no"));
    EXPECT_EQ(answers.size(), 1U);
    EXPECT_TRUE(answers.is("leg_burning", "no"));
    EXPECT_TRUE(answers.erase("leg_burning"));
    EXPECT_FALSE(answers.erase("leg_burning"));
    EXPECT_TRUE(answers.empty());
}

TEST(Answers, OnlyAValidAnswerToAQuestionOfTheQuestionnaireCountsAsAnswered) {
    const Questionnaire& q = shippedQuestionnaire();
    const Question* tingling = q.find("leg_tingling");
    ASSERT_NE(tingling, nullptr);
    Answers answers;
    EXPECT_EQ(answeredCount(q, answers), 0U);
    answers.set("leg_tingling", std::string(kYes));
    answers.set("age_band", std::string("bogus")); // not one of its options
    answers.set("no_such_question", std::string(kYes));
    answers.set("pain_scale_typo", 5);
    EXPECT_EQ(answers.size(), 4U);
    EXPECT_TRUE(isAnswered(*tingling, answers));
    EXPECT_FALSE(isAnswered(*q.find("age_band"), answers));
    EXPECT_EQ(answeredCount(q, answers), 1U) << "only the valid answer to a question counts";

    Answers every;
    for (const Question& question : q.questions) {
        every.set(question.id, question.type == AnswerType::Scale0To10 ? AnswerValue(3)
                               : question.type == AnswerType::YesNoUnsure
                                   ? AnswerValue(std::string(kNo))
                                   : AnswerValue(question.options.front().id));
    }
    every.set("no_such_question", std::string(kYes));
    EXPECT_EQ(answeredCount(q, every), q.questions.size()) << "never more than every question";
}

TEST(AnswersFile, ShippedExamplesParse) {
    for (const char* name : {"good-routine.json", "good-urgent.json", "good-emergency.json",
                             "good-information.json"}) {
        auto parsed = parse(testFile(name));
        EXPECT_TRUE(parsed) << name << ": " << parsed.error().toString();
    }
    EXPECT_EQ(parse(testFile("good-routine.json")).value().text("age_band"), "65-74");
}

TEST(AnswersFile, AnswersToRetiredQuestionsAreDroppedSoTheirReplacementsAreAskedAgain) {
    // red_both_legs, red_sudden_sight and red_walking_worse were asked by earlier versions
    // with narrower or merged wording: their answers cannot stand for the new questions.
    auto parsed = parse(testFile("good-retired-ids.json"));
    ASSERT_TRUE(parsed) << parsed.error().toString();
    const Answers& answers = parsed.value();
    EXPECT_EQ(answers.size(), 2U);
    EXPECT_TRUE(answers.is("leg_tingling", "yes"));
    for (const char* id : {"red_both_legs", "red_sudden_sight", "red_walking_worse",
                           "red_sight_lost", "red_sight_changed"}) {
        EXPECT_EQ(answers.find(id), nullptr) << id;
    }
}

TEST(AnswersFile, EmptyIsAnError) {
    EXPECT_TRUE(failsWith(parse(testFile("bad-empty.json")), "the file is empty"));
    EXPECT_TRUE(failsWith(parse(" \n\t\n"), "the file is empty"));
}

TEST(AnswersFile, TruncatedIsAnErrorWithItsLine) {
    const auto result = parse(testFile("bad-truncated.json"));
    EXPECT_TRUE(failsWith(result, "not valid JSON (the file may be cut short or damaged)"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().line, 5);
    EXPECT_EQ(result.error().file, "answers.json");
}

TEST(AnswersFile, NotJsonIsAnError) {
    const auto result = parse(testFile("bad-not-json.txt"));
    EXPECT_TRUE(failsWith(result, "not valid JSON"));
}

TEST(AnswersFile, NotUtf8IsAnErrorThatSaysSo) {
    EXPECT_TRUE(failsWith(parse("\xff\xfe{}"), "not valid UTF-8 text"));
    EXPECT_TRUE(
        failsWith(parse(withAnswers("{\"leg_burning\": \"ye\xc3\"}")), "not valid UTF-8 text"));
}

TEST(AnswersFile, ANumberTooLargeForAnyTypeIsAnErrorNotACrash) {
    EXPECT_TRUE(failsWith(parse(withAnswers(R"({"leg_pain_score": 1e999})")),
                          "not valid JSON (the file may be cut short or damaged): a number is "
                          "too large"));
}

TEST(AnswersFile, HugeIsRefusedBeforeParsing) {
    std::string huge = withAnswers("{}");
    huge.append(kMaxAnswersBytes, ' ');
    EXPECT_TRUE(failsWith(parse(huge), "the file is too large"));
    EXPECT_TRUE(failsWith(parse(huge), "at most 1 MiB"));
}

TEST(AnswersFile, DeepNestingIsRefused) {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    EXPECT_TRUE(failsWith(parse(deep), "nested too deeply"));
}

TEST(AnswersFile, AnAnswerGivenTwiceIsAnErrorNotAGuess) {
    EXPECT_TRUE(failsWith(parse(withAnswers(R"({"leg_burning": "yes", "leg_burning": "no"})")),
                          "\"leg_burning\" is given twice"));
}

TEST(AnswersFile, UnknownIdsAreNamedNotDropped) {
    EXPECT_TRUE(
        failsWith(parse(testFile("bad-unknown-id.json")), "unknown question id \"leg_itching\""));
}

TEST(AnswersFile, NotAnAnswersFile) {
    const char* expected = "not a B12 Guide answers file";
    EXPECT_TRUE(failsWith(parse(testFile("bad-not-answers.json")), expected));
    EXPECT_TRUE(failsWith(parse("[1, 2]"), expected));
    EXPECT_TRUE(failsWith(parse("\"yes\""), expected));
    EXPECT_TRUE(failsWith(parse(R"({"version": 1, "answers": {}})"), expected));
    EXPECT_TRUE(failsWith(parse(R"({"format": "b12guide-answers", "version": 1})"),
                          "\"answers\" must be an object"));
    EXPECT_TRUE(failsWith(parse(R"({"format": "b12guide-answers", "version": 1, "answers": [],
                                   "extra": 1})"),
                          "unknown field \"extra\""));
}

TEST(AnswersFile, VersionIsChecked) {
    EXPECT_TRUE(failsWith(parse(testFile("bad-newer-version.json")),
                          "version 2, newer than this B12 Guide reads (1)"));
    EXPECT_TRUE(failsWith(parse(R"({"format": "b12guide-answers", "version": "1",
                                   "answers": {}})"),
                          "\"version\" must be a whole number"));
    EXPECT_TRUE(failsWith(parse(R"({"format": "b12guide-answers", "version": 0,
                                   "answers": {}})"),
                          "unknown version 0"));
}

struct WrongType {
    const char* answers;
    const char* expected;
};

class AnswersFileWrongTypes : public ::testing::TestWithParam<WrongType> {};

TEST_P(AnswersFileWrongTypes, AreNamedWithWhatIsAllowed) {
    EXPECT_TRUE(failsWith(parse(withAnswers(GetParam().answers)), GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    AnswersFile, AnswersFileWrongTypes,
    ::testing::Values(
        WrongType{R"({"leg_burning": true})",
                  R"(the answer to "leg_burning" must be "yes", "no" or "unsure", not true)"},
        WrongType{R"({"leg_burning": "Yes"})", R"("leg_burning" must be "yes", "no" or "unsure")"},
        WrongType{R"({"leg_burning": 1})", R"("leg_burning" must be "yes", "no" or "unsure")"},
        WrongType{R"({"leg_burning": null})", R"(, not null)"},
        WrongType{R"({"age_band": "60-plus"})",
                  R"(the answer to "age_band" must be one of "under-18", "18-50", "51-59", )"
                  R"("60-64", "65-74", "75-plus", not "60-plus")"},
        WrongType{R"({"age_band": "yes"})", R"("age_band" must be one of)"},
        WrongType{R"({"leg_duration": 3})", R"("leg_duration" must be one of)"},
        WrongType{R"({"leg_pain_score": 11})",
                  R"(the answer to "leg_pain_score" must be a whole number from 0 to 10, not 11)"},
        WrongType{R"({"leg_pain_score": -1})", R"(from 0 to 10, not -1)"},
        WrongType{R"({"leg_pain_score": "5"})", R"(from 0 to 10, not "5")"},
        WrongType{R"({"leg_pain_score": 2.5})", R"(from 0 to 10, not 2.5)"},
        WrongType{R"({"leg_pain_score": 99999999999})", R"(from 0 to 10, not 99999999999)"},
        WrongType{R"({"leg_pain_score": [5]})", R"(from 0 to 10, not [5])"}));

TEST(AnswersFile, ErrorsNameTheFile) {
    auto result = parseAnswers("", shippedQuestionnaire(), "/home/anna/answers.json");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().toString(), "/home/anna/answers.json: the file is empty");
}

TEST(DescribeAnswer, ShowsWhatThePersonChoseInWords) {
    const Questionnaire& q = shippedQuestionnaire();
    Answers answers;
    answers.set("leg_burning", std::string("unsure"));
    answers.set("age_band", std::string("75-plus"));
    answers.set("leg_pain_score", 7);
    EXPECT_EQ(describeAnswer(q, *q.find("leg_burning"), answers, "en"), "Not sure");
    EXPECT_EQ(describeAnswer(q, *q.find("age_band"), answers, "en"), "75 or over");
    EXPECT_EQ(describeAnswer(q, *q.find("leg_pain_score"), answers, "nl"), "7 out of 10");
    EXPECT_EQ(describeAnswer(q, *q.find("metformin"), answers, "en"), "Not answered");
}
