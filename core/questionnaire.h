// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/localizedtext.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// What a question is about; decides how its answer counts in assess().
enum class QuestionKind { AboutYou, Symptom, RiskFactor, RedFlag };

/// How a question is answered.
enum class AnswerType {
    YesNoUnsure, ///< "yes", "no" or "unsure"
    Choice,      ///< one option id
    Scale0To10,  ///< a whole number from 0 to 10
    Duration,    ///< one option id naming a length of time
};

/// How quickly a warning sign needs help when it is answered "yes".
enum class Urgency {
    None,      ///< not a warning sign
    Today,     ///< see a doctor today
    Emergency, ///< emergency care now
};

/// The names used in the questionnaire file and on the command line.
[[nodiscard]] std::string_view kindId(QuestionKind kind);
[[nodiscard]] std::string_view typeId(AnswerType type);

/// The three answers of a yes / no / not sure question, as stored in an answers file.
inline constexpr std::string_view kYes = "yes";
inline constexpr std::string_view kNo = "no";
inline constexpr std::string_view kUnsure = "unsure";

struct Option {
    std::string id;
    LocalizedText label;
};

struct Question {
    std::string id;
    std::string group; ///< Id of the Group it belongs to.
    QuestionKind kind = QuestionKind::Symptom;
    AnswerType type = AnswerType::YesNoUnsure;
    LocalizedText text;          ///< The question as asked.
    LocalizedText label;         ///< Its short name, as the result and the summary show it.
    std::vector<Option> options; ///< For Choice and Duration; empty otherwise.
    std::string sectionId;       ///< The article section that explains it.
    /// Answers that count as a risk factor ("yes" for every risk_factor question; for
    /// age_band the bands of 60 and over).
    std::vector<std::string> riskWhen;
    bool neurological = false;       ///< A nerve-type leg symptom (see NeurologicalRule).
    Urgency urgency = Urgency::None; ///< Set for every red flag.
    LocalizedText scaleMinLabel;     ///< For Scale0To10: what 0 means.
    LocalizedText scaleMaxLabel;     ///< For Scale0To10: what 10 means.

    [[nodiscard]] const Option* findOption(std::string_view optionId) const;
    [[nodiscard]] bool countsAsRisk(std::string_view value) const;
};

struct Group {
    std::string id;
    LocalizedText title;
    LocalizedText intro;
    std::string sectionId;
};

/// "Several nerve-type leg symptoms for weeks": at least `minSymptoms` neurological
/// questions answered "yes" and `durationQuestion` answered with one of `durations`.
struct NeurologicalRule {
    int minSymptoms = 3;
    std::string durationQuestion;
    std::vector<std::string> durations;
    std::vector<std::string> unsureDurations; ///< Answers that mean "not sure how long".
};

/// Title and advice shown for one result level.
struct LevelTexts {
    LocalizedText title;
    LocalizedText advice;
    LocalizedText emergencyTitle;  ///< Urgent level only: used when a sign needs emergency care.
    LocalizedText emergencyAdvice; ///< Urgent level only.
};

/// The wording of one kind of reason and the article sections behind it.
struct ReasonTexts {
    LocalizedText text;
    std::vector<std::string> sectionIds;
};

/// Every text of a result, per language, so that the result is translated with the data.
struct ResultTexts {
    LevelTexts urgent;
    LevelTexts routine;
    LevelTexts information;
    std::map<std::string, ReasonTexts, std::less<>> reasons; ///< By reason key.
    LocalizedText disclaimer;
};

/// How answers are shown: "Yes", "No", "Not sure", "Not answered", "{value} out of 10".
struct AnswerLabels {
    LocalizedText yes;
    LocalizedText no;
    LocalizedText unsure;
    LocalizedText unanswered;
    LocalizedText scale; ///< "{value}" stands for the number.
};

struct Questionnaire {
    std::vector<Group> groups;       ///< In the order they are asked.
    std::vector<Question> questions; ///< Grouped in group order, each group in file order.
    NeurologicalRule neurologicalRule;
    AnswerLabels answerLabels;
    ResultTexts result;

    [[nodiscard]] const Question* find(std::string_view id) const;
    [[nodiscard]] const Group* findGroup(std::string_view id) const;
    [[nodiscard]] std::vector<const Question*> questionsIn(std::string_view groupId) const;
};

/// The keys of every reason assess() can give; the questionnaire file must word each.
[[nodiscard]] const std::vector<std::string_view>& reasonKeys();

/// Parses and checks a questionnaire file (see docs/answers-format.md). Errors name the
/// question, group or field that is wrong.
Result<Questionnaire> parseQuestionnaire(std::string_view text, std::string_view fileName);

/// The questionnaire as the command line's --list-questions prints it: a JSON array of
/// {"id", "group", "kind", "type", "text", "label", "options": [{"id", "label"}],
/// "section"} in `language`. Yes / no / not sure questions list their three answers as
/// options; scale questions list none.
[[nodiscard]] std::string questionsToJson(const Questionnaire& questionnaire,
                                          std::string_view language);

} // namespace b12::core
