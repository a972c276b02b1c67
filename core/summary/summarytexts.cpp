// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summarytexts.h"

#include "core/base/jsondocument.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace b12::core {

namespace {

using json = nlohmann::json;

constexpr std::string_view kFormat = "b12guide-summary-texts";
constexpr int kVersion = 1;

// Thrown inside the parser only; parseSummaryTexts() turns it into an Error.
struct Invalid {
    std::string message;
};

std::string inQuotes(std::string_view s) {
    return '"' + std::string(s) + '"';
}

const json& require(const json& object, std::string_view key, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end()) {
        throw Invalid{where + ": field " + inQuotes(key) + " is missing"};
    }
    return *it;
}

LocalizedText readText(const json& value, const std::string& where) {
    if (!value.is_object()) {
        throw Invalid{where + R"( must be an object of texts by language, e.g. {"en": "..."})"};
    }
    LocalizedText text;
    for (const auto& [language, translation] : value.items()) {
        if (language.empty() || !translation.is_string()) {
            throw Invalid{where + ": the " + inQuotes(language) + " text must be text"};
        }
        text.byLanguage.emplace(language, translation.get<std::string>());
    }
    const auto english = text.byLanguage.find(kFallbackLanguage);
    if (english == text.byLanguage.end() ||
        english->second.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Invalid{where + R"( has no English ("en") text)"};
    }
    return text;
}

std::vector<std::string> readIds(const json& value, const std::string& where) {
    if (!value.is_array()) {
        throw Invalid{where + " must be a list of question ids"};
    }
    std::vector<std::string> ids;
    for (const json& item : value) {
        if (!item.is_string() || item.get<std::string>().empty()) {
            throw Invalid{where + " must list non-empty question ids"};
        }
        ids.push_back(item.get<std::string>());
    }
    return ids;
}

const json& requireList(const json& root, std::string_view key) {
    const json& list = require(root, key, "summary texts");
    if (!list.is_array() || list.empty()) {
        throw Invalid{inQuotes(key) + " must be a non-empty list"};
    }
    return list;
}

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
    if (!texts.is_object()) {
        throw Invalid{R"("texts" must be an object)"};
    }
    for (const auto& [key, value] : texts.items()) {
        if (key == "comment") {
            continue;
        }
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&key = key](const auto& f) { return f.first == key; });
        if (field == fields.end()) {
            throw Invalid{"texts: unknown field " + inQuotes(key)};
        }
    }
    for (const auto& [key, member] : fields) {
        out.*member = readText(require(texts, key, "texts"), "texts." + std::string(key));
    }
}

AskWhen readWhen(const json& item, const std::string& where) {
    const json& value = require(item, "when", where);
    const std::string name = value.is_string() ? value.get<std::string>() : std::string();
    constexpr std::array<std::pair<std::string_view, AskWhen>, 5> kNames{{
        {"always", AskWhen::Always},
        {"symptoms", AskWhen::Symptoms},
        {"medicines", AskWhen::Medicines},
        {"warning_signs", AskWhen::WarningSigns},
        {"answers", AskWhen::Answers},
    }};
    for (const auto& [id, when] : kNames) {
        if (id == name) {
            return when;
        }
    }
    throw Invalid{where +
                  R"(: "when" must be one of "always", "symptoms", "medicines", )"
                  R"("warning_signs" or "answers", not )" +
                  value.dump()};
}

SummaryTexts readRoot(const json& root) {
    if (!root.is_object()) {
        throw Invalid{"not a summary texts file (expected an object)"};
    }
    const auto format = root.find("format");
    if (format == root.end() || *format != kFormat) {
        throw Invalid{R"(not a summary texts file ("format" must be ")" + std::string(kFormat) +
                      "\")"};
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<int>() != kVersion) {
        throw Invalid{"unsupported version (this app reads version " + std::to_string(kVersion) +
                      ")"};
    }
    for (const auto& [key, value] : root.items()) {
        constexpr std::array<std::string_view, 8> kKnown{"format",  "version",           "comment",
                                                         "texts",   "questions_to_ask",  "tests",
                                                         "sources", "medicine_questions"};
        if (std::find(kKnown.begin(), kKnown.end(), key) == kKnown.end()) {
            throw Invalid{"unknown field " + inQuotes(key)};
        }
    }

    SummaryTexts out;
    readTexts(require(root, "texts", "summary texts"), out);

    const json& questions = requireList(root, "questions_to_ask");
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string where = "questions_to_ask " + std::to_string(i + 1);
        const json& item = questions[i];
        if (!item.is_object()) {
            throw Invalid{where + " must be an object"};
        }
        QuestionToAsk question;
        question.when = readWhen(item, where);
        question.text = readText(require(item, "text", where), where + ".text");
        if (question.when == AskWhen::Answers) {
            question.questionIds = readIds(require(item, "questions", where), where + ".questions");
        }
        out.questions.push_back(std::move(question));
    }

    const json& tests = requireList(root, "tests");
    for (std::size_t i = 0; i < tests.size(); ++i) {
        out.tests.push_back(readText(tests[i], "tests " + std::to_string(i + 1)));
    }

    const json& sources = requireList(root, "sources");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::string where = "sources " + std::to_string(i + 1);
        const json& item = sources[i];
        if (!item.is_object()) {
            throw Invalid{where + " must be an object"};
        }
        SummarySourceText source;
        source.text = readText(require(item, "text", where), where + ".text");
        if (const auto url = item.find("url"); url != item.end()) {
            if (!url->is_string()) {
                throw Invalid{where + ".url must be text"};
            }
            source.url = url->get<std::string>();
        }
        out.sources.push_back(std::move(source));
    }

    out.medicineQuestions =
        readIds(require(root, "medicine_questions", "summary texts"), "\"medicine_questions\"");
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
    } catch (const Invalid& invalid) {
        return Error{file, 0, invalid.message};
    } catch (const json::exception& e) {
        return Error{file, 0, e.what()};
    }
}

} // namespace b12::core
