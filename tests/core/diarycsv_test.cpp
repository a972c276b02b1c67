// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diarycsv.h"

#include <gtest/gtest.h>

#include <vector>

using namespace b12::core;

namespace {

const std::vector<std::string> kCsvSymptoms{"leg_tingling", "tiredness"};

} // namespace

TEST(DiaryCsv, QuotesFieldsWithCommasQuotesAndLineBreaks) {
    EXPECT_EQ(csvField("plain text"), "plain text");
    EXPECT_EQ(csvField("a, b"), "\"a, b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("line\nnext"), "\"line\nnext\"");
    EXPECT_EQ(csvField("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(csvField(""), "");
}

TEST(DiaryCsv, GuardsAgainstSpreadsheetFormulas) {
    EXPECT_EQ(csvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csvField("+1"), "'+1");
    EXPECT_EQ(csvField("-5 mg"), "'-5 mg");
    EXPECT_EQ(csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvField("\tx"), "'\tx");
    EXPECT_EQ(csvField("1+1"), "1+1");
}

TEST(DiaryCsv, WritesAHeaderAndOneRowPerEntry) {
    Diary diary;
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 2, 8, 15},
                             SymptomCheck{6, {{"leg_tingling", 2}}},
                             "bad night, again"});
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 3, 10, 0},
                             Treatment{TreatmentForm::Injection, "1 mg hydroxocobalamin"},
                             {}});
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 4, 8, 30},
                             BloodTestResult{BloodTest::TotalB12, 140, "pmol/L", "145-569"},
                             {}});
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 5, 8, 30},
                             BloodTestResult{BloodTest::Mcv, 92.5, "fL", "80–100"},
                             "µ"});
    EXPECT_EQ(diaryToCsv(diary, kCsvSymptoms),
              "at,kind,pain,leg_tingling,tiredness,form,dose,test,value,unit,value_other_unit,"
              "other_unit,reference_range,note\r\n"
              "2026-11-02T08:15,symptoms,6,2,,,,,,,,,,\"bad night, again\"\r\n"
              "2026-11-03T10:00,treatment,,,,injection,1 mg hydroxocobalamin,,,,,,,\r\n"
              "2026-11-04T08:30,blood_test,,,,,,total_b12,140,pmol/L,189.8,ng/L,145-569,\r\n"
              "2026-11-05T08:30,blood_test,,,,,,mcv,92.5,fL,,,80–100,µ\r\n");
}

TEST(DiaryCsv, KeepsRatingsOfSymptomsNotListed) {
    Diary diary;
    diary.entries.push_back(
        {std::nullopt, {2026, 11, 2, 8, 15}, SymptomCheck{std::nullopt, {{"sore_tongue", 1}}}, {}});
    EXPECT_EQ(diaryToCsv(diary, kCsvSymptoms),
              "at,kind,pain,leg_tingling,tiredness,sore_tongue,form,dose,test,value,unit,"
              "value_other_unit,other_unit,reference_range,note\r\n"
              "2026-11-02T08:15,symptoms,,,,1,,,,,,,,,\r\n");
}
