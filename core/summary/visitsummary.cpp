// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/visitsummary.h"

#include <algorithm>

namespace b12::core {

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// "yes", "no" or "unsure" for a valid yes / no / not sure answer, else empty.
std::string_view yesNoUnsure(const Question& question, const Answers& answers) {
    if (question.type != AnswerType::YesNoUnsure || !isAnswered(question, answers)) {
        return {};
    }
    return answers.text(question.id);
}

void addTo(AnswerGroups& groups, std::string_view value, SummaryAnswer answer) {
    if (value == kYes) {
        groups.yes.push_back(std::move(answer));
    } else if (value == kUnsure) {
        groups.unsure.push_back(std::move(answer));
    } else if (value == kNo) {
        groups.no.push_back(std::move(answer));
    }
}

// True when one of `ids` was answered "yes" or "not sure".
bool anyYesOrUnsure(const Questionnaire& questionnaire, const Answers& answers,
                    const std::vector<std::string>& ids) {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
        const Question* question = questionnaire.find(id);
        if (question == nullptr) {
            return false;
        }
        const std::string_view value = yesNoUnsure(*question, answers);
        return value == kYes || value == kUnsure;
    });
}

// "Evatt ML et al. (2009), Public Health Nutrition": short, for a printed page.
std::string citationText(const Citation& citation) {
    const std::size_t comma = citation.authors.find(',');
    std::string text = comma == std::string::npos ? citation.authors
                                                  : citation.authors.substr(0, comma) + " et al.";
    text += " (" + std::to_string(citation.year) + ")";
    if (!citation.journal.empty()) {
        text += ", " + citation.journal;
    }
    return text + '.';
}

// The steps of buildVisitSummary() that read its inputs.
struct SummaryBuilder {
    const Questionnaire& questionnaire;
    const Answers& answers;
    const SummaryTexts& texts;
    std::string_view language;

    [[nodiscard]] const std::string& say(const LocalizedText& text) const {
        return text.get(language);
    }

    // Puts one question's answer where the summary shows it: under the warning signs, the
    // symptoms or the risk factors, as said "yes", "not sure" or "no".
    void addAnswer(VisitSummary& s, const Question& q) const {
        if (!isAnswered(q, answers)) {
            if (q.kind == QuestionKind::RedFlag) {
                ++s.warningSignsAsked;
                s.warningSignsUnanswered.push_back({q.id, say(q.label), q.level});
            }
            return;
        }
        const std::string& label = say(q.label);
        const std::string_view value = yesNoUnsure(q, answers);
        // Yes / no / not sure answers are listed under those words; others say their answer.
        SummaryAnswer shown{q.id,
                            q.type == AnswerType::YesNoUnsure
                                ? label
                                : label + ": " +
                                      describeAnswer(questionnaire, q, answers, language),
                            q.level};
        switch (q.kind) {
        case QuestionKind::RedFlag:
            ++s.warningSignsAsked;
            addTo(s.warningSigns, value, std::move(shown));
            return;
        case QuestionKind::Symptom:
            if (q.type == AnswerType::YesNoUnsure) {
                addTo(s.symptoms, value, std::move(shown));
            } else {
                s.symptomDetails.push_back(std::move(shown));
            }
            return;
        case QuestionKind::AboutYou:
            if (q.id == kAgeQuestionId) {
                s.ageGroup = shown.text;
            }
            break;
        case QuestionKind::RiskFactor:
            break;
        }
        if (q.kind == QuestionKind::RiskFactor || !q.riskWhen.empty()) {
            addRiskFactor(s, q, value, std::move(shown));
        }
    }

    void addRiskFactor(VisitSummary& s, const Question& q, std::string_view value,
                       SummaryAnswer shown) const {
        // Medicines said yes to are listed on a line of their own, not twice.
        if (value == kYes && contains(texts.medicineQuestions, q.id)) {
            s.medicinesTicked.push_back(std::move(shown));
        } else if (q.type == AnswerType::YesNoUnsure) {
            addTo(s.riskFactors, value, std::move(shown));
        } else if (q.countsAsRisk(answers.text(q.id))) {
            s.riskFactors.yes.push_back(std::move(shown));
        }
    }

