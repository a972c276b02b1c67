// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/questionnaire.h"

#include "core/base/jsondocument.h"

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

// Thrown inside the parser only; parseQuestionnaire() turns it into an Error.
struct Invalid {
    std::string where;
    std::string message;
};

std::string inQuotes(std::string_view s) {
    return '"' + std::string(s) + '"';
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : ", ") + inQuotes(item);
    }
    return out;
}

const json* find(const json& object, std::string_view key) {
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

void rejectUnknownKeys(const json& object, std::initializer_list<std::string_view> known,
                       const std::string& where) {
    for (const auto& [key, value] : object.items()) {
        if (key != "comment" && std::find(known.begin(), known.end(), key) == known.end()) {
            throw Invalid{where, "unknown field " + inQuotes(key)};
        }
    }
}

const json& require(const json& object, std::string_view key, const std::string& where) {
    const json* value = find(object, key);
    if (value == nullptr) {
        throw Invalid{where, "field " + inQuotes(key) + " is missing"};
    }
    return *value;
}

std::string readId(const json& object, std::string_view key, const std::string& where) {
    const json& value = require(object, key, where);
    if (!value.is_string() || value.get<std::string>().empty()) {
        throw Invalid{where, "field " + inQuotes(key) + " must be a non-empty text"};
    }
    return value.get<std::string>();
}

std::vector<std::string> readIdList(const json& object, std::string_view key,
                                    const std::string& where, bool required) {
    const json* value = find(object, key);
    if (value == nullptr) {
        if (required) {
            throw Invalid{where, "field " + inQuotes(key) + " is missing"};
        }
        return {};
    }
    if (!value->is_array()) {
        throw Invalid{where, "field " + inQuotes(key) + " must be a list"};
    }
    std::vector<std::string> ids;
    for (const json& item : *value) {
        if (!item.is_string() || item.get<std::string>().empty()) {
            throw Invalid{where, "field " + inQuotes(key) + " must list non-empty texts"};
        }
        ids.push_back(item.get<std::string>());
    }
    return ids;
}

LocalizedText readText(const json& object, std::string_view key, const std::string& where,
                       bool required = true) {
    const json* value = find(object, key);
    if (value == nullptr) {
        if (required) {
            throw Invalid{where, "field " + inQuotes(key) + " is missing"};
        }
        return {};
    }
    if (!value->is_object()) {
        throw Invalid{where, "field " + inQuotes(key) +
                                 R"( must be an object of texts by language, e.g. {"en": "..."})"};
    }
    LocalizedText text;
    for (const auto& [language, translation] : value->items()) {
        if (language.empty() || !translation.is_string()) {
            throw Invalid{where, "field " + inQuotes(key) + ": the " + inQuotes(language) +
                                     " text must be text"};
        }
        text.byLanguage.emplace(language, translation.get<std::string>());
    }
    const auto english = text.byLanguage.find(kFallbackLanguage);
    if (english == text.byLanguage.end() ||
        english->second.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Invalid{where, "field " + inQuotes(key) + " has no English (\"en\") text"};
    }
    return text;
}

template <class Enum, std::size_t N>
Enum readEnum(const json& object, std::string_view key, const std::string& where,
              const std::array<std::pair<Enum, std::string_view>, N>& names) {
    const std::string name = readId(object, key, where);
    for (const auto& [value, id] : names) {
        if (id == name) {
            return value;
        }
    }
    std::vector<std::string> known;
    known.reserve(names.size());
    for (const auto& [value, id] : names) {
        known.emplace_back(id);
    }
    throw Invalid{where, "unknown " + std::string(key) + " " + inQuotes(name) +
                             " (known: " + joinList(known) + ")"};
}

std::vector<Group> readGroups(const json& root) {
    const json& list = require(root, "groups", "questionnaire");
    if (!list.is_array() || list.empty()) {
        throw Invalid{"questionnaire", "\"groups\" must be a non-empty list"};
    }
    std::vector<Group> groups;
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string where = "group " + std::to_string(i + 1);
        const json& item = list[i];
        if (!item.is_object()) {
            throw Invalid{where, "must be an object"};
        }
        Group group;
        group.id = readId(item, "id", where);
        where = "group " + inQuotes(group.id);
        rejectUnknownKeys(item, {"id", "title", "intro", "section"}, where);
        if (!ids.insert(group.id).second) {
            throw Invalid{where, "the id is used twice"};
        }
        group.title = readText(item, "title", where);
        group.intro = readText(item, "intro", where, false);
        group.sectionId = readId(item, "section", where);
        groups.push_back(std::move(group));
    }
    return groups;
}

