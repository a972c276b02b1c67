// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diarystats.h"

#include <gtest/gtest.h>

using namespace b12::core;
using namespace std::chrono_literals;

namespace {

DiaryEntry checkIn(LocalDateTime at, std::optional<int> pain,
                   std::map<std::string, int, std::less<>> symptoms = {}) {
    return DiaryEntry{std::nullopt, at, SymptomCheck{pain, std::move(symptoms)}, {}};
}

DiaryEntry treatment(LocalDateTime at) {
    return DiaryEntry{std::nullopt, at, Treatment{TreatmentForm::Injection, "1 mg"}, {}};
}

DiaryEntry bloodTest(LocalDateTime at) {
    return DiaryEntry{
        std::nullopt, at, BloodTestResult{BloodTest::TotalB12, 140, "pmol/L", {}}, {}};
}

} // namespace

TEST(DiaryStats, WeeksStartOnMonday) {
    EXPECT_EQ(weekStart(2026y / 11 / 2), 2026y / 11 / 2); // a Monday
    EXPECT_EQ(weekStart(2026y / 11 / 8), 2026y / 11 / 2); // the Sunday after
    EXPECT_EQ(weekStart(2027y / 1 / 3), 2026y / 12 / 28); // across the new year
    EXPECT_EQ(weekStart(2028y / 2 / 29), 2028y / 2 / 28); // a leap day
    EXPECT_EQ(weekStart(2028y / 3 / 5), 2028y / 2 / 28);
}

TEST(DiaryStats, SundayNightAndMondayMorningFallInTwoWeeks) {
    const Diary diary{{checkIn({2026, 11, 8, 23, 59}, 2), checkIn({2026, 11, 9, 0, 0}, 8)}};
    const DiarySummary summary = summarizeDiary(diary, 2026y / 11 / 10, 2);
    ASSERT_EQ(summary.weeks.size(), 2U);
    EXPECT_EQ(summary.weeks[0].start, 2026y / 11 / 2);
    EXPECT_EQ(summary.weeks[0].entries, 1);
    EXPECT_EQ(summary.weeks[0].maxPain, 2);
    EXPECT_EQ(summary.weeks[1].start, 2026y / 11 / 9);
    EXPECT_EQ(summary.weeks[1].entries, 1);
    EXPECT_EQ(summary.weeks[1].maxPain, 8);
}

TEST(DiaryStats, AWeekSpansTheNewYear) {
    const Diary diary{{checkIn({2026, 12, 28, 0, 0}, 1), checkIn({2027, 1, 3, 23, 59}, 3),
                       checkIn({2027, 1, 4, 0, 0}, 9)}};
    const DiarySummary summary = summarizeDiary(diary, 2027y / 1 / 3, 1);
    ASSERT_EQ(summary.weeks.size(), 1U);
    EXPECT_EQ(summary.weeks[0].start, 2026y / 12 / 28);
    EXPECT_EQ(summary.weeks[0].entries, 2); // 4 January is after today
    EXPECT_EQ(summary.weeks[0].meanPain, 2.0);
    EXPECT_EQ(summary.totalEntries, 3U);
}

TEST(DiaryStats, ALeapDayCountsInItsWeek) {
    const Diary diary{{checkIn({2028, 2, 29, 12, 0}, 4, {{"leg_tingling", 1}})}};
    const DiarySummary summary = summarizeDiary(diary, 2028y / 3 / 1, 1);
    ASSERT_EQ(summary.weeks.size(), 1U);
    EXPECT_EQ(summary.weeks[0].start, 2028y / 2 / 28);
    EXPECT_EQ(summary.weeks[0].symptomDays.at("leg_tingling"), 1);
}

