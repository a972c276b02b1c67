// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summarydiary.h"
#include "core/summary/summaryhtml.h"
#include "core/summary/visitsummary.h"
#include "tests/support/summaryfiles.h"

#include <gtest/gtest.h>

#include <regex>

using namespace b12::core;
using b12::testing::shippedQuestionnaire;
using b12::testing::shippedRiskTable;
using b12::testing::shippedSummaryTexts;

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

const std::chrono::year_month_day kToday{year(2026), month(11), day(30)}; // a Monday

DiaryEntry entry(int month, int day, std::variant<SymptomCheck, Treatment, BloodTestResult> what,
                 std::string note = {}) {
    return {std::nullopt, LocalDateTime{2026, month, day, 9, 0}, std::move(what), std::move(note)};
}

Diary someWeeks() {
    Diary diary;
    diary.entries.push_back(entry(11, 2, SymptomCheck{6, {{"leg_tingling", 2}}}));
    diary.entries.push_back(entry(11, 3, SymptomCheck{3, {}}));
    diary.entries.push_back(entry(11, 4, Treatment{TreatmentForm::Injection, "1 mg <b>x</b>"}));
    diary.entries.push_back(entry(11, 18, SymptomCheck{std::nullopt, {{"leg_burning", 1}}}));
    diary.entries.push_back(
        entry(11, 20, BloodTestResult{BloodTest::Mma, 0.35, "\u00b5mol/L", "0-0.28"}, "fasting"));
    return diary;
}

VisitSummary summaryWith(const DiarySummary* diary, std::string_view language,
                         bool include = true) {
    const Questionnaire& q = shippedQuestionnaire();
    SummaryInput input;
    input.parts.diary = include;
    input.diary = diary;
    const Answers none;
    return buildVisitSummary(q, none, assess(q, none), shippedRiskTable(), shippedSummaryTexts(),
                             language, input);
}

} // namespace

TEST(SummaryDiary, TheWeeksWithEntriesTheTreatmentsAndTheBloodTests) {
    const DiarySummary diary = summarizeDiary(someWeeks(), kToday, 12);
    const VisitSummary s = summaryWith(&diary, "en");
    ASSERT_TRUE(s.diary);
    EXPECT_EQ(s.diary->heading, "My diary since 2026-11-02");
    ASSERT_EQ(s.diary->weeks.size(), 2U) << "weeks without entries are left out";
    EXPECT_EQ(s.diary->weeks[0].start, "2026-11-02");
    EXPECT_EQ(s.diary->weeks[0].entries, 3);
    EXPECT_EQ(s.diary->weeks[0].meanPain, "4.5");
    EXPECT_EQ(s.diary->weeks[0].maxPain, "6");
    EXPECT_EQ(s.diary->weeks[1].meanPain, "") << "no pain given that week";
    // The days each symptom was noted, by the questionnaire's name for it.
    const std::string tingling = shippedQuestionnaire().find("leg_tingling")->label.get("en");
    const std::string burning = shippedQuestionnaire().find("leg_burning")->label.get("en");
    EXPECT_EQ(s.diary->symptomDays, (std::vector<std::string>{burning + " 1", tingling + " 1"}));
    ASSERT_EQ(s.diary->treatments.size(), 1U);
    EXPECT_EQ(s.diary->treatments[0], "2026-11-04 injection, 1 mg <b>x</b>");
    ASSERT_EQ(s.diary->bloodTests.size(), 1U);
    EXPECT_EQ(s.diary->bloodTests[0], "2026-11-20 MMA (methylmalonic acid) 0.35 \u00b5mol/L "
                                      "(350 nmol/L); lab's reference range 0-0.28 (fasting)");
}

TEST(SummaryDiary, GermanNamesAndDecimalCommas) {
    const DiarySummary diary = summarizeDiary(someWeeks(), kToday, 12);
    const VisitSummary s = summaryWith(&diary, "de");
    ASSERT_TRUE(s.diary);
    EXPECT_EQ(s.diary->heading, "Mein Tagebuch seit 2026-11-02");
    EXPECT_EQ(s.diary->weeks[0].meanPain, "4,5");
    EXPECT_EQ(s.diary->symptomDays.back(),
              shippedQuestionnaire().find("leg_tingling")->label.get("de") + " 1");
    EXPECT_EQ(s.diary->treatments[0], "2026-11-04 Spritze, 1 mg <b>x</b>");
    EXPECT_EQ(s.diary->bloodTests[0], "2026-11-20 MMA (Methylmalonsäure) 0,35 \u00b5mol/L "
                                      "(350 nmol/L); Referenzbereich des Labors 0-0.28 (fasting)");
}

TEST(SummaryDiary, LeftOutWhenNotIncludedOrWithoutEntriesInItsWeeks) {
    const DiarySummary diary = summarizeDiary(someWeeks(), kToday, 12);
    EXPECT_FALSE(summaryWith(&diary, "en", false).diary);
    EXPECT_FALSE(summaryWith(nullptr, "en").diary);
    const DiarySummary lastWeekOnly = summarizeDiary(someWeeks(), kToday, 1);
    const VisitSummary s = summaryWith(&lastWeekOnly, "en");
    EXPECT_FALSE(s.diary);
    EXPECT_FALSE(s.parts.diary);
    EXPECT_EQ(renderSummaryHtml(s).find(kSummaryDiaryChartImage), std::string::npos);
}

TEST(SummaryDiary, HtmlHasTheChartTheTableAndTheTypedTextEscapedAndNoVerdict) {
    const DiarySummary diary = summarizeDiary(someWeeks(), kToday, 12);
    for (const std::string_view language : {"en", "de"}) {
        const std::string html = renderSummaryHtml(summaryWith(&diary, language));
        EXPECT_NE(html.find("<img src=\"" + std::string(kSummaryDiaryChartImage) + "\">"),
                  std::string::npos);
        EXPECT_NE(html.find("<td>2026-11-02</td>"), std::string::npos);
        EXPECT_NE(html.find("1 mg &lt;b&gt;x&lt;/b&gt;"), std::string::npos);
        EXPECT_EQ(html.find("<b>x</b>"), std::string::npos);
        const std::string part = html.substr(html.find(kSummaryDiaryChartImage));
        const std::regex verdict(R"(\b(low|high|normal|deficien\w*|niedrig|erhöht|Mangel)\b)",
                                 std::regex::icase);
        const std::string diaryPart = part.substr(0, part.find("<h2"));
        EXPECT_FALSE(std::regex_search(diaryPart, verdict)) << diaryPart;
    }
}
