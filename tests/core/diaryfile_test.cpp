// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diaryfile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

using namespace b12::core;

namespace {

const std::vector<std::string> kFileSymptoms{"leg_tingling", "leg_numbness", "tiredness"};

// A diary file holding `entries` (the text inside the list).
std::string fileWith(const std::string& entries) {
    return R"({"format": "b12guide-diary", "version": 1, "entries": [)" + entries + "]}";
}

// The error reading `text` gives, without the file name; empty when it reads.
std::string errorOf(const std::string& text) {
    const auto parsed = parseDiary(text, kFileSymptoms, "diary.json");
    return parsed ? std::string() : parsed.error().message;
}

std::string entryError(const std::string& entry) {
    return errorOf(fileWith(entry));
}

constexpr const char* kCheckIn = R"({"at": "2026-11-02T08:15", "kind": "symptoms", "pain": 6})";

} // namespace

TEST(DiaryFile, ReadsTheExampleOfTheFormat) {
    const auto parsed = parseDiary(fileWith(R"(
        {"at": "2026-11-02T08:15", "kind": "symptoms", "pain": 6,
         "symptoms": {"leg_tingling": 2, "leg_numbness": 1}, "note": "bad night"},
        {"at": "2026-11-03T10:00", "kind": "treatment", "form": "injection",
         "dose": "1 mg hydroxocobalamin"},
        {"at": "2026-11-04T08:30", "kind": "blood_test", "test": "total_b12", "value": 140,
         "unit": "pmol/L", "reference_range": "145-569"})"),
                                   kFileSymptoms, "diary.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    const Diary& diary = parsed.value();
    ASSERT_EQ(diary.entries.size(), 3U);
    const SymptomCheck* check = diary.entries[0].symptomCheck();
    ASSERT_NE(check, nullptr);
    EXPECT_EQ(check->pain, 6);
    EXPECT_EQ(check->symptoms.at("leg_tingling"), 2);
    EXPECT_EQ(diary.entries[0].note, "bad night");
    ASSERT_NE(diary.entries[1].treatment(), nullptr);
    EXPECT_EQ(diary.entries[1].treatment()->dose, "1 mg hydroxocobalamin");
    const BloodTestResult* result = diary.entries[2].bloodTest();
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->test, BloodTest::TotalB12);
    EXPECT_EQ(result->value, 140);
    EXPECT_EQ(result->referenceRange, "145-569");
    EXPECT_FALSE(diary.entries[2].id.has_value());
}

TEST(DiaryFile, WritingThenReadingGivesTheSameDiary) {
    Diary diary;
    diary.entries.push_back({std::nullopt,
                             {2028, 2, 29, 23, 59},
                             SymptomCheck{0, {{"tiredness", 3}, {"leg_tingling", 0}}},
                             "Zeile 1\n\"zwei\", µ ü, \t=1+1"});
    diary.entries.push_back({std::nullopt, {2026, 1, 1, 0, 0}, SymptomCheck{}, {}});
    diary.entries.push_back(
        {std::nullopt, {2026, 11, 3, 10, 0}, Treatment{TreatmentForm::Spray, "1 mg"}, {}});
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 4, 8, 30},
                             BloodTestResult{BloodTest::Mma, 0.35, "µmol/L", "< 0.28"},
                             "fasting"});
    diary.entries.push_back({std::nullopt,
                             {2026, 11, 4, 8, 30},
                             BloodTestResult{BloodTest::Folate, 7.1234567890123, "µg/L", {}},
                             {}});
    const std::string text = serializeDiary(diary);
    const auto parsed = parseDiary(text, kFileSymptoms, "diary.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString() << '\n' << text;
    EXPECT_EQ(parsed.value(), diary);
    EXPECT_EQ(serializeDiary(parsed.value()), text);
}

TEST(DiaryFile, WritesOneEntryALineAndOnlyFieldsThatHoldSomething) {
    Diary diary;
    diary.entries.push_back({7, {2026, 11, 3, 10, 0}, Treatment{TreatmentForm::Injection, {}}, {}});
    diary.entries.push_back({8,
                             {2026, 11, 4, 8, 30},
                             BloodTestResult{BloodTest::TotalB12, 140, "pmol/L", "145-569"},
                             {}});
    EXPECT_EQ(serializeDiary(diary),
              "{\"format\": \"b12guide-diary\", \"version\": 1, \"entries\": [\n"
              R"({"at":"2026-11-03T10:00","kind":"treatment","form":"injection"},)"
              "\n"
              R"({"at":"2026-11-04T08:30","kind":"blood_test","test":"total_b12","value":140,)"
              R"("unit":"pmol/L","reference_range":"145-569"})"
              "\n]}\n");
}

