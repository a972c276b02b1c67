// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/answers.h"
#include "core/questionnaire/assessment.h"
#include "core/questionnaire/questionnaire.h"
#include "core/risk/riskdata.h"
#include "core/summary/summarydiary.h"
#include "core/summary/summarytexts.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// What the person typed for the summary. Every field is optional and may hold anything:
/// renderSummaryHtml() escapes it.
struct PersonalNotes {
    std::string name;
    std::string yearOfBirth;
    std::string notes;
    std::string medicines; ///< Medicines and supplements they take.

    bool operator==(const PersonalNotes&) const = default;
};

/// The parts of the summary a person may leave out. The warning signs, the result, the
/// symptoms and the risk factors are always printed.
struct SummaryParts {
    bool questions = true;
    bool tests = true;
    bool medicines = true;
    bool notes = true;
    bool chart = false;
    bool diary = true; ///< When the diary has entries in its weeks.
    bool sources = true;

    bool operator==(const SummaryParts&) const = default;
};

/// What the person chose for the summary: what they typed and the parts to print.
struct SummaryChoices {
    PersonalNotes personal;
    SummaryParts parts;
};

/// Everything that is not an answer: the person's choices, and the date (already formatted
/// for the person's locale: core has no clock) and the app's version, which the caller
/// brings.
struct SummaryInput : SummaryChoices {
    std::string createdAt;
    std::string appVersion;
    /// The review dates of the questionnaire, the summary texts and the chart's figures
    /// formatted for the person's locale (core has no locale); empty prints the file's own
    /// YYYY-MM-DD.
    std::string questionnaireReviewed;
    std::string summaryReviewed;
    std::string chartReviewed;
    /// The diary's last weeks (core::summarizeDiary()), when the caller has a diary; it must
    /// outlive buildVisitSummary().
    const DiarySummary* diary = nullptr;
};

/// One answer as the summary shows it.
struct SummaryAnswer {
    std::string questionId;
    /// The question's label, and for an answer other than yes / no / not sure, the answer:
    /// "Age group: 65 to 74".
    std::string text;
    Level level = Level::Information; ///< Warning signs only: how soon a "yes" needs help.
};

/// Answers split into what the person said yes to, was not sure about, and said no to
/// (pertinent positives and negatives).
struct AnswerGroups {
    std::vector<SummaryAnswer> yes;
    std::vector<SummaryAnswer> unsure;
    std::vector<SummaryAnswer> no;

    [[nodiscard]] bool empty() const { return yes.empty() && unsure.empty() && no.empty(); }
};

struct SummarySource {
    std::string text;
    std::string url;
};

/// What goes on the printout, in one language, with every text resolved. Fields the person
/// typed are kept as typed; renderSummaryHtml() escapes them.
struct VisitSummary {
    std::string language;
    SummaryParts parts;
    /// Every fixed text in `language`, as in the file: the lines below that fill in a
    /// placeholder (madeOn, warningSignsLine, unansweredLine, chartCaption) are what prints.
    SummaryLabelsOf<std::string> labels;

    std::string madeOn;   ///< With the date and the version.
    std::string reviewed; ///< When the questionnaire and the summary texts were reviewed.
    std::string name;
    std::string yearOfBirth;
    std::string ageGroup; ///< "Age group: 65 to 74", or empty when not answered.

    // Warning signs come first, set apart, where the doctor sees them first.
    AnswerGroups warningSigns;
    std::string notAnsweredLabel;
    std::vector<SummaryAnswer> warningSignsUnanswered; ///< Named, so the doctor can ask.
    std::size_t warningSignsAsked = 0;
    /// The line shown when no warning sign was answered "yes" or "not sure".
    std::string warningSignsLine;
    /// Each level's title, by Level, shown after a warning sign answered "yes" or "not sure".
    std::array<std::string, kLevelCount> levelTitles;

    // The result, in the app's words.
    Level level = Level::Information;
    std::string levelTitle;
    /// The reasons other than warning signs (those stand in the warning-sign box).
    std::vector<std::string> reasons;

    AnswerGroups symptoms;
    std::vector<SummaryAnswer> symptomDetails; ///< How long, and how bad on average.

    AnswerGroups riskFactors;
    /// Medicines that can lower B12, said "yes" (listed here, not in riskFactors.yes).
    std::vector<SummaryAnswer> medicinesTicked;

    std::string unansweredLine; ///< Empty when every question was answered.

    std::vector<std::string> questions; ///< Most important first.
    std::vector<std::string> tests;

    std::string medicines; ///< As typed.
    std::string notes;     ///< As typed.

    std::string chartCaption;             ///< With the person's band named when it is marked.
    std::optional<std::string> chartBand; ///< The person's chart band, when known.

    /// The diary's part, when it is included and has entries in its weeks.
    std::optional<SummaryDiary> diary;

    std::vector<SummarySource> sources;
};

/// Builds the summary: a pure function of its inputs. Questions to ask are chosen by the
/// answers (see SummaryTexts); the chart's sources join the list when the chart is printed.
[[nodiscard]] VisitSummary buildVisitSummary(const Questionnaire& questionnaire,
                                             const Answers& answers, const Assessment& assessment,
                                             const RiskTable& riskTable, const SummaryTexts& texts,
                                             std::string_view language, const SummaryInput& input);

/// Replaces every "{key}" in `text` by its value.
[[nodiscard]] std::string
fillPlaceholders(std::string_view text,
                 const std::vector<std::pair<std::string_view, std::string>>& values);

} // namespace b12::core
