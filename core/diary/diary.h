// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// The diary: what the person noted over time (symptom check-ins, treatments, blood tests).
// Plain values; the file format is in diaryfile.h and docs/diary-format.md.

namespace b12::core {

/// A local date and time to the minute, as the person entered it: no time zone, no
/// seconds. Ordered by time.
struct LocalDateTime {
    int year = 2000;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;

    /// The calendar day.
    [[nodiscard]] std::chrono::year_month_day date() const;
    /// True for a day that exists in the calendar, hour 0–23 and minute 0–59.
    [[nodiscard]] bool isValid() const;

    // clang-tidy 14 takes the 0 that a defaulted <=> compares with for a null pointer.
    auto operator<=>(const LocalDateTime&) const = default; // NOLINT(modernize-use-nullptr)
};

/// Reads "YYYY-MM-DDTHH:MM" (exactly that shape, years 1–9999); nothing for any other
/// text or for a time that does not exist, such as 2026-02-30T08:00 or 24:00.
[[nodiscard]] std::optional<LocalDateTime> parseLocalDateTime(std::string_view text);
/// "YYYY-MM-DDTHH:MM".
[[nodiscard]] std::string formatLocalDateTime(const LocalDateTime& at);
/// "YYYY-MM-DD".
[[nodiscard]] std::string formatDate(std::chrono::year_month_day date);

/// The three kinds of entry, by their names in the file.
enum class EntryKind { Symptoms, Treatment, BloodTest };
inline constexpr std::array<std::pair<EntryKind, std::string_view>, 3> kEntryKinds{{
    {EntryKind::Symptoms, "symptoms"},
    {EntryKind::Treatment, "treatment"},
    {EntryKind::BloodTest, "blood_test"},
}};

/// How a treatment was taken.
enum class TreatmentForm { Injection, Tablet, Spray, Other };
inline constexpr std::array<std::pair<TreatmentForm, std::string_view>, 4> kTreatmentForms{{
    {TreatmentForm::Injection, "injection"},
    {TreatmentForm::Tablet, "tablet"},
    {TreatmentForm::Spray, "spray"},
    {TreatmentForm::Other, "other"},
}};

/// What a blood test measured.
enum class BloodTest { TotalB12, ActiveB12, Mma, Homocysteine, Folate, Haemoglobin, Mcv };
inline constexpr std::array<std::pair<BloodTest, std::string_view>, 7> kBloodTests{{
    {BloodTest::TotalB12, "total_b12"},
    {BloodTest::ActiveB12, "active_b12"},
    {BloodTest::Mma, "mma"},
    {BloodTest::Homocysteine, "homocysteine"},
    {BloodTest::Folate, "folate"},
    {BloodTest::Haemoglobin, "haemoglobin"},
    {BloodTest::Mcv, "mcv"},
}};

/// The names in the file ("blood_test", "injection", "total_b12").
[[nodiscard]] std::string_view entryKindName(EntryKind kind);
[[nodiscard]] std::string_view treatmentFormName(TreatmentForm form);
[[nodiscard]] std::string_view bloodTestName(BloodTest test);

inline constexpr int kMaxPain = 10;
inline constexpr int kMaxSymptomRating = 3;

/// A symptom check-in: leg pain 0–10 when given, and symptoms (the questionnaire's
/// `symptom` question ids) rated 0 none, 1 mild, 2 moderate, 3 severe.
struct SymptomCheck {
    std::optional<int> pain;
    std::map<std::string, int, std::less<>> symptoms;

    bool operator==(const SymptomCheck&) const = default;
};

/// A treatment taken; the dose as the person wrote it ("1 mg hydroxocobalamin").
struct Treatment {
    TreatmentForm form = TreatmentForm::Injection;
    std::string dose;

    bool operator==(const Treatment&) const = default;
};

/// A blood test result as printed on the lab report. The reference range is the lab's own
/// text; the app shows it beside the value and never judges the value against it.
struct BloodTestResult {
    BloodTest test = BloodTest::TotalB12;
    double value = 0;
    std::string unit;
    std::string referenceRange;

    bool operator==(const BloodTestResult&) const = default;
};

/// One diary entry: when, what, and a note.
struct DiaryEntry {
    /// The app's database row, when the entry is stored; not part of the file format.
    std::optional<std::int64_t> id;
    LocalDateTime at;
    std::variant<SymptomCheck, Treatment, BloodTestResult> details;
    std::string note;

    [[nodiscard]] EntryKind kind() const;
    [[nodiscard]] const SymptomCheck* symptomCheck() const;
    [[nodiscard]] const Treatment* treatment() const;
    [[nodiscard]] const BloodTestResult* bloodTest() const;

    bool operator==(const DiaryEntry&) const = default;
};

/// Everything the person noted, in the order it was given (not necessarily by time).
struct Diary {
    std::vector<DiaryEntry> entries;

    bool operator==(const Diary&) const = default;
};

/// What is wrong with `entry`, in plain words ("pain must be 0 to 10, not 11"), or an empty
/// text when it is fine: a time that does not exist, pain or a rating out of range, a
/// symptom not in `symptomIds`, a unit the test is not given in, a value out of range. The
/// file reader and the app's forms both check entries with it.
[[nodiscard]] std::string checkEntry(const DiaryEntry& entry,
                                     std::span<const std::string> symptomIds);

/// The parts of checkEntry(), for readers that see numbers wider than int.
[[nodiscard]] std::string checkPain(long long pain);
[[nodiscard]] std::string checkSymptomRating(std::string_view symptomId, long long rating,
                                             std::span<const std::string> symptomIds);
[[nodiscard]] std::string checkBloodTestValue(BloodTest test, double value, std::string_view unit);

} // namespace b12::core
