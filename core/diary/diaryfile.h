// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/diary/diary.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

// The diary file, used by import, export and the command line (docs/diary-format.md):
// {"format": "b12guide-diary", "version": 1, "entries": [
//   {"at": "2026-11-02T08:15", "kind": "symptoms", "pain": 6, "symptoms": {...}, "note": "..."},
//   {"at": "2026-11-03T10:00", "kind": "treatment", "form": "injection", "dose": "1 mg"},
//   {"at": "2026-11-04T08:30", "kind": "blood_test", "test": "total_b12", "value": 140,
//    "unit": "pmol/L", "reference_range": "145-569"}]}

namespace b12::core {

inline constexpr std::string_view kDiaryFormat = "b12guide-diary";
inline constexpr int kDiaryVersion = 1;
/// Larger files are refused before they are parsed: 32 MiB holds 200,000 long entries.
inline constexpr std::size_t kMaxDiaryBytes = std::size_t{32} * 1024 * 1024;
/// At most this many entries in one file: 100 years of five entries a day, and more.
inline constexpr std::size_t kMaxDiaryEntries = 200000;

/// Reads a diary file. `symptomIds` are the symptoms an entry may rate (the app passes the
/// questionnaire's `symptom` question ids). Every problem is an error: the strict JSON
/// rules of parseJsonDocument(), another format or version, an unknown field, and any
/// problem of an entry, named by its 1-based position ("entry 51: pain must be 0 to 10,
/// not 11"). Entries keep the order of the file; database ids are never read.
[[nodiscard]] Result<Diary> parseDiary(std::string_view text,
                                       std::span<const std::string> symptomIds,
                                       std::string_view fileName);

/// Writes the diary file, one entry a line, ending with a newline; parseDiary() reads it
/// back to the same diary (without database ids). Optional fields are written only when
/// they hold something.
[[nodiscard]] std::string serializeDiary(const Diary& diary);

/// One entry as it is written in the file, for other JSON outputs (the diary summary).
[[nodiscard]] nlohmann::ordered_json diaryEntryJson(const DiaryEntry& entry);

} // namespace b12::core
