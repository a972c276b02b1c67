// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/localizedtext.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/questionnaire.h"

#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// One reason for the result and the answers behind it.
struct Reason {
    std::string key;                     ///< One of reasonKeys(), e.g. "symptom_and_risk".
    Level level = Level::Information;    ///< The level this reason asks for.
    LocalizedText text;                  ///< Its wording, from the questionnaire file.
    std::vector<std::string> answers;    ///< Ids of the questions whose answers caused it.
    std::vector<std::string> sectionIds; ///< Article sections that explain it.
};

struct Assessment {
    Level level = Level::Information;
    std::vector<Reason> reasons; ///< Most pressing first; never empty.
    /// Warning signs (red flags) with no answer, in the order they are asked: the result
    /// names them and asks for them, whatever its level.
    std::vector<std::string> unansweredWarningSigns;
};

/// The result of the answers: a pure function of its inputs. The rules (see
/// docs/answers-format.md) are:
/// - a red flag answered "yes" asks for its own level (emergency, urgent or routine);
/// - routine: at least one symptom and at least one risk factor (NICE NG239), or a symptom
///   and age alone, or the questionnaire's NeurologicalRule (several nerve-type leg symptoms
///   for weeks), or a red flag answered "not sure";
/// - information: otherwise.
/// The level is the highest any reason asks for. "Not sure" never counts as "yes": unsure
/// symptoms and risk factors get reasons of their own at the information level.
[[nodiscard]] Assessment assess(const Questionnaire& questionnaire, const Answers& answers);

/// The title and advice of the assessment's level.
[[nodiscard]] inline const LevelTexts& levelTexts(const Questionnaire& questionnaire,
                                                  const Assessment& assessment) {
    return questionnaire.result.of(assessment.level);
}

/// The assessment as the command line's --assess prints it:
/// {"level": "...", "reasons": [{"text": "...", "answers": ["<question id>", ...]}],
///  "unanswered_warning_signs": ["<question id>", ...]}.
[[nodiscard]] std::string assessmentToJson(const Assessment& assessment, std::string_view language);

} // namespace b12::core
