// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/personalnotes.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace b12::core {

namespace {

using json = nlohmann::json;

constexpr std::array<std::pair<std::string_view, std::string PersonalNotes::*>, 4> kFields{{
    {"name", &PersonalNotes::name},
    {"year_of_birth", &PersonalNotes::yearOfBirth},
    {"notes", &PersonalNotes::notes},
    {"medicines", &PersonalNotes::medicines},
}};

} // namespace

Result<PersonalNotes> parsePersonalNotes(std::string_view text, std::string_view fileName) {
    const std::string file(fileName);
    if (text.size() > kMaxNotesBytes) {
        return Error{file, 0, "the file is too large; a notes file is at most 1 MiB"};
    }
    auto parsed = parseJsonDocument(text, file);
    if (!parsed) {
        return parsed.error();
    }
    const json root = std::move(parsed).value();
    if (!root.is_object() || root.value("format", json()) != kNotesFormat) {
        return Error{file, 0,
                     R"(not a notes file ("format" must be ")" + std::string(kNotesFormat) +
                         R"("))"};
    }
    const json version = root.value("version", json());
    if (!version.is_number_integer() || version.get<int>() > kNotesVersion ||
        version.get<int>() < 1) {
        return Error{file, 0,
                     "unsupported version (this app reads version " +
                         std::to_string(kNotesVersion) + ")"};
    }
    PersonalNotes notes;
    try {
        for (const auto& [key, member] : kFields) {
            notes.*member = readString(root, key, {}, false);
        }
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    }
    return notes;
}

std::string serializePersonalNotes(const PersonalNotes& notes) {
    nlohmann::ordered_json root;
    root["format"] = kNotesFormat;
    root["version"] = kNotesVersion;
    for (const auto& [key, member] : kFields) {
        root[std::string(key)] = notes.*member;
    }
    return root.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

} // namespace b12::core
