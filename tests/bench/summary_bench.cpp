// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the visit summary: building it from every answer given, and rendering its
// HTML, in each language, with every part printed and notes typed.
#include "core/questionnaire/assessment.h"
#include "core/summary/summaryhtml.h"
#include "core/summary/visitsummary.h"
#include "tests/bench/benchdata.h"

#include <benchmark/benchmark.h>

using namespace b12::core;
using b12::bench::Fill;

namespace {

SummaryInput everyPart() {
    SummaryInput input;
    input.createdAt = "25 November 2025";
    input.appVersion = "0.1.0";
    input.personal = {"Erika Mustermann", "1950",
                      "Tingling in both feet since spring.\nWorse at night & after walking.",
                      "Metformin 1000 mg <twice a day>, omeprazole 20 mg"};
    input.parts.chart = true;
    return input;
}

VisitSummary summaryIn(std::string_view language) {
    const Answers answers = b12::bench::answersFor(Fill::AllAnswered);
    const Questionnaire& q = b12::bench::questionnaire();
    return buildVisitSummary(q, answers, assess(q, answers), b12::bench::riskTable(),
                             b12::bench::summaryTexts(), language, everyPart());
}

void ParseSummaryTexts(benchmark::State& state) {
    const std::string json = b12::bench::shippedData("summary.json");
    for (auto _ : state) {
        auto parsed = parseSummaryTexts(json, "summary.json");
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(ParseSummaryTexts)->Unit(benchmark::kMicrosecond);

void BuildVisitSummary(benchmark::State& state, std::string_view language) {
    const Questionnaire& q = b12::bench::questionnaire();
    const Answers answers = b12::bench::answersFor(Fill::AllAnswered);
    const SummaryInput input = everyPart();
    for (auto _ : state) {
        auto summary = buildVisitSummary(q, answers, assess(q, answers), b12::bench::riskTable(),
                                         b12::bench::summaryTexts(), language, input);
        benchmark::DoNotOptimize(summary);
    }
}
BENCHMARK_CAPTURE(BuildVisitSummary, en, "en")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BuildVisitSummary, de, "de")->Unit(benchmark::kMicrosecond);

void RenderSummaryHtml(benchmark::State& state, std::string_view language) {
    const VisitSummary summary = summaryIn(language);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto html = renderSummaryHtml(summary);
        bytes = html.size();
        benchmark::DoNotOptimize(html);
    }
    state.counters["html_bytes"] = static_cast<double>(bytes);
}
BENCHMARK_CAPTURE(RenderSummaryHtml, en, "en")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(RenderSummaryHtml, de, "de")->Unit(benchmark::kMicrosecond);

} // namespace