Question readQuestion(const json& item, std::size_t index) {
    std::string where = "question " + std::to_string(index + 1);
    if (!item.is_object()) {
        throw Invalid{where, "must be an object"};
    }
    Question q;
    q.id = readId(item, "id", where);
    where = "question " + inQuotes(q.id);
    rejectUnknownKeys(item,
                      {"id", "group", "kind", "type", "text", "label", "options", "section",
                       "risk_when", "neurological", "level", "source", "scale_labels"},
                      where);
    if (q.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
        throw Invalid{where, "an id may hold only a-z, 0-9 and _"};
    }
    q.group = readId(item, "group", where);
    q.kind = readEnum(item, "kind", where, kKinds);
    q.type = readEnum(item, "type", where, kTypes);
    q.text = readText(item, "text", where);
    q.label = readText(item, "label", where);
    q.sectionId = readId(item, "section", where);

    const bool hasOptions = q.type == AnswerType::Choice || q.type == AnswerType::Duration;
    if (const json* options = find(item, "options"); options != nullptr) {
        if (!hasOptions) {
            throw Invalid{where, "a " + inQuotes(typeId(q.type)) + " question has no \"options\""};
        }
        if (!options->is_array()) {
            throw Invalid{where, "\"options\" must be a list"};
        }
        for (std::size_t i = 0; i < options->size(); ++i) {
            const json& entry = (*options)[i];
            const std::string optionWhere = where + ", option " + std::to_string(i + 1);
            if (!entry.is_object()) {
                throw Invalid{optionWhere, "must be an object"};
            }
            rejectUnknownKeys(entry, {"id", "label"}, optionWhere);
            Option option{readId(entry, "id", optionWhere), readText(entry, "label", optionWhere)};
            if (q.findOption(option.id) != nullptr) {
                throw Invalid{where, "option " + inQuotes(option.id) + " is listed twice"};
            }
            if (option.id == kYes || option.id == kNo || option.id == kUnsure) {
                // Keeps an option id from ever being mistaken for a yes / no / not sure answer.
                throw Invalid{where, "option id " + inQuotes(option.id) + " is reserved"};
            }
            q.options.push_back(std::move(option));
        }
    }
    if (hasOptions && q.options.empty()) {
        throw Invalid{where, "a " + inQuotes(typeId(q.type)) + " question needs \"options\""};
    }

    if (const json* scale = find(item, "scale_labels"); scale != nullptr) {
        if (q.type != AnswerType::Scale0To10 || !scale->is_object()) {
            throw Invalid{where, "\"scale_labels\" belongs only to a scale_0_10 question, as an "
                                 "object with \"min\" and \"max\""};
        }
        rejectUnknownKeys(*scale, {"min", "max"}, where + ", scale_labels");
        q.scaleMinLabel = readText(*scale, "min", where + ", scale_labels");
        q.scaleMaxLabel = readText(*scale, "max", where + ", scale_labels");
    } else if (q.type == AnswerType::Scale0To10) {
        throw Invalid{where, "a scale_0_10 question needs \"scale_labels\""};
    }

    if (const json* neuro = find(item, "neurological"); neuro != nullptr) {
        if (!neuro->is_boolean() || q.kind != QuestionKind::Symptom ||
            q.type != AnswerType::YesNoUnsure) {
            throw Invalid{where, "\"neurological\" must be true or false, and only on a "
                                 "yes_no_unsure symptom"};
        }
        q.neurological = neuro->get<bool>();
    }

    if (q.kind == QuestionKind::RedFlag) {
        q.level = readEnum(item, "level", where, kLevels);
        if (q.level == Level::Information) {
            throw Invalid{where, R"(a red_flag question needs a "level" above "information")"};
        }
        q.source = readId(item, "source", where);
    } else if (find(item, "level") != nullptr || find(item, "source") != nullptr) {
        throw Invalid{where, R"(only a red_flag question has a "level" and a "source")"};
    }
    if (q.kind == QuestionKind::RedFlag && q.type != AnswerType::YesNoUnsure) {
        throw Invalid{where, "a red_flag question must be yes_no_unsure"};
    }

    q.riskWhen = readIdList(item, "risk_when", where, false);
    if (q.kind == QuestionKind::RedFlag && !q.riskWhen.empty()) {
        throw Invalid{where, "a red_flag question cannot count as a risk factor"};
    }
    if (q.kind == QuestionKind::RiskFactor) {
        if (q.type != AnswerType::YesNoUnsure) {
            throw Invalid{where, "a risk_factor question must be yes_no_unsure"};
        }
        if (q.riskWhen.empty()) {
            q.riskWhen.emplace_back(kYes);
        }
    }
    for (const std::string& value : q.riskWhen) {
        const bool valid = q.type == AnswerType::YesNoUnsure ? value == kYes
                           : hasOptions                      ? q.findOption(value) != nullptr
                                                             : false;
        if (!valid) {
            throw Invalid{where, "\"risk_when\" names " + inQuotes(value) +
                                     ", which is not an answer this question allows"};
        }
    }
    return q;
}

