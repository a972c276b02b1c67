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
void readTexts(const json& texts, SummaryTexts& out) {
    const std::array<std::pair<std::string_view, LocalizedText SummaryTexts::*>, 30> fields{{
        {"title", &SummaryTexts::title},
        {"made_on", &SummaryTexts::madeOn},
        {"name", &SummaryTexts::name},
        {"year_of_birth", &SummaryTexts::yearOfBirth},
        {"page_of", &SummaryTexts::pageOf},
        {"warning_signs", &SummaryTexts::warningSigns},
        {"warning_yes", &SummaryTexts::warningYes},
        {"warning_unsure", &SummaryTexts::warningUnsure},
        {"warning_none", &SummaryTexts::warningNone},
        {"warning_not_answered", &SummaryTexts::warningNotAsked},
        {"result", &SummaryTexts::result},
        {"reasons", &SummaryTexts::reasons},
        {"symptoms", &SummaryTexts::symptoms},
        {"risk_factors", &SummaryTexts::riskFactors},
        {"said_yes", &SummaryTexts::saidYes},
        {"said_unsure", &SummaryTexts::saidUnsure},
        {"said_no", &SummaryTexts::saidNo},
        {"medicines_ticked", &SummaryTexts::medicinesTicked},
        {"unanswered", &SummaryTexts::unanswered},
        {"questions", &SummaryTexts::questionsHeading},
        {"tests", &SummaryTexts::testsHeading},
        {"tests_note", &SummaryTexts::testsNote},
        {"medicines", &SummaryTexts::medicinesHeading},
        {"notes", &SummaryTexts::notesHeading},
        {"chart", &SummaryTexts::chartHeading},
        {"chart_caption", &SummaryTexts::chartCaption},
        {"chart_your_band", &SummaryTexts::chartYourBand},
        {"about_heading", &SummaryTexts::aboutHeading},
        {"about", &SummaryTexts::about},
        {"sources", &SummaryTexts::sourcesHeading},
    }};
    const JsonScope scope{{}, "texts"};
    std::vector<std::string_view> known;
    known.reserve(fields.size());
    for (const auto& field : fields) {
        known.push_back(field.first);
    }
    rejectUnknownKeys(texts, known, scope);
    for (const auto& [key, member] : fields) {
        out.*member = readText(texts, key, scope);
    }
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
                      {"format", "version", "texts", "questions_to_ask", "tests", "sources",
                       "medicine_questions"},
                      {});

    SummaryTexts out;
    readTexts(requireObject(root, "texts", {}), out);

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
