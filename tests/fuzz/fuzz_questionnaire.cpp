// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The questionnaire definition (resources/data/questionnaire.json): parseQuestionnaire, then
// what the app does with a questionnaire that parsed: list its questions in each language
// and assess it unanswered, where the result must still say why.
//
// Input format: the bytes of a questionnaire file. The seed corpus holds the shipped file.
#include "core/questionnaire/answers.h"
#include "core/questionnaire/assessment.h"
#include "core/questionnaire/questionnaire.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace b12::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto parsed = parseQuestionnaire(input, "questionnaire.json");
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    const Questionnaire& questionnaire = parsed.value();
    const Answers none;
    const Assessment assessment = assess(questionnaire, none);
    if (assessment.reasons.empty()) {
        std::abort(); // a result always says why
    }
    for (const char* language : {"en", "de"}) {
        (void)questionsToJson(questionnaire, language);
        (void)assessmentToJson(assessment, language);
        (void)levelTexts(questionnaire, assessment).title.get(language);
        (void)levelTexts(questionnaire, assessment).advice.get(language);
    }
    return 0;
}
