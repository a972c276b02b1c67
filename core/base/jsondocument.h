// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace b12::core {

/// How deep a data file's values may nest unless its reader says otherwise.
inline constexpr int kDefaultMaxJsonDepth = 64;

/// Parses one JSON document from a file, more strictly than nlohmann::json::parse alone, so
/// that no file is read two ways or brings the program down. These are errors like any
/// syntax error: text that is not UTF-8, the same key twice in one object (nlohmann would
/// keep the last silently), values nested deeper than `maxDepth` (so a crafted file costs
/// no time or stack), and a number too large for any type (nlohmann throws out_of_range for
/// it, not parse_error). Errors give the line where there is one.
[[nodiscard]] Result<nlohmann::json> parseJsonDocument(std::string_view text,
                                                       std::string_view fileName,
                                                       int maxDepth = kDefaultMaxJsonDepth);

} // namespace b12::core
