// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/jsonfields.h"

#include <algorithm>
#include <array>

namespace b12::core {

namespace {

using json = nlohmann::json;

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::string JsonFieldError::toString() const {
    return where.empty() ? message : where + ": " + message;
}

JsonScope::JsonScope(std::string placeName, std::string pathInPlace)
    : place(std::move(placeName))
    , path(std::move(pathInPlace)) {}

JsonScope::JsonScope(const char* placeName)
    : place(placeName) {}

JsonScope JsonScope::field(std::string_view key) const {
    return JsonScope{place, path.empty() ? std::string(key) : path + '.' + std::string(key)};
}

void JsonScope::fail(const std::string& problem) const {
    throw JsonFieldError{place, path.empty() ? problem : "field " + inQuotes(path) + ' ' + problem};
}

std::string inQuotes(std::string_view text) {
    return '"' + std::string(text) + '"';
}

std::string quotedList(const std::vector<std::string_view>& items) {
    std::string out;
    for (const std::string_view item : items) {
        out += (out.empty() ? "" : ", ") + inQuotes(item);
    }
    return out;
}

const json* findField(const json& object, std::string_view key) {
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

const json& requireField(const json& object, std::string_view key, const JsonScope& scope) {
    const json* value = findField(object, key);
    if (value == nullptr) {
        scope.field(key).fail("is missing");
    }
    return *value;
}

void expectObject(const json& value, const JsonScope& scope) {
    if (!value.is_object()) {
        scope.fail("must be an object");
    }
}

const json& requireObject(const json& object, std::string_view key, const JsonScope& scope) {
    const json& value = requireField(object, key, scope);
    expectObject(value, scope.field(key));
    return value;
}

const json& requireList(const json& object, std::string_view key, const JsonScope& scope) {
    const json& value = requireField(object, key, scope);
    if (!value.is_array() || value.empty()) {
        scope.field(key).fail("must be a list with at least one entry");
    }
    return value;
}

void rejectUnknownKeys(const json& object, const std::vector<std::string_view>& known,
                       const JsonScope& scope) {
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        if (key != "comment" && std::find(known.begin(), known.end(), key) == known.end()) {
            throw JsonFieldError{scope.place, "unknown field " + inQuotes(scope.field(key).path)};
        }
    }
}

namespace {

// Field `key`: refused when it is required and absent; nullptr when optional and absent.
const json* fieldIfRequired(const json& object, std::string_view key, const JsonScope& scope,
                            bool required) {
    return required ? &requireField(object, key, scope) : findField(object, key);
}

} // namespace

std::string readString(const json& object, std::string_view key, const JsonScope& scope,
                       bool required) {
    const json* value = fieldIfRequired(object, key, scope, required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string()) {
        scope.field(key).fail("must be text");
    }
    std::string text = value->get<std::string>();
    if (required && isBlank(text)) {
        scope.field(key).fail("must be a non-empty text");
    }
    return text;
}

std::string readId(const json& object, std::string_view key, const JsonScope& scope) {
    return readString(object, key, scope, true);
}

std::vector<std::string> readIdList(const json& object, std::string_view key,
                                    const JsonScope& scope, bool required) {
    const json* value = fieldIfRequired(object, key, scope, required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_array()) {
        scope.field(key).fail("must be a list");
    }
    std::vector<std::string> ids;
    for (const json& item : *value) {
        if (!item.is_string() || isBlank(item.get_ref<const std::string&>())) {
            scope.field(key).fail("must list non-empty texts");
        }
        ids.push_back(item.get<std::string>());
    }
    return ids;
}

std::optional<int> readInt(const json& object, std::string_view key, const JsonScope& scope,
                           bool required, int min, int max) {
    const json* value = fieldIfRequired(object, key, scope, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        scope.field(key).fail("must be a whole number");
    }
    const auto number = value->get<long long>();
    if (number < min || number > max) {
        scope.field(key).fail("must be from " + std::to_string(min) + " to " + std::to_string(max) +
                              ", not " + std::to_string(number));
    }
    return static_cast<int>(number);
}

namespace {

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays.at(static_cast<std::size_t>(month - 1));
}

// The number written by the digits of text[from, from + count).
int digitsAt(std::string_view text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

void requireFormat(const nlohmann::json& root, std::string_view format, int version,
                   const JsonScope& scope) {
    const nlohmann::json* written = findField(root, "format");
    if (written == nullptr || !written->is_string() || written->get<std::string>() != format) {
        throw JsonFieldError{scope.place, "\"format\" must be " + inQuotes(format)};
    }
    const nlohmann::json* number = findField(root, "version");
    if (number == nullptr || !number->is_number_integer() || number->get<long long>() != version) {
        throw JsonFieldError{scope.place, "\"version\" must be " + std::to_string(version)};
    }
}

std::optional<std::string> isoDateProblem(std::string_view text) {
    constexpr std::string_view kPattern = "dddd-dd-dd";
    bool written = text.size() == kPattern.size();
    for (std::size_t i = 0; written && i < text.size(); ++i) {
        written = kPattern[i] == 'd' ? (text[i] >= '0' && text[i] <= '9') : text[i] == '-';
    }
    if (!written) {
        return "must be a date written YYYY-MM-DD, not " + inQuotes(text);
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return inQuotes(text) + " is not a day of the calendar";
    }
    return std::nullopt;
}

std::string readDate(const json& object, std::string_view key, const JsonScope& scope) {
    std::string text = readString(object, key, scope, true);
    if (const auto problem = isoDateProblem(text)) {
        scope.field(key).fail(*problem);
    }
    return text;
}

LocalizedText readTextValue(const json& value, const JsonScope& scope) {
    if (!value.is_object()) {
        scope.fail(R"(must be an object of texts by language, e.g. {"en": "..."})");
    }
    LocalizedText text;
    for (const auto& item : value.items()) {
        if (item.key().empty() || !item.value().is_string()) {
            scope.field(item.key()).fail("must be text");
        }
        text.byLanguage.emplace(item.key(), item.value().get<std::string>());
    }
    const auto english = text.byLanguage.find(kFallbackLanguage);
    if (english == text.byLanguage.end() || isBlank(english->second)) {
        scope.fail("has no English (" + inQuotes(kFallbackLanguage) + ") text");
    }
    return text;
}

LocalizedText readText(const json& object, std::string_view key, const JsonScope& scope,
                       bool required) {
    const json* value = fieldIfRequired(object, key, scope, required);
    if (value == nullptr) {
        return {};
    }
    return readTextValue(*value, scope.field(key));
}

void refuseChoice(std::string_view key, const std::string& value,
                  const std::vector<std::string_view>& names, const JsonScope& scope) {
    scope.field(key).fail("must be one of " + quotedList(names) + ", not " + inQuotes(value));
}

} // namespace b12::core
