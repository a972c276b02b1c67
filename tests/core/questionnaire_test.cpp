// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/article.h"
#include "core/base/jsonfields.h"
#include "core/questionnaire/questionnaire.h"
#include "tests/support/contentfiles.h"
#include "tests/support/questionnairefile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

using namespace b12::core;
using b12::testing::shippedQuestionnaire;
using b12::testing::shippedQuestionnaireJson;

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Every text of a localized value, in every language it has.
void forEachText(const LocalizedText& text, const std::string& where,
                 const std::function<void(const std::string&, const std::string&)>& check) {
    for (const auto& [language, value] : text.byLanguage) {
        check(where + " [" + language + "]", value);
    }
}

// Every text that can appear in a result: the level wording, the reasons, the disclaimer,
// and the labels of the answers that reasons list.
void forEachResultText(const Questionnaire& q,
                       const std::function<void(const std::string&, const std::string&)>& check) {
    const ResultTexts& r = q.result;
    for (std::size_t i = 0; i < r.levels.size(); ++i) {
        const std::string where = "level " + std::string(levelId(static_cast<Level>(i)));
        forEachText(r.levels.at(i).title, where + " title", check);
        forEachText(r.levels.at(i).advice, where + " advice", check);
    }
    for (const auto& [key, reason] : r.reasons) {
        forEachText(reason.text, "reason " + key, check);
    }
    forEachText(r.disclaimer, "disclaimer", check);
    const AnswerLabels& a = q.answerLabels;
    for (const LocalizedText* label : {&a.yes, &a.no, &a.unsure, &a.unanswered, &a.scale}) {
        forEachText(*label, "answer label", check);
    }
    for (const Question& question : q.questions) {
        forEachText(question.label, "label of " + question.id, check);
        for (const Option& option : question.options) {
            forEachText(option.label, "option " + question.id + "/" + option.id, check);
        }
    }
}

// The shipped file with one change made by `edit`, parsed.
Result<Questionnaire> parseEdited(const std::function<void(nlohmann::json&)>& edit) {
    auto root = nlohmann::json::parse(shippedQuestionnaireJson());
    edit(root);
    return parseQuestionnaire(root.dump(), "edited.json");
}

nlohmann::json& questionById(nlohmann::json& root, const std::string& id) {
    for (auto& q : root["questions"]) {
        if (q["id"] == id) {
            return q;
        }
    }
    throw std::runtime_error("no question " + id);
}

} // namespace

TEST(ShippedQuestionnaire, ParsesWithTheGroupsInOrder) {
    const Questionnaire& q = shippedQuestionnaire();
    std::vector<std::string> groups;
    for (const Group& g : q.groups) {
        groups.push_back(g.id);
    }
    EXPECT_EQ(groups, (std::vector<std::string>{"about_you", "warning_signs", "leg_symptoms",
                                                "other_signs", "risk_factors"}));
    EXPECT_GE(q.questions.size(), 40U);
    for (const Group& g : q.groups) {
        EXPECT_FALSE(q.questionsIn(g.id).empty()) << g.id;
    }
}

TEST(ShippedQuestionnaire, AgeBandsAreTheChartBandsAndSixtyFivePlusIsARisk) {
    const Question* age = shippedQuestionnaire().find("age_band");
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->kind, QuestionKind::AboutYou);
    EXPECT_EQ(age->type, AnswerType::Choice);
    std::vector<std::string> ids;
    for (const Option& o : age->options) {
        ids.push_back(o.id);
    }
    EXPECT_EQ(
        ids, (std::vector<std::string>{"under-18", "18-50", "51-59", "60-64", "65-74", "75-plus"}));
    EXPECT_EQ(age->riskWhen, (std::vector<std::string>{"65-74", "75-plus"}));
    EXPECT_EQ(shippedQuestionnaire().ageQuestion, "age_band");
}

