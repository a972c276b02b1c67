// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/assessment.h"
#include "tests/support/questionnairefile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

using namespace b12::core;
using b12::testing::shippedQuestionnaire;

namespace {

using Ids = std::vector<std::string>;

Ids warningSignIds() {
    Ids ids;
    for (const Question* q : shippedQuestionnaire().warningSigns()) {
        ids.push_back(q->id);
    }
    return ids;
}

// Every warning sign answered "no", then `values`: most tests are about other answers.
Answers answersOf(std::initializer_list<std::pair<const char*, AnswerValue>> values) {
    Answers answers;
    for (const std::string& id : warningSignIds()) {
        answers.set(id, std::string("no"));
    }
    for (const auto& [id, value] : values) {
        EXPECT_NE(shippedQuestionnaire().find(id), nullptr) << "no question " << id;
        answers.set(id, value);
    }
    return answers;
}

AnswerValue yes() {
    return std::string("yes");
}
AnswerValue no() {
    return std::string("no");
}
AnswerValue unsure() {
    return std::string("unsure");
}
AnswerValue option(const char* id) {
    return std::string(id);
}

Assessment assessAnswers(const Answers& answers) {
    return assess(shippedQuestionnaire(), answers);
}

const Reason* reason(const Assessment& a, std::string_view key) {
    const auto it = std::find_if(a.reasons.begin(), a.reasons.end(),
                                 [&](const Reason& r) { return r.key == key; });
    return it == a.reasons.end() ? nullptr : &*it;
}

Ids keys(const Assessment& a) {
    Ids out;
    for (const Reason& r : a.reasons) {
        out.push_back(r.key);
    }
    return out;
}

Ids sorted(Ids ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

Ids idsWhere(const std::function<bool(const Question&)>& predicate) {
    Ids ids;
    for (const Question& q : shippedQuestionnaire().questions) {
        if (predicate(q)) {
            ids.push_back(q.id);
        }
    }
    return ids;
}

} // namespace

TEST(Assessment, NoAnswersNameEveryWarningSignAsUnansweredNeverNothingNoted) {
    const Assessment a = assessAnswers({});
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"warning_signs_unanswered"});
    EXPECT_EQ(a.reasons.front().answers, warningSignIds());
    EXPECT_EQ(a.unansweredWarningSigns, warningSignIds());
    EXPECT_FALSE(a.reasons.front().text.get("en").empty());
}

TEST(Assessment, NothingNotedOnlyWhenEveryWarningSignWasAnswered) {
    const Assessment a = assessAnswers(answersOf({}));
    EXPECT_EQ(keys(a), Ids{"nothing_noted"});
    EXPECT_TRUE(a.unansweredWarningSigns.empty());
    EXPECT_TRUE(a.reasons.front().answers.empty());
}

TEST(Assessment, OneUnansweredWarningSignIsNamedBesideARoutineResult) {
    Answers answers = answersOf({{"tiredness", yes()}, {"metformin", yes()}});
    answers.erase("red_cannot_pee");
    const Assessment a = assessAnswers(answers);
    EXPECT_EQ(a.level, Level::Routine);
    EXPECT_EQ(keys(a), (Ids{"symptom_and_risk", "warning_signs_unanswered"}));
    EXPECT_EQ(reason(a, "warning_signs_unanswered")->answers, Ids{"red_cannot_pee"});
    EXPECT_EQ(a.unansweredWarningSigns, Ids{"red_cannot_pee"});
}

TEST(Assessment, AllNoGivesInformation) {
    Answers answers;
    for (const Question& q : shippedQuestionnaire().questions) {
        if (q.type == AnswerType::YesNoUnsure) {
            answers.set(q.id, no());
        }
    }
    answers.set("age_band", option("18-50"));
    const Assessment a = assessAnswers(answers);
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"nothing_noted"});
}

