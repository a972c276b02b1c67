// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"
#include "core/diary/diarystats.h"
#include "core/questionnaire/questionnaire.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace b12::app {

/// The diary in words, for the list, the form and the chart's description: names of the
/// kinds, forms, tests and ratings, dates in the person's locale, and each entry as one
/// line. A blood test is its value in the unit entered and, where there is one, the other
/// unit, with the lab's range as printed; never a judgement of the value.
class DiaryText {
    Q_DECLARE_TR_FUNCTIONS(DiaryText)
public:
    /// `questionnaire` names the symptoms and must outlive this.
    DiaryText(const core::Questionnaire& questionnaire, std::string language,
              const QLocale& locale);

    [[nodiscard]] static QString kindName(core::EntryKind kind);
    [[nodiscard]] static QString formName(core::TreatmentForm form);
    [[nodiscard]] static QString testName(core::BloodTest test);
    /// 0 none, 1 mild, 2 moderate, 3 severe.
    [[nodiscard]] static QString ratingName(int rating);
    /// The questionnaire's short label of the symptom, or its id.
    [[nodiscard]] QString symptomName(std::string_view id) const;
    /// "Days with each symptom in these weeks: Tingling … 5; Numbness … 3", or a text that
    /// says none was noted.
    [[nodiscard]] QString symptomDays(const core::DiarySummary& summary) const;

    /// The locale's short date and time, to the minute.
    [[nodiscard]] static QString dateTimeFormat(const QLocale& locale);
    [[nodiscard]] QString dateTime(const core::LocalDateTime& at) const;
    [[nodiscard]] QString date(const core::LocalDateTime& at) const;
    /// A number as the locale writes it, without thousands separators.
    [[nodiscard]] QString number(double value) const;
    /// "140 pmol/L (189.7 ng/L)": the value as entered, then in the other unit if any.
    [[nodiscard]] QString bloodTestValue(const core::BloodTestResult& result) const;
    /// What the entry says, without its time: "Treatment: injection, 1 mg …".
    [[nodiscard]] QString details(const core::DiaryEntry& entry) const;
    /// The entry as one line: its time, then details().
    [[nodiscard]] QString line(const core::DiaryEntry& entry) const;
    /// What the trend chart of `summary` shows, in words, for a screen reader.
    [[nodiscard]] QString trendDescription(const core::DiarySummary& summary) const;

private:
    [[nodiscard]] QString symptomsText(const core::SymptomCheck& check) const;
    [[nodiscard]] QString bloodTestText(const core::BloodTestResult& result) const;
    [[nodiscard]] QString weekDate(std::chrono::year_month_day day) const;
    [[nodiscard]] QString markList(const std::vector<core::DiaryEntry>& entries) const;

    const core::Questionnaire& m_questionnaire;
    std::string m_language;
    QLocale m_locale;
};

} // namespace b12::app
