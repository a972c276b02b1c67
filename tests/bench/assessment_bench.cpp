// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the questionnaire: parsing the shipped file and assess() on answers from
// none at all to every question answered.
#include "core/assessment.h"
#include "core/questionnaire.h"
#include "tests/support/contentfiles.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

using namespace b12::core;

namespace {

const std::string& questionnaireJson() {
    static const std::string json = b12::testing::readFile(std::filesystem::path(B12_SOURCE_DIR) /
                                                           "resources/data/questionnaire.json");
    return json;
}

const Questionnaire& questionnaire() {
    static const Questionnaire parsed = [] {
        auto result = parseQuestionnaire(questionnaireJson(), "questionnaire.json");
        if (!result) {
            std::cerr << result.error().toString() << '\n';
            std::exit(1);
        }
        return std::move(result).value();
    }();
    return parsed;
}

enum class Fill { Nothing, SymptomAndRisk, AllUnsure, AllYes };

// Answers a person could give: nothing, one symptom and one risk factor, "not sure" to
// everything, or every question answered (the most work for assess()).
Answers answersFor(Fill fill) {
    Answers answers;
    bool symptom = false;
    bool risk = false;
    for (const Question& q : questionnaire().questions) {
        switch (q.type) {
        case AnswerType::YesNoUnsure:
            if (fill == Fill::AllYes) {
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
            if ((fill == Fill::AllYes || fill == Fill::AllUnsure) && !q.options.empty()) {
                answers.set(q.id, q.options.back().id);
            }
            break;
        case AnswerType::Scale0To10:
            if (fill == Fill::AllYes || fill == Fill::AllUnsure) {
                answers.set(q.id, 7);
            }
            break;
        }
    }
    return answers;
}

void ParseQuestionnaire(benchmark::State& state) {
    for (auto _ : state) {
        auto parsed = parseQuestionnaire(questionnaireJson(), "questionnaire.json");
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(ParseQuestionnaire)->Unit(benchmark::kMicrosecond);

void Assess(benchmark::State& state, Fill fill) {
    const Answers answers = answersFor(fill);
    for (auto _ : state) {
        auto assessment = assess(questionnaire(), answers);
        benchmark::DoNotOptimize(assessment);
    }
    state.counters["answers"] = static_cast<double>(answers.size());
}
BENCHMARK_CAPTURE(Assess, nothing, Fill::Nothing)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, symptom_and_risk, Fill::SymptomAndRisk)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, all_unsure, Fill::AllUnsure)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, all_answered, Fill::AllYes)->Unit(benchmark::kMicrosecond);

} // namespace
