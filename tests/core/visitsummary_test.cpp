// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/visitsummary.h"
#include "tests/support/summaryfiles.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace b12::core;
using b12::testing::answersFile;
using b12::testing::shippedQuestionnaire;
using b12::testing::shippedRiskTable;
using b12::testing::shippedSummaryTexts;

namespace {

using Texts = std::vector<std::string>;

SummaryInput input(SummaryParts parts = {}) {
    SummaryInput in;
    in.createdAt = "12 May 2025, 14:30";
    in.appVersion = "9.8.7";
    in.parts = parts;
    return in;
}

VisitSummary summaryOf(const Answers& answers, std::string_view language = "en",
                       const SummaryInput& in = input()) {
    const Questionnaire& q = shippedQuestionnaire();
    return buildVisitSummary(q, answers, assess(q, answers), shippedRiskTable(),
                             shippedSummaryTexts(), language, in);
}

Texts textsOf(const std::vector<SummaryAnswer>& answers) {
    Texts out;
    for (const SummaryAnswer& a : answers) {
        out.push_back(a.text);
    }
    return out;
}

Texts idsOf(const std::vector<SummaryAnswer>& answers) {
    Texts out;
    for (const SummaryAnswer& a : answers) {
        out.push_back(a.questionId);
    }
    return out;
}

const std::string& en(const LocalizedText& text) {
    return text.get("en");
}

bool has(const Texts& texts, std::string_view text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// The position of a question to ask, or -1 when it is not asked.
long positionOf(const VisitSummary& s, std::string_view text) {
    const auto it = std::find(s.questions.begin(), s.questions.end(), text);
    return it == s.questions.end() ? -1 : static_cast<long>(it - s.questions.begin());
}

const std::string& questionText(AskWhen when, std::size_t nth = 0) {
    for (const QuestionToAsk& q : shippedSummaryTexts().questions) {
        if (q.when == when && nth-- == 0) {
            return en(q.text);
        }
    }
    static const std::string kNone;
    ADD_FAILURE() << "no such question to ask";
    return kNone;
}

} // namespace

TEST(VisitSummary, HeaderHasTitleDateVersionAndWhatThePersonTyped) {
    SummaryInput in = input();
    in.personal = {"Ada Example", "1950", "", ""};
    const VisitSummary s = summaryOf(answersFile("good-routine.json"), "en", in);
    EXPECT_EQ(s.labels.title, en(shippedSummaryTexts().labels.title));
    EXPECT_NE(s.madeOn.find("12 May 2025, 14:30"), std::string::npos) << s.madeOn;
    EXPECT_NE(s.madeOn.find("9.8.7"), std::string::npos) << s.madeOn;
    EXPECT_EQ(s.madeOn.find('{'), std::string::npos) << "a placeholder was left: " << s.madeOn;
    EXPECT_EQ(s.name, "Ada Example");
    EXPECT_EQ(s.yearOfBirth, "1950");
    EXPECT_EQ(s.ageGroup, "Age group: 65 to 74");
}

TEST(VisitSummary, NoAnswersSayNothingWasAnsweredAndAskOnlyGeneralQuestions) {
    const VisitSummary s = summaryOf({});
    EXPECT_EQ(s.level, Level::Information);
    EXPECT_EQ(s.levelTitle, "Keep an eye on how you feel");
    EXPECT_TRUE(s.symptoms.empty());
    EXPECT_TRUE(s.riskFactors.empty());
    EXPECT_TRUE(s.warningSigns.empty());
    EXPECT_EQ(s.warningSignsLine, en(shippedSummaryTexts().labels.warningNotAsked));
    EXPECT_EQ(s.unansweredLine, "45 of the app's 45 questions I did not answer.");
    EXPECT_EQ(s.warningSignsUnanswered.size(), shippedQuestionnaire().warningSigns().size());
    EXPECT_EQ(s.ageGroup, "");
    EXPECT_EQ(positionOf(s, questionText(AskWhen::Symptoms)), -1);
    EXPECT_EQ(positionOf(s, questionText(AskWhen::Medicines)), -1);
    EXPECT_EQ(positionOf(s, questionText(AskWhen::WarningSigns)), -1);
    EXPECT_EQ(positionOf(s, questionText(AskWhen::Always)), 0) << "the B12 test question";
}

TEST(VisitSummary, RoutineListsPertinentPositivesAndNegativesWithDurationAndSeverity) {
    const Answers answers = answersFile("good-routine.json");
    const VisitSummary s = summaryOf(answers);
    EXPECT_EQ(s.level, Level::Routine);
    EXPECT_EQ(s.levelTitle, "See a GP: book an appointment");
    EXPECT_EQ(idsOf(s.symptoms.yes), (Texts{"leg_burning", "leg_tingling"}));
    EXPECT_EQ(textsOf(s.symptoms.yes), (Texts{"Burning feeling in the feet or legs",
                                              "Tingling or pins and needles in the feet or legs"}));
    EXPECT_TRUE(
        has(textsOf(s.symptomDetails), "How long the leg symptoms have lasted: 3 to 12 months"));
    EXPECT_TRUE(has(textsOf(s.symptomDetails), "Average leg pain: 6 out of 10"));
    EXPECT_TRUE(has(textsOf(s.riskFactors.yes), "Age group: 65 to 74"));
    // A medicine that can lower B12 is named once, on the line of medicines.
    EXPECT_EQ(idsOf(s.medicinesTicked), Texts{"metformin"});
    EXPECT_EQ(textsOf(s.medicinesTicked), Texts{"Taking metformin"});
    EXPECT_FALSE(has(textsOf(s.riskFactors.yes), "Taking metformin"));
    // Five warning signs answered "no", four not answered: each listed, not summed up.
    EXPECT_EQ(idsOf(s.warningSigns.no),
              (Texts{"red_both_legs_weak_numb", "red_both_legs_pain", "red_saddle_numbness",
                     "red_cannot_pee", "red_bladder_bowel"}));
    EXPECT_EQ(idsOf(s.warningSignsUnanswered),
              (Texts{"red_sight_lost", "red_sight_changed", "red_walking_new_or_worse",
                     "red_foot_wound"}));
    EXPECT_EQ(s.warningSignsLine, "");
    EXPECT_EQ(s.warningSignsAsked, 9U);
}

TEST(VisitSummary, ReasonsUseTheAppsOwnWords) {
    const Questionnaire& q = shippedQuestionnaire();
    const Answers answers = answersFile("good-routine.json");
    const Assessment assessment = assess(q, answers);
    const VisitSummary s = summaryOf(answers);
    // The unanswered warning signs stand in the warning-sign box, not again as a reason.
    ASSERT_EQ(assessment.reasons.size(), 2U);
    ASSERT_EQ(assessment.reasons[1].key, "warning_signs_unanswered");
    ASSERT_EQ(s.reasons.size(), 1U);
    EXPECT_EQ(s.reasons[0], en(assessment.reasons[0].text));
    EXPECT_EQ(s.levelTitle, en(levelTexts(q, assessment).title));
}

TEST(VisitSummary, QuestionsToAskFollowTheAnswersMostImportantFirst) {
    const VisitSummary s = summaryOf(answersFile("good-routine.json"));
    const long symptoms = positionOf(s, questionText(AskWhen::Symptoms));
    const long test = positionOf(s, questionText(AskWhen::Always));
    const long medicines = positionOf(s, questionText(AskWhen::Medicines));
    EXPECT_EQ(symptoms, 0) << "could these symptoms be due to low B12 comes first";
    EXPECT_EQ(test, 1);
    EXPECT_EQ(medicines, 2);
    EXPECT_EQ(positionOf(s, questionText(AskWhen::WarningSigns)), -1);
    EXPECT_EQ(positionOf(s, questionText(AskWhen::Answers, 0)), -1) << "not pregnant";
    EXPECT_EQ(s.tests.size(), shippedSummaryTexts().tests.size());
    EXPECT_EQ(s.tests.front(), "Serum B12 (total B12)");
}

TEST(VisitSummary, EmergencyPutsTheWarningSignWithItsLevelAndAsksAboutItFirst) {
    const VisitSummary s = summaryOf(answersFile("good-emergency.json"));
    EXPECT_EQ(s.level, Level::Emergency);
    EXPECT_EQ(s.levelTitle, "Emergency: get help now");
    ASSERT_EQ(s.warningSigns.yes.size(), 2U);
    EXPECT_EQ(s.warningSigns.yes[0].text, "Cannot pee, or hard to start peeing");
    EXPECT_EQ(s.warningSigns.yes[1].text, "New trouble controlling the bladder or bowel");
    EXPECT_EQ(s.warningSigns.yes[0].level, Level::Emergency);
    EXPECT_EQ(s.warningSignsLine, "");
    EXPECT_EQ(positionOf(s, questionText(AskWhen::WarningSigns)), 0);
}

TEST(VisitSummary, UrgentSignCarriesTheUrgentLevel) {
    const VisitSummary s = summaryOf(answersFile("good-urgent.json"));
    EXPECT_EQ(s.level, Level::Urgent);
    EXPECT_EQ(s.levelTitle, "Urgent: see a doctor today");
    ASSERT_EQ(s.warningSigns.yes.size(), 1U);
    EXPECT_EQ(s.warningSigns.yes[0].level, Level::Urgent);
    EXPECT_EQ(s.warningSigns.no.size(), 8U);
    EXPECT_TRUE(s.warningSignsUnanswered.empty());
}

TEST(VisitSummary, UnsureAnswersAreListedApartFromYesAndNo) {
    const VisitSummary s = summaryOf(answersFile("good-unsure.json"));
    EXPECT_EQ(idsOf(s.symptoms.yes), Texts{"leg_tingling"});
    EXPECT_EQ(idsOf(s.symptoms.unsure),
              (Texts{"leg_burning", "leg_numbness", "leg_worse_at_night", "tiredness"}));
    EXPECT_EQ(idsOf(s.symptoms.no), Texts{"memory_problems"});
    EXPECT_EQ(idsOf(s.riskFactors.unsure), (Texts{"diet_little_animal_food", "metformin"}));
    EXPECT_EQ(idsOf(s.riskFactors.no),
              (Texts{"pregnant_or_breastfeeding", "acid_reducing_medicine"}));
    EXPECT_TRUE(s.riskFactors.yes.empty()) << "51 to 59 is not a risk factor";
    EXPECT_TRUE(s.medicinesTicked.empty()) << "only medicines said yes to are listed as taken";
    EXPECT_EQ(idsOf(s.warningSigns.unsure), (Texts{"red_sight_lost", "red_sight_changed"}));
    EXPECT_EQ(s.warningSigns.unsure[0].level, Level::Emergency);
    EXPECT_EQ(s.warningSigns.unsure[1].level, Level::Urgent);
    EXPECT_EQ(s.warningSigns.no.size(), 7U);
    EXPECT_TRUE(has(textsOf(s.symptomDetails), "How long the leg symptoms have lasted: Not sure"));
    // "Not sure" about a medicine still asks whether medicines matter, and about the diet.
    EXPECT_GE(positionOf(s, questionText(AskWhen::Medicines)), 0);
    EXPECT_GE(positionOf(s, questionText(AskWhen::Answers, 1)), 0);
    EXPECT_EQ(s.level, Level::Routine) << "a warning sign answered not sure";
}

TEST(VisitSummary, EveryWarningSignAnsweredNoIsOneLine) {
    Answers answers;
    for (const Question& q : shippedQuestionnaire().questions) {
        if (q.kind == QuestionKind::RedFlag) {
            answers.set(q.id, std::string(kNo));
        }
    }
    const VisitSummary s = summaryOf(answers);
    EXPECT_EQ(s.warningSignsLine, "I said no to all 9 warning signs the app asks about.");
}

TEST(VisitSummary, FullyAnsweredLeavesNothingUnanswered) {
    const Answers answers = answersFile("good-full.json");
    EXPECT_EQ(answers.size(), shippedQuestionnaire().questions.size());
    const VisitSummary s = summaryOf(answers);
    EXPECT_EQ(s.unansweredLine, "");
    EXPECT_EQ(idsOf(s.medicinesTicked), (Texts{"metformin", "acid_reducing_medicine"}));
    EXPECT_TRUE(has(textsOf(s.riskFactors.yes), "Age group: 75 or over"));
}

TEST(VisitSummary, ChartPartMarksTheAgeBandAndAddsTheChartsSources) {
    SummaryParts parts;
    parts.chart = true;
    const VisitSummary with = summaryOf(answersFile("good-routine.json"), "en", input(parts));
    EXPECT_EQ(with.chartBand, std::optional<std::string>("65-74"));
    EXPECT_NE(with.chartCaption.find(en(shippedSummaryTexts().labels.chartYourBand)),
              std::string::npos);
    const auto cites = [](const VisitSummary& s, std::string_view author) {
        return std::any_of(s.sources.begin(), s.sources.end(), [&](const SummarySource& source) {
            return source.text.find(author) != std::string::npos;
        });
    };
    EXPECT_TRUE(cites(with, "Evatt ML"));
    EXPECT_TRUE(cites(with, "Clarke R"));

    const VisitSummary without = summaryOf(answersFile("good-routine.json"));
    EXPECT_FALSE(without.chartBand.has_value());
    EXPECT_FALSE(cites(without, "Evatt ML"));
    EXPECT_TRUE(cites(without, "NICE"));

    const VisitSummary noAge = summaryOf({}, "en", input(parts));
    EXPECT_FALSE(noAge.chartBand.has_value());
    EXPECT_EQ(noAge.chartCaption.find(en(shippedSummaryTexts().labels.chartYourBand)),
              std::string::npos);
}

TEST(VisitSummary, PartsLeftOutAreEmpty) {
    SummaryParts parts;
    parts.questions = false;
    parts.tests = false;
    parts.sources = false;
    const VisitSummary s = summaryOf(answersFile("good-routine.json"), "en", input(parts));
    EXPECT_TRUE(s.questions.empty());
    EXPECT_TRUE(s.tests.empty());
    EXPECT_TRUE(s.sources.empty());
}

TEST(VisitSummary, GermanTextsComeFromTheDataFile) {
    const VisitSummary s = summaryOf(answersFile("good-routine.json"), "de");
    EXPECT_EQ(s.labels.title, "Vitamin B12: Notizen für meinen Arzttermin");
    EXPECT_EQ(s.labels.symptoms, "Beschwerden");
    EXPECT_EQ(s.questions.front(),
              "Könnten meine Beschwerden von einem Vitamin-B12-Mangel kommen?");
    EXPECT_TRUE(has(s.tests, "Methylmalonsäure (MMA) bei unklarem B12"));
    EXPECT_TRUE(has(s.tests, "Homocystein"));
    EXPECT_TRUE(has(s.tests, "Blutbild"));
    EXPECT_NE(s.madeOn.find("Erstellt am 12 May 2025, 14:30"), std::string::npos)
        << "the date is formatted by the caller: " << s.madeOn;
}

TEST(VisitSummary, ShippedTextsNameOnlyYesNoQuestionsOfTheQuestionnaire) {
    const Questionnaire& q = shippedQuestionnaire();
    const SummaryTexts& texts = shippedSummaryTexts();
    std::vector<std::string> ids = texts.medicineQuestions;
    for (const QuestionToAsk& ask : texts.questions) {
        ids.insert(ids.end(), ask.questionIds.begin(), ask.questionIds.end());
    }
    ASSERT_FALSE(ids.empty());
    for (const std::string& id : ids) {
        const Question* question = q.find(id);
        ASSERT_NE(question, nullptr) << id;
        EXPECT_EQ(question->type, AnswerType::YesNoUnsure) << id;
    }
}

TEST(VisitSummary, ShippedTextsHaveGermanForEveryText) {
    const SummaryTexts& t = shippedSummaryTexts();
    std::vector<const LocalizedText*> all;
    forEachLabel(
        [&all](std::string_view /*key*/, const LocalizedText& text) { all.push_back(&text); },
        t.labels);
    EXPECT_EQ(all.size(), 53U);
    for (const QuestionToAsk& q : t.questions) {
        all.push_back(&q.text);
    }
    for (const LocalizedText& test : t.tests) {
        all.push_back(&test);
    }
    for (const SummarySourceText& source : t.sources) {
        all.push_back(&source.text);
    }
    for (const LocalizedText* text : all) {
        const auto de = text->byLanguage.find("de");
        EXPECT_TRUE(de != text->byLanguage.end() && !de->second.empty())
            << "no German for: " << text->get("en");
    }
}

TEST(VisitSummary, SaysWhenWhatItIsMadeFromWasLastReviewed) {
    SummaryInput in = input();
    in.questionnaireReviewed = "20 November 2026";
    in.summaryReviewed = "18 November 2026";
    in.chartReviewed = "17 November 2026";
    in.parts.chart = true; // the chart's date only where the chart is printed
    EXPECT_EQ(summaryOf({}, "en", in).reviewed,
              "Content last reviewed: questionnaire 20 November 2026; texts of this summary "
              "18 November 2026; chart 17 November 2026.");
    in.parts.chart = false;
    EXPECT_EQ(summaryOf({}, "en", in).reviewed,
              "Content last reviewed: questionnaire 20 November 2026; texts of this summary "
              "18 November 2026.");
    // Without dates formatted by the caller, the files' own dates.
    EXPECT_EQ(summaryOf({}, "de", input({.chart = true})).reviewed,
              "Inhalte zuletzt geprüft: Fragebogen " + shippedQuestionnaire().reviewed +
                  "; Texte dieser Zusammenfassung " + shippedSummaryTexts().reviewed +
                  "; Diagramm " + shippedRiskTable().reviewed + ".");
    EXPECT_EQ(shippedSummaryTexts().reviewed.size(), 10U);
}

TEST(SummaryTexts, ProblemsNameTheField) {
    const auto error = [](std::string_view json) {
        const auto parsed = parseSummaryTexts(json, "summary.json");
        return parsed ? std::string() : parsed.error().toString();
    };
    EXPECT_NE(error("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(error(R"({"version": 1e999})").find("not valid JSON"), std::string::npos);
    EXPECT_NE(error(R"({"format": "other", "version": 1})").find("not a summary texts file"),
              std::string::npos);
    EXPECT_NE(
        error(R"({"format": "b12guide-summary-texts", "version": 2})").find("unsupported version"),
        std::string::npos);

    std::string shipped = b12::testing::readFile(std::filesystem::path(B12_SOURCE_DIR) /
                                                 "resources/data/summary.json");
    ASSERT_TRUE(parseSummaryTexts(shipped, "summary.json").ok());
    const auto replaced = [&shipped](std::string_view from, std::string_view to) {
        std::string copy = shipped;
        const auto pos = copy.find(from);
        EXPECT_NE(pos, std::string::npos) << from;
        return pos == std::string::npos ? copy : copy.replace(pos, from.size(), to);
    };
    EXPECT_NE(error(replaced(R"("when": "always")", R"("when": "sometimes")")).find("\"when\""),
              std::string::npos);
    EXPECT_NE(
        error(replaced(R"("title": {)", R"("titel": {)")).find(R"(unknown field "texts.titel")"),
        std::string::npos);
    EXPECT_NE(error(replaced(R"("name": {"en": "Name", )", R"("name": {)")).find("texts.name"),
              std::string::npos);
    const std::string reviewed = R"("reviewed": ")" + shippedSummaryTexts().reviewed + '"';
    EXPECT_EQ(error(replaced(reviewed, R"("reviewed": "2026-02-30")")),
              R"(summary.json: field "reviewed" "2026-02-30" is not a day of the calendar)");
    EXPECT_EQ(error(replaced(reviewed + ",", "")), R"(summary.json: field "reviewed" is missing)");
}
