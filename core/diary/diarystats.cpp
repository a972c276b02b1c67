// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diarystats.h"

#include "core/diary/diaryfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace b12::core {

namespace {

using std::chrono::sys_days;

// What one week gathers before its figures are worked out.
struct WeekTally {
    int entries = 0;
    int painCount = 0;
    int painSum = 0;
    std::optional<int> maxPain;
    std::map<std::string, std::set<sys_days>, std::less<>> symptomDays;
};

void tally(WeekTally& week, const DiaryEntry& entry) {
    ++week.entries;
    const SymptomCheck* check = entry.symptomCheck();
    if (check == nullptr) {
        return;
    }
    if (check->pain) {
        ++week.painCount;
        week.painSum += *check->pain;
        week.maxPain = std::max(week.maxPain.value_or(*check->pain), *check->pain);
    }
    const sys_days day{entry.at.date()};
    for (const auto& rated : check->symptoms) {
        if (rated.second >= 1) {
            week.symptomDays[rated.first].insert(day);
        }
    }
}

DiaryWeek figuresOf(const WeekTally& tallied, std::chrono::year_month_day start) {
    DiaryWeek week{start, tallied.entries, std::nullopt, tallied.maxPain, {}};
    if (tallied.painCount > 0) {
        week.meanPain = static_cast<double>(tallied.painSum) / tallied.painCount;
    }
    for (const auto& [id, days] : tallied.symptomDays) {
        week.symptomDays.emplace(id, static_cast<int>(days.size()));
    }
    return week;
}

void sortByTime(std::vector<DiaryEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const DiaryEntry& a, const DiaryEntry& b) { return a.at < b.at; });
}

std::chrono::year_month_day addMonths(std::chrono::year_month_day day, int months) {
    const std::chrono::year_month_day later = day + std::chrono::months{months};
    if (later.ok()) {
        return later;
    }
    return std::chrono::year_month_day_last{later.year(),
                                            std::chrono::month_day_last{later.month()}};
}

} // namespace

std::chrono::year_month_day weekStart(std::chrono::year_month_day day) {
    const sys_days date{day};
    const unsigned sinceMonday = std::chrono::weekday{date}.iso_encoding() - 1;
    return std::chrono::year_month_day{date - std::chrono::days{sinceMonday}};
}

DiarySummary summarizeDiary(const Diary& diary, std::chrono::year_month_day today, int weeks) {
    DiarySummary summary;
    summary.totalEntries = diary.entries.size();
    if (!today.ok()) {
        return summary;
    }
    const int count = std::clamp(weeks, 1, kMaxSummaryWeeks);
    const sys_days first = sys_days(weekStart(today)) - std::chrono::weeks{count - 1};
    const sys_days last{today};
    std::vector<WeekTally> tallies(static_cast<std::size_t>(count));
    for (const DiaryEntry& entry : diary.entries) {
        if (!entry.at.isValid()) {
            continue;
        }
        const sys_days day{entry.at.date()};
        if (day < first || day > last) {
            continue;
        }
        tally(tallies[static_cast<std::size_t>((day - first).count() / 7)], entry);
        if (entry.treatment() != nullptr) {
            summary.treatments.push_back(entry);
        } else if (entry.bloodTest() != nullptr) {
            summary.bloodTests.push_back(entry);
        }
    }
    for (std::size_t i = 0; i < tallies.size(); ++i) {
        const sys_days start = first + std::chrono::weeks{static_cast<int>(i)};
        summary.weeks.push_back(figuresOf(tallies[i], std::chrono::year_month_day{start}));
    }
    sortByTime(summary.treatments);
    sortByTime(summary.bloodTests);
    return summary;
}

std::string diarySummaryJson(const DiarySummary& summary) {
    nlohmann::ordered_json out;
    out["total_entries"] = summary.totalEntries;
    out["weeks"] = nlohmann::ordered_json::array();
    for (const DiaryWeek& week : summary.weeks) {
        nlohmann::ordered_json item;
        item["start"] = formatDate(week.start);
        item["entries"] = week.entries;
        if (week.meanPain) {
            item["mean_pain"] = std::round(*week.meanPain * 10) / 10;
        }
        if (week.maxPain) {
            item["max_pain"] = *week.maxPain;
        }
        item["symptom_days"] = week.symptomDays;
        out["weeks"].push_back(std::move(item));
    }
    for (const auto& [key, entries] : {std::pair{"treatments", &summary.treatments},
                                       std::pair{"blood_tests", &summary.bloodTests}}) {
        out[key] = nlohmann::ordered_json::array();
        for (const DiaryEntry& entry : *entries) {
            out[key].push_back(diaryEntryJson(entry));
        }
    }
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

std::optional<LocalDateTime> reviewReminder(const Diary& diary, std::chrono::year_month_day today,
                                            bool pregnantOrBreastfeeding) {
    std::optional<LocalDateTime> lastTest;
    for (const DiaryEntry& entry : diary.entries) {
        if (entry.bloodTest() != nullptr && entry.at.isValid()) {
            lastTest = std::max(lastTest.value_or(entry.at), entry.at);
        }
    }
    // The course being followed started with the first treatment since the last review.
    std::optional<LocalDateTime> firstTreatment;
    for (const DiaryEntry& entry : diary.entries) {
        if (entry.treatment() != nullptr && entry.at.isValid() &&
            (!lastTest || entry.at > *lastTest)) {
            firstTreatment = std::min(firstTreatment.value_or(entry.at), entry.at);
        }
    }
    if (!firstTreatment || !today.ok()) {
        return std::nullopt;
    }
    const int months = pregnantOrBreastfeeding ? kReviewAfterMonthsPregnant : kReviewAfterMonths;
    if (sys_days(addMonths(firstTreatment->date(), months)) > sys_days(today)) {
        return std::nullopt;
    }
    return firstTreatment;
}

} // namespace b12::core