TEST(ShippedQuestionnaire, CoversEveryKindAndTheWarningSigns) {
    const Questionnaire& q = shippedQuestionnaire();
    for (const char* id : {"pregnant_or_breastfeeding",
                           "leg_burning",
                           "leg_tingling",
                           "leg_numbness",
                           "leg_shooting_pain",
                           "leg_touch_hurts",
                           "leg_worse_at_night",
                           "leg_feet_first_both_sides",
                           "leg_weakness",
                           "leg_stiffness",
                           "leg_unsteady",
                           "leg_pain_from_back",
                           "leg_duration",
                           "leg_pain_score",
                           "tiredness",
                           "sight_changes",
                           "diet_little_animal_food",
                           "autoimmune_gastritis",
                           "metformin",
                           "acid_reducing_medicine",
                           "other_medicines",
                           "nitrous_oxide",
                           "autoimmune_condition",
                           "red_both_legs_weak_numb",
                           "red_saddle_numbness",
                           "red_bladder_bowel",
                           "red_sight_lost",
                           "red_foot_wound"}) {
        EXPECT_NE(q.find(id), nullptr) << id;
    }
    for (const Question* question : q.warningSigns()) {
        EXPECT_NE(question->level, Level::Information) << question->id;
        EXPECT_FALSE(question->source.empty()) << question->id;
    }
}

TEST(ShippedQuestionnaire, WarningSignsAreAskedRightAfterAboutYou) {
    const Questionnaire& q = shippedQuestionnaire();
    ASSERT_GE(q.groups.size(), 2U);
    EXPECT_EQ(q.groups[0].id, "about_you");
    EXPECT_EQ(q.groups[1].id, "warning_signs");
    for (const Question* question : q.questionsIn("warning_signs")) {
        EXPECT_EQ(question->kind, QuestionKind::RedFlag) << question->id;
    }
    EXPECT_EQ(q.questionsIn("warning_signs").size(), q.warningSigns().size());
}

TEST(ShippedQuestionnaire, IdsOfAKindAndTypeAreThoseQuestionsInTheOrderAsked) {
    const Questionnaire& q = shippedQuestionnaire();
    const std::vector<std::string> symptoms =
        q.idsOf(QuestionKind::Symptom, AnswerType::YesNoUnsure);
    std::vector<std::string> expected;
    for (const Question& question : q.questions) {
        if (question.kind == QuestionKind::Symptom && question.type == AnswerType::YesNoUnsure) {
            expected.push_back(question.id);
        }
    }
    EXPECT_EQ(symptoms, expected);
    EXPECT_EQ(symptoms.front(), "leg_burning");
    for (const char* notRated : {"leg_duration", "leg_pain_score", "metformin"}) {
        EXPECT_EQ(std::count(symptoms.begin(), symptoms.end(), notRated), 0) << notRated;
    }
    EXPECT_EQ(q.idsOf(QuestionKind::Symptom, AnswerType::Scale0To10),
              std::vector<std::string>{"leg_pain_score"});
}

TEST(ShippedQuestionnaire, HasAReviewDate) {
    EXPECT_EQ(shippedQuestionnaire().reviewed.size(), 10U);
    EXPECT_FALSE(isoDateProblem(shippedQuestionnaire().reviewed))
        << shippedQuestionnaire().reviewed;
}

TEST(ShippedQuestionnaire, RetiredWarningSignsAreNoLongerAsked) {
    const Questionnaire& q = shippedQuestionnaire();
    for (const char* id : {"red_both_legs", "red_sudden_sight", "red_walking_worse"}) {
        EXPECT_TRUE(q.isRetired(id)) << id;
        EXPECT_EQ(q.find(id), nullptr) << id;
    }
}

TEST(ShippedQuestionnaire, EverySectionExistsInTheEnglishArticle) {
    auto article = parseArticle(b12::testing::shippedContent("en"));
    ASSERT_TRUE(article) << article.error().toString();
    const Questionnaire& q = shippedQuestionnaire();
    auto exists = [&](const std::string& id) { return article.value().find(id) != nullptr; };
    for (const Question& question : q.questions) {
        EXPECT_TRUE(exists(question.sectionId)) << question.id << ": " << question.sectionId;
    }
    for (const Group& group : q.groups) {
        EXPECT_TRUE(exists(group.sectionId)) << group.id << ": " << group.sectionId;
    }
    for (const auto& [key, reason] : q.result.reasons) {
        EXPECT_FALSE(reason.sectionIds.empty()) << key;
        for (const std::string& id : reason.sectionIds) {
            EXPECT_TRUE(exists(id)) << "reason " << key << ": " << id;
        }
    }
}