    // The lines that count: every warning sign answered "no", or none answered; how many
    // questions are not answered.
    void addCountLines(VisitSummary& s) const {
        if (s.warningSigns.yes.empty() && s.warningSigns.unsure.empty()) {
            if (s.warningSigns.no.empty()) {
                s.warningSignsLine = s.labels.warningNotAsked;
            } else if (s.warningSigns.no.size() == s.warningSignsAsked) {
                s.warningSignsLine = fillPlaceholders(
                    s.labels.warningNone, {{"count", std::to_string(s.warningSignsAsked)}});
            }
        }
        const std::size_t total = questionnaire.questions.size();
        if (const std::size_t unanswered = total - answeredCount(questionnaire, answers);
            unanswered > 0) {
            s.unansweredLine =
                fillPlaceholders(s.labels.unanswered, {{"count", std::to_string(unanswered)},
                                                       {"total", std::to_string(total)}});
        }
    }

    // A reason about warning signs alone is already in the warning-sign box, each sign
    // under its level (or as not answered): the result lists the others.
    [[nodiscard]] std::vector<std::string>
    reasonsBesideWarningSigns(const Assessment& assessment) const {
        std::vector<std::string> reasons;
        for (const Reason& reason : assessment.reasons) {
            const bool aboutWarningSigns =
                !reason.answers.empty() &&
                std::all_of(reason.answers.begin(), reason.answers.end(),
                            [this](const std::string& id) {
                                const Question* q = questionnaire.find(id);
                                return q != nullptr && q->kind == QuestionKind::RedFlag;
                            });
            if (!aboutWarningSigns) {
                reasons.push_back(say(reason.text));
            }
        }
        return reasons;
    }

    // The questions to ask the doctor that the answers call for, most important first.
    [[nodiscard]] std::vector<std::string> questionsToAsk(const VisitSummary& s) const {
        const bool anySymptom = !s.symptoms.yes.empty() || !s.symptoms.unsure.empty();
        const bool anyWarning = !s.warningSigns.yes.empty() || !s.warningSigns.unsure.empty();
        const bool anyMedicine = anyYesOrUnsure(questionnaire, answers, texts.medicineQuestions);
        std::vector<std::string> questions;
        for (const QuestionToAsk& question : texts.questions) {
            bool ask = false;
            switch (question.when) {
            case AskWhen::Always:
                ask = true;
                break;
            case AskWhen::Symptoms:
                ask = anySymptom;
                break;
            case AskWhen::Medicines:
                ask = anyMedicine;
                break;
            case AskWhen::WarningSigns:
                ask = anyWarning;
                break;
            case AskWhen::Answers:
                ask = anyYesOrUnsure(questionnaire, answers, question.questionIds);
                break;
            }
            if (ask) {
                questions.push_back(say(question.text));
            }
        }
        return questions;
    }

    // The summary's sources, and with the chart (`riskTable`) the chart's.
    [[nodiscard]] std::vector<SummarySource> sources(const RiskTable* riskTable) const {
        std::vector<SummarySource> sources;
        for (const SummarySourceText& source : texts.sources) {
            sources.push_back({say(source.text), source.url});
        }
        if (riskTable == nullptr) {
            return sources;
        }
        for (const RiskSeries& series : riskTable->series) {
            const std::string text = citationText(series.citation);
            const bool listed =
                std::any_of(sources.begin(), sources.end(),
                            [&text](const SummarySource& known) { return known.text == text; });
            if (!listed) {
                sources.push_back({text, series.citation.url});
            }
        }
        return sources;
    }
};

} // namespace

