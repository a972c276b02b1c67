// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diarycsv.h"

#include "core/diary/units.h"

#include <algorithm>
#include <set>
#include <vector>

namespace b12::core {

namespace {

constexpr std::string_view kLineEnd = "\r\n";

// The symptom columns: the given ids in their order, then any other id an entry rates, so
// that no rating is left out of the export.
std::vector<std::string> symptomColumns(const Diary& diary, std::span<const std::string> ids) {
    std::vector<std::string> columns(ids.begin(), ids.end());
    std::set<std::string, std::less<>> others;
    for (const DiaryEntry& entry : diary.entries) {
        if (const SymptomCheck* check = entry.symptomCheck()) {
            for (const auto& rated : check->symptoms) {
                if (std::find(ids.begin(), ids.end(), rated.first) == ids.end()) {
                    others.insert(rated.first);
                }
            }
        }
    }
    columns.insert(columns.end(), others.begin(), others.end());
    return columns;
}

void appendRow(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += (i == 0 ? "" : ",") + csvField(fields[i]);
    }
    out += kLineEnd;
}

void fillBloodTest(const BloodTestResult& result, std::vector<std::string>& row,
                   std::size_t first) {
    row[first] = bloodTestName(result.test);
    row[first + 1] = formatValue(result.value);
    row[first + 2] = result.unit;
    if (const auto other = inOtherUnit(result.test, result.value, result.unit)) {
        row[first + 3] = formatConvertedValue(other->value);
        row[first + 4] = other->unit;
    }
    row[first + 5] = result.referenceRange;
}

// The row of one entry; `symptoms` are the symptom columns, which start at the fourth.
std::vector<std::string> rowOf(const DiaryEntry& entry, const std::vector<std::string>& symptoms) {
    const std::size_t form = 3 + symptoms.size();
    std::vector<std::string> row(form + 9);
    row[0] = formatLocalDateTime(entry.at);
    row[1] = entryKindName(entry.kind());
    if (const SymptomCheck* check = entry.symptomCheck()) {
        row[2] = check->pain ? std::to_string(*check->pain) : std::string();
        for (std::size_t i = 0; i < symptoms.size(); ++i) {
            const auto rated = check->symptoms.find(symptoms[i]);
            row[3 + i] = rated != check->symptoms.end() ? std::to_string(rated->second) : "";
        }
    } else if (const Treatment* treatment = entry.treatment()) {
        row[form] = treatmentFormName(treatment->form);
        row[form + 1] = treatment->dose;
    } else if (const BloodTestResult* result = entry.bloodTest()) {
        fillBloodTest(*result, row, form + 2);
    }
    row.back() = entry.note;
    return row;
}

} // namespace

std::string csvField(std::string_view text) {
    std::string field(text);
    // A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
    // injection"); an apostrophe in front makes it text.
    if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string::npos) {
        field.insert(0, 1, '\'');
    }
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        return field;
    }
    std::string quoted = "\"";
    for (const char c : field) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + '"';
}

std::string diaryToCsv(const Diary& diary, std::span<const std::string> symptomIds) {
    const std::vector<std::string> symptoms = symptomColumns(diary, symptomIds);
    std::vector<std::string> header{"at", "kind", "pain"};
    header.insert(header.end(), symptoms.begin(), symptoms.end());
    for (const char* name : {"form", "dose", "test", "value", "unit", "value_other_unit",
                             "other_unit", "reference_range", "note"}) {
        header.emplace_back(name);
    }
    std::string out;
    appendRow(out, header);
    for (const DiaryEntry& entry : diary.entries) {
        appendRow(out, rowOf(entry, symptoms));
    }
    return out;
}

} // namespace b12::core
