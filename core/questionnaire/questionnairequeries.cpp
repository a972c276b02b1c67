// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a parsed questionnaire answers: its questions and options by id, and the list of
// questions the command line prints. Reading the file is in questionnaire.cpp.
#include "core/questionnaire/questionnaire.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace b12::core {

const Option* Question::findOption(std::string_view optionId) const {
    const auto it = std::find_if(options.begin(), options.end(),
                                 [&](const Option& o) { return o.id == optionId; });
    return it == options.end() ? nullptr : &*it;
}

bool Question::countsAsRisk(std::string_view value) const {
    return std::find(riskWhen.begin(), riskWhen.end(), value) != riskWhen.end();
}

const Question* Questionnaire::find(std::string_view id) const {
    const auto it = std::find_if(questions.begin(), questions.end(),
                                 [&](const Question& q) { return q.id == id; });
    return it == questions.end() ? nullptr : &*it;
}

std::vector<const Question*> Questionnaire::questionsIn(std::string_view groupId) const {
    std::vector<const Question*> found;
    for (const Question& q : questions) {
        if (q.group == groupId) {
            found.push_back(&q);
        }
    }
    return found;
}

std::vector<const Question*> Questionnaire::warningSigns() const {
    std::vector<const Question*> found;
    for (const Question& q : questions) {
        if (q.kind == QuestionKind::RedFlag) {
            found.push_back(&q);
        }
    }
    return found;
}

std::vector<std::string> Questionnaire::idsOf(QuestionKind kind, AnswerType type) const {
    std::vector<std::string> ids;
    for (const Question& q : questions) {
        if (q.kind == kind && q.type == type) {
            ids.push_back(q.id);
        }
    }
    return ids;
}

bool Questionnaire::isRetired(std::string_view id) const {
    return std::find(retiredIds.begin(), retiredIds.end(), id) != retiredIds.end();
}

std::string questionsToJson(const Questionnaire& questionnaire, std::string_view language) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const AnswerLabels& labels = questionnaire.answerLabels;
    for (const Question& q : questionnaire.questions) {
        nlohmann::ordered_json options = nlohmann::ordered_json::array();
        if (q.type == AnswerType::YesNoUnsure) {
            for (const auto& [id, label] :
                 {std::pair{kYes, &labels.yes}, {kNo, &labels.no}, {kUnsure, &labels.unsure}}) {
                options.push_back({{"id", id}, {"label", label->get(language)}});
            }
        }
        for (const Option& option : q.options) {
            options.push_back({{"id", option.id}, {"label", option.label.get(language)}});
        }
        list.push_back({{"id", q.id},
                        {"group", q.group},
                        {"kind", kindId(q.kind)},
                        {"type", typeId(q.type)},
                        {"text", q.text.get(language)},
                        {"label", q.label.get(language)},
                        {"options", std::move(options)},
                        {"section", q.sectionId}});
    }
    return list.dump(2) + '\n';
}

} // namespace b12::core