std::vector<Question> readQuestions(const json& root, const std::vector<Group>& groups) {
    const json& list = require(root, "questions", "questionnaire");
    if (!list.is_array() || list.empty()) {
        throw Invalid{"questionnaire", "\"questions\" must be a non-empty list"};
    }
    std::vector<Question> read;
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Question q = readQuestion(list[i], i);
        if (!ids.insert(q.id).second) {
            throw Invalid{"question " + inQuotes(q.id), "the id is used twice"};
        }
        const bool knownGroup = std::any_of(groups.begin(), groups.end(),
                                            [&](const Group& g) { return g.id == q.group; });
        if (!knownGroup) {
            throw Invalid{"question " + inQuotes(q.id), "unknown group " + inQuotes(q.group)};
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
            throw Invalid{"group " + inQuotes(group.id), "has no questions"};
        }
    }
    return ordered;
}

NeurologicalRule readNeurologicalRule(const json& rules, const Questionnaire& q) {
    const std::string where = "rules, neurological_for_weeks";
    const json& item = require(rules, "neurological_for_weeks", "rules");
    if (!item.is_object()) {
        throw Invalid{where, "must be an object"};
    }
    rejectUnknownKeys(item, {"min_symptoms", "duration_question", "durations", "unsure_durations"},
                      where);
    NeurologicalRule rule;
    const json& min = require(item, "min_symptoms", where);
    if (!min.is_number_integer() || min.get<long long>() < 1 || min.get<long long>() > 100) {
        throw Invalid{where, "\"min_symptoms\" must be a whole number of at least 1"};
    }
    rule.minSymptoms = min.get<int>();
    rule.durationQuestion = readId(item, "duration_question", where);
    const Question* duration = q.find(rule.durationQuestion);
    if (duration == nullptr || duration->type != AnswerType::Duration) {
        throw Invalid{where, "\"duration_question\" " + inQuotes(rule.durationQuestion) +
                                 " is not a duration question"};
    }
    rule.durations = readIdList(item, "durations", where, true);
    rule.unsureDurations = readIdList(item, "unsure_durations", where, false);
    for (const auto* list : {&rule.durations, &rule.unsureDurations}) {
        for (const std::string& id : *list) {
            if (duration->findOption(id) == nullptr) {
                throw Invalid{where,
                              inQuotes(id) + " is not an option of " + inQuotes(duration->id)};
            }
        }
    }
    if (rule.durations.empty()) {
        throw Invalid{where, "\"durations\" must name at least one option"};
    }
    const auto neurological = std::count_if(q.questions.begin(), q.questions.end(),
                                            [](const Question& x) { return x.neurological; });
    if (neurological < rule.minSymptoms) {
        throw Invalid{where, "\"min_symptoms\" is more than the " + std::to_string(neurological) +
                                 " neurological questions"};
    }
    return rule;
}

void readRules(const json& root, Questionnaire& q) {
    const json& rules = require(root, "rules", "questionnaire");
    if (!rules.is_object()) {
        throw Invalid{"rules", "must be an object"};
    }
    rejectUnknownKeys(rules, {"neurological_for_weeks", "age_question", "retired_questions"},
                      "rules");
    q.neurologicalRule = readNeurologicalRule(rules, q);
    q.ageQuestion = readId(rules, "age_question", "rules");
    const Question* age = q.find(q.ageQuestion);
    if (age == nullptr || age->riskWhen.empty()) {
        throw Invalid{"rules", "\"age_question\" " + inQuotes(q.ageQuestion) +
                                   " is not a question that counts as a risk factor"};
    }
    q.retiredIds = readIdList(rules, "retired_questions", "rules", false);
    for (const std::string& id : q.retiredIds) {
        if (q.find(id) != nullptr) {
            throw Invalid{"rules", "retired question " + inQuotes(id) + " is still asked"};
        }
    }
}

LevelTexts readLevel(const json& levels, std::string_view id) {
    const std::string where = "result, level " + inQuotes(id);
    const json& item = require(levels, id, "result, levels");
    if (!item.is_object()) {
        throw Invalid{where, "must be an object"};
    }
    rejectUnknownKeys(item, {"title", "advice"}, where);
    return LevelTexts{readText(item, "title", where), readText(item, "advice", where)};
}

