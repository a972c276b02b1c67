// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diary.h"

#include "core/base/jsonfields.h"
#include "core/diary/units.h"

#include <algorithm>
#include <cstdio>

namespace b12::core {

namespace {

template <class Enum, std::size_t N>
std::string_view nameOf(Enum value, const std::array<std::pair<Enum, std::string_view>, N>& names) {
    for (const auto& item : names) {
        if (item.first == value) {
            return item.second;
        }
    }
    return {};
}

// The number written with exactly `width` digits at `text[at]`, or -1 when a character
// there is not a digit.
int digitsAt(std::string_view text, std::size_t at, std::size_t width) {
    int number = 0;
    for (std::size_t i = at; i < at + width; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        number = number * 10 + (text[i] - '0');
    }
    return number;
}

} // namespace

std::chrono::year_month_day LocalDateTime::date() const {
    return std::chrono::year_month_day{std::chrono::year{year},
                                       std::chrono::month{static_cast<unsigned>(month)},
                                       std::chrono::day{static_cast<unsigned>(day)}};
}

bool LocalDateTime::isValid() const {
    // year_month_day::ok() knows month lengths and leap years; the range check comes first
    // so that the unsigned conversions in date() see small numbers only.
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
           date().ok() && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

std::optional<LocalDateTime> parseLocalDateTime(std::string_view text) {
    constexpr std::string_view kShape = "YYYY-MM-DDTHH:MM";
    if (text.size() != kShape.size() || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':') {
        return std::nullopt;
    }
    const LocalDateTime at{digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2),
                           digitsAt(text, 11, 2), digitsAt(text, 14, 2)};
    return at.isValid() ? std::optional<LocalDateTime>(at) : std::nullopt;
}

std::string formatLocalDateTime(const LocalDateTime& at) {
    std::array<char, 64> buffer{};
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg): fixed widths, no user format
    const int length = std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02dT%02d:%02d",
                                     at.year, at.month, at.day, at.hour, at.minute);
    return {buffer.data(), static_cast<std::size_t>(std::max(length, 0))};
}

std::string formatDate(std::chrono::year_month_day date) {
    std::array<char, 32> buffer{};
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg): fixed widths, no user format
    const int length =
        std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
                      static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return {buffer.data(), static_cast<std::size_t>(std::max(length, 0))};
}

std::string_view entryKindName(EntryKind kind) {
    return nameOf(kind, kEntryKinds);
}

std::string_view treatmentFormName(TreatmentForm form) {
    return nameOf(form, kTreatmentForms);
}

std::string_view bloodTestName(BloodTest test) {
    return nameOf(test, kBloodTests);
}

EntryKind DiaryEntry::kind() const {
    static_assert(std::variant_size_v<decltype(details)> == kEntryKinds.size());
    return kEntryKinds.at(details.index()).first;
}

const SymptomCheck* DiaryEntry::symptomCheck() const {
    return std::get_if<SymptomCheck>(&details);
}

const Treatment* DiaryEntry::treatment() const {
    return std::get_if<Treatment>(&details);
}

const BloodTestResult* DiaryEntry::bloodTest() const {
    return std::get_if<BloodTestResult>(&details);
}

std::string checkPain(long long pain) {
    if (pain >= 0 && pain <= kMaxPain) {
        return {};
    }
    return "pain must be 0 to " + std::to_string(kMaxPain) + ", not " + std::to_string(pain);
}

std::string checkSymptomRating(std::string_view symptomId, long long rating,
                               std::span<const std::string> symptomIds) {
    if (std::find(symptomIds.begin(), symptomIds.end(), symptomId) == symptomIds.end()) {
        return "unknown symptom " + inQuotes(symptomId);
    }
    if (rating >= 0 && rating <= kMaxSymptomRating) {
        return {};
    }
    return "symptom " + inQuotes(symptomId) + " must be rated 0 to " +
           std::to_string(kMaxSymptomRating) + ", not " + std::to_string(rating);
}

std::string checkBloodTestValue(BloodTest test, double value, std::string_view unit) {
    const std::optional<double> max = maxValueOf(test, unit);
    if (!max) {
        return "unit must be one of " + quotedList(unitsOf(test)) + " for " +
               std::string(bloodTestName(test)) + ", not " + inQuotes(unit);
    }
    // Written so that NaN fails too.
    if (value > 0 && value < *max) {
        return {};
    }
    return "value must be above 0 and below " + formatValue(*max) + ' ' + std::string(unit) +
           ", not " + formatValue(value);
}

std::string checkEntry(const DiaryEntry& entry, std::span<const std::string> symptomIds) {
    if (!entry.at.isValid()) {
        return inQuotes(formatLocalDateTime(entry.at)) + " is not a real date and time";
    }
    if (const SymptomCheck* check = entry.symptomCheck()) {
        if (check->pain) {
            if (std::string problem = checkPain(*check->pain); !problem.empty()) {
                return problem;
            }
        }
        for (const auto& rated : check->symptoms) {
            if (std::string problem = checkSymptomRating(rated.first, rated.second, symptomIds);
                !problem.empty()) {
                return problem;
            }
        }
    }
    if (const BloodTestResult* result = entry.bloodTest()) {
        return checkBloodTestValue(result->test, result->value, result->unit);
    }
    return {};
}

} // namespace b12::core
