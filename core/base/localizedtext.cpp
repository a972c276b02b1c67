// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/localizedtext.h"

namespace b12::core {

const std::string& LocalizedText::get(std::string_view language) const {
    static const std::string kNone;
    if (const auto it = byLanguage.find(language); it != byLanguage.end() && !it->second.empty()) {
        return it->second;
    }
    if (const auto it = byLanguage.find(kFallbackLanguage); it != byLanguage.end()) {
        return it->second;
    }
    return kNone;
}

} // namespace b12::core