TEST(DiaryFile, AnEmptyDiaryReadsBack) {
    const auto parsed = parseDiary(serializeDiary(Diary{}), kFileSymptoms, "diary.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    EXPECT_TRUE(parsed.value().entries.empty());
}

TEST(DiaryFile, ErrorsNameTheFile) {
    const auto parsed = parseDiary("", kFileSymptoms, "export.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().toString(), "export.json: the file is empty");
}

TEST(DiaryFile, RefusesAFileTooLarge) {
    EXPECT_EQ(errorOf(std::string(kMaxDiaryBytes + 1, ' ')),
              "the file is too large (33554433 bytes); a diary file is at most 32 MiB");
}

TEST(DiaryFile, RefusesAnEmptyFile) {
    EXPECT_EQ(errorOf(" \n"), "the file is empty");
}

TEST(DiaryFile, RefusesTextThatIsNotJson) {
    EXPECT_NE(errorOf(fileWith(kCheckIn).substr(0, 40)).find("not valid JSON"), std::string::npos);
}

TEST(DiaryFile, RefusesTextThatIsNotUtf8) {
    EXPECT_EQ(
        entryError("{\"at\": \"2026-11-02T08:15\", \"kind\": \"symptoms\", \"note\": \"\xff\"}"),
        "the file is not valid UTF-8 text");
}

TEST(DiaryFile, RefusesAKeyGivenTwice) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms", "pain": 1, "pain": 2})"),
              "not valid JSON: \"pain\" is given twice in the same object, so it is not clear "
              "which counts");
}

TEST(DiaryFile, RefusesValuesNestedTooDeeply) {
    EXPECT_EQ(
        entryError(
            R"({"at": "2026-11-02T08:15", "kind": "symptoms", "note": [[[[[[[[[[]]]]]]]]]]})"),
        "values nested too deeply (more than 8 levels)");
}

TEST(DiaryFile, RefusesAnotherFormat) {
    const std::string message =
        R"(not a B12 Guide diary file (it needs "format": "b12guide-diary"))";
    EXPECT_EQ(errorOf(R"({"format": "b12guide-notes", "version": 1, "entries": []})"), message);
    EXPECT_EQ(errorOf(R"({"version": 1, "entries": []})"), message);
    EXPECT_EQ(errorOf("[]"), message);
}

TEST(DiaryFile, RefusesAnUnknownTopLevelField) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": 1, "entries": [], "x": 1})"),
              R"(unknown field "x")");
}

TEST(DiaryFile, RefusesAMissingVersion) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "entries": []})"),
              R"(field "version" is missing)");
}

TEST(DiaryFile, RefusesAVersionThatIsNotAWholeNumber) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": "1", "entries": []})"),
              R"(field "version" must be a whole number)");
}

TEST(DiaryFile, RefusesANewerVersion) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": 2, "entries": []})"),
              "the file is version 2, newer than this B12 Guide reads (1); use a newer B12 Guide");
}

TEST(DiaryFile, RefusesAnUnknownOlderVersion) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": 0, "entries": []})"),
              "unknown version 0");
}

TEST(DiaryFile, RefusesMissingEntries) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": 1})"),
              R"(field "entries" is missing)");
}

TEST(DiaryFile, RefusesEntriesThatAreNotAList) {
    EXPECT_EQ(errorOf(R"({"format": "b12guide-diary", "version": 1, "entries": {}})"),
              R"(field "entries" must be a list)");
}

TEST(DiaryFile, RefusesTooManyEntries) {
    std::string entries = "0";
    for (std::size_t i = 1; i <= kMaxDiaryEntries; ++i) {
        entries += ",0";
    }
    EXPECT_EQ(errorOf(fileWith(entries)),
              "the file has 200001 entries; a diary file holds at most 200000");
}

TEST(DiaryFile, RefusesAnEntryThatIsNotAnObject) {
    EXPECT_EQ(errorOf(fileWith(std::string(kCheckIn) + ", 5")), "entry 2: must be an object");
}

TEST(DiaryFile, RefusesAFieldTheKindDoesNotHave) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms", "unit": "fL"})"),
              R"(entry 1: unknown field "unit")");
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "treatment", "form": "tablet",
                            "pain": 2})"),
              R"(entry 1: unknown field "pain")");
}

TEST(DiaryFile, RefusesAMissingTime) {
    EXPECT_EQ(entryError(R"({"kind": "symptoms"})"), R"(entry 1: field "at" is missing)");
}

TEST(DiaryFile, RefusesATimeThatIsNotText) {
    EXPECT_EQ(entryError(R"({"at": 20261102, "kind": "symptoms"})"),
              R"(entry 1: field "at" must be text)");
}

TEST(DiaryFile, RefusesAnImpossibleDate) {
    EXPECT_EQ(entryError(R"({"at": "2026-02-30T08:15", "kind": "symptoms"})"),
              R"(entry 1: field "at" must be a real date and time written YYYY-MM-DDTHH:MM, )"
              R"(not "2026-02-30T08:15")");
}

TEST(DiaryFile, RefusesAMissingKind) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15"})"), R"(entry 1: field "kind" is missing)");
}

TEST(DiaryFile, RefusesAnUnknownKind) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "mood"})"),
              R"(entry 1: field "kind" must be one of "symptoms", "treatment", "blood_test", )"
              R"(not "mood")");
}

