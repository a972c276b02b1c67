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

// Builds the document as nlohmann's own DOM parser does, refusing what is nested deeper than
// `maxDepth` and a key given twice in one object. (nlohmann's parser with a callback would do
// the same, but after every object it looks through all of its parent's values, which makes
// a list of 20,000 entries take minutes in a debug build.)
class StrictDomBuilder : public nlohmann::json_sax<json> {
public:
    StrictDomBuilder(json& result, int maxDepth)
        : m_dom(result)
        , m_maxDepth(maxDepth) {}

    bool null() override { return value() && m_dom.null(); }
    bool boolean(bool v) override { return value() && m_dom.boolean(v); }
    bool number_integer(number_integer_t v) override { return value() && m_dom.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) override {
        return value() && m_dom.number_unsigned(v);
    }
    bool number_float(number_float_t v, const string_t& s) override {
        return value() && m_dom.number_float(v, s);
    }
    bool string(string_t& v) override { return value() && m_dom.string(v); }
    bool binary(binary_t& v) override { return value() && m_dom.binary(v); }
    bool start_object(std::size_t n) override {
        enter();
        m_keys.emplace_back();
        return m_dom.start_object(n);
    }
    bool key(string_t& k) override {
        if (!m_keys.back().insert(k).second) {
            throw DuplicateKey{k};
        }
        return m_dom.key(k);
    }
    bool end_object() override {
        m_keys.pop_back();
        --m_depth;
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) override {
        enter();
        return m_dom.start_array(n);
    }
    bool end_array() override {
        --m_depth;
        return m_dom.end_array();
    }
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& e) override {
        // Thrown as what it is: a syntax error, or a number too large for a double.
        if (const auto* syntax = dynamic_cast<const json::parse_error*>(&e)) {
            throw *syntax;
        }
        if (const auto* range = dynamic_cast<const json::out_of_range*>(&e)) {
            throw *range;
        }
        throw json::other_error::create(501, e.what(), nullptr);
    }

private:
    // A value inside more than m_maxDepth lists and objects is too deep.
    bool value() const {
        if (m_depth > m_maxDepth) {
            throw TooDeep{};
        }
        return true;
    }
    void enter() {
        value();
        ++m_depth;
    }

    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    int m_maxDepth;
    int m_depth = 0;
    // The keys seen so far in each object still open, innermost last.
    std::vector<std::set<std::string, std::less<>>> m_keys;
};

} // namespace

Result<nlohmann::json> parseJsonDocument(std::string_view text, std::string_view fileName,
                                         int maxDepth) {
    const std::string file(fileName);
    if (const auto bad = findInvalidUtf8(text)) {
        return Error{file, lineOfOffset(text, *bad), "the file is not valid UTF-8 text"};
    }
    const std::string notJson = "not valid JSON (the file may be cut short or damaged): ";
    try {
        json document;
        StrictDomBuilder builder(document, maxDepth);
        json::sax_parse(text.begin(), text.end(), &builder);
        return document;
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
