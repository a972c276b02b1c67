// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Answers files (an import, a saved file, --assess): parseAnswers against the shipped
// questionnaire, then everything the app does with answers that parsed: assess, the
// result as JSON in each language, every answer in words, and a save that must read back
// to the same answers.
//
// Input format: the bytes of an answers file. The seed corpus is tests/data/answers.
#include "core/questionnaire/answers.h"
#include "core/questionnaire/assessment.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

using namespace b12::core;

namespace {

const Questionnaire& questionnaire() {
    static const Questionnaire shipped = [] {
        const auto path =
            std::filesystem::path(B12_SOURCE_DIR) / "resources/data/questionnaire.json";
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in),
                                std::istreambuf_iterator<char>()};
        auto parsed = parseQuestionnaire(bytes, path.string());
        if (!parsed) {
            std::abort(); // the fuzzer needs the real questionnaire
        }
        return std::move(parsed).value();
    }();
    return shipped;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const Questionnaire& q = questionnaire();
    auto answers = parseAnswers(input, q, "fuzz.json");
    if (!answers) {
        (void)answers.error().toString();
        return 0;
    }
    const Assessment assessment = assess(q, answers.value());
    if (assessment.reasons.empty()) {
        std::abort(); // a result always says why
    }
    for (const char* language : {"en", "de"}) {
        (void)assessmentToJson(assessment, language);
        (void)levelTexts(q, assessment).title.get(language);
        for (const Question& question : q.questions) {
            (void)describeAnswer(q, question, answers.value(), language);
        }
    }
    // What the app saves, it must read back unchanged.
    auto again = parseAnswers(serializeAnswers(answers.value()), q, "saved.json");
    if (!again || !(again.value() == answers.value())) {
        std::abort();
    }
    return 0;
}
