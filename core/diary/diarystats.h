// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

// What the diary shows over time: weekly figures for the trend chart, the summary for the
// doctor and `--diary-summary`, and the review reminder. Pure functions: today is passed in.

namespace b12::core {

/// One ISO week, Monday to Sunday (or to today, for the current week).
struct DiaryWeek {
    std::chrono::year_month_day start; ///< Its Monday.
    int entries = 0;                   ///< Entries of every kind dated in the week.
    std::optional<double> meanPain;    ///< Of the check-ins that give pain; not rounded.
    std::optional<int> maxPain;
    /// Per symptom id, the number of days in the week with that symptom rated 1 or more;
    /// symptoms on no day are left out.
    std::map<std::string, int, std::less<>> symptomDays;

    bool operator==(const DiaryWeek&) const = default;
};

/// The diary's last weeks.
struct DiarySummary {
    std::size_t totalEntries = 0;       ///< The whole diary, whatever the dates.
    std::vector<DiaryWeek> weeks;       ///< Every week of the range, oldest first, empty ones too.
    std::vector<DiaryEntry> treatments; ///< Those dated in the range, by time.
    std::vector<DiaryEntry> bloodTests; ///< Those dated in the range, by time.
};

/// `--diary-summary` takes at most this many weeks (about 100 years).
inline constexpr int kMaxSummaryWeeks = 5200;

/// The Monday on or before `day`.
[[nodiscard]] std::chrono::year_month_day weekStart(std::chrono::year_month_day day);

/// The current week (Monday to `today`) and the `weeks` − 1 weeks before it; `weeks` is
/// kept within 1 to kMaxSummaryWeeks. Entries dated after today count in totalEntries only.
[[nodiscard]] DiarySummary summarizeDiary(const Diary& diary, std::chrono::year_month_day today,
                                          int weeks);

/// The summary as `--diary-summary` prints it: {"total_entries": N, "weeks": [{"start":
/// "YYYY-MM-DD", "entries": n, "mean_pain": x, "max_pain": m, "symptom_days": {...}}, ...],
/// "treatments": [...], "blood_tests": [...]}, entries as in the diary file. mean_pain is
/// rounded to one decimal; it and max_pain are left out of a week without pain values.
[[nodiscard]] std::string diarySummaryJson(const DiarySummary& summary);

/// Months after a treatment when a review is due: "Review after 3 months of treatment, after
/// 1 month in pregnancy or breastfeeding (NASGP summary of NICE NG239) [secondary]".
inline constexpr int kReviewAfterMonths = 3;
inline constexpr int kReviewAfterMonthsPregnant = 1;

/// The review reminder: the time of the first treatment logged since the latest blood test
/// (or ever, without one) when that is at least 3 months before `today` (1 month when
/// pregnant or breastfeeding); nothing when no review is due. A month later on a day the
/// month lacks (30 November + 3 months) is that month's last day.
[[nodiscard]] std::optional<LocalDateTime>
reviewReminder(const Diary& diary, std::chrono::year_month_day today, bool pregnantOrBreastfeeding);

} // namespace b12::core
