// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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

    void add(std::string_view key, Level level, Ids answers) {
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

std::string_view levelId(Level level) {
    switch (level) {
    case Level::Information:
        return "information";
    case Level::Routine:
        return "routine";
    case Level::Urgent:
        return "urgent";
    }
    return "information";
}

Assessment assess(const Questionnaire& questionnaire, const Answers& answers) {
    Ids emergencySigns;
    Ids todaySigns;
    Ids unsureSigns;
    Ids symptoms;
    Ids unsureSymptoms;
    Ids neurological;
    Ids risks;
    Ids unsureRisks;

    for (const Question& q : questionnaire.questions) {
        const AnswerValue* value = answers.find(q.id);
        if (value == nullptr || !checkAnswer(q, *value).empty()) {
            continue; // not answered (or not a valid answer): counts for nothing
        }
        const std::string_view text = answers.text(q.id);
        const bool yes = q.type == AnswerType::YesNoUnsure && text == kYes;
        const bool unsure = q.type == AnswerType::YesNoUnsure && text == kUnsure;
        if (q.kind == QuestionKind::RedFlag) {
            if (yes) {
                (q.urgency == Urgency::Emergency ? emergencySigns : todaySigns).push_back(q.id);
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
    if (!emergencySigns.empty()) {
        reasons.add("red_flag_emergency", Level::Urgent, emergencySigns);
    }
    if (!todaySigns.empty()) {
        reasons.add("red_flag_today", Level::Urgent, todaySigns);
    }
    if (!unsureSigns.empty()) {
        reasons.add("red_flag_unsure", Level::Routine, unsureSigns);
    }
    if (!symptoms.empty() && !risks.empty()) {
        reasons.add("symptom_and_risk", Level::Routine, concat(symptoms, risks));
    }

    bool neurologicalForWeeks = false;
    const NeurologicalRule& rule = questionnaire.neurologicalRule;
    if (static_cast<int>(neurological.size()) >= rule.minSymptoms) {
        const std::string_view duration = answers.text(rule.durationQuestion);
        const bool answered = answers.find(rule.durationQuestion) != nullptr;
        if (contains(rule.durations, duration)) {
            neurologicalForWeeks = true;
            reasons.add("neurological_for_weeks", Level::Routine,
                        concat(neurological, {rule.durationQuestion}));
        } else if (!answered || contains(rule.unsureDurations, duration)) {
            reasons.add("neurological_duration_unsure", Level::Information,
                        answered ? concat(neurological, {rule.durationQuestion}) : neurological);
        }
    }

    if (!symptoms.empty() && risks.empty() && !neurologicalForWeeks) {
        reasons.add("symptoms_only", Level::Information, symptoms);
    }
    if (!risks.empty() && symptoms.empty()) {
        reasons.add("risk_only", Level::Information, risks);
    }
    if (!unsureSymptoms.empty()) {
        reasons.add("symptoms_unsure", Level::Information, unsureSymptoms);
    }
    if (!unsureRisks.empty()) {
        reasons.add("risk_unsure", Level::Information, unsureRisks);
    }
    if (answers.is("age_band", "under-18")) {
        reasons.add("under_18", Level::Information, {"age_band"});
    }
    if (reasons.empty()) {
        reasons.add("nothing_noted", Level::Information, {});
    }

    Assessment assessment;
    assessment.emergency = !emergencySigns.empty();
    assessment.reasons = reasons.take();
    assessment.level = assessment.reasons.front().level;
    return assessment;
}

const std::string& levelTitle(const Questionnaire& questionnaire, const Assessment& assessment,
                              std::string_view language) {
    const ResultTexts& texts = questionnaire.result;
    switch (assessment.level) {
    case Level::Urgent:
        return (assessment.emergency ? texts.urgent.emergencyTitle : texts.urgent.title)
            .get(language);
    case Level::Routine:
        return texts.routine.title.get(language);
    case Level::Information:
        break;
    }
    return texts.information.title.get(language);
}

const std::string& levelAdvice(const Questionnaire& questionnaire, const Assessment& assessment,
                               std::string_view language) {
    const ResultTexts& texts = questionnaire.result;
    switch (assessment.level) {
    case Level::Urgent:
        return (assessment.emergency ? texts.urgent.emergencyAdvice : texts.urgent.advice)
            .get(language);
    case Level::Routine:
        return texts.routine.advice.get(language);
    case Level::Information:
        break;
    }
    return texts.information.advice.get(language);
}

std::string assessmentToJson(const Assessment& assessment, std::string_view language) {
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const Reason& reason : assessment.reasons) {
        reasons.push_back({{"text", reason.text.get(language)}, {"answers", reason.answers}});
    }
    nlohmann::ordered_json root;
    root["level"] = levelId(assessment.level);
    root["reasons"] = std::move(reasons);
    return root.dump(2) + '\n';
}

} // namespace b12::core