TEST(DiaryFile, RefusesPainOutOfRangeNamingTheEntry) {
    std::string entries = kCheckIn;
    for (int i = 2; i <= 50; ++i) {
        entries += std::string(",") + kCheckIn;
    }
    entries += R"(, {"at": "2026-11-02T09:15", "kind": "symptoms", "pain": 11})";
    EXPECT_EQ(errorOf(fileWith(entries)), "entry 51: pain must be 0 to 10, not 11");
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms",
                            "pain": 18446744073709551615})"),
              "entry 1: pain must be 0 to 10, not 9223372036854775807");
}

TEST(DiaryFile, RefusesPainThatIsNotAWholeNumber) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms", "pain": 5.5})"),
              R"(entry 1: field "pain" must be a whole number)");
}

TEST(DiaryFile, RefusesSymptomsThatAreNotAnObject) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms", "symptoms": []})"),
              R"(entry 1: field "symptoms" must be an object)");
}

TEST(DiaryFile, RefusesARatingThatIsNotAWholeNumber) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms",
                            "symptoms": {"tiredness": "mild"}})"),
              R"(entry 1: field "symptoms.tiredness" must be a whole number)");
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms",
                            "symptoms": {"tiredness": null}})"),
              R"(entry 1: field "symptoms.tiredness" must be a whole number)");
}

TEST(DiaryFile, RefusesAnUnknownSymptom) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms",
                            "symptoms": {"leg_itch": 1}})"),
              R"(entry 1: unknown symptom "leg_itch")");
}

TEST(DiaryFile, RefusesARatingOutOfRange) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms",
                            "symptoms": {"leg_numbness": 4}})"),
              R"(entry 1: symptom "leg_numbness" must be rated 0 to 3, not 4)");
}

TEST(DiaryFile, RefusesAnUnknownTreatmentForm) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-03T10:00", "kind": "treatment", "form": "patch"})"),
              R"(entry 1: field "form" must be one of "injection", "tablet", "spray", "other", )"
              R"(not "patch")");
}

TEST(DiaryFile, RefusesADoseThatIsNotText) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-03T10:00", "kind": "treatment", "form": "tablet",
                            "dose": 1000})"),
              R"(entry 1: field "dose" must be text)");
}

TEST(DiaryFile, RefusesAnUnknownTest) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "ferritin",
                            "value": 40, "unit": "µg/L"})"),
              R"(entry 1: field "test" must be one of "total_b12", "active_b12", "mma", )"
              R"("homocysteine", "folate", "haemoglobin", "mcv", not "ferritin")");
}

TEST(DiaryFile, RefusesAMissingValue) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mcv",
                            "unit": "fL"})"),
              R"(entry 1: field "value" is missing)");
}

TEST(DiaryFile, RefusesAValueThatIsNotANumber) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mcv",
                            "value": "90", "unit": "fL"})"),
              R"(entry 1: field "value" must be a number)");
}

TEST(DiaryFile, RefusesAMissingUnit) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mcv",
                            "value": 90})"),
              R"(entry 1: field "unit" is missing)");
}

TEST(DiaryFile, RefusesAUnitTheTestIsNotGivenIn) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "total_b12",
                            "value": 140, "unit": "pmol/l"})"),
              R"(entry 1: unit must be one of "pmol/L", "ng/L", "pg/mL" for total_b12, )"
              R"(not "pmol/l")");
}

TEST(DiaryFile, RefusesAValueOutOfRange) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "total_b12",
                            "value": 0, "unit": "pmol/L"})"),
              "entry 1: value must be above 0 and below 20000 pmol/L, not 0");
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mcv",
                            "value": 900, "unit": "fL"})"),
              "entry 1: value must be above 0 and below 200 fL, not 900");
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mma",
                            "value": -0.2, "unit": "µmol/L"})"),
              "entry 1: value must be above 0 and below 1000 µmol/L, not -0.2");
}

TEST(DiaryFile, RefusesAReferenceRangeThatIsNotText) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-04T08:30", "kind": "blood_test", "test": "mcv",
                            "value": 90, "unit": "fL", "reference_range": [80, 100]})"),
              R"(entry 1: field "reference_range" must be text)");
}

TEST(DiaryFile, RefusesANoteThatIsNotText) {
    EXPECT_EQ(entryError(R"({"at": "2026-11-02T08:15", "kind": "symptoms", "note": true})"),
              R"(entry 1: field "note" must be text)");
}

TEST(DiaryFile, TheGoodFuzzSeedsRead) {
    const std::vector<std::string> questionnaireIds{"leg_tingling", "leg_numbness", "leg_burning",
                                                    "tiredness", "sore_tongue"};
    const std::filesystem::path folder =
        std::filesystem::path(B12_SOURCE_DIR) / "tests/fuzz/corpus/diary";
    int read = 0;
    for (const char* name : {"good-example", "good-every-kind", "good-empty"}) {
        std::ifstream in(folder / name, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in),
                                std::istreambuf_iterator<char>()};
        const auto parsed = parseDiary(bytes, questionnaireIds, name);
        EXPECT_TRUE(parsed.ok()) << parsed.error().toString();
        read += parsed.ok() ? 1 : 0;
    }
    EXPECT_EQ(read, 3);
}