TEST(Assessment, SymptomAndRiskFactorGiveRoutineNamingBoth) {
    const Assessment a =
        assessAnswers(answersOf({{"tiredness", yes()}, {"metformin", yes()}, {"low_mood", no()}}));
    EXPECT_EQ(a.level, Level::Routine);
    ASSERT_EQ(a.reasons.front().key, "symptom_and_risk");
    EXPECT_EQ(a.reasons.front().level, Level::Routine);
    EXPECT_EQ(a.reasons.front().answers, (Ids{"tiredness", "metformin"}));
}

TEST(Assessment, AgeSixtyFiveOrOverWithASymptomGivesRoutineWithoutQuotingNiceTestAdvice) {
    for (const char* band : {"65-74", "75-plus"}) {
        const Assessment a =
            assessAnswers(answersOf({{"age_band", option(band)}, {"leg_tingling", yes()}}));
        EXPECT_EQ(a.level, Level::Routine) << band;
        EXPECT_EQ(keys(a), Ids{"symptom_and_age"}) << band;
        EXPECT_EQ(a.reasons.front().answers, (Ids{"leg_tingling", "age_band"}));
        EXPECT_EQ(a.reasons.front().text.get("en").find("NICE advises"), std::string::npos);
    }
    for (const char* band : {"18-50", "51-59", "60-64"}) {
        const Assessment a =
            assessAnswers(answersOf({{"age_band", option(band)}, {"leg_tingling", yes()}}));
        EXPECT_EQ(a.level, Level::Information) << band;
        EXPECT_EQ(keys(a), Ids{"symptoms_only"}) << band;
    }
}

TEST(Assessment, AgeWithAnotherRiskFactorIsNicesSymptomAndRiskRule) {
    const Assessment a = assessAnswers(answersOf(
        {{"age_band", option("75-plus")}, {"leg_tingling", yes()}, {"metformin", yes()}}));
    EXPECT_EQ(keys(a), Ids{"symptom_and_risk"});
    EXPECT_EQ(a.reasons.front().answers, (Ids{"leg_tingling", "age_band", "metformin"}));
}

TEST(Assessment, PregnancyCountsAsARiskFactor) {
    const Assessment a =
        assessAnswers(answersOf({{"pregnant_or_breastfeeding", yes()}, {"tiredness", yes()}}));
    EXPECT_EQ(a.level, Level::Routine);
    EXPECT_EQ(reason(a, "symptom_and_risk")->answers,
              (Ids{"tiredness", "pregnant_or_breastfeeding"}));
}

TEST(Assessment, EveryRiskFactorQuestionCountsWithASymptom) {
    for (const std::string& id :
         idsWhere([](const Question& q) { return q.kind == QuestionKind::RiskFactor; })) {
        Answers answers = answersOf({{"hand_tingling", yes()}});
        answers.set(id, yes());
        EXPECT_EQ(assessAnswers(answers).level, Level::Routine) << id;
    }
}

