// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diary.h"
#include "core/diary/units.h"

#include <gtest/gtest.h>

#include <vector>

using namespace b12::core;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> kSymptoms{"leg_tingling", "leg_numbness"};

DiaryEntry checkIn(std::optional<int> pain, std::map<std::string, int, std::less<>> symptoms) {
    return DiaryEntry{
        std::nullopt, {2026, 11, 2, 8, 15}, SymptomCheck{pain, std::move(symptoms)}, {}};
}

DiaryEntry bloodTest(BloodTest test, double value, std::string unit) {
    return DiaryEntry{
        std::nullopt, {2026, 11, 4, 8, 30}, BloodTestResult{test, value, std::move(unit), {}}, {}};
}

} // namespace

TEST(DiaryDateTime, ReadsAndWritesTheFileShape) {
    const auto at = parseLocalDateTime("2026-11-02T08:15");
    ASSERT_TRUE(at.has_value());
    EXPECT_EQ(*at, (LocalDateTime{2026, 11, 2, 8, 15}));
    EXPECT_EQ(formatLocalDateTime(*at), "2026-11-02T08:15");
    EXPECT_EQ(at->date(), 2026y / 11 / 2);
    EXPECT_EQ(formatDate(2027y / 1 / 3), "2027-01-03");
}

TEST(DiaryDateTime, RefusesTimesThatDoNotExist) {
    EXPECT_FALSE(parseLocalDateTime("2026-02-30T08:00"));
    EXPECT_FALSE(parseLocalDateTime("2026-02-29T08:00")); // 2026 is no leap year
    EXPECT_FALSE(parseLocalDateTime("2026-04-31T08:00"));
    EXPECT_FALSE(parseLocalDateTime("2026-13-01T08:00"));
    EXPECT_FALSE(parseLocalDateTime("2026-00-10T08:00"));
    EXPECT_FALSE(parseLocalDateTime("2026-11-02T24:00"));
    EXPECT_FALSE(parseLocalDateTime("2026-11-02T23:60"));
    EXPECT_FALSE(parseLocalDateTime("0000-11-02T08:00"));
    EXPECT_TRUE(parseLocalDateTime("2028-02-29T23:59"));
    EXPECT_TRUE(parseLocalDateTime("2026-12-31T00:00"));
}

TEST(DiaryDateTime, RefusesOtherShapes) {
    for (const char* text : {"2026-11-02", "2026-11-02 08:15", "2026-11-02T8:15", "2026-11-2T08:15",
                             "2026-11-02T08:15:00", "+026-11-02T08:15", "2026-11-02T08:1x", ""}) {
        EXPECT_FALSE(parseLocalDateTime(text)) << text;
    }
}

TEST(DiaryDateTime, OrdersByTime) {
    EXPECT_LT((LocalDateTime{2026, 11, 8, 23, 59}), (LocalDateTime{2026, 11, 9, 0, 0}));
    EXPECT_LT((LocalDateTime{2026, 12, 31, 23, 59}), (LocalDateTime{2027, 1, 1, 0, 0}));
}

TEST(DiaryEntryCheck, AcceptsAValidEntryOfEachKind) {
    EXPECT_EQ(checkEntry(checkIn(6, {{"leg_tingling", 2}}), kSymptoms), "");
    EXPECT_EQ(checkEntry(checkIn(std::nullopt, {}), kSymptoms), "");
    EXPECT_EQ(checkEntry(bloodTest(BloodTest::TotalB12, 140, "pmol/L"), kSymptoms), "");
    const DiaryEntry treatment{std::nullopt, {2026, 11, 3, 10, 0}, Treatment{}, {}};
    EXPECT_EQ(checkEntry(treatment, kSymptoms), "");
    EXPECT_EQ(treatment.kind(), EntryKind::Treatment);
}

TEST(DiaryEntryCheck, NamesWhatIsWrong) {
    EXPECT_EQ(checkEntry(checkIn(11, {}), kSymptoms), "pain must be 0 to 10, not 11");
    EXPECT_EQ(checkEntry(checkIn(-1, {}), kSymptoms), "pain must be 0 to 10, not -1");
    EXPECT_EQ(checkEntry(checkIn(2, {{"leg_tingling", 4}}), kSymptoms),
              R"(symptom "leg_tingling" must be rated 0 to 3, not 4)");
    EXPECT_EQ(checkEntry(checkIn(2, {{"leg_itch", 1}}), kSymptoms),
              R"(unknown symptom "leg_itch")");
    EXPECT_EQ(checkEntry(bloodTest(BloodTest::Mcv, 90, "pmol/L"), kSymptoms),
              R"(unit must be one of "fL" for mcv, not "pmol/L")");
    EXPECT_EQ(checkEntry(bloodTest(BloodTest::TotalB12, 0, "ng/L"), kSymptoms),
              "value must be above 0 and below 27000 ng/L, not 0");
    EXPECT_EQ(checkEntry(bloodTest(BloodTest::Haemoglobin, 140, "g/dL"), kSymptoms),
              "value must be above 0 and below 30 g/dL, not 140");
    DiaryEntry impossible = checkIn(1, {});
    impossible.at.day = 31;
    impossible.at.month = 11;
    EXPECT_EQ(checkEntry(impossible, kSymptoms),
              R"("2026-11-31T08:15" is not a real date and time)");
}

