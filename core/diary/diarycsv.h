// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"

#include <span>
#include <string>
#include <string_view>

namespace b12::core {

/// The diary as CSV for a spreadsheet (RFC 4180, UTF-8 without a byte order mark, CRLF line
/// ends): a header row, then one row per entry in the diary's order. Columns: at, kind,
/// pain, one per symptom id (`symptomIds` in their order, then any other id the diary rates,
/// sorted), form, dose, test, value, unit, value_other_unit, other_unit, reference_range,
/// note. A field holding a comma, a quote, CR or LF is quoted, its quotes doubled; a field
/// starting with = + - @, tab or CR gets a leading apostrophe, so that a spreadsheet shows
/// it as text instead of running it as a formula.
[[nodiscard]] std::string diaryToCsv(const Diary& diary, std::span<const std::string> symptomIds);

/// One CSV field: guarded against formulas, then quoted when it needs to be.
[[nodiscard]] std::string csvField(std::string_view text);

} // namespace b12::core
