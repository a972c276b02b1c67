// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/diaryfile.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <cmath>
#include <limits>
#include <vector>

namespace b12::core {

namespace {

using json = nlohmann::json;

// Root object, "entries", an entry, its "symptoms": nothing in a diary file nests deeper,
// and refusing more early keeps a crafted file from costing time or stack.
constexpr int kMaxDepth = 8;

// What makes a file unreadable before it is parsed: its size, or nothing in it.
std::string sizeProblem(std::string_view text) {
    if (text.size() > kMaxDiaryBytes) {
        return "the file is too large (" + std::to_string(text.size()) +
               " bytes); a diary file is at most 32 MiB";
    }
    const bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    return blank ? "the file is empty" : "";
}

// Field `key`, a whole number (nothing when absent). Numbers beyond long long read as its
// largest, which every check refuses all the same.
std::optional<long long> readWhole(const json& object, std::string_view key,
                                   const JsonScope& scope) {
    const json* value = findField(object, key);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        scope.field(key).fail("must be a whole number");
    }
    if (value->is_number_unsigned() &&
        value->get<unsigned long long>() >
            static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
        return std::numeric_limits<long long>::max();
    }
    return value->get<long long>();
}

// Throws the problem `check` found, if any, for the entry in `scope`.
void refuseIf(const std::string& problem, const JsonScope& scope) {
    if (!problem.empty()) {
        scope.fail(problem);
    }
}

LocalDateTime readAt(const json& item, const JsonScope& scope) {
    const std::string text = readId(item, "at", scope);
    const auto at = parseLocalDateTime(text);
    if (!at) {
        scope.field("at").fail("must be a real date and time written YYYY-MM-DDTHH:MM, not " +
                               inQuotes(text));
    }
    return *at;
}

SymptomCheck readSymptomCheck(const json& item, const JsonScope& scope,
                              std::span<const std::string> symptomIds) {
    SymptomCheck check;
    if (const auto pain = readWhole(item, "pain", scope)) {
        refuseIf(checkPain(*pain), scope);
        check.pain = static_cast<int>(*pain);
    }
    const json* symptoms = findField(item, "symptoms");
    if (symptoms == nullptr) {
        return check;
    }
    const JsonScope symptomsScope = scope.field("symptoms");
    expectObject(*symptoms, symptomsScope);
    for (const auto& rated : symptoms->items()) {
        const auto rating = readWhole(*symptoms, rated.key(), symptomsScope);
        if (!rating) {
            symptomsScope.field(rated.key()).fail("must be a whole number");
        }
        refuseIf(checkSymptomRating(rated.key(), *rating, symptomIds), scope);
        check.symptoms.emplace(rated.key(), static_cast<int>(*rating));
    }
    return check;
}

BloodTestResult readBloodTest(const json& item, const JsonScope& scope) {
    BloodTestResult result;
    result.test = readChoice(item, "test", scope, kBloodTests);
    const json& value = requireField(item, "value", scope);
    if (!value.is_number()) {
        scope.field("value").fail("must be a number");
    }
    result.value = value.get<double>();
    result.unit = readId(item, "unit", scope);
    refuseIf(checkBloodTestValue(result.test, result.value, result.unit), scope);
    result.referenceRange = readString(item, "reference_range", scope, false);
    return result;
}

DiaryEntry readEntry(const json& item, const JsonScope& scope,
                     std::span<const std::string> symptomIds) {
    expectObject(item, scope);
    DiaryEntry entry;
    entry.at = readAt(item, scope);
    switch (readChoice(item, "kind", scope, kEntryKinds)) {
    case EntryKind::Symptoms:
        rejectUnknownKeys(item, {"at", "kind", "pain", "symptoms", "note"}, scope);
        entry.details = readSymptomCheck(item, scope, symptomIds);
        break;
    case EntryKind::Treatment:
        rejectUnknownKeys(item, {"at", "kind", "form", "dose", "note"}, scope);
        entry.details = Treatment{readChoice(item, "form", scope, kTreatmentForms),
                                  readString(item, "dose", scope, false)};
        break;
    case EntryKind::BloodTest:
        rejectUnknownKeys(item, {"at", "kind", "test", "value", "unit", "reference_range", "note"},
                          scope);
        entry.details = readBloodTest(item, scope);
        break;
    }
    entry.note = readString(item, "note", scope, false);
    return entry;
}

void checkVersion(const json& root) {
    const auto version = readWhole(root, "version", {});
    if (!version) {
        JsonScope().field("version").fail("is missing");
    }
    if (*version > kDiaryVersion) {
        JsonScope().fail("the file is version " + std::to_string(*version) +
                         ", newer than this B12 Guide reads (" + std::to_string(kDiaryVersion) +
                         "); use a newer B12 Guide");
    }
    if (*version != kDiaryVersion) {
        JsonScope().fail("unknown version " + std::to_string(*version));
    }
}

Diary readDiary(const json& root, std::span<const std::string> symptomIds) {
    rejectUnknownKeys(root, {"format", "version", "entries"}, {});
    checkVersion(root);
    const json& entries = requireField(root, "entries", {});
    if (!entries.is_array()) {
        JsonScope().field("entries").fail("must be a list");
    }
    if (entries.size() > kMaxDiaryEntries) {
        JsonScope().fail("the file has " + std::to_string(entries.size()) +
                         " entries; a diary file holds at most " +
                         std::to_string(kMaxDiaryEntries));
    }
    Diary diary;
    diary.entries.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        diary.entries.push_back(
            readEntry(entries[i], JsonScope("entry " + std::to_string(i + 1)), symptomIds));
    }
    return diary;
}

} // namespace

