// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/answers.h"
#include "core/localizedtext.h"
#include "core/questionnaire.h"

#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// How soon the answers suggest talking to a doctor, from least to most pressing.
enum class Level {
    Information, ///< What to watch for, and when to come back.
    Routine,     ///< Book a doctor's appointment and ask about a B12 test.
    Urgent,      ///< A warning sign: seek medical help today (or now, for emergency signs).
};

/// "information", "routine" or "urgent".
[[nodiscard]] std::string_view levelId(Level level);

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
    /// True when a warning sign that needs emergency care was answered "yes".
    bool emergency = false;
    std::vector<Reason> reasons; ///< Most pressing first; never empty.
};

/// The result of the answers: a pure function of its inputs. The rules (see
/// docs/answers-format.md) are:
/// - urgent: any red flag answered "yes";
/// - routine: at least one symptom and at least one risk factor (NICE NG239), or the
///   questionnaire's NeurologicalRule (several nerve-type leg symptoms for weeks), or a red
///   flag answered "not sure";
/// - information: otherwise.
/// "Not sure" never counts as "yes": unsure symptoms and risk factors get reasons of their
/// own at the information level.
[[nodiscard]] Assessment assess(const Questionnaire& questionnaire, const Answers& answers);

/// The level's title and advice in `language` (the emergency wording when it applies).
[[nodiscard]] const std::string& levelTitle(const Questionnaire& questionnaire,
                                            const Assessment& assessment,
                                            std::string_view language);
[[nodiscard]] const std::string& levelAdvice(const Questionnaire& questionnaire,
                                             const Assessment& assessment,
                                             std::string_view language);

/// The assessment as the command line's --assess prints it:
/// {"level": "...", "reasons": [{"text": "...", "answers": ["<question id>", ...]}]}.
[[nodiscard]] std::string assessmentToJson(const Assessment& assessment, std::string_view language);

} // namespace b12::core
