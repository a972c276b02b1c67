// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diarystats.h"
#include "core/summary/summarytexts.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// The diary's part of the summary for the doctor: its last weeks as a compact table, the
// treatments and the blood tests, each with every text resolved in one language.

namespace b12::core {

/// One week of the table; mean and highest pain are empty for a week without pain values.
struct SummaryDiaryWeek {
    std::string start; ///< Its Monday, YYYY-MM-DD.
    int entries = 0;
    std::string meanPain; ///< One decimal, in the language's decimal separator.
    std::string maxPain;
};

struct SummaryDiary {
    std::string heading;                 ///< "My diary since 2026-09-07"
    std::vector<SummaryDiaryWeek> weeks; ///< The weeks with entries, oldest first.
    /// "Tingling … 5", by symptom: the days in these weeks each symptom was noted on.
    std::vector<std::string> symptomDays;
    /// "2026-09-01 injection, 1 mg hydroxocobalamin", by time.
    std::vector<std::string> treatments;
    /// "2026-09-01 total B12 140 pmol/L (189.8 ng/L); lab's reference range 145-569", by
    /// time: the value as entered and in the other unit, never judged.
    std::vector<std::string> bloodTests;
    /// The summary the part was made from, for the trend chart.
    DiarySummary summary;
};

/// A symptom's name in the summary's language, by its id (the questionnaire's label).
using SymptomNames = std::map<std::string, std::string, std::less<>>;

/// The part for `summary`, or nothing when none of its weeks has an entry.
[[nodiscard]] std::optional<SummaryDiary>
buildSummaryDiary(const DiarySummary& summary, const SummaryLabelsOf<std::string>& labels,
                  const SymptomNames& symptomNames);

} // namespace b12::core