ResultTexts readResult(const json& root) {
    const json& result = require(root, "result", "questionnaire");
    if (!result.is_object()) {
        throw Invalid{"result", "must be an object"};
    }
    rejectUnknownKeys(result, {"levels", "reasons", "disclaimer"}, "result");
    ResultTexts texts;
    const json& levels = require(result, "levels", "result");
    if (!levels.is_object()) {
        throw Invalid{"result, levels", "must be an object"};
    }
    rejectUnknownKeys(levels, {"emergency", "urgent", "routine", "information"}, "result, levels");
    for (const auto& [level, id] : kLevels) {
        texts.levels.at(static_cast<std::size_t>(level)) = readLevel(levels, id);
    }

    const json& reasons = require(result, "reasons", "result");
    if (!reasons.is_object()) {
        throw Invalid{"result, reasons", "must be an object"};
    }
    const auto& keys = reasonKeys();
    for (const auto& [key, item] : reasons.items()) {
        const std::string where = "result, reason " + inQuotes(key);
        if (std::none_of(keys.begin(), keys.end(),
                         [&name = key](const ReasonKey& known) { return known.key == name; })) {
            throw Invalid{where, "is not a reason the assessment gives"};
        }
        if (!item.is_object()) {
            throw Invalid{where, "must be an object"};
        }
        rejectUnknownKeys(item, {"text", "sections", "source"}, where);
        const json* source = find(item, "source");
        texts.reasons[key] =
            ReasonTexts{readText(item, "text", where), readIdList(item, "sections", where, true),
                        source != nullptr ? readId(item, "source", where) : std::string()};
    }
    for (const auto& [key, level] : keys) {
        const auto it = texts.reasons.find(key);
        if (it == texts.reasons.end()) {
            throw Invalid{"result, reasons", "the text of reason " + inQuotes(key) + " is missing"};
        }
        if (level != Level::Information && it->second.source.empty()) {
            throw Invalid{"result, reason " + inQuotes(key),
                          "a reason above the information level needs a \"source\""};
        }
    }
    texts.disclaimer = readText(result, "disclaimer", "result");
    return texts;
}

AnswerLabels readAnswerLabels(const json& root) {
    const std::string where = "answer_labels";
    const json& item = require(root, "answer_labels", "questionnaire");
    if (!item.is_object()) {
        throw Invalid{where, "must be an object"};
    }
    rejectUnknownKeys(item, {"yes", "no", "unsure", "unanswered", "scale"}, where);
    AnswerLabels labels{readText(item, "yes", where), readText(item, "no", where),
                        readText(item, "unsure", where), readText(item, "unanswered", where),
                        readText(item, "scale", where)};
    for (const auto& [language, text] : labels.scale.byLanguage) {
        if (text.find("{value}") == std::string::npos) {
            throw Invalid{where, "the " + inQuotes(language) + " \"scale\" text lacks {value}"};
        }
    }
    return labels;
}

} // namespace

std::string_view kindId(QuestionKind kind) {
    for (const auto& [value, id] : kKinds) {
        if (value == kind) {
            return id;
        }
    }
    return {};
}

std::string_view levelId(Level level) {
    for (const auto& [value, id] : kLevels) {
        if (value == level) {
            return id;
        }
    }
    return {};
}

std::string_view typeId(AnswerType type) {
    for (const auto& [value, id] : kTypes) {
        if (value == type) {
            return id;
        }
    }
    return {};
}

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

bool Questionnaire::isRetired(std::string_view id) const {
    return std::find(retiredIds.begin(), retiredIds.end(), id) != retiredIds.end();
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
    const std::string file(fileName);
    auto parsed = parseJsonDocument(text, file);
    if (!parsed) {
        return parsed.error();
    }
    const json root = std::move(parsed).value();
    try {
        if (!root.is_object()) {
            throw Invalid{"questionnaire", "must be a JSON object"};
        }
        rejectUnknownKeys(
            root, {"format", "version", "groups", "rules", "questions", "answer_labels", "result"},
            "questionnaire");
        const json* format = find(root, "format");
        if (format == nullptr || !format->is_string() || format->get<std::string>() != kFormat) {
            throw Invalid{"questionnaire", "\"format\" must be " + inQuotes(kFormat)};
        }
        const json* version = find(root, "version");
        if (version == nullptr || !version->is_number_integer() ||
            version->get<long long>() != kVersion) {
            throw Invalid{"questionnaire", "\"version\" must be " + std::to_string(kVersion)};
        }
        Questionnaire q;
        q.groups = readGroups(root);
        q.questions = readQuestions(root, q.groups);
        readRules(root, q);
        q.answerLabels = readAnswerLabels(root);
        q.result = readResult(root);
        return q;
    } catch (const Invalid& invalid) {
        return Error{file, 0, invalid.where + ": " + invalid.message};
    } catch (const json::exception& e) {
        // A value of an unexpected JSON type that a check above did not catch first.
        return Error{file, 0, e.what()};
    }
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
