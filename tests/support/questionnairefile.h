// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the questionnaire as shipped in resources/data, the file the app embeds.

#include "core/questionnaire/questionnaire.h"
#include "tests/support/contentfiles.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace b12::testing {

inline std::string shippedQuestionnaireJson() {
    return readFile(std::filesystem::path(B12_SOURCE_DIR) / "resources/data/questionnaire.json");
}

/// Parsed once; a parse failure fails the calling test and gives an empty questionnaire.
inline const core::Questionnaire& shippedQuestionnaire() {
    static const core::Questionnaire questionnaire = [] {
        auto parsed = core::parseQuestionnaire(shippedQuestionnaireJson(), "questionnaire.json");
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return core::Questionnaire{};
        }
        return parsed.value();
    }();
    return questionnaire;
}

} // namespace b12::testing
