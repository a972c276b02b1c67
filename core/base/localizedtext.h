// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace b12::core {

/// The language every shipped text has; the fallback for a missing translation.
inline constexpr std::string_view kFallbackLanguage = "en";

/// A text shown to the person, in one or more languages ("en" is always there).
struct LocalizedText {
    std::map<std::string, std::string, std::less<>> byLanguage;

    /// The text in `language`, or the English text when there is no such translation
    /// (an empty string when there is neither).
    [[nodiscard]] const std::string& get(std::string_view language) const;
    [[nodiscard]] bool empty() const { return byLanguage.empty(); }
};

} // namespace b12::core