TEST(ShippedQuestionnaire, ResultTextsNeverSoundLikeADiagnosis) {
    int checked = 0;
    forEachResultText(shippedQuestionnaire(), [&](const std::string& where,
                                                  const std::string& text) {
        ++checked;
        const std::string l = lower(text);
        for (const char* word : {"diagnosis", "you have", "positive"}) {
            EXPECT_EQ(l.find(word), std::string::npos) << where << " says \"" << word << "\"";
        }
        // The same in German ("Sie haben ... angegeben" is only the perfect tense).
        if (where.ends_with("[de]")) {
            for (const char* word :
                 {"diagnose", "positiv", "sie haben einen ", "sie haben eine ", "sie haben ein "}) {
                EXPECT_EQ(l.find(word), std::string::npos) << where << " says \"" << word << "\"";
            }
        }
    });
    EXPECT_GT(checked, 60);
}

TEST(ShippedQuestionnaire, TheScanCatchesAForbiddenWord) {
    // The scan above must be able to fail: plant a forbidden phrase and look for it.
    auto edited = parseEdited([](nlohmann::json& root) {
        root["result"]["reasons"]["risk_only"]["text"]["de"] = "You have low B12.";
    });
    ASSERT_TRUE(edited) << edited.error().toString();
    bool found = false;
    forEachResultText(edited.value(), [&](const std::string&, const std::string& text) {
        found = found || lower(text).find("you have") != std::string::npos;
    });
    EXPECT_TRUE(found);
}

TEST(ShippedQuestionnaire, NoQuestionAsksForADiagnosis) {
    for (const Question& q : shippedQuestionnaire().questions) {
        forEachText(q.text, q.id, [](const std::string& where, const std::string& text) {
            const std::string l = lower(text);
            EXPECT_EQ(l.find("diagnos"), std::string::npos) << where;
            EXPECT_EQ(l.find("told you"), std::string::npos) << where;
        });
    }
}

TEST(ShippedQuestionnaire, EveryTextHasEnglish) {
    const Questionnaire& q = shippedQuestionnaire();
    for (const Question& question : q.questions) {
        EXPECT_FALSE(question.text.get("en").empty()) << question.id;
        EXPECT_FALSE(question.label.get("en").empty()) << question.id;
        // A missing German text falls back to English rather than showing nothing.
        EXPECT_FALSE(question.text.get("de").empty()) << question.id;
    }
}

TEST(LocalizedText, FallsBackToEnglish) {
    LocalizedText text;
    text.byLanguage = {{"en", "Yes"}, {"de", "Ja"}, {"fr", ""}};
    EXPECT_EQ(text.get("de"), "Ja");
    EXPECT_EQ(text.get("en"), "Yes");
    EXPECT_EQ(text.get("nl"), "Yes");
    EXPECT_EQ(text.get("fr"), "Yes") << "an empty translation counts as missing";
    EXPECT_EQ(LocalizedText{}.get("en"), "");
}

TEST(Questionnaire, ANumberTooLargeIsAnErrorNotACrash) {
    auto parsed = parseQuestionnaire(R"({"version": 1e999})", "questionnaire.json");
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().message.find("not valid JSON"), std::string::npos);
}

TEST(Questionnaire, NotJsonIsAnError) {
    auto parsed = parseQuestionnaire("{\"format\": ", "questionnaire.json");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().file, "questionnaire.json");
    EXPECT_NE(parsed.error().message.find("not valid JSON"), std::string::npos);
}

struct BadQuestionnaire {
    const char* name;
    std::function<void(nlohmann::json&)> edit;
    const char* expected; ///< Part of the message.
};

