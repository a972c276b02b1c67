// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/answers.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace b12::core {

namespace {

using json = nlohmann::json;

// Answers files are flat; anything nested deeper than this is not one, and refusing it early
// keeps a crafted file from costing time or stack.
constexpr int kMaxDepth = 16;

// A value as the person wrote it, shortened for an error message.
std::string shown(const json& value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    constexpr std::size_t kMax = 40;
    if (text.size() > kMax) {
        text.resize(kMax);
        text += "…";
    }
    return text;
}

std::string shown(const AnswerValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return shown(json(*text));
    }
    return std::to_string(std::get<int>(value));
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// What a question accepts, e.g. `must be "yes", "no" or "unsure"`.
std::string expectedAnswer(const Question& question) {
    switch (question.type) {
    case AnswerType::YesNoUnsure:
        return R"(must be "yes", "no" or "unsure")";
    case AnswerType::Choice:
    case AnswerType::Duration: {
        std::vector<std::string_view> ids;
        for (const Option& option : question.options) {
            ids.emplace_back(option.id);
        }
        return "must be one of " + quotedList(ids);
    }
    case AnswerType::Scale0To10:
        return "must be a whole number from 0 to 10";
    }
    return "has an unknown type";
}

// The format, the version and an "answers" object, each checked; nothing when all is well.
std::optional<Error> checkHeader(const json& root, const std::string& file) {
    const std::string notAnswers = R"(not a B12 Guide answers file (it needs "format": ")" +
                                   std::string(kAnswersFormat) + "\")";
    if (!root.is_object()) {
        return Error{file, 0, notAnswers};
    }
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() ||
        format->get<std::string>() != kAnswersFormat) {
        return Error{file, 0, notAnswers};
    }
    try {
        rejectUnknownKeys(root, {"format", "version", "answers"}, {});
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        return Error{file, 0, "\"version\" must be a whole number"};
    }
    if (const auto number = version->get<long long>(); number != kAnswersVersion) {
        return Error{file, 0,
                     number > kAnswersVersion
                         ? "the file is version " + std::to_string(number) +
                               ", newer than this B12 Guide reads (" +
                               std::to_string(kAnswersVersion) + "); use a newer B12 Guide"
                         : "unknown version " + std::to_string(number)};
    }
    const auto answers = root.find("answers");
    if (answers == root.end() || !answers->is_object()) {
        return Error{file, 0, "\"answers\" must be an object of question id to answer"};
    }
    return std::nullopt;
}

// The "answers" object: every id a question (retired ones dropped), every answer valid.
Result<Answers> readAnswers(const json& answers, const Questionnaire& questionnaire,
                            const std::string& file) {
    Answers parsed;
    for (const auto& [id, value] : answers.items()) {
        if (questionnaire.isRetired(id)) {
            continue; // replaced by newer questions, which are asked afresh
        }
        const Question* question = questionnaire.find(id);
        if (question == nullptr) {
            return Error{file, 0, "unknown question id " + inQuotes(id)};
        }
        AnswerValue answer;
        if (value.is_string()) {
            answer = value.get<std::string>();
        } else if (value.is_number_integer() && value.get<long long>() >= -1000 &&
                   value.get<long long>() <= 1000) {
            answer = value.get<int>();
        } else {
            return Error{file, 0,
                         "the answer to " + inQuotes(id) + " " + expectedAnswer(*question) +
                             ", not " + shown(value)};
        }
        if (std::string problem = checkAnswer(*question, answer); !problem.empty()) {
            return Error{file, 0, "the answer to " + inQuotes(id) + " " + problem};
        }
        parsed.set(id, std::move(answer));
    }
    return parsed;
}

} // namespace

void Answers::set(std::string questionId, AnswerValue value) {
    m_values.insert_or_assign(std::move(questionId), std::move(value));
}

bool Answers::erase(std::string_view questionId) {
    const auto it = m_values.find(questionId);
    if (it == m_values.end()) {
        return false;
    }
    m_values.erase(it);
    return true;
}

