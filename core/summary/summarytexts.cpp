// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summarytexts.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace b12::core {

namespace {

using json = nlohmann::json;

constexpr std::string_view kFormat = "b12guide-summary-texts";
constexpr int kVersion = 1;

// The "texts" object: every key the printout uses, each with its English text at least.
SummaryLabels readLabels(const json& texts) {
    const JsonScope scope{{}, "texts"};
    SummaryLabels labels;
    std::vector<std::string_view> known;
    forEachLabel([&known](std::string_view key, const LocalizedText&) { known.push_back(key); },
                 labels);
    rejectUnknownKeys(texts, known, scope);
    forEachLabel(
        [&](std::string_view key, LocalizedText& text) { text = readText(texts, key, scope); },
        labels);
    return labels;
}

constexpr std::array<std::pair<AskWhen, std::string_view>, 5> kWhen{{
    {AskWhen::Always, "always"},
    {AskWhen::Symptoms, "symptoms"},
    {AskWhen::Medicines, "medicines"},
    {AskWhen::WarningSigns, "warning_signs"},
    {AskWhen::Answers, "answers"},
}};

SummaryTexts readRoot(const json& root) {
    if (!root.is_object()) {
        throw JsonFieldError{{}, "not a summary texts file (expected an object)"};
    }
    const auto format = root.find("format");
    if (format == root.end() || *format != kFormat) {
        throw JsonFieldError{
            {}, R"(not a summary texts file ("format" must be ")" + std::string(kFormat) + "\")"};
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<int>() != kVersion) {
        throw JsonFieldError{
            {}, "unsupported version (this app reads version " + std::to_string(kVersion) + ")"};
    }
    rejectUnknownKeys(root,
                      {"format", "version", "reviewed", "texts", "questions_to_ask", "tests",
                       "sources", "medicine_questions"},
                      {});

    SummaryTexts out;
    out.reviewed = readDate(root, "reviewed", {});
    out.labels = readLabels(requireObject(root, "texts", {}));

    const json& questions = requireList(root, "questions_to_ask", {});
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string where = "questions_to_ask " + std::to_string(i + 1);
        const json& item = questions[i];
        expectObject(item, where);
        QuestionToAsk question;
        question.when = readChoice(item, "when", where, kWhen);
        question.text = readText(item, "text", where);
        if (question.when == AskWhen::Answers) {
            question.questionIds = readIdList(item, "questions", where, true);
        }
        out.questions.push_back(std::move(question));
    }

    const json& tests = requireList(root, "tests", {});
    for (std::size_t i = 0; i < tests.size(); ++i) {
        out.tests.push_back(readTextValue(tests[i], "tests " + std::to_string(i + 1)));
    }

    const json& sources = requireList(root, "sources", {});
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::string where = "sources " + std::to_string(i + 1);
        const json& item = sources[i];
        expectObject(item, where);
        out.sources.push_back(SummarySourceText{readText(item, "text", where),
                                                readString(item, "url", where, false)});
    }

    out.medicineQuestions = readIdList(root, "medicine_questions", {}, true);
    return out;
}

} // namespace

SummaryLabelsOf<std::string> localize(const SummaryLabels& labels, std::string_view language) {
    SummaryLabelsOf<std::string> out;
    forEachLabel([language](std::string_view /*key*/, const LocalizedText& text,
                            std::string& localized) { localized = text.get(language); },
                 labels, out);
    return out;
}

Result<SummaryTexts> parseSummaryTexts(std::string_view text, std::string_view fileName) {
    const std::string file(fileName);
    auto parsed = parseJsonDocument(text, file);
    if (!parsed) {
        return parsed.error();
    }
    const json root = std::move(parsed).value();
    try {
        return readRoot(root);
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    } catch (const json::exception& e) {
        return Error{file, 0, e.what()};
    }
}

} // namespace b12::core
