// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summarydiary.h"

#include "core/diary/units.h"
#include "core/summary/visitsummary.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

namespace b12::core {

namespace {

// `number` ("4.2", "0.35") with the language's decimal separator.
std::string localNumber(std::string number, const SummaryLabelsOf<std::string>& labels) {
    if (const auto dot = number.find('.'); dot != std::string::npos) {
        number.replace(dot, 1, labels.decimalSeparator);
    }
    return number;
}

std::string oneDecimal(double value) {
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                       std::round(value * 10) / 10, std::chars_format::fixed, 1);
    return {buffer.data(), written.ptr};
}

const std::string& formName(TreatmentForm form, const SummaryLabelsOf<std::string>& labels) {
    switch (form) {
    case TreatmentForm::Injection:
        return labels.formInjection;
    case TreatmentForm::Tablet:
        return labels.formTablet;
    case TreatmentForm::Spray:
        return labels.formSpray;
    case TreatmentForm::Other:
        break;
    }
    return labels.formOther;
}

const std::string& testName(BloodTest test, const SummaryLabelsOf<std::string>& labels) {
    switch (test) {
    case BloodTest::TotalB12:
        return labels.testTotalB12;
    case BloodTest::ActiveB12:
        return labels.testActiveB12;
    case BloodTest::Mma:
        return labels.testMma;
    case BloodTest::Homocysteine:
        return labels.testHomocysteine;
    case BloodTest::Folate:
        return labels.testFolate;
    case BloodTest::Haemoglobin:
        return labels.testHaemoglobin;
    case BloodTest::Mcv:
        break;
    }
    return labels.testMcv;
}

std::string withNote(std::string text, const DiaryEntry& entry) {
    if (!entry.note.empty()) {
        text += " (" + entry.note + ")";
    }
    return text;
}

std::string treatmentLine(const DiaryEntry& entry, const SummaryLabelsOf<std::string>& labels) {
    const Treatment& treatment = *entry.treatment();
    std::string text = formatDate(entry.at.date()) + ' ' + formName(treatment.form, labels);
    if (!treatment.dose.empty()) {
        text += ", " + treatment.dose;
    }
    return withNote(std::move(text), entry);
}

std::string bloodTestLine(const DiaryEntry& entry, const SummaryLabelsOf<std::string>& labels) {
    const BloodTestResult& result = *entry.bloodTest();
    std::string text = formatDate(entry.at.date()) + ' ' + testName(result.test, labels) + ' ' +
                       localNumber(formatValue(result.value), labels) + ' ' + result.unit;
    if (const auto other = inOtherUnit(result.test, result.value, result.unit)) {
        text += " (" + localNumber(formatConvertedValue(other->value), labels) + ' ' +
                std::string(other->unit) + ')';
    }
    if (!result.referenceRange.empty()) {
        text += "; " + fillPlaceholders(labels.diaryLabRange, {{"range", result.referenceRange}});
    }
    return withNote(std::move(text), entry);
}

} // namespace

std::optional<SummaryDiary> buildSummaryDiary(const DiarySummary& summary,
                                              const SummaryLabelsOf<std::string>& labels,
                                              const SymptomNames& symptomNames) {
    const auto first = std::find_if(summary.weeks.begin(), summary.weeks.end(),
                                    [](const DiaryWeek& week) { return week.entries > 0; });
    if (first == summary.weeks.end()) {
        return std::nullopt;
    }
    SummaryDiary part;
    std::map<std::string, int, std::less<>> symptomDays;
    part.heading = fillPlaceholders(labels.diaryHeading, {{"date", formatDate(first->start)}});
    for (auto week = first; week != summary.weeks.end(); ++week) {
        if (week->entries == 0) {
            continue;
        }
        SummaryDiaryWeek row{formatDate(week->start), week->entries, {}, {}};
        if (week->meanPain) {
            row.meanPain = localNumber(oneDecimal(*week->meanPain), labels);
        }
        if (week->maxPain) {
            row.maxPain = std::to_string(*week->maxPain);
        }
        for (const auto& [id, days] : week->symptomDays) {
            symptomDays[id] += days;
        }
        part.weeks.push_back(std::move(row));
    }
    for (const auto& [id, days] : symptomDays) {
        const auto name = symptomNames.find(id);
        part.symptomDays.push_back((name == symptomNames.end() ? id : name->second) + ' ' +
                                   std::to_string(days));
    }
    for (const DiaryEntry& entry : summary.treatments) {
        part.treatments.push_back(treatmentLine(entry, labels));
    }
    for (const DiaryEntry& entry : summary.bloodTests) {
        part.bloodTests.push_back(bloodTestLine(entry, labels));
    }
    part.summary = summary;
    return part;
}

} // namespace b12::core
