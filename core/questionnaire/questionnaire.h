// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/base/localizedtext.h"

#include <array>
#include <cstddef>
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

/// How soon to get help, from least to most pressing: one level per NHS care card. Every
/// text that names a level uses that level's words and numbers (ResultTexts::levels).
enum class Level {
    Information, ///< What to watch for, and when to come back.
    Routine,     ///< Book an appointment with a GP.
    Urgent,      ///< Be seen the same day: GP surgery, NHS 111, 116 117.
    Emergency,   ///< Now: 999 / 112 / 911 or the nearest emergency department.
};
inline constexpr std::size_t kLevelCount = 4;

/// "information", "routine", "urgent" or "emergency".
[[nodiscard]] std::string_view levelId(Level level);

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
    /// age_band the bands of 65 and over).
    std::vector<std::string> riskWhen;
    bool neurological = false; ///< A nerve-type leg symptom (see NeurologicalRule).
    /// Red flags only: how soon a "yes" needs help, and the source that says so (the key of
    /// an entry of the article's sources, e.g. "NHS emergency advice").
    Level level = Level::Information;
    std::string source;
    LocalizedText scaleMinLabel; ///< For Scale0To10: what 0 means.
    LocalizedText scaleMaxLabel; ///< For Scale0To10: what 10 means.

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

/// Title and advice shown for one result level: the only words for that level.
struct LevelTexts {
    LocalizedText title;  ///< "Emergency: get help now"
    LocalizedText advice; ///< What to do, with the numbers to call.
};

/// The wording of one kind of reason, the article sections behind it and its source.
struct ReasonTexts {
    LocalizedText text;
    std::vector<std::string> sectionIds;
    std::string source; ///< Required for reasons above the information level.
};

/// Every text of a result, per language, so that the result is translated with the data.
struct ResultTexts {
    std::array<LevelTexts, kLevelCount> levels;              ///< Indexed by Level.
    std::map<std::string, ReasonTexts, std::less<>> reasons; ///< By reason key.
    LocalizedText disclaimer;

    [[nodiscard]] const LevelTexts& of(Level level) const {
        return levels.at(static_cast<std::size_t>(level));
    }
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
    /// The question whose risk answer is age alone: age makes low B12 more likely, but it
    /// is not one of the common risk factors NICE's test advice names (see assess()).
    std::string ageQuestion;
    /// Ids of questions asked by earlier versions and since replaced: an answers file may
    /// hold them; they are read and dropped, so their replacements are asked afresh.
    std::vector<std::string> retiredIds;
    AnswerLabels answerLabels;
    ResultTexts result;
    /// When the questions and result texts were last checked, YYYY-MM-DD (top-level
    /// "reviewed"): the result page and the printed summary show it.
    std::string reviewed;

    [[nodiscard]] const Question* find(std::string_view id) const;
    [[nodiscard]] std::vector<const Question*> questionsIn(std::string_view groupId) const;
    /// The red flags (warning signs), in the order they are asked.
    [[nodiscard]] std::vector<const Question*> warningSigns() const;
    /// The ids of the questions of `kind` answered as `type`, in the order they are asked.
    /// The diary rates the `symptom` ones answered yes / no / not sure (not the duration or
    /// the pain score, which it asks in its own way).
    [[nodiscard]] std::vector<std::string> idsOf(QuestionKind kind, AnswerType type) const;
    [[nodiscard]] bool isRetired(std::string_view id) const;
};

/// A reason assess() can give and the level it asks for.
struct ReasonKey {
    std::string_view key;
    Level level;
};

/// Every reason assess() can give; the questionnaire file must word each, and give a source
/// for each above the information level.
[[nodiscard]] const std::vector<ReasonKey>& reasonKeys();

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