const AnswerValue* Answers::find(std::string_view questionId) const {
    const auto it = m_values.find(questionId);
    return it == m_values.end() ? nullptr : &it->second;
}

std::string_view Answers::text(std::string_view questionId) const {
    const AnswerValue* value = find(questionId);
    const auto* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    return text != nullptr ? std::string_view(*text) : std::string_view();
}

std::optional<int> Answers::number(std::string_view questionId) const {
    const AnswerValue* value = find(questionId);
    const auto* number = value != nullptr ? std::get_if<int>(value) : nullptr;
    return number != nullptr ? std::optional<int>(*number) : std::nullopt;
}

std::string checkAnswer(const Question& question, const AnswerValue& value) {
    const auto* text = std::get_if<std::string>(&value);
    const auto* number = std::get_if<int>(&value);
    bool valid = false;
    switch (question.type) {
    case AnswerType::YesNoUnsure:
        valid = text != nullptr && (*text == kYes || *text == kNo || *text == kUnsure);
        break;
    case AnswerType::Choice:
    case AnswerType::Duration:
        valid = text != nullptr && question.findOption(*text) != nullptr;
        break;
    case AnswerType::Scale0To10:
        valid = number != nullptr && *number >= 0 && *number <= 10;
        break;
    }
    return valid ? std::string() : expectedAnswer(question) + ", not " + shown(value);
}

bool isAnswered(const Question& question, const Answers& answers) {
    const AnswerValue* value = answers.find(question.id);
    return value != nullptr && checkAnswer(question, *value).empty();
}

std::size_t answeredCount(const Questionnaire& questionnaire, const Answers& answers) {
    return static_cast<std::size_t>(
        std::count_if(questionnaire.questions.begin(), questionnaire.questions.end(),
                      [&answers](const Question& q) { return isAnswered(q, answers); }));
}

Result<Answers> parseAnswers(std::string_view text, const Questionnaire& questionnaire,
                             std::string_view fileName) {
    const std::string file(fileName);
    if (text.size() > kMaxAnswersBytes) {
        return Error{file, 0,
                     "the file is too large (" + std::to_string(text.size()) +
                         " bytes); an answers file is at most 1 MiB"};
    }
    if (isBlank(text)) {
        return Error{file, 0, "the file is empty"};
    }
    auto document = parseJsonDocument(text, file, kMaxDepth);
    if (!document) {
        return document.error();
    }
    const json root = std::move(document).value();
    if (auto problem = checkHeader(root, file)) {
        return *problem;
    }
    return readAnswers(root.at("answers"), questionnaire, file);
}

std::string serializeAnswers(const Answers& answers) {
    json values = json::object();
    for (const auto& [id, value] : answers.values()) {
        if (const auto* text = std::get_if<std::string>(&value)) {
            values[id] = *text;
        } else {
            values[id] = std::get<int>(value);
        }
    }
    nlohmann::ordered_json root;
    root["format"] = kAnswersFormat;
    root["version"] = kAnswersVersion;
    root["answers"] = values;
    return root.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string describeAnswer(const Questionnaire& questionnaire, const Question& question,
                           const Answers& answers, std::string_view language) {
    const AnswerLabels& labels = questionnaire.answerLabels;
    if (!isAnswered(question, answers)) {
        return labels.unanswered.get(language);
    }
    const AnswerValue* value = answers.find(question.id);
    if (const auto* number = std::get_if<int>(value)) {
        std::string text = labels.scale.get(language);
        if (const auto pos = text.find("{value}"); pos != std::string::npos) {
            text.replace(pos, 7, std::to_string(*number));
        }
        return text;
    }
    const auto& text = std::get<std::string>(*value);
    if (question.type == AnswerType::YesNoUnsure) {
        return (text == kYes ? labels.yes : text == kNo ? labels.no : labels.unsure).get(language);
    }
    return question.findOption(text)->label.get(language);
}

} // namespace b12::core
