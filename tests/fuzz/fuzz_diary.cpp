// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Diary files (import, --diary-import): parseDiary, then everything done with a diary that
// parsed: a save that must read back to the same diary, the CSV export, the weekly summary
// as JSON and the review reminder.
//
// Input format: the bytes of a diary file.
#include "core/diary/diarycsv.h"
#include "core/diary/diaryfile.h"
#include "core/diary/diarystats.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace b12::core;
using namespace std::chrono_literals;

namespace {

// Symptom ids of the questionnaire, as the app passes them in; the corpus uses these.
const std::vector<std::string> kSymptoms{"leg_tingling", "leg_numbness", "leg_burning", "tiredness",
                                         "sore_tongue"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto parsed = parseDiary(input, kSymptoms, "diary.json");
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    const Diary& diary = parsed.value();
    auto again = parseDiary(serializeDiary(diary), kSymptoms, "diary.json");
    if (!again || !(again.value() == diary)) {
        std::abort(); // what the app exports, it must import unchanged
    }
    (void)diaryToCsv(diary, kSymptoms);
    (void)diarySummaryJson(summarizeDiary(diary, 2026y / 11 / 10, 12));
    (void)reviewReminder(diary, 2026y / 11 / 10, true);
    return 0;
}