TEST(Assessment, SymptomsWithoutRiskFactorGiveInformation) {
    const Assessment a = assessAnswers(answersOf({{"leg_burning", yes()},
                                                  {"tiredness", yes()},
                                                  {"metformin", no()},
                                                  {"age_band", option("51-59")}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"symptoms_only"});
    EXPECT_EQ(a.reasons.front().answers, (Ids{"leg_burning", "tiredness"}));
}

TEST(Assessment, RiskFactorWithoutSymptomsGivesInformation) {
    const Assessment a = assessAnswers(
        answersOf({{"diet_little_animal_food", yes()}, {"age_band", option("75-plus")}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"risk_only"});
    EXPECT_EQ(a.reasons.front().answers, (Ids{"age_band", "diet_little_animal_food"}));
}

TEST(Assessment, SeveralNerveSymptomsForWeeksGiveRoutineWithoutARiskFactor) {
    for (const char* duration : {"2-weeks-to-3-months", "3-to-12-months", "over-a-year"}) {
        const Assessment a = assessAnswers(answersOf({{"leg_burning", yes()},
                                                      {"leg_numbness", yes()},
                                                      {"leg_unsteady", yes()},
                                                      {"leg_duration", option(duration)}}));
        EXPECT_EQ(a.level, Level::Routine) << duration;
        EXPECT_EQ(keys(a), Ids{"neurological_for_weeks"}) << duration;
        EXPECT_EQ(a.reasons.front().answers,
                  (Ids{"leg_burning", "leg_numbness", "leg_unsteady", "leg_duration"}));
    }
}

TEST(Assessment, TwoNerveSymptomsForWeeksAreNotSeveral) {
    EXPECT_EQ(shippedQuestionnaire().neurologicalRule.minSymptoms, 3);
    const Assessment a = assessAnswers(answersOf({{"leg_burning", yes()},
                                                  {"leg_numbness", yes()},
                                                  {"leg_duration", option("over-a-year")}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"symptoms_only"});
}

TEST(Assessment, NerveSymptomsForLessThanTwoWeeksAreNotWeeks) {
    const Assessment a = assessAnswers(answersOf({{"leg_burning", yes()},
                                                  {"leg_numbness", yes()},
                                                  {"leg_tingling", yes()},
                                                  {"leg_duration", option("less-than-2-weeks")}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"symptoms_only"});
}

TEST(Assessment, OnlyNerveTypeLegSymptomsCountTowardsSeveral) {
    // Night-time, where it started and back pain describe the pain; they are not nerve signs.
    const Assessment a = assessAnswers(answersOf({{"leg_worse_at_night", yes()},
                                                  {"leg_feet_first_both_sides", yes()},
                                                  {"leg_pain_from_back", yes()},
                                                  {"tiredness", yes()},
                                                  {"leg_duration", option("over-a-year")}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(reason(a, "neurological_for_weeks"), nullptr);
}

TEST(Assessment, NerveSymptomsOfUnknownDurationAskToWatch) {
    for (const bool answered : {true, false}) {
        Answers answers = answersOf(
            {{"leg_weakness", yes()}, {"leg_stiffness", yes()}, {"leg_touch_hurts", yes()}});
        if (answered) {
            answers.set("leg_duration", option("not-sure"));
        }
        const Assessment a = assessAnswers(answers);
        EXPECT_EQ(a.level, Level::Information);
        ASSERT_NE(reason(a, "neurological_duration_unsure"), nullptr);
        const Ids& ids = reason(a, "neurological_duration_unsure")->answers;
        EXPECT_EQ(std::count(ids.begin(), ids.end(), "leg_duration"), answered ? 1 : 0);
    }
}

// The level each warning sign asks for, from its source (see the table in
// docs/answers-format.md). A change here is a change of medical advice.
const std::vector<std::pair<std::string, Level>>& expectedWarningSignLevels() {
    static const std::vector<std::pair<std::string, Level>> levels{
        {"red_both_legs_weak_numb", Level::Emergency},
        {"red_both_legs_pain", Level::Emergency},
        {"red_saddle_numbness", Level::Emergency},
        {"red_cannot_pee", Level::Emergency},
        {"red_bladder_bowel", Level::Emergency},
        {"red_sight_lost", Level::Emergency},
        {"red_sight_changed", Level::Urgent},
        {"red_walking_new_or_worse", Level::Urgent},
        {"red_foot_wound", Level::Routine},
    };
    return levels;
}

TEST(Assessment, EveryWarningSignHasTheLevelItsSourceGives) {
    Ids expected;
    for (const auto& [id, level] : expectedWarningSignLevels()) {
        expected.push_back(id);
        ASSERT_NE(shippedQuestionnaire().find(id), nullptr) << id;
        EXPECT_EQ(shippedQuestionnaire().find(id)->level, level) << id;
    }
    EXPECT_EQ(warningSignIds(), expected) << "warning signs are asked in this order";
}

TEST(Assessment, EachWarningSignAloneGivesItsLevel) {
    for (const auto& [id, level] : expectedWarningSignLevels()) {
        Answers answers;
        answers.set(id, yes());
        const Assessment a = assessAnswers(answers);
        EXPECT_EQ(a.level, level) << id;
        EXPECT_EQ(a.reasons.front().level, level) << id;
        EXPECT_EQ(a.reasons.front().answers, Ids{id});
        EXPECT_EQ(a.reasons.front().key, level == Level::Emergency ? "red_flag_emergency"
                                         : level == Level::Urgent  ? "red_flag_urgent"
                                                                   : "red_flag_routine");
    }
}

TEST(Assessment, EachWarningSignWithEveryOtherAnswerNoStillGivesItsLevel) {
    for (const auto& [id, level] : expectedWarningSignLevels()) {
        Answers answers;
        for (const Question& q : shippedQuestionnaire().questions) {
            if (q.type == AnswerType::YesNoUnsure) {
                answers.set(q.id, no());
            }
        }
        answers.set("age_band", option("18-50"));
        answers.set(id, yes());
        const Assessment a = assessAnswers(answers);
        EXPECT_EQ(a.level, level) << id;
        EXPECT_TRUE(a.unansweredWarningSigns.empty()) << id;
    }
}

TEST(Assessment, EmergencyLevelTextsGiveTheNumbersToCallNow) {
    for (const auto& [id, level] : expectedWarningSignLevels()) {
        Answers answers;
        answers.set(id, yes());
        const LevelTexts& texts = levelTexts(shippedQuestionnaire(), assessAnswers(answers));
        const std::string advice = texts.advice.get("en");
        const std::string german = texts.advice.get("de");
        if (level == Level::Emergency) {
            EXPECT_EQ(texts.title.get("en"), "Emergency: get help now") << id;
            for (const char* number : {"999", "112", "911"}) {
                EXPECT_NE(advice.find(number), std::string::npos) << id << " " << number;
                EXPECT_NE(german.find(number), std::string::npos) << id << " " << number;
            }
        } else {
            EXPECT_EQ(advice.find("999"), std::string::npos) << id;
            EXPECT_EQ(german.find("Notruf"), std::string::npos) << id;
        }
        if (level == Level::Urgent) {
            EXPECT_NE(advice.find("today"), std::string::npos) << id;
            EXPECT_NE(german.find("noch heute"), std::string::npos) << id;
        }
    }
}

TEST(Assessment, WarningSignsComeFirstAndOtherReasonsStay) {
    const Assessment a = assessAnswers(answersOf({{"red_sight_changed", yes()},
                                                  {"red_bladder_bowel", yes()},
                                                  {"leg_burning", yes()},
                                                  {"metformin", yes()}}));
    EXPECT_EQ(a.level, Level::Emergency);
    EXPECT_EQ(keys(a), (Ids{"red_flag_emergency", "red_flag_urgent", "symptom_and_risk"}));
}

TEST(Assessment, UnsureWarningSignAsksForADoctorSoonButIsNotUrgent) {
    const Assessment a = assessAnswers(answersOf({{"red_saddle_numbness", unsure()}}));
    EXPECT_EQ(a.level, Level::Routine);
    EXPECT_EQ(keys(a), Ids{"red_flag_unsure"});
    EXPECT_EQ(a.reasons.front().answers, Ids{"red_saddle_numbness"});
}

TEST(Assessment, UnsureNeverCountsAsYes) {
    Answers answers = answersOf({});
    for (const Question& q : shippedQuestionnaire().questions) {
        if (q.type == AnswerType::YesNoUnsure && q.kind != QuestionKind::RedFlag) {
            answers.set(q.id, unsure());
        }
    }
    answers.set("leg_duration", option("over-a-year"));
    const Assessment a = assessAnswers(answers);
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), (Ids{"symptoms_unsure", "risk_unsure"}));
    const Ids symptoms = idsWhere([](const Question& q) {
        return q.kind == QuestionKind::Symptom && q.type == AnswerType::YesNoUnsure;
    });
    EXPECT_EQ(sorted(reason(a, "symptoms_unsure")->answers), sorted(symptoms));
    const Ids& risks = reason(a, "risk_unsure")->answers;
    EXPECT_NE(std::find(risks.begin(), risks.end(), "pregnant_or_breastfeeding"), risks.end());
    EXPECT_NE(std::find(risks.begin(), risks.end(), "metformin"), risks.end());
}

TEST(Assessment, SymptomWithUnsureRiskFactorStaysInformationAndSaysWhatToCheck) {
    const Assessment a =
        assessAnswers(answersOf({{"leg_tingling", yes()}, {"acid_reducing_medicine", unsure()}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), (Ids{"symptoms_only", "risk_unsure"}));
    EXPECT_EQ(reason(a, "risk_unsure")->answers, Ids{"acid_reducing_medicine"});
}

TEST(Assessment, PainScoreAloneDoesNotChangeTheLevel) {
    const Assessment a = assessAnswers(answersOf({{"leg_pain_score", 9}}));
    EXPECT_EQ(a.level, Level::Information);
    EXPECT_EQ(keys(a), Ids{"nothing_noted"});
}

TEST(Assessment, UnderEighteenGetsANote) {
    const Assessment a = assessAnswers(answersOf({{"age_band", option("under-18")}}));
    EXPECT_EQ(keys(a), Ids{"under_18"});
    EXPECT_EQ(a.reasons.front().answers, Ids{"age_band"});
}

TEST(Assessment, EveryReasonLinksTheSectionsBehindIt) {
    const Assessment a = assessAnswers(answersOf({{"red_foot_wound", unsure()},
                                                  {"leg_burning", yes()},
                                                  {"nitrous_oxide", yes()},
                                                  {"memory_problems", unsure()}}));
    ASSERT_EQ(keys(a), (Ids{"red_flag_unsure", "symptom_and_risk", "symptoms_unsure"}));
    for (const Reason& r : a.reasons) {
        EXPECT_FALSE(r.sectionIds.empty()) << r.key;
        for (const std::string& id : r.answers) {
            const std::string& section = shippedQuestionnaire().find(id)->sectionId;
            EXPECT_NE(std::find(r.sectionIds.begin(), r.sectionIds.end(), section),
                      r.sectionIds.end())
                << r.key << " lacks " << section << " for " << id;
        }
    }
    const Ids& sections = reason(a, "symptom_and_risk")->sectionIds;
    EXPECT_EQ(sections.front(), "symptoms");
    EXPECT_EQ(std::count(sections.begin(), sections.end(), "who-is-at-risk"), 1);
}

TEST(Assessment, JsonHasTheLevelAndEachReasonWithItsAnswers) {
    const Assessment a = assessAnswers(answersOf({{"leg_burning", yes()}, {"metformin", yes()}}));
    const auto root = nlohmann::json::parse(assessmentToJson(a, "en"));
    EXPECT_EQ(root["level"], "routine");
    ASSERT_EQ(root["reasons"].size(), 1U);
    EXPECT_EQ(root["reasons"][0]["answers"], (nlohmann::json{"leg_burning", "metformin"}));
    EXPECT_EQ(root["reasons"][0]["text"], a.reasons.front().text.get("en"));
    EXPECT_EQ(root["unanswered_warning_signs"], nlohmann::json::array());
}

TEST(Assessment, JsonNamesEveryUnansweredWarningSign) {
    const auto root = nlohmann::json::parse(assessmentToJson(assessAnswers({}), "en"));
    EXPECT_EQ(root["unanswered_warning_signs"], nlohmann::json(warningSignIds()));
}

TEST(Assessment, LevelIdsAreTheFourCareLevels) {
    EXPECT_EQ(levelId(Level::Information), "information");
    EXPECT_EQ(levelId(Level::Routine), "routine");
    EXPECT_EQ(levelId(Level::Urgent), "urgent");
    EXPECT_EQ(levelId(Level::Emergency), "emergency");
}