class QuestionnaireErrors : public ::testing::TestWithParam<BadQuestionnaire> {};

TEST_P(QuestionnaireErrors, NameTheQuestionAndField) {
    auto parsed = parseEdited(GetParam().edit);
    ASSERT_FALSE(parsed) << GetParam().name;
    EXPECT_NE(parsed.error().message.find(GetParam().expected), std::string::npos)
        << parsed.error().toString();
    EXPECT_EQ(parsed.error().file, "edited.json");
}

INSTANTIATE_TEST_SUITE_P(
    Questionnaire, QuestionnaireErrors,
    ::testing::Values(
        BadQuestionnaire{"DuplicateId",
                         [](auto& r) { questionById(r, "metformin")["id"] = "leg_burning"; },
                         "question \"leg_burning\": the id is used twice"},
        BadQuestionnaire{"UnknownKind",
                         [](auto& r) { questionById(r, "metformin")["kind"] = "cause"; },
                         "question \"metformin\": field \"kind\" must be one of \"about_you\", "
                         "\"symptom\", \"risk_factor\", \"red_flag\", not \"cause\""},
        BadQuestionnaire{"UnknownType",
                         [](auto& r) { questionById(r, "metformin")["type"] = "yes_no"; },
                         "question \"metformin\": field \"type\" must be one of \"yes_no_unsure\", "
                         "\"choice\", \"scale_0_10\", \"duration\", not \"yes_no\""},
        BadQuestionnaire{"ChoiceWithoutOptions",
                         [](auto& r) { questionById(r, "age_band").erase("options"); },
                         "question \"age_band\": a \"choice\" question needs \"options\""},
        BadQuestionnaire{
            "DurationWithoutOptions",
            [](auto& r) { questionById(r, "leg_duration")["options"] = nlohmann::json::array(); },
            "question \"leg_duration\": a \"duration\" question needs"},
        BadQuestionnaire{"EmptySection",
                         [](auto& r) { questionById(r, "metformin")["section"] = ""; },
                         "question \"metformin\": field \"section\" must be a non-empty text"},
        BadQuestionnaire{"MissingEnglish",
                         [](auto& r) {
                             questionById(r, "metformin")["label"] = {{"de", "Metformin"}};
                         },
                         "question \"metformin\": field \"label\" has no English"},
        BadQuestionnaire{"UnknownGroup",
                         [](auto& r) { questionById(r, "metformin")["group"] = "drugs"; },
                         "question \"metformin\": unknown group \"drugs\""},
        BadQuestionnaire{"RedFlagWithoutLevel",
                         [](auto& r) { questionById(r, "red_foot_wound").erase("level"); },
                         "question \"red_foot_wound\": field \"level\" is missing"},
        BadQuestionnaire{
            "RedFlagAtInformationLevel",
            [](auto& r) { questionById(r, "red_foot_wound")["level"] = "information"; },
            "a red_flag question needs a \"level\" above \"information\""},
        BadQuestionnaire{"RedFlagUnknownLevel",
                         [](auto& r) { questionById(r, "red_foot_wound")["level"] = "today"; },
                         "question \"red_foot_wound\": field \"level\" must be one of "
                         "\"information\", \"routine\", \"urgent\", \"emergency\", not \"today\""},
        BadQuestionnaire{"RedFlagWithoutSource",
                         [](auto& r) { questionById(r, "red_sight_lost").erase("source"); },
                         "question \"red_sight_lost\": field \"source\" is missing"},
        BadQuestionnaire{"LevelOnAnotherKind",
                         [](auto& r) { questionById(r, "metformin")["level"] = "urgent"; },
                         "only a red_flag question has a \"level\" and a \"source\""},
        BadQuestionnaire{"RuleWithoutSource",
                         [](auto& r) { r["result"]["reasons"]["red_flag_urgent"].erase("source"); },
                         "reason \"red_flag_urgent\": a reason above the information level needs"},
        BadQuestionnaire{"RetiredIdStillAsked",
                         [](auto& r) { r["rules"]["retired_questions"] = {"red_foot_wound"}; },
                         "retired question \"red_foot_wound\" is still asked"},
        BadQuestionnaire{"AgeQuestionNotARisk",
                         [](auto& r) { r["rules"]["age_question"] = "leg_burning"; },
                         "\"age_question\" \"leg_burning\" is not a question"},
        BadQuestionnaire{"MisspelledField",
                         [](auto& r) { questionById(r, "metformin")["secton"] = "x"; },
                         "question \"metformin\": unknown field \"secton\""},
        BadQuestionnaire{"RiskWhenNotAnAnswer",
                         [](auto& r) { questionById(r, "age_band")["risk_when"] = {"60+"}; },
                         "question \"age_band\": \"risk_when\" names \"60+\""},
        BadQuestionnaire{"MissingReasonText",
                         [](auto& r) { r["result"]["reasons"].erase("symptom_and_risk"); },
                         "the text of reason \"symptom_and_risk\" is missing"},
        BadQuestionnaire{
            "RuleNamesAMissingOption",
            [](auto& r) { r["rules"]["neurological_for_weeks"]["durations"] = {"ages"}; },
            "\"ages\" is not an option of \"leg_duration\""},
        BadQuestionnaire{"WrongFormat", [](auto& r) { r["format"] = "something"; },
                         "\"format\" must be \"b12guide-questionnaire\""},
        BadQuestionnaire{"NoReviewDate", [](auto& r) { r.erase("reviewed"); },
                         "questionnaire: field \"reviewed\" is missing"},
        BadQuestionnaire{"ImpossibleReviewDate", [](auto& r) { r["reviewed"] = "2026-02-30"; },
                         "questionnaire: field \"reviewed\" \"2026-02-30\" is not a day of the "
                         "calendar"},
        BadQuestionnaire{"MiswrittenReviewDate", [](auto& r) { r["reviewed"] = "20.11.2026"; },
                         "field \"reviewed\" must be a date written YYYY-MM-DD"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Questionnaire, ListsQuestionsAsJsonInTheLanguageAsked) {
    const auto list = nlohmann::json::parse(questionsToJson(shippedQuestionnaire(), "en"));
    ASSERT_TRUE(list.is_array());
    ASSERT_EQ(list.size(), shippedQuestionnaire().questions.size());
    for (const auto& item : list) {
        for (const char* key :
             {"id", "group", "kind", "type", "text", "label", "options", "section"}) {
            EXPECT_TRUE(item.contains(key)) << item.dump();
        }
    }
    const auto& age = list.at(0);
    EXPECT_EQ(age["id"], "age_band");
    EXPECT_EQ(age["kind"], "about_you");
    EXPECT_EQ(age["type"], "choice");
    EXPECT_EQ(age["options"].at(5)["id"], "75-plus");
    const auto burning = std::find_if(list.begin(), list.end(),
                                      [](const auto& i) { return i["id"] == "leg_burning"; });
    ASSERT_NE(burning, list.end());
    EXPECT_EQ((*burning)["label"], "Burning feeling in the feet or legs");
    EXPECT_EQ((*burning)["options"].size(), 3U);
    EXPECT_EQ((*burning)["options"][2]["id"], "unsure");
}

TEST(ShippedQuestionnaire, EveryQuestionIdIsDocumented) {
    const std::string doc =
        b12::testing::readFile(std::filesystem::path(B12_SOURCE_DIR) / "docs/answers-format.md");
    ASSERT_FALSE(doc.empty());
    for (const Question& q : shippedQuestionnaire().questions) {
        EXPECT_NE(doc.find("| `" + q.id + "` |"), std::string::npos) << q.id;
        for (const Option& o : q.options) {
            EXPECT_NE(doc.find("`\"" + o.id + "\"`"), std::string::npos) << q.id << "/" << o.id;
        }
    }
    for (const ReasonKey& reason : reasonKeys()) {
        EXPECT_NE(doc.find("| `" + std::string(reason.key) + "` |"), std::string::npos)
            << reason.key;
    }
}
