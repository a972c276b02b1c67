// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test and benchmark helper: a long diary as a person could keep it.

#include "core/diary/diary.h"

#include <chrono>

namespace b12::testing {

/// `days` days from 1 January 2020 on, `perDay` entries a day at 08:00, 10:00, …: in each
/// five, three check-ins (pain and two symptoms rated), a tablet and a total B12 test.
inline core::Diary longDiary(int days, int perDay) {
    using namespace std::chrono;
    core::Diary diary;
    const sys_days first = year(2020) / January / 1;
    for (int day = 0; day < days; ++day) {
        const year_month_day date(first + std::chrono::days(day));
        for (int n = 0; n < perDay; ++n) {
            const int i = day * perDay + n;
            const core::LocalDateTime at{int(date.year()), int(unsigned(date.month())),
                                         int(unsigned(date.day())), 8 + (2 * n) % 16, 0};
            core::DiaryEntry entry{std::nullopt, at, core::SymptomCheck{}, "a note"};
            if (i % 5 == 3) {
                entry.details = core::Treatment{core::TreatmentForm::Tablet, "1 mg"};
            } else if (i % 5 == 4) {
                entry.details =
                    core::BloodTestResult{core::BloodTest::TotalB12, 200.5, "pmol/L", "145-569"};
            } else {
                entry.details =
                    core::SymptomCheck{i % 11, {{"leg_tingling", i % 4}, {"tiredness", 1}}};
            }
            diary.entries.push_back(std::move(entry));
        }
    }
    return diary;
}

} // namespace b12::testing
