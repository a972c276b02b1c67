// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the summary texts and the risk data as shipped in resources/data, the files
// the app embeds, and the answers files in tests/data/answers.

#include "core/questionnaire/answers.h"
#include "core/risk/riskdata.h"
#include "core/summary/summarytexts.h"
#include "tests/support/questionnairefile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace b12::testing {

inline const core::SummaryTexts& shippedSummaryTexts() {
    static const core::SummaryTexts texts = [] {
        auto parsed = core::parseSummaryTexts(
            readFile(std::filesystem::path(B12_SOURCE_DIR) / "resources/data/summary.json"),
            "summary.json");
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return core::SummaryTexts{};
        }
        return parsed.value();
    }();
    return texts;
}

inline const core::RiskTable& shippedRiskTable() {
    static const core::RiskTable table = [] {
        auto parsed = core::parseRiskTable(
            readFile(std::filesystem::path(B12_SOURCE_DIR) / "resources/data/risk-by-age.json"),
            "risk-by-age.json");
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return core::RiskTable{};
        }
        return parsed.value();
    }();
    return table;
}

/// An answers file from tests/data/answers; a parse failure fails the calling test.
inline core::Answers answersFile(const std::string& name) {
    auto parsed = core::parseAnswers(
        readFile(std::filesystem::path(B12_SOURCE_DIR) / "tests/data/answers" / name),
        shippedQuestionnaire(), name);
    if (!parsed) {
        ADD_FAILURE() << parsed.error().toString();
        return {};
    }
    return parsed.value();
}

} // namespace b12::testing
