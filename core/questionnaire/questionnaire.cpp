// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/questionnaire.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <set>
#include <utility>

namespace b12::core {

namespace {

using json = nlohmann::json;

constexpr std::string_view kFormat = "b12guide-questionnaire";
constexpr int kVersion = 1;

constexpr std::array<std::pair<QuestionKind, std::string_view>, 4> kKinds{{
    {QuestionKind::AboutYou, "about_you"},
    {QuestionKind::Symptom, "symptom"},
    {QuestionKind::RiskFactor, "risk_factor"},
    {QuestionKind::RedFlag, "red_flag"},
}};
constexpr std::array<std::pair<Level, std::string_view>, kLevelCount> kLevels{{
    {Level::Information, "information"},
    {Level::Routine, "routine"},
    {Level::Urgent, "urgent"},
    {Level::Emergency, "emergency"},
}};
constexpr std::array<std::pair<AnswerType, std::string_view>, 4> kTypes{{
    {AnswerType::YesNoUnsure, "yes_no_unsure"},
    {AnswerType::Choice, "choice"},
    {AnswerType::Scale0To10, "scale_0_10"},
    {AnswerType::Duration, "duration"},
}};

template <class Enum, std::size_t N>
std::string_view idOf(const std::array<std::pair<Enum, std::string_view>, N>& ids, Enum value) {
    const auto it = std::find_if(ids.begin(), ids.end(),
                                 [value](const auto& entry) { return entry.first == value; });
    return it == ids.end() ? std::string_view() : it->second;
}

std::vector<Group> readGroups(const json& root) {
    const json& list = requireList(root, "groups", "questionnaire");
    std::vector<Group> groups;
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& item = list[i];
        expectObject(item, "group " + std::to_string(i + 1));
        Group group;
        group.id = readId(item, "id", "group " + std::to_string(i + 1));
        const std::string where = "group " + inQuotes(group.id);
        rejectUnknownKeys(item, {"id", "title", "intro", "section"}, where);
        if (!ids.insert(group.id).second) {
            throw JsonFieldError{where, "the id is used twice"};
        }
        group.title = readText(item, "title", where);
        group.intro = readText(item, "intro", where, false);
        group.sectionId = readId(item, "section", where);
        groups.push_back(std::move(group));
    }
    return groups;
}

bool hasOptions(const Question& q) {
    return q.type == AnswerType::Choice || q.type == AnswerType::Duration;
}

// "options" (choice and duration questions) and "scale_labels" (scale questions).
void readAnswerChoices(const json& item, const std::string& where, Question& q) {
    if (const json* options = findField(item, "options"); options != nullptr) {
        if (!hasOptions(q)) {
            throw JsonFieldError{where,
                                 "a " + inQuotes(typeId(q.type)) + " question has no \"options\""};
        }
        if (!options->is_array()) {
            throw JsonFieldError{where, "\"options\" must be a list"};
        }
        for (std::size_t i = 0; i < options->size(); ++i) {
            const json& entry = (*options)[i];
            const std::string optionWhere = where + ", option " + std::to_string(i + 1);
            expectObject(entry, optionWhere);
            rejectUnknownKeys(entry, {"id", "label"}, optionWhere);
            Option option{readId(entry, "id", optionWhere), readText(entry, "label", optionWhere)};
            if (q.findOption(option.id) != nullptr) {
                throw JsonFieldError{where, "option " + inQuotes(option.id) + " is listed twice"};
            }
            if (option.id == kYes || option.id == kNo || option.id == kUnsure) {
                // Keeps an option id from ever being mistaken for a yes / no / not sure answer.
                throw JsonFieldError{where, "option id " + inQuotes(option.id) + " is reserved"};
            }
            q.options.push_back(std::move(option));
        }
    }
    if (hasOptions(q) && q.options.empty()) {
        throw JsonFieldError{where,
                             "a " + inQuotes(typeId(q.type)) + " question needs \"options\""};
    }

    if (const json* scale = findField(item, "scale_labels"); scale != nullptr) {
        if (q.type != AnswerType::Scale0To10 || !scale->is_object()) {
            throw JsonFieldError{where,
                                 "\"scale_labels\" belongs only to a scale_0_10 question, as "
                                 "an object with \"min\" and \"max\""};
        }
        rejectUnknownKeys(*scale, {"min", "max"}, where + ", scale_labels");
        q.scaleMinLabel = readText(*scale, "min", where + ", scale_labels");
        q.scaleMaxLabel = readText(*scale, "max", where + ", scale_labels");
    } else if (q.type == AnswerType::Scale0To10) {
        throw JsonFieldError{where, "a scale_0_10 question needs \"scale_labels\""};
    }
}

// "neurological", "level" and "source": what a symptom or warning sign means.
void readMeaning(const json& item, const std::string& where, Question& q) {
    if (const json* neuro = findField(item, "neurological"); neuro != nullptr) {
        if (!neuro->is_boolean() || q.kind != QuestionKind::Symptom ||
            q.type != AnswerType::YesNoUnsure) {
            throw JsonFieldError{where, "\"neurological\" must be true or false, and only on a "
                                        "yes_no_unsure symptom"};
        }
        q.neurological = neuro->get<bool>();
    }
    if (q.kind == QuestionKind::RedFlag) {
        q.level = readChoice(item, "level", where, kLevels);
        if (q.level == Level::Information) {
            throw JsonFieldError{where,
                                 R"(a red_flag question needs a "level" above "information")"};
        }
        q.source = readId(item, "source", where);
    } else if (findField(item, "level") != nullptr || findField(item, "source") != nullptr) {
        throw JsonFieldError{where, R"(only a red_flag question has a "level" and a "source")"};
    }
    if (q.kind == QuestionKind::RedFlag && q.type != AnswerType::YesNoUnsure) {
        throw JsonFieldError{where, "a red_flag question must be yes_no_unsure"};
    }
}

// "risk_when": the answers that count as a risk factor.
void readRiskWhen(const json& item, const std::string& where, Question& q) {
    q.riskWhen = readIdList(item, "risk_when", where, false);
    if (q.kind == QuestionKind::RedFlag && !q.riskWhen.empty()) {
        throw JsonFieldError{where, "a red_flag question cannot count as a risk factor"};
    }
    if (q.kind == QuestionKind::RiskFactor) {
        if (q.type != AnswerType::YesNoUnsure) {
            throw JsonFieldError{where, "a risk_factor question must be yes_no_unsure"};
        }
        if (q.riskWhen.empty()) {
            q.riskWhen.emplace_back(kYes);
        }
    }
    for (const std::string& value : q.riskWhen) {
        const bool valid = q.type == AnswerType::YesNoUnsure ? value == kYes
                           : hasOptions(q)                   ? q.findOption(value) != nullptr
                                                             : false;
        if (!valid) {
            throw JsonFieldError{where, "\"risk_when\" names " + inQuotes(value) +
                                            ", which is not an answer this question allows"};
        }
    }
}

Question readQuestion(const json& item, std::size_t index) {
    expectObject(item, "question " + std::to_string(index + 1));
    Question q;
    q.id = readId(item, "id", "question " + std::to_string(index + 1));
    const std::string where = "question " + inQuotes(q.id);
    rejectUnknownKeys(item,
                      {"id", "group", "kind", "type", "text", "label", "options", "section",
                       "risk_when", "neurological", "level", "source", "scale_labels"},
                      where);
    if (q.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
        throw JsonFieldError{where, "an id may hold only a-z, 0-9 and _"};
    }
    q.group = readId(item, "group", where);
    q.kind = readChoice(item, "kind", where, kKinds);
    q.type = readChoice(item, "type", where, kTypes);
    q.text = readText(item, "text", where);
    q.label = readText(item, "label", where);
    q.sectionId = readId(item, "section", where);
    readAnswerChoices(item, where, q);
    readMeaning(item, where, q);
    readRiskWhen(item, where, q);
    return q;
}

std::vector<Question> readQuestions(const json& root, const std::vector<Group>& groups) {
    const json& list = requireList(root, "questions", "questionnaire");
    std::vector<Question> read;
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Question q = readQuestion(list[i], i);
        if (!ids.insert(q.id).second) {
            throw JsonFieldError{"question " + inQuotes(q.id), "the id is used twice"};
        }
        const bool knownGroup = std::any_of(groups.begin(), groups.end(),
                                            [&](const Group& g) { return g.id == q.group; });
        if (!knownGroup) {
            throw JsonFieldError{"question " + inQuotes(q.id),
                                 "unknown group " + inQuotes(q.group)};
        }
        read.push_back(std::move(q));
    }
    // Questions are asked group by group: order them by group, keeping the file order within.
    std::vector<Question> ordered;
    for (const Group& group : groups) {
        const auto before = ordered.size();
        for (const Question& q : read) {
            if (q.group == group.id) {
                ordered.push_back(q);
            }
        }
        if (ordered.size() == before) {
            throw JsonFieldError{"group " + inQuotes(group.id), "has no questions"};
        }
    }
    return ordered;
}

