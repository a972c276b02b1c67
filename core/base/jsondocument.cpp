// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/jsondocument.h"

#include "core/base/text.h"

#include <set>
#include <string>
#include <vector>

namespace b12::core {

namespace {

using json = nlohmann::json;

struct TooDeep {};
struct DuplicateKey {
    std::string key;
};

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1,
// column 2: " prefix: the line is given separately, the rest is what people need.
std::string parseErrorDetail(const json::parse_error& e) {
    std::string message = e.what();
    if (const auto pos = message.find(": "); pos != std::string::npos) {
        message.erase(0, pos + 2);
    }
    return message;
}

} // namespace

Result<nlohmann::json> parseJsonDocument(std::string_view text, std::string_view fileName,
                                         int maxDepth) {
    const std::string file(fileName);
    if (const auto bad = findInvalidUtf8(text)) {
        return Error{file, lineOfOffset(text, *bad), "the file is not valid UTF-8 text"};
    }
    const std::string notJson = "not valid JSON (the file may be cut short or damaged): ";
    // The keys seen so far in each object still open, innermost last.
    std::vector<std::set<std::string, std::less<>>> openObjects;
    try {
        return json::parse(text, [&](int depth, json::parse_event_t event, json& parsed) {
            if (depth > maxDepth) {
                throw TooDeep{};
            }
            switch (event) {
            case json::parse_event_t::object_start:
                openObjects.emplace_back();
                break;
            case json::parse_event_t::object_end:
                openObjects.pop_back();
                break;
            case json::parse_event_t::key:
                if (!openObjects.back().insert(parsed.get<std::string>()).second) {
                    throw DuplicateKey{parsed.get<std::string>()};
                }
                break;
            default:
                break;
            }
            return true;
        });
    } catch (const json::parse_error& e) {
        const std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
        return Error{file, lineOfOffset(text, byte), notJson + parseErrorDetail(e)};
    } catch (const json::exception&) { // out_of_range: a number like 1e999
        return Error{file, 0, notJson + "a number is too large"};
    } catch (const TooDeep&) {
        return Error{file, 0,
                     "values nested too deeply (more than " + std::to_string(maxDepth) +
                         " levels)"};
    } catch (const DuplicateKey& duplicate) {
        return Error{file, 0,
                     "not valid JSON: \"" + duplicate.key +
                         "\" is given twice in the same object, so it is not clear which counts"};
    }
}

} // namespace b12::core
