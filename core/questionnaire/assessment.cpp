// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/assessment.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace b12::core {

namespace {

using Ids = std::vector<std::string>;

Ids concat(Ids a, const Ids& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

bool contains(const Ids& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Collects the reasons and words each one from the questionnaire.
class ReasonList {
public:
    explicit ReasonList(const Questionnaire& questionnaire)
        : m_questionnaire(questionnaire) {}

    // The reason's level is the one reasonKeys() gives it.
    void add(std::string_view key, Ids answers) {
        const auto& keys = reasonKeys();
        const auto known = std::find_if(keys.begin(), keys.end(),
                                        [&](const ReasonKey& k) { return k.key == key; });
        const Level level = known != keys.end() ? known->level : Level::Information;
        Reason reason{std::string(key), level, {}, std::move(answers), {}};
        if (const auto it = m_questionnaire.result.reasons.find(key);
            it != m_questionnaire.result.reasons.end()) {
            reason.text = it->second.text;
            reason.sectionIds = it->second.sectionIds;
        }
        // The reason's own sections first, then those explaining each answer behind it.
        for (const std::string& id : reason.answers) {
            const Question* question = m_questionnaire.find(id);
            if (question != nullptr && !contains(reason.sectionIds, question->sectionId)) {
                reason.sectionIds.push_back(question->sectionId);
            }
        }
        m_reasons.push_back(std::move(reason));
    }
    [[nodiscard]] bool empty() const { return m_reasons.empty(); }
    std::vector<Reason> take() {
        // Most pressing first; reasons of one level keep the order they were found in.
        std::stable_sort(m_reasons.begin(), m_reasons.end(),
                         [](const Reason& a, const Reason& b) { return a.level > b.level; });
        return std::move(m_reasons);
    }

private:
    const Questionnaire& m_questionnaire;
    std::vector<Reason> m_reasons;
};

} // namespace

Assessment assess(const Questionnaire& questionnaire, const Answers& answers) {
    std::array<Ids, kLevelCount> signsByLevel;
    Ids unsureSigns;
    Ids unansweredSigns;
    Ids symptoms;
    Ids unsureSymptoms;
    Ids neurological;
    Ids risks;
    Ids unsureRisks;

    for (const Question& q : questionnaire.questions) {
        if (!isAnswered(q, answers)) {
            // Not answered (or not a valid answer): counts for nothing, but a warning sign
            // nobody checked is named in the result.
            if (q.kind == QuestionKind::RedFlag) {
                unansweredSigns.push_back(q.id);
            }
            continue;
        }
        const std::string_view text = answers.text(q.id);
        const bool yes = q.type == AnswerType::YesNoUnsure && text == kYes;
        const bool unsure = q.type == AnswerType::YesNoUnsure && text == kUnsure;
        if (q.kind == QuestionKind::RedFlag) {
            if (yes) {
                signsByLevel.at(static_cast<std::size_t>(q.level)).push_back(q.id);
            } else if (unsure) {
                unsureSigns.push_back(q.id);
            }
            continue;
        }
        if (q.kind == QuestionKind::Symptom) {
            if (yes) {
                symptoms.push_back(q.id);
                if (q.neurological) {
                    neurological.push_back(q.id);
                }
            } else if (unsure) {
                unsureSymptoms.push_back(q.id);
            }
        }
        if (!q.riskWhen.empty()) {
            if (q.countsAsRisk(text)) {
                risks.push_back(q.id);
            } else if (unsure) {
                unsureRisks.push_back(q.id);
            }
        }
    }

    ReasonList reasons(questionnaire);
    // One reason per level of the warning signs answered "yes": "red_flag_<level>".
    for (const Level level : {Level::Emergency, Level::Urgent, Level::Routine}) {
        if (const Ids& signs = signsByLevel.at(static_cast<std::size_t>(level)); !signs.empty()) {
            reasons.add("red_flag_" + std::string(levelId(level)), signs);
        }
    }
    if (!unsureSigns.empty()) {
        reasons.add("red_flag_unsure", unsureSigns);
    }
    // First of its level, so that the result asks early for the signs nobody checked.
    if (!unansweredSigns.empty()) {
        reasons.add("warning_signs_unanswered", unansweredSigns);
    }
    // NICE's test advice names common risk factors; age is not one of them, so a symptom
    // with age alone gets a reason of its own that does not quote that advice.
    const bool ageAlone = risks.size() == 1 && risks.front() == questionnaire.ageQuestion;
    if (!symptoms.empty() && !risks.empty()) {
        reasons.add(ageAlone ? "symptom_and_age" : "symptom_and_risk", concat(symptoms, risks));
    }

    bool neurologicalForWeeks = false;
    const NeurologicalRule& rule = questionnaire.neurologicalRule;
    if (static_cast<int>(neurological.size()) >= rule.minSymptoms) {
        const std::string_view duration = answers.text(rule.durationQuestion);
        const bool answered = answers.find(rule.durationQuestion) != nullptr;
        if (contains(rule.durations, duration)) {
            neurologicalForWeeks = true;
            reasons.add("neurological_for_weeks", concat(neurological, {rule.durationQuestion}));
        } else if (!answered || contains(rule.unsureDurations, duration)) {
            reasons.add("neurological_duration_unsure",
                        answered ? concat(neurological, {rule.durationQuestion}) : neurological);
        }
    }

    if (!symptoms.empty() && risks.empty() && !neurologicalForWeeks) {
        reasons.add("symptoms_only", symptoms);
    }
    if (!risks.empty() && symptoms.empty()) {
        reasons.add("risk_only", risks);
    }
    if (!unsureSymptoms.empty()) {
        reasons.add("symptoms_unsure", unsureSymptoms);
    }
    if (!unsureRisks.empty()) {
        reasons.add("risk_unsure", unsureRisks);
    }
    if (answers.is(questionnaire.ageQuestion, "under-18")) {
        reasons.add("under_18", {questionnaire.ageQuestion});
    }
    if (reasons.empty()) {
        reasons.add("nothing_noted", {});
    }

    Assessment assessment;
    assessment.reasons = reasons.take();
    assessment.level = assessment.reasons.front().level;
    assessment.unansweredWarningSigns = std::move(unansweredSigns);
    return assessment;
}

std::string assessmentToJson(const Assessment& assessment, std::string_view language) {
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const Reason& reason : assessment.reasons) {
        reasons.push_back({{"text", reason.text.get(language)}, {"answers", reason.answers}});
    }
    nlohmann::ordered_json root;
    root["level"] = levelId(assessment.level);
    root["reasons"] = std::move(reasons);
    root["unanswered_warning_signs"] = assessment.unansweredWarningSigns;
    return root.dump(2) + '\n';
}

} // namespace b12::core