NeurologicalRule readNeurologicalRule(const json& rules, const Questionnaire& q) {
    const std::string where = "rules, neurological_for_weeks";
    const json& item = requireObject(rules, "neurological_for_weeks", "rules");
    rejectUnknownKeys(item, {"min_symptoms", "duration_question", "durations", "unsure_durations"},
                      where);
    NeurologicalRule rule;
    rule.minSymptoms = *readInt(item, "min_symptoms", where, true, 1, 100);
    rule.durationQuestion = readId(item, "duration_question", where);
    const Question* duration = q.find(rule.durationQuestion);
    if (duration == nullptr || duration->type != AnswerType::Duration) {
        throw JsonFieldError{where, "\"duration_question\" " + inQuotes(rule.durationQuestion) +
                                        " is not a duration question"};
    }
    rule.durations = readIdList(item, "durations", where, true);
    rule.unsureDurations = readIdList(item, "unsure_durations", where, false);
    for (const auto* list : {&rule.durations, &rule.unsureDurations}) {
        for (const std::string& id : *list) {
            if (duration->findOption(id) == nullptr) {
                throw JsonFieldError{where, inQuotes(id) + " is not an option of " +
                                                inQuotes(duration->id)};
            }
        }
    }
    if (rule.durations.empty()) {
        throw JsonFieldError{where, "\"durations\" must name at least one option"};
    }
    const auto neurological = std::count_if(q.questions.begin(), q.questions.end(),
                                            [](const Question& x) { return x.neurological; });
    if (neurological < rule.minSymptoms) {
        throw JsonFieldError{where, "\"min_symptoms\" is more than the " +
                                        std::to_string(neurological) + " neurological questions"};
    }
    return rule;
}