std::string fillPlaceholders(std::string_view text,
                             const std::vector<std::pair<std::string_view, std::string>>& values) {
    std::string out(text);
    for (const auto& [key, value] : values) {
        const std::string placeholder = '{' + std::string(key) + '}';
        for (std::size_t pos = out.find(placeholder); pos != std::string::npos;
             pos = out.find(placeholder, pos + value.size())) {
            out.replace(pos, placeholder.size(), value);
        }
    }
    return out;
}

namespace {

// The review dates of what the summary is made from, as the caller formatted them.
std::string reviewedLine(const SummaryLabelsOf<std::string>& labels,
                         const Questionnaire& questionnaire, const SummaryTexts& texts,
                         const RiskTable& riskTable, const SummaryInput& input) {
    const auto either = [](const std::string& formatted, const std::string& asWritten) {
        return formatted.empty() ? asWritten : formatted;
    };
    // The chart's date only where the chart is printed.
    const std::string chart =
        input.parts.chart ? either(input.chartReviewed, riskTable.reviewed) : std::string{};
    return fillPlaceholders(
        chart.empty() ? labels.reviewed : labels.reviewedWithChart,
        {{"questionnaire", either(input.questionnaireReviewed, questionnaire.reviewed)},
         {"summary", either(input.summaryReviewed, texts.reviewed)},
         {"chart", chart}});
}

} // namespace

VisitSummary buildVisitSummary(const Questionnaire& questionnaire, const Answers& answers,
                               const Assessment& assessment, const RiskTable& riskTable,
                               const SummaryTexts& texts, std::string_view language,
                               const SummaryInput& input) {
    const SummaryBuilder builder{questionnaire, answers, texts, language};
    VisitSummary s;
    s.language = std::string(language);
    s.parts = input.parts;
    s.labels = localize(texts.labels, language);
    s.madeOn = fillPlaceholders(s.labels.madeOn,
                                {{"date", input.createdAt}, {"version", input.appVersion}});
    s.reviewed = reviewedLine(s.labels, questionnaire, texts, riskTable, input);
    s.name = input.personal.name;
    s.yearOfBirth = input.personal.yearOfBirth;
    s.medicines = input.personal.medicines;
    s.notes = input.personal.notes;
    s.notAnsweredLabel = builder.say(questionnaire.answerLabels.unanswered) + ":";
    for (std::size_t level = 0; level < kLevelCount; ++level) {
        s.levelTitles.at(level) = builder.say(questionnaire.result.levels.at(level).title);
    }

    // The answers, in the questionnaire's order.
    for (const Question& q : questionnaire.questions) {
        builder.addAnswer(s, q);
    }
    builder.addCountLines(s);

    s.level = assessment.level;
    s.levelTitle = builder.say(levelTexts(questionnaire, assessment).title);
    s.reasons = builder.reasonsBesideWarningSigns(assessment);
    if (input.parts.questions) {
        s.questions = builder.questionsToAsk(s);
    }
    if (input.parts.tests) {
        for (const LocalizedText& test : texts.tests) {
            s.tests.push_back(builder.say(test));
        }
    }
    if (input.parts.chart) {
        if (const auto band = chartBandForAgeAnswer(answers.text(kAgeQuestionId));
            band && riskTable.bandIndex(*band)) {
            s.chartBand = std::string(*band);
        }
        s.chartCaption = s.labels.chartCaption;
        if (s.chartBand) {
            s.chartCaption += ' ' + s.labels.chartYourBand;
        }
    }
    if (input.parts.diary && input.diary != nullptr) {
        SymptomNames names;
        for (const Question& question : questionnaire.questions) {
            names[question.id] = question.label.get(language);
        }
        s.diary = buildSummaryDiary(*input.diary, s.labels, names);
    }
    s.parts.diary = s.diary.has_value();
    if (input.parts.sources) {
        s.sources = builder.sources(input.parts.chart ? &riskTable : nullptr);
    }
    return s;
}

} // namespace b12::core
