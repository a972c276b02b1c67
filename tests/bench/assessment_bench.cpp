// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the questionnaire: parsing the shipped file and assess() on answers from
// none at all to every question answered.
#include "core/questionnaire/assessment.h"
#include "tests/bench/benchdata.h"

#include <benchmark/benchmark.h>

using namespace b12::core;
using b12::bench::Fill;

namespace {

void ParseQuestionnaire(benchmark::State& state) {
    const std::string json = b12::bench::shippedData("questionnaire.json");
    for (auto _ : state) {
        auto parsed = parseQuestionnaire(json, "questionnaire.json");
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(ParseQuestionnaire)->Unit(benchmark::kMicrosecond);

void Assess(benchmark::State& state, Fill fill) {
    const Questionnaire& questionnaire = b12::bench::questionnaire();
    const Answers answers = b12::bench::answersFor(fill);
    for (auto _ : state) {
        auto assessment = assess(questionnaire, answers);
        benchmark::DoNotOptimize(assessment);
    }
    state.counters["answers"] = static_cast<double>(answers.size());
}
BENCHMARK_CAPTURE(Assess, nothing, Fill::Nothing)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, symptom_and_risk, Fill::SymptomAndRisk)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, all_unsure, Fill::AllUnsure)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(Assess, all_answered, Fill::AllAnswered)->Unit(benchmark::kMicrosecond);

} // namespace