TEST(DiaryUnits, ListsTheUnitsOfEachTest) {
    using Units = std::vector<std::string_view>;
    EXPECT_EQ(unitsOf(BloodTest::TotalB12), (Units{"pmol/L", "ng/L", "pg/mL"}));
    EXPECT_EQ(unitsOf(BloodTest::ActiveB12), (Units{"pmol/L", "ng/L", "pg/mL"}));
    EXPECT_EQ(unitsOf(BloodTest::Mma), (Units{"µmol/L", "nmol/L"}));
    EXPECT_EQ(unitsOf(BloodTest::Homocysteine), (Units{"µmol/L"}));
    EXPECT_EQ(unitsOf(BloodTest::Folate), (Units{"µg/L", "ng/mL", "nmol/L"}));
    EXPECT_EQ(unitsOf(BloodTest::Haemoglobin), (Units{"g/L", "g/dL"}));
    EXPECT_EQ(unitsOf(BloodTest::Mcv), (Units{"fL"}));
    EXPECT_FALSE(maxValueOf(BloodTest::Homocysteine, "nmol/L"));
}

TEST(DiaryUnits, ConvertsB12BetweenPmolAndNg) {
    const auto ng = inOtherUnit(BloodTest::TotalB12, 140, "pmol/L");
    ASSERT_TRUE(ng);
    EXPECT_EQ(ng->unit, "ng/L");
    EXPECT_NEAR(ng->value, 189.756, 1e-9); // 1 pmol/L = 1.3554 ng/L
    EXPECT_EQ(formatConvertedValue(ng->value), "189.8");
    const auto pmol = inOtherUnit(BloodTest::ActiveB12, 1000, "ng/L");
    ASSERT_TRUE(pmol);
    EXPECT_EQ(pmol->unit, "pmol/L");
    EXPECT_EQ(formatConvertedValue(pmol->value), "737.8"); // 1 ng/L = 0.738 pmol/L
    const auto fromPg = inOtherUnit(BloodTest::TotalB12, 1000, "pg/mL");
    ASSERT_TRUE(fromPg);
    EXPECT_EQ(fromPg->value, pmol->value);
}

TEST(DiaryUnits, ConvertsFolateMmaAndHaemoglobin) {
    const auto folate = inOtherUnit(BloodTest::Folate, 10, "µg/L");
    ASSERT_TRUE(folate);
    EXPECT_EQ(folate->unit, "nmol/L");
    EXPECT_EQ(formatConvertedValue(folate->value), "22.66"); // 1 µg/L = 2.266 nmol/L
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Folate, 10, "ng/mL")->value), "22.66");
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Folate, 22.655, "nmol/L")->value), "10");
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Mma, 0.35, "µmol/L")->value), "350");
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Mma, 350, "nmol/L")->value), "0.35");
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Haemoglobin, 13.5, "g/dL")->value),
              "135");
    EXPECT_EQ(formatConvertedValue(inOtherUnit(BloodTest::Haemoglobin, 135, "g/L")->value), "13.5");
}

TEST(DiaryUnits, TestsWithOneUnitHaveNoOther) {
    EXPECT_FALSE(inOtherUnit(BloodTest::Homocysteine, 12, "µmol/L"));
    EXPECT_FALSE(inOtherUnit(BloodTest::Mcv, 90, "fL"));
    EXPECT_FALSE(inOtherUnit(BloodTest::TotalB12, 140, "µmol/L"));
}

TEST(DiaryUnits, FormatsValues) {
    EXPECT_EQ(formatValue(140), "140");
    EXPECT_EQ(formatValue(0.35), "0.35");
    EXPECT_EQ(formatConvertedValue(350000), "350000");
    EXPECT_EQ(formatConvertedValue(0.0012346), "0.001235");
    EXPECT_EQ(formatConvertedValue(9999.6), "10000");
}