void readRules(const json& root, Questionnaire& q) {
    const json& rules = requireObject(root, "rules", "questionnaire");
    rejectUnknownKeys(rules, {"neurological_for_weeks", "age_question", "retired_questions"},
                      "rules");
    q.neurologicalRule = readNeurologicalRule(rules, q);
    q.ageQuestion = readId(rules, "age_question", "rules");
    const Question* age = q.find(q.ageQuestion);
    if (age == nullptr || age->riskWhen.empty()) {
        throw JsonFieldError{"rules", "\"age_question\" " + inQuotes(q.ageQuestion) +
                                          " is not a question that counts as a risk factor"};
    }
    q.retiredIds = readIdList(rules, "retired_questions", "rules", false);
    for (const std::string& id : q.retiredIds) {
        if (q.find(id) != nullptr) {
            throw JsonFieldError{"rules", "retired question " + inQuotes(id) + " is still asked"};
        }
    }
}

LevelTexts readLevel(const json& levels, std::string_view id) {
    const std::string where = "result, level " + inQuotes(id);
    const json& item = requireObject(levels, id, "result, levels");
    rejectUnknownKeys(item, {"title", "advice"}, where);
    return LevelTexts{readText(item, "title", where), readText(item, "advice", where)};
}

ResultTexts readResult(const json& root) {
    const json& result = requireObject(root, "result", "questionnaire");
    rejectUnknownKeys(result, {"levels", "reasons", "disclaimer"}, "result");
    ResultTexts texts;
    const json& levels = requireObject(result, "levels", "result");
    rejectUnknownKeys(levels, {"emergency", "urgent", "routine", "information"}, "result, levels");
    for (const auto& [level, id] : kLevels) {
        texts.levels.at(static_cast<std::size_t>(level)) = readLevel(levels, id);
    }

    const json& reasons = requireObject(result, "reasons", "result");
    const auto& keys = reasonKeys();
    for (const auto& [key, item] : reasons.items()) {
        const std::string where = "result, reason " + inQuotes(key);
        if (std::none_of(keys.begin(), keys.end(),
                         [&name = key](const ReasonKey& known) { return known.key == name; })) {
            throw JsonFieldError{where, "is not a reason the assessment gives"};
        }
        expectObject(item, where);
        rejectUnknownKeys(item, {"text", "sections", "source"}, where);
        texts.reasons[key] = ReasonTexts{
            readText(item, "text", where), readIdList(item, "sections", where, true),
            findField(item, "source") != nullptr ? readId(item, "source", where) : std::string()};
    }
    for (const auto& [key, level] : keys) {
        const auto it = texts.reasons.find(key);
        if (it == texts.reasons.end()) {
            throw JsonFieldError{"result, reasons",
                                 "the text of reason " + inQuotes(key) + " is missing"};
        }
        if (level != Level::Information && it->second.source.empty()) {
            throw JsonFieldError{"result, reason " + inQuotes(key),
                                 "a reason above the information level needs a \"source\""};
        }
    }
    texts.disclaimer = readText(result, "disclaimer", "result");
    return texts;
}

