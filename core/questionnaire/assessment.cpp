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

// The answers sorted by what they count for, each list in the questionnaire's order.
struct Findings {
    std::array<Ids, kLevelCount> signsByLevel; ///< Warning signs answered "yes", by Level.
    Ids unsureSigns;
    Ids unansweredSigns;
    Ids symptoms;
    Ids unsureSymptoms;
    Ids neurological; ///< Nerve-type leg symptoms answered "yes".
    Ids risks;
    Ids unsureRisks;

    void note(const Question& q, const Answers& answers) {
        if (!isAnswered(q, answers)) {
            // Not answered (or not a valid answer): counts for nothing, but a warning sign
            // nobody checked is named in the result.
            if (q.kind == QuestionKind::RedFlag) {
                unansweredSigns.push_back(q.id);
            }
            return;
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
            return;
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
};

void addWarningSignReasons(ReasonList& reasons, const Findings& found) {
    // One reason per level of the warning signs answered "yes": "red_flag_<level>".
    for (const Level level : {Level::Emergency, Level::Urgent, Level::Routine}) {
        if (const Ids& signs = found.signsByLevel.at(static_cast<std::size_t>(level));
            !signs.empty()) {
            reasons.add("red_flag_" + std::string(levelId(level)), signs);
        }
    }
    if (!found.unsureSigns.empty()) {
        reasons.add("red_flag_unsure", found.unsureSigns);
    }
    // First of its level, so that the result asks early for the signs nobody checked.
    if (!found.unansweredSigns.empty()) {
        reasons.add("warning_signs_unanswered", found.unansweredSigns);
    }
}

// The questionnaire's NeurologicalRule: several nerve-type leg symptoms for weeks, or for
// a time not known. True when the rule is met.
bool addNeurologicalReason(ReasonList& reasons, const Findings& found, const NeurologicalRule& rule,
                           const Answers& answers) {
    if (static_cast<int>(found.neurological.size()) < rule.minSymptoms) {
        return false;
    }
    const std::string_view duration = answers.text(rule.durationQuestion);
    const bool answered = answers.find(rule.durationQuestion) != nullptr;
    if (contains(rule.durations, duration)) {
        reasons.add("neurological_for_weeks", concat(found.neurological, {rule.durationQuestion}));
        return true;
    }
    if (!answered || contains(rule.unsureDurations, duration)) {
        reasons.add("neurological_duration_unsure",
                    answered ? concat(found.neurological, {rule.durationQuestion})
                             : found.neurological);
    }
    return false;
}

void addSymptomAndRiskReasons(ReasonList& reasons, const Findings& found,
                              const Questionnaire& questionnaire, const Answers& answers) {
    // NICE's test advice names common risk factors; age is not one of them, so a symptom
    // with age alone gets a reason of its own that does not quote that advice.
    const bool ageAlone =
        found.risks.size() == 1 && found.risks.front() == questionnaire.ageQuestion;
    if (!found.symptoms.empty() && !found.risks.empty()) {
        reasons.add(ageAlone ? "symptom_and_age" : "symptom_and_risk",
                    concat(found.symptoms, found.risks));
    }
    const bool neurologicalForWeeks =
        addNeurologicalReason(reasons, found, questionnaire.neurologicalRule, answers);
    if (!found.symptoms.empty() && found.risks.empty() && !neurologicalForWeeks) {
        reasons.add("symptoms_only", found.symptoms);
    }
    if (!found.risks.empty() && found.symptoms.empty()) {
        reasons.add("risk_only", found.risks);
    }
    if (!found.unsureSymptoms.empty()) {
        reasons.add("symptoms_unsure", found.unsureSymptoms);
    }
    if (!found.unsureRisks.empty()) {
        reasons.add("risk_unsure", found.unsureRisks);
    }
}

} // namespace

Assessment assess(const Questionnaire& questionnaire, const Answers& answers) {
    Findings found;
    for (const Question& q : questionnaire.questions) {
        found.note(q, answers);
    }
    ReasonList reasons(questionnaire);
    addWarningSignReasons(reasons, found);
    addSymptomAndRiskReasons(reasons, found, questionnaire, answers);
    if (answers.is(questionnaire.ageQuestion, "under-18")) {
        reasons.add("under_18", {questionnaire.ageQuestion});
    }
    if (reasons.empty()) {
        reasons.add("nothing_noted", {});
    }

    Assessment assessment;
    assessment.reasons = reasons.take();
    assessment.level = assessment.reasons.front().level;
    assessment.unansweredWarningSigns = std::move(found.unansweredSigns);
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
