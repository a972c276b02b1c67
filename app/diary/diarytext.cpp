// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarytext.h"

#include "app/data/calendardate.h"
#include "app/widgets/fromstd.h"
#include "core/diary/units.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <map>
#include <utility>

namespace b12::app {

namespace {
const QString kSeparator = QStringLiteral(" · ");
// The chart's description names at most this many treatments and blood tests each.
constexpr std::size_t kMostMarksNamed = 10;
} // namespace

DiaryText::DiaryText(const core::Questionnaire& questionnaire, std::string language,
                     const QLocale& locale)
    : m_questionnaire(questionnaire)
    , m_language(std::move(language))
    , m_locale(locale) {
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString DiaryText::kindName(core::EntryKind kind) {
    switch (kind) {
    case core::EntryKind::Symptoms:
        return tr("Symptom check-in");
    case core::EntryKind::Treatment:
        return tr("Treatment");
    case core::EntryKind::BloodTest:
        return tr("Blood test");
    }
    return {};
}

QString DiaryText::formName(core::TreatmentForm form) {
    switch (form) {
    case core::TreatmentForm::Injection:
        return tr("injection");
    case core::TreatmentForm::Tablet:
        return tr("tablet");
    case core::TreatmentForm::Spray:
        return tr("nasal or mouth spray");
    case core::TreatmentForm::Other:
        return tr("other");
    }
    return {};
}

QString DiaryText::testName(core::BloodTest test) {
    switch (test) {
    case core::BloodTest::TotalB12:
        return tr("total B12");
    case core::BloodTest::ActiveB12:
        return tr("active B12 (holotranscobalamin)");
    case core::BloodTest::Mma:
        return tr("MMA (methylmalonic acid)");
    case core::BloodTest::Homocysteine:
        return tr("homocysteine");
    case core::BloodTest::Folate:
        return tr("folate");
    case core::BloodTest::Haemoglobin:
        return tr("haemoglobin");
    case core::BloodTest::Mcv:
        return tr("MCV (red cell size)");
    }
    return {};
}

QString DiaryText::ratingName(int rating) {
    switch (rating) {
    case 0:
        return tr("none");
    case 1:
        return tr("mild");
    case 2:
        return tr("moderate");
    default:
        return tr("severe");
    }
}

QString DiaryText::symptomName(std::string_view id) const {
    const core::Question* question = m_questionnaire.find(id);
    if (question == nullptr || question->label.get(m_language).empty()) {
        return fromStd(id);
    }
    return fromStd(question->label.get(m_language));
}

QString DiaryText::dateTimeFormat(const QLocale& locale) {
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString DiaryText::dateTime(const core::LocalDateTime& at) const {
    return m_locale.toString(toQDateTime(at), dateTimeFormat(m_locale));
}

QString DiaryText::date(const core::LocalDateTime& at) const {
    return m_locale.toString(QDate(at.year, at.month, at.day), QLocale::LongFormat);
}

QString DiaryText::number(double value) const {
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString DiaryText::bloodTestValue(const core::BloodTestResult& result) const {
    QString text = QStringLiteral("%1 %2").arg(number(result.value), fromStd(result.unit));
    if (const auto other = core::inOtherUnit(result.test, result.value, result.unit)) {
        // QString reads the C locale's decimal point whatever the process locale.
        const double rounded =
            QString::fromStdString(core::formatConvertedValue(other->value)).toDouble();
        //: A blood test value in the other unit, after the one entered: "140 pmol/L (189.7 ng/L)".
        text += tr(" (%1 %2)").arg(number(rounded), fromStd(other->unit));
    }
    return text;
}

QString DiaryText::symptomsText(const core::SymptomCheck& check) const {
    QStringList parts{kindName(core::EntryKind::Symptoms)};
    if (check.pain) {
        parts << tr("leg pain %1 of 10").arg(*check.pain);
    }
    QStringList rated;
    for (const auto& symptom : check.symptoms) {
        if (symptom.second > 0) {
            rated << tr("%1: %2").arg(symptomName(symptom.first), ratingName(symptom.second));
        }
    }
    if (!rated.isEmpty()) {
        parts << rated.join(QStringLiteral(", "));
    } else if (!check.pain) {
        parts << tr("no symptoms");
    }
    return parts.join(kSeparator);
}

QString DiaryText::bloodTestText(const core::BloodTestResult& result) const {
    QString text = tr("Blood test: %1 %2").arg(testName(result.test), bloodTestValue(result));
    if (!result.referenceRange.empty()) {
        //: The reference range exactly as the lab printed it.
        text += kSeparator + tr("lab's range: %1").arg(fromStd(result.referenceRange));
    }
    return text;
}

QString DiaryText::details(const core::DiaryEntry& entry) const {
    QString text;
    if (const auto* check = entry.symptomCheck()) {
        text = symptomsText(*check);
    } else if (const auto* treatment = entry.treatment()) {
        text = tr("Treatment: %1").arg(formName(treatment->form));
        if (!treatment->dose.empty()) {
            text += QStringLiteral(", ") + fromStd(treatment->dose);
        }
    } else if (const auto* result = entry.bloodTest()) {
        text = bloodTestText(*result);
    }
    if (!entry.note.empty()) {
        //: A note the person wrote, after the entry's details.
        text += kSeparator + tr("“%1”").arg(fromStd(entry.note).simplified());
    }
    return text;
}

QString DiaryText::line(const core::DiaryEntry& entry) const {
    return dateTime(entry.at) + kSeparator + details(entry);
}

QString DiaryText::weekDate(std::chrono::year_month_day day) const {
    return m_locale.toString(toQDate(day), QLocale::LongFormat);
}

QString DiaryText::markList(const std::vector<core::DiaryEntry>& entries) const {
    QStringList items;
    const std::size_t shown = std::min(entries.size(), kMostMarksNamed);
    for (std::size_t i = entries.size() - shown; i < entries.size(); ++i) {
        items << QStringLiteral("%1, %2").arg(date(entries[i].at), details(entries[i]));
    }
    if (entries.size() > shown) {
        //: Before the latest entries named in the chart's description.
        items.prepend(
            tr("%n earlier, not named", nullptr, static_cast<int>(entries.size() - shown)));
    }
    return items.join(QStringLiteral("; "));
}

QString DiaryText::symptomDays(const core::DiarySummary& summary) const {
    std::map<std::string, int, std::less<>> days;
    for (const core::DiaryWeek& week : summary.weeks) {
        for (const auto& [id, count] : week.symptomDays) {
            days[id] += count;
        }
    }
    if (days.empty()) {
        return tr("No symptoms rated in these weeks.");
    }
    QStringList parts;
    for (const auto& [id, count] : days) {
        parts << (count == 1 ? tr("%1: 1 day").arg(symptomName(id))
                             : tr("%1: %2 days").arg(symptomName(id)).arg(count));
    }
    return tr("Days with each symptom in these weeks: %1.").arg(parts.join(QStringLiteral("; ")));
}

QString DiaryText::trendDescription(const core::DiarySummary& summary) const {
    if (summary.weeks.empty()) {
        return {};
    }
    QStringList parts;
    const auto withPain = std::count_if(summary.weeks.begin(), summary.weeks.end(),
                                        [](const core::DiaryWeek& week) { return week.meanPain; });
    parts << tr("Leg pain by week, from the week of %1 to the week of %2: pain noted in %3 of %n "
                "weeks.",
                nullptr, static_cast<int>(summary.weeks.size()))
                 .arg(weekDate(summary.weeks.front().start), weekDate(summary.weeks.back().start))
                 .arg(withPain);
    const auto latest = std::find_if(summary.weeks.rbegin(), summary.weeks.rend(),
                                     [](const core::DiaryWeek& week) { return week.meanPain; });
    if (latest != summary.weeks.rend()) {
        parts << tr("The latest of them, the week of %1: mean %2, highest %3.")
                     .arg(weekDate(latest->start), m_locale.toString(*latest->meanPain, 'f', 1))
                     .arg(latest->maxPain.value_or(0));
    }
    parts << symptomDays(summary);
    parts << (summary.treatments.empty() ? tr("No treatments.")
                                         : tr("Treatments: %1.").arg(markList(summary.treatments)));
    parts << (summary.bloodTests.empty()
                  ? tr("No blood tests.")
                  : tr("Blood tests: %1.").arg(markList(summary.bloodTests)));
    return parts.join(QLatin1Char(' '));
}

} // namespace b12::app
