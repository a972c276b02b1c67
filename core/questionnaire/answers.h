// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/questionnaire/questionnaire.h"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace b12::core {

/// One answer: "yes" / "no" / "unsure" or an option id (text), or a scale value (number).
using AnswerValue = std::variant<std::string, int>;

/// What the person said, by question id. A question without an entry is not answered.
class Answers {
public:
    using Map = std::map<std::string, AnswerValue, std::less<>>;

    void set(std::string questionId, AnswerValue value);
    /// Forgets one answer; false when there was none.
    bool erase(std::string_view questionId);
    void clear() { m_values.clear(); }

    [[nodiscard]] const AnswerValue* find(std::string_view questionId) const;
    /// The text answer ("yes", an option id, ...), or "" when there is none or it is a number.
    [[nodiscard]] std::string_view text(std::string_view questionId) const;
    /// The number answer, when there is one.
    [[nodiscard]] std::optional<int> number(std::string_view questionId) const;
    [[nodiscard]] bool is(std::string_view questionId, std::string_view value) const {
        return text(questionId) == value;
    }

    [[nodiscard]] bool empty() const { return m_values.empty(); }
    [[nodiscard]] std::size_t size() const { return m_values.size(); }
    [[nodiscard]] const Map& values() const { return m_values; }

    bool operator==(const Answers&) const = default;

private:
    Map m_values;
};

/// The answers file format (docs/answers-format.md).
inline constexpr std::string_view kAnswersFormat = "b12guide-answers";
inline constexpr int kAnswersVersion = 1;
/// Larger input is refused before it is parsed: a full answers file is a few kilobytes.
inline constexpr std::size_t kMaxAnswersBytes = std::size_t{1024} * 1024;

/// Why `value` is not a valid answer to `question`, e.g. `must be "yes", "no" or "unsure",
/// not 3`; empty when it is valid.
[[nodiscard]] std::string checkAnswer(const Question& question, const AnswerValue& value);

/// The one rule of "answered": `answers` holds a valid answer to `question` (see
/// checkAnswer()). No entry, or a value the question does not take, is not answered and
/// counts for nothing.
[[nodiscard]] bool isAnswered(const Question& question, const Answers& answers);

/// How many of the questionnaire's questions are answered (isAnswered()). Entries for ids
/// that are not its questions do not count, so this is at most `questions.size()`.
[[nodiscard]] std::size_t answeredCount(const Questionnaire& questionnaire, const Answers& answers);

/// Reads an answers file. Every problem is an error that names it: empty, too large, not
/// JSON (with its line), not an answers file, a newer version, an unknown question id, or
/// an answer of the wrong type. Nothing is dropped silently.
Result<Answers> parseAnswers(std::string_view text, const Questionnaire& questionnaire,
                             std::string_view fileName);

/// Writes answers in the versioned format, keys sorted, ending with a newline.
[[nodiscard]] std::string serializeAnswers(const Answers& answers);

/// The answer as a person reads it in `language`: "Yes", "Not sure", the option's label,
/// "7 out of 10", or "Not answered".
[[nodiscard]] std::string describeAnswer(const Questionnaire& questionnaire,
                                         const Question& question, const Answers& answers,
                                         std::string_view language);

} // namespace b12::core