TEST(DiaryStats, MeanAndMaximumCountOnlyCheckInsWithPain) {
    const Diary diary{{checkIn({2026, 11, 2, 8, 0}, 3), checkIn({2026, 11, 2, 20, 0}, 4),
                       checkIn({2026, 11, 3, 8, 0}, 4), checkIn({2026, 11, 3, 9, 0}, std::nullopt),
                       treatment({2026, 11, 3, 10, 0})}};
    const DiarySummary summary = summarizeDiary(diary, 2026y / 11 / 8, 1);
    ASSERT_EQ(summary.weeks.size(), 1U);
    EXPECT_EQ(summary.weeks[0].entries, 5);
    ASSERT_TRUE(summary.weeks[0].meanPain.has_value());
    EXPECT_DOUBLE_EQ(*summary.weeks[0].meanPain, 11.0 / 3);
    EXPECT_EQ(summary.weeks[0].maxPain, 4);
    EXPECT_NE(diarySummaryJson(summary).find("\"mean_pain\": 3.7,"), std::string::npos);
}

TEST(DiaryStats, SymptomDaysCountDistinctDaysRatedAtLeastMild) {
    const Diary diary{
        {checkIn({2026, 11, 2, 8, 0}, std::nullopt, {{"leg_tingling", 2}}),
         checkIn({2026, 11, 2, 20, 0}, std::nullopt, {{"leg_tingling", 1}}),
         checkIn({2026, 11, 4, 8, 0}, std::nullopt, {{"leg_tingling", 3}, {"leg_numbness", 0}}),
         checkIn({2026, 11, 5, 8, 0}, std::nullopt, {{"leg_numbness", 0}})}};
    const DiarySummary summary = summarizeDiary(diary, 2026y / 11 / 8, 1);
    const std::map<std::string, int, std::less<>> expected{{"leg_tingling", 2}};
    EXPECT_EQ(summary.weeks[0].symptomDays, expected);
    EXPECT_FALSE(summary.weeks[0].meanPain.has_value());
}

TEST(DiaryStats, EmptyWeeksAreListedWithoutFigures) {
    const Diary diary{{checkIn({2026, 10, 20, 8, 0}, 5), checkIn({2026, 11, 4, 8, 0}, 7)}};
    const DiarySummary summary = summarizeDiary(diary, 2026y / 11 / 4, 3);
    ASSERT_EQ(summary.weeks.size(), 3U);
    EXPECT_EQ(summary.weeks[0].start, 2026y / 10 / 19);
    EXPECT_EQ(summary.weeks[1].start, 2026y / 10 / 26);
    EXPECT_EQ(summary.weeks[1].entries, 0);
    EXPECT_FALSE(summary.weeks[1].maxPain.has_value());
    EXPECT_EQ(summary.weeks[2].start, 2026y / 11 / 2);
    EXPECT_EQ(summary.weeks[2].maxPain, 7);
}

TEST(DiaryStats, TreatmentsAndBloodTestsOfTheRangeComeInTimeOrder) {
    const Diary diary{{bloodTest({2026, 11, 4, 8, 30}), treatment({2026, 11, 3, 10, 0}),
                       treatment({2026, 9, 1, 10, 0}), treatment({2026, 11, 2, 10, 0}),
                       bloodTest({2026, 12, 1, 8, 0})}};
    const DiarySummary summary = summarizeDiary(diary, 2026y / 11 / 5, 4);
    ASSERT_EQ(summary.treatments.size(), 2U);
    EXPECT_EQ(summary.treatments[0].at, (LocalDateTime{2026, 11, 2, 10, 0}));
    EXPECT_EQ(summary.treatments[1].at, (LocalDateTime{2026, 11, 3, 10, 0}));
    ASSERT_EQ(summary.bloodTests.size(), 1U);
    EXPECT_EQ(summary.totalEntries, 5U);
}

TEST(DiaryStats, WeeksAreAtLeastOne) {
    EXPECT_EQ(summarizeDiary(Diary{}, 2026y / 11 / 5, 0).weeks.size(), 1U);
    EXPECT_EQ(summarizeDiary(Diary{}, 2026y / 11 / 5, -3).weeks.size(), 1U);
    EXPECT_EQ(summarizeDiary(Diary{}, 2026y / 11 / 5, 12).weeks.size(), 12U);
}

