// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/base/localizedtext.h"

#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// When a question to ask the doctor is printed.
enum class AskWhen {
    Always,       ///< on every summary
    Symptoms,     ///< a symptom was answered "yes" or "not sure"
    Medicines,    ///< a medicine that can lower B12 was answered "yes" or "not sure"
    WarningSigns, ///< a warning sign was answered "yes" or "not sure"
    Answers,      ///< one of `questionIds` was answered "yes" or "not sure"
};

struct QuestionToAsk {
    AskWhen when = AskWhen::Always;
    std::vector<std::string> questionIds; ///< For AskWhen::Answers.
    LocalizedText text;
};

struct SummarySourceText {
    LocalizedText text;
    std::string url; ///< Optional.
};

/// Every fixed text of the printed summary, per language (resources/data/summary.json).
/// Placeholders in braces are filled in by buildVisitSummary().
struct SummaryTexts {
    LocalizedText title;
    LocalizedText madeOn;      ///< "{date}", "{version}"
    LocalizedText name;        ///< "Name"
    LocalizedText yearOfBirth; ///< "Year of birth"
    LocalizedText pageOf;      ///< "{page}", "{pages}": the footer of each page

    LocalizedText warningSigns;
    LocalizedText warningYes;      ///< "I said yes to:"
    LocalizedText warningUnsure;   ///< "I was not sure about:"
    LocalizedText warningNone;     ///< "{count}": every warning sign answered "no"
    LocalizedText warningNotAsked; ///< no warning sign answered

    LocalizedText result;  ///< heading of the result
    LocalizedText reasons; ///< "Reasons the app gave:"

    LocalizedText symptoms;
    LocalizedText riskFactors;
    LocalizedText saidYes;
    LocalizedText saidUnsure;
    LocalizedText saidNo;
    LocalizedText medicinesTicked; ///< "Medicines I take that can lower B12:"
    LocalizedText unanswered;      ///< "{count}", "{total}"

    LocalizedText questionsHeading;
    std::vector<QuestionToAsk> questions; ///< Most important first.
    LocalizedText testsHeading;
    LocalizedText testsNote;
    std::vector<LocalizedText> tests;

    LocalizedText medicinesHeading;
    LocalizedText notesHeading;
    LocalizedText chartHeading;
    LocalizedText chartCaption;
    LocalizedText chartYourBand; ///< added to the caption when the person's band is marked
    LocalizedText aboutHeading;
    LocalizedText about;
    LocalizedText sourcesHeading;
    std::vector<SummarySourceText> sources;

    /// Questionnaire ids of the medicines that can lower B12.
    std::vector<std::string> medicineQuestions;
};

/// Parses the summary texts file. Every text needs English; an unknown field, a missing
/// text or an unknown "when" is an error naming the field.
Result<SummaryTexts> parseSummaryTexts(std::string_view text, std::string_view fileName);

} // namespace b12::core
