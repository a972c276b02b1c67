// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/summary/visitsummary.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace b12::core {

/// The file that keeps what the person typed for the summary (name, year of birth, notes,
/// medicines and supplements) next to their answers:
/// {"format": "b12guide-notes", "version": 1, "name": "...", "year_of_birth": "...",
///  "notes": "...", "medicines": "..."}. Every text field is optional.
inline constexpr std::string_view kNotesFormat = "b12guide-notes";
inline constexpr int kNotesVersion = 1;
/// Larger files are refused before they are parsed.
inline constexpr std::size_t kMaxNotesBytes = std::size_t{1024} * 1024;

/// Reads a notes file; every problem (not JSON, another format, a newer version, a field
/// that is not text, invalid UTF-8) is an error that names it.
Result<PersonalNotes> parsePersonalNotes(std::string_view text, std::string_view fileName);

/// Writes the notes file, ending with a newline.
[[nodiscard]] std::string serializePersonalNotes(const PersonalNotes& notes);

} // namespace b12::core