TEST(DiaryStats, RendersTheCommandLineJson) {
    const Diary diary{
        {checkIn({2026, 11, 2, 8, 15}, 6, {{"leg_tingling", 2}}), treatment({2026, 11, 3, 10, 0})}};
    EXPECT_EQ(diarySummaryJson(summarizeDiary(diary, 2026y / 11 / 10, 2)),
              R"({
  "total_entries": 2,
  "weeks": [
    {
      "start": "2026-11-02",
      "entries": 2,
      "mean_pain": 6.0,
      "max_pain": 6,
      "symptom_days": {
        "leg_tingling": 1
      }
    },
    {
      "start": "2026-11-09",
      "entries": 0,
      "symptom_days": {}
    }
  ],
  "treatments": [
    {
      "at": "2026-11-03T10:00",
      "kind": "treatment",
      "form": "injection",
      "dose": "1 mg"
    }
  ],
  "blood_tests": []
}
)");
}

TEST(DiaryReview, IsDueThreeMonthsAfterATreatment) {
    const Diary diary{{treatment({2026, 1, 15, 9, 0})}};
    EXPECT_FALSE(reviewReminder(diary, 2026y / 4 / 14, false));
    const auto due = reviewReminder(diary, 2026y / 4 / 15, false);
    ASSERT_TRUE(due.has_value());
    EXPECT_EQ(*due, (LocalDateTime{2026, 1, 15, 9, 0}));
}

TEST(DiaryReview, IsDueOneMonthAfterATreatmentInPregnancy) {
    const Diary diary{{treatment({2026, 1, 15, 9, 0})}};
    EXPECT_FALSE(reviewReminder(diary, 2026y / 2 / 14, true));
    EXPECT_TRUE(reviewReminder(diary, 2026y / 2 / 15, true));
    EXPECT_FALSE(reviewReminder(diary, 2026y / 2 / 15, false));
}

TEST(DiaryReview, ABloodTestAfterTheTreatmentIsTheReview) {
    const Diary diary{{treatment({2026, 1, 15, 9, 0}), bloodTest({2026, 4, 1, 8, 0})}};
    EXPECT_FALSE(reviewReminder(diary, 2026y / 6 / 1, false));
    const Diary testedBefore{{bloodTest({2026, 1, 10, 8, 0}), treatment({2026, 1, 15, 9, 0})}};
    EXPECT_TRUE(reviewReminder(testedBefore, 2026y / 6 / 1, false));
}

TEST(DiaryReview, CountsFromTheFirstTreatmentSinceTheLastBloodTest) {
    // Injections every month: the course began in January, so April is the review.
    const Diary diary{{bloodTest({2026, 1, 2, 8, 0}), treatment({2026, 1, 15, 9, 0}),
                       treatment({2026, 2, 15, 9, 0}), treatment({2026, 3, 15, 9, 0}),
                       treatment({2026, 4, 12, 9, 0})}};
    const auto due = reviewReminder(diary, 2026y / 4 / 20, false);
    ASSERT_TRUE(due.has_value());
    EXPECT_EQ(*due, (LocalDateTime{2026, 1, 15, 9, 0}));
}

TEST(DiaryReview, AMonthWithoutTheDayEndsOnItsLastDay) {
    const Diary diary{{treatment({2026, 11, 30, 9, 0})}};
    EXPECT_FALSE(reviewReminder(diary, 2027y / 2 / 27, false));
    EXPECT_TRUE(reviewReminder(diary, 2027y / 2 / 28, false));
}

TEST(DiaryReview, NothingWithoutATreatment) {
    EXPECT_FALSE(reviewReminder(Diary{{bloodTest({2020, 1, 1, 8, 0})}}, 2026y / 1 / 1, true));
    EXPECT_FALSE(reviewReminder(Diary{}, 2026y / 1 / 1, false));
}