AnswerLabels readAnswerLabels(const json& root) {
    const std::string where = "answer_labels";
    const json& item = requireObject(root, "answer_labels", "questionnaire");
    rejectUnknownKeys(item, {"yes", "no", "unsure", "unanswered", "scale"}, where);
    AnswerLabels labels{readText(item, "yes", where), readText(item, "no", where),
                        readText(item, "unsure", where), readText(item, "unanswered", where),
                        readText(item, "scale", where)};
    for (const auto& [language, text] : labels.scale.byLanguage) {
        if (text.find("{value}") == std::string::npos) {
            throw JsonFieldError{where,
                                 "the " + inQuotes(language) + " \"scale\" text lacks {value}"};
        }
    }
    return labels;
}

} // namespace

std::string_view kindId(QuestionKind kind) {
    return idOf(kKinds, kind);
}

std::string_view levelId(Level level) {
    return idOf(kLevels, level);
}

std::string_view typeId(AnswerType type) {
    return idOf(kTypes, type);
}

const std::vector<ReasonKey>& reasonKeys() {
    static const std::vector<ReasonKey> keys{
        {"red_flag_emergency", Level::Emergency},
        {"red_flag_urgent", Level::Urgent},
        {"red_flag_routine", Level::Routine},
        {"red_flag_unsure", Level::Routine},
        {"symptom_and_risk", Level::Routine},
        {"symptom_and_age", Level::Routine},
        {"neurological_for_weeks", Level::Routine},
        {"neurological_duration_unsure", Level::Information},
        {"symptoms_only", Level::Information},
        {"risk_only", Level::Information},
        {"symptoms_unsure", Level::Information},
        {"risk_unsure", Level::Information},
        {"under_18", Level::Information},
        {"warning_signs_unanswered", Level::Information},
        {"nothing_noted", Level::Information},
    };
    return keys;
}

Result<Questionnaire> parseQuestionnaire(std::string_view text, std::string_view fileName) {
    return readJsonFile(text, fileName, [](const json& root) {
        expectObject(root, "questionnaire");
        rejectUnknownKeys(root,
                          {"format", "version", "reviewed", "groups", "rules", "questions",
                           "answer_labels", "result"},
                          "questionnaire");
        requireFormat(root, kFormat, kVersion, "questionnaire");
        Questionnaire q;
        q.reviewed = readDate(root, "reviewed", "questionnaire");
        q.groups = readGroups(root);
        q.questions = readQuestions(root, q.groups);
        readRules(root, q);
        q.answerLabels = readAnswerLabels(root);
        q.result = readResult(root);
        return q;
    });
}

} // namespace b12::core
