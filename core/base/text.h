// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace b12::core {

/// The byte offset of the first byte that is not part of valid UTF-8, or nothing when the
/// whole text is valid.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);

/// The 1-based line number that holds byte `offset` of `text`.
int lineOfOffset(std::string_view text, std::size_t offset);

/// A lower-case copy for case-insensitive matching: ASCII and the Latin-1 letters used in
/// English and German (Ä→ä, Ö→ö, Ü→ü, É→é …). Byte length and offsets are unchanged, so an
/// offset found in the folded text is valid in the original.
std::string foldCase(std::string_view text);

/// Escapes &, <, >, " and ' so that text typed by a person can be put into HTML safely.
std::string escapeHtml(std::string_view text);

/// Moves `offset` back to the start of the UTF-8 character that holds it.
std::size_t utf8CharStart(std::string_view text, std::size_t offset);

} // namespace b12::core
