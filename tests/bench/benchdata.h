// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Benchmark inputs: the data files as shipped in resources/data (the files the app embeds),
// parsed once, and answers a person could give.

#include "core/questionnaire/answers.h"
#include "core/questionnaire/questionnaire.h"
#include "core/risk/riskdata.h"
#include "core/summary/summarytexts.h"
#include "tests/support/contentfiles.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace b12::bench {

inline std::string shippedData(const std::string& name) {
    return testing::readFile(std::filesystem::path(B12_SOURCE_DIR) / "resources/data" / name);
}

// A benchmark cannot run on data that does not parse: say why and stop.
template <typename T> T parsedOrExit(core::Result<T> result) {
    if (!result) {
        std::cerr << result.error().toString() << '\n';
        std::exit(1);
    }
    return std::move(result).value();
}

inline const core::Questionnaire& questionnaire() {
    static const core::Questionnaire parsed = parsedOrExit(
        core::parseQuestionnaire(shippedData("questionnaire.json"), "questionnaire.json"));
    return parsed;
}

inline const core::SummaryTexts& summaryTexts() {
    static const core::SummaryTexts parsed =
        parsedOrExit(core::parseSummaryTexts(shippedData("summary.json"), "summary.json"));
    return parsed;
}

inline const core::RiskTable& riskTable() {
    static const core::RiskTable parsed =
        parsedOrExit(core::parseRiskTable(shippedData("risk-by-age.json"), "risk-by-age.json"));
    return parsed;
}

enum class Fill { Nothing, SymptomAndRisk, AllUnsure, AllAnswered };

// Nothing, one symptom and one risk factor, "not sure" to everything, or every question
// answered ("yes", the last option, 7 out of 10): the most work for assess() and the summary.
inline core::Answers answersFor(Fill fill) {
    using namespace core;
    Answers answers;
    bool symptom = false;
    bool risk = false;
    const bool all = fill == Fill::AllAnswered || fill == Fill::AllUnsure;
    for (const Question& q : questionnaire().questions) {
        switch (q.type) {
        case AnswerType::YesNoUnsure:
            if (fill == Fill::AllAnswered) {
                answers.set(q.id, std::string(kYes));
            } else if (fill == Fill::AllUnsure) {
                answers.set(q.id, std::string(kUnsure));
            } else if (fill == Fill::SymptomAndRisk && q.kind == QuestionKind::Symptom &&
                       !symptom) {
                answers.set(q.id, std::string(kYes));
                symptom = true;
            } else if (fill == Fill::SymptomAndRisk && q.kind == QuestionKind::RiskFactor &&
                       !risk) {
                answers.set(q.id, std::string(kYes));
                risk = true;
            }
            break;
        case AnswerType::Choice:
        case AnswerType::Duration:
            if (all && !q.options.empty()) {
                answers.set(q.id, q.options.back().id);
            }
            break;
        case AnswerType::Scale0To10:
            if (all) {
                answers.set(q.id, 7);
            }
            break;
        }
    }
    return answers;
}

} // namespace b12::bench