Result<Diary> parseDiary(std::string_view text, std::span<const std::string> symptomIds,
                         std::string_view fileName) {
    const std::string file(fileName);
    if (std::string problem = sizeProblem(text); !problem.empty()) {
        return Error{file, 0, std::move(problem)};
    }
    auto document = parseJsonDocument(text, file, kMaxDepth);
    if (!document) {
        return document.error();
    }
    const json& root = document.value();
    if (!root.is_object() || root.value("format", json()) != kDiaryFormat) {
        return Error{file, 0,
                     R"(not a B12 Guide diary file (it needs "format": ")" +
                         std::string(kDiaryFormat) + "\")"};
    }
    try {
        return readDiary(root, symptomIds);
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    }
}

nlohmann::ordered_json diaryEntryJson(const DiaryEntry& entry) {
    nlohmann::ordered_json out;
    out["at"] = formatLocalDateTime(entry.at);
    out["kind"] = entryKindName(entry.kind());
    if (const SymptomCheck* check = entry.symptomCheck()) {
        if (check->pain) {
            out["pain"] = *check->pain;
        }
        if (!check->symptoms.empty()) {
            out["symptoms"] = check->symptoms;
        }
    } else if (const Treatment* treatment = entry.treatment()) {
        out["form"] = treatmentFormName(treatment->form);
        if (!treatment->dose.empty()) {
            out["dose"] = treatment->dose;
        }
    } else if (const BloodTestResult* result = entry.bloodTest()) {
        out["test"] = bloodTestName(result->test);
        // Whole numbers are written as such ("value": 140), as a person would.
        constexpr double kExactInteger = 9007199254740992.0; // 2^53
        if (std::trunc(result->value) == result->value &&
            std::fabs(result->value) < kExactInteger) {
            out["value"] = static_cast<long long>(result->value);
        } else {
            out["value"] = result->value;
        }
        out["unit"] = result->unit;
        if (!result->referenceRange.empty()) {
            out["reference_range"] = result->referenceRange;
        }
    }
    if (!entry.note.empty()) {
        out["note"] = entry.note;
    }
    return out;
}

std::string serializeDiary(const Diary& diary) {
    // One entry a line: a long diary stays readable and its changes show line by line.
    std::string text = R"({"format": ")" + std::string(kDiaryFormat) + R"(", "version": )" +
                       std::to_string(kDiaryVersion) + R"(, "entries": [)";
    const char* separator = "\n";
    for (const DiaryEntry& entry : diary.entries) {
        text += separator;
        text += diaryEntryJson(entry).dump(-1, ' ', false, json::error_handler_t::replace);
        separator = ",\n";
    }
    return text + "\n]}\n";
}

} // namespace b12::core
