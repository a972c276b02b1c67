// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/base/jsondocument.h"
#include "core/base/localizedtext.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The field readers every data-file parser uses, so that all files follow one set of rules
// and their problems are told in the same words: `<place>: field "<path>" <problem>`.
// The readers throw JsonFieldError; each parser catches it in its top-level function and
// turns it into an Error (core never throws across its API).

namespace b12::core {

/// A problem in a data file found by a reader below: `where` names the place for a person
/// (`question "metformin"`, `rules`; empty at the top level), `message` what is wrong.
struct JsonFieldError {
    std::string where;
    std::string message;

    /// "where: message", or the message alone when there is no place.
    [[nodiscard]] std::string toString() const;
};

/// Where the object being read sits in its file: `place` names it for a person, and `path`
/// is the dotted path from that place to the object ("citation", "values[0].ages"), empty
/// when the object is the place itself. Field names in messages are prefixed with it.
struct JsonScope {
    std::string place;
    std::string path;

    JsonScope() = default;
    // Implicit on purpose: most readers are called with just a place, e.g. "rules".
    JsonScope(std::string placeName,
              std::string pathInPlace = {}); // NOLINT(google-explicit-constructor)
    JsonScope(const char* placeName);        // NOLINT(google-explicit-constructor)

    /// The scope of field `key` of this object ("citation" → "citation.url").
    [[nodiscard]] JsonScope field(std::string_view key) const;
    /// Throws JsonFieldError: `field "<path>" <problem>` in this place, or the problem
    /// alone when the path is empty.
    [[noreturn]] void fail(const std::string& problem) const;
};

/// `"text"`, for naming ids, fields and values in messages.
[[nodiscard]] std::string inQuotes(std::string_view text);
/// `"a", "b", "c"`.
[[nodiscard]] std::string quotedList(const std::vector<std::string_view>& items);

/// Field `key` of `object`, or nullptr when it is absent or null.
[[nodiscard]] const nlohmann::json* findField(const nlohmann::json& object, std::string_view key);
/// Field `key` of `object`; refuses an object that lacks it.
const nlohmann::json& requireField(const nlohmann::json& object, std::string_view key,
                                   const JsonScope& scope);
/// Refuses `value` unless it is an object.
void expectObject(const nlohmann::json& value, const JsonScope& scope);
/// Field `key`, which must be an object.
const nlohmann::json& requireObject(const nlohmann::json& object, std::string_view key,
                                    const JsonScope& scope);
/// Field `key`, which must be a list with at least one entry.
const nlohmann::json& requireList(const nlohmann::json& object, std::string_view key,
                                  const JsonScope& scope);

/// Refuses any field of `object` that is not in `known`. A "comment" field is always
/// allowed: data files use it for notes to the people who edit them.
void rejectUnknownKeys(const nlohmann::json& object, const std::vector<std::string_view>& known,
                       const JsonScope& scope);

/// Text field `key`. When `required`, it must be there and not blank; an absent optional
/// field reads as empty.
[[nodiscard]] std::string readString(const nlohmann::json& object, std::string_view key,
                                     const JsonScope& scope, bool required);
/// A required id: text that is not blank.
[[nodiscard]] std::string readId(const nlohmann::json& object, std::string_view key,
                                 const JsonScope& scope);
/// A list of ids (nothing when an optional field is absent).
[[nodiscard]] std::vector<std::string> readIdList(const nlohmann::json& object,
                                                  std::string_view key, const JsonScope& scope,
                                                  bool required);
/// A whole number from `min` to `max` (nothing when an optional field is absent).
[[nodiscard]] std::optional<int> readInt(const nlohmann::json& object, std::string_view key,
                                         const JsonScope& scope, bool required, int min, int max);

/// Refuses `root` unless its "format" is `format` and its "version" is `version`: how each
/// data file of its own format says what it is.
void requireFormat(const nlohmann::json& root, std::string_view format, int version,
                   const JsonScope& scope);

/// What is wrong with `text` as a date written YYYY-MM-DD ("2026-11-20"): not written so,
/// or not a day of the calendar ("2026-02-30"). Nothing when it is a date. Core has no
/// clock: it checks the date as written, never against today.
[[nodiscard]] std::optional<std::string> isoDateProblem(std::string_view text);
/// Field `key`, a date written YYYY-MM-DD (see isoDateProblem()), as written.
[[nodiscard]] std::string readDate(const nlohmann::json& object, std::string_view key,
                                   const JsonScope& scope);

/// A text in several languages, {"en": "...", "de": "..."}: an object of texts by language
/// that must hold a non-blank English (kFallbackLanguage) text.
[[nodiscard]] LocalizedText readTextValue(const nlohmann::json& value, const JsonScope& scope);
/// Field `key` read by readTextValue() (an empty text when an optional field is absent).
[[nodiscard]] LocalizedText readText(const nlohmann::json& object, std::string_view key,
                                     const JsonScope& scope, bool required = true);

/// Refuses `value` of field `key` as not one of `names`.
[[noreturn]] void refuseChoice(std::string_view key, const std::string& value,
                               const std::vector<std::string_view>& names, const JsonScope& scope);

/// Field `key`, one of the names in `choices`, as its value.
template <class Enum, std::size_t N>
Enum readChoice(const nlohmann::json& object, std::string_view key, const JsonScope& scope,
                const std::array<std::pair<Enum, std::string_view>, N>& choices) {
    const std::string name = readId(object, key, scope);
    std::vector<std::string_view> names;
    for (const auto& choice : choices) {
        if (choice.second == name) {
            return choice.first;
        }
        names.push_back(choice.second);
    }
    refuseChoice(key, name, names, scope);
}

/// Reads a data file: the strict JSON reader (parseJsonDocument), then `read` on its root.
/// What `read` refuses (a JsonFieldError) or meets of an unexpected JSON type becomes an
/// Error naming the file: the one way every parser turns its problems into values.
template <class Read>
auto readJsonFile(std::string_view text, std::string_view fileName, Read read)
    -> Result<decltype(read(std::declval<const nlohmann::json&>()))> {
    const std::string file(fileName);
    auto parsed = parseJsonDocument(text, file);
    if (!parsed) {
        return parsed.error();
    }
    try {
        return read(parsed.value());
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    } catch (const nlohmann::json::exception& e) {
        // A value of an unexpected JSON type that no check caught first.
        return Error{file, 0, e.what()};
    }
}

} // namespace b12::core
