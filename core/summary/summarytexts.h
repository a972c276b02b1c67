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

/// The fixed texts of the printed summary, one member per key of the "texts" object of
/// resources/data/summary.json: `Text` is LocalizedText as read from the file, std::string
/// in the one language of a VisitSummary. Placeholders in braces are filled in by
/// buildVisitSummary(). A new text is a member here and a line in forEachLabel().
template <typename Text> struct SummaryLabelsOf {
    Text title;
    Text madeOn;      ///< "{date}", "{version}"
    Text name;        ///< "Name"
    Text yearOfBirth; ///< "Year of birth"
    Text pageOf;      ///< "{page}", "{pages}": the footer of each page

    Text warningSigns;
    Text warningYes;      ///< "I said yes to:"
    Text warningUnsure;   ///< "I was not sure about:"
    Text warningNone;     ///< "{count}": every warning sign answered "no"
    Text warningNotAsked; ///< no warning sign answered

    Text result;  ///< heading of the result
    Text reasons; ///< "Reasons the app gave:"

    Text symptoms;
    Text riskFactors;
    Text saidYes;
    Text saidUnsure;
    Text saidNo;
    Text medicinesTicked; ///< "Medicines I take that can lower B12:"
    Text unanswered;      ///< "{count}", "{total}"

    Text questionsHeading;
    Text testsHeading;
    Text testsNote;
    Text medicinesHeading;
    Text notesHeading;
    Text chartHeading;
    Text chartCaption;
    Text chartYourBand; ///< added to the caption when the person's band is marked
    Text aboutHeading;
    Text about;
    Text reviewed;          ///< "{questionnaire}", "{summary}": when each was last reviewed
    Text reviewedWithChart; ///< the same and "{chart}", when the chart's date is known
    Text sourcesHeading;

    Text diaryHeading; ///< "{date}": the Monday of the diary's first week shown
    Text diaryWeek;    ///< the weekly table's columns
    Text diaryEntries;
    Text diaryMeanPain;
    Text diaryMaxPain;
    Text diarySymptomDays; ///< "Days with each symptom in these weeks:"
    Text diaryTreatments;  ///< "Treatments I logged:"
    Text diaryBloodTests;  ///< "Blood tests, as the lab reported them:"
    Text diaryLabRange;    ///< "{range}": the lab's reference range as printed
    Text decimalSeparator; ///< "." or ",": in the diary's numbers
    Text formInjection;
    Text formTablet;
    Text formSpray;
    Text formOther;
    Text testTotalB12;
    Text testActiveB12;
    Text testMma;
    Text testHomocysteine;
    Text testFolate;
    Text testHaemoglobin;
    Text testMcv;
};

using SummaryLabels = SummaryLabelsOf<LocalizedText>;

/// Calls `visit(key, labels.member...)` for every label: the one list of the file's keys,
/// by which the labels are read and put into one language. Each of `labels` is a
/// SummaryLabelsOf; `visit` gets the member of each, in order.
template <typename Visit, typename... Labels>
void forEachLabel(const Visit& visit, Labels&... labels) {
    visit("title", labels.title...);
    visit("made_on", labels.madeOn...);
    visit("name", labels.name...);
    visit("year_of_birth", labels.yearOfBirth...);
    visit("page_of", labels.pageOf...);
    visit("warning_signs", labels.warningSigns...);
    visit("warning_yes", labels.warningYes...);
    visit("warning_unsure", labels.warningUnsure...);
    visit("warning_none", labels.warningNone...);
    visit("warning_not_answered", labels.warningNotAsked...);
    visit("result", labels.result...);
    visit("reasons", labels.reasons...);
    visit("symptoms", labels.symptoms...);
    visit("risk_factors", labels.riskFactors...);
    visit("said_yes", labels.saidYes...);
    visit("said_unsure", labels.saidUnsure...);
    visit("said_no", labels.saidNo...);
    visit("medicines_ticked", labels.medicinesTicked...);
    visit("unanswered", labels.unanswered...);
    visit("questions", labels.questionsHeading...);
    visit("tests", labels.testsHeading...);
    visit("tests_note", labels.testsNote...);
    visit("medicines", labels.medicinesHeading...);
    visit("notes", labels.notesHeading...);
    visit("chart", labels.chartHeading...);
    visit("chart_caption", labels.chartCaption...);
    visit("chart_your_band", labels.chartYourBand...);
    visit("about_heading", labels.aboutHeading...);
    visit("about", labels.about...);
    visit("reviewed", labels.reviewed...);
    visit("reviewed_with_chart", labels.reviewedWithChart...);
    visit("sources", labels.sourcesHeading...);
    visit("diary", labels.diaryHeading...);
    visit("diary_week", labels.diaryWeek...);
    visit("diary_entries", labels.diaryEntries...);
    visit("diary_mean_pain", labels.diaryMeanPain...);
    visit("diary_max_pain", labels.diaryMaxPain...);
    visit("diary_symptom_days", labels.diarySymptomDays...);
    visit("diary_treatments", labels.diaryTreatments...);
    visit("diary_blood_tests", labels.diaryBloodTests...);
    visit("diary_lab_range", labels.diaryLabRange...);
    visit("decimal_separator", labels.decimalSeparator...);
    visit("form_injection", labels.formInjection...);
    visit("form_tablet", labels.formTablet...);
    visit("form_spray", labels.formSpray...);
    visit("form_other", labels.formOther...);
    visit("test_total_b12", labels.testTotalB12...);
    visit("test_active_b12", labels.testActiveB12...);
    visit("test_mma", labels.testMma...);
    visit("test_homocysteine", labels.testHomocysteine...);
    visit("test_folate", labels.testFolate...);
    visit("test_haemoglobin", labels.testHaemoglobin...);
    visit("test_mcv", labels.testMcv...);
}

/// The labels in `language` (English where a translation is missing).
[[nodiscard]] SummaryLabelsOf<std::string> localize(const SummaryLabels& labels,
                                                    std::string_view language);

/// Every fixed text of the printed summary, per language (resources/data/summary.json).
struct SummaryTexts {
    SummaryLabels labels;
    /// When these texts were last checked, YYYY-MM-DD (top-level "reviewed").
    std::string reviewed;

    std::vector<QuestionToAsk> questions; ///< Most important first.
    std::vector<LocalizedText> tests;

    std::vector<SummarySourceText> sources;

    /// Questionnaire ids of the medicines that can lower B12.
    std::vector<std::string> medicineQuestions;
};

/// Parses the summary texts file. Every text needs English; an unknown field, a missing
/// text or an unknown "when" is an error naming the field.
Result<SummaryTexts> parseSummaryTexts(std::string_view text, std::string_view fileName);

} // namespace b12::core
