// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/riskdata.h"

#include "core/base/jsondocument.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <utility>

namespace b12::core {

namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

// A problem in one field. Thrown inside the parser only; parseRiskTable turns it into an
// Error that also names the series or band it was found in.
struct Invalid {
    std::string field;
    std::string problem;
};

std::string joinPath(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + '.' + std::string(key);
}

std::string describe(const AgeRange& range) {
    return range.to ? std::to_string(range.from) + "–" + std::to_string(*range.to)
                    : std::to_string(range.from) + "+";
}

std::string formatPercent(double value) {
    std::string text = std::to_string(value);
    while (!text.empty() && text.back() == '0') {
        text.pop_back();
    }
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    return text;
}

void rejectUnknownKeys(const json& object, std::initializer_list<std::string_view> known,
                       const std::string& prefix) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            throw Invalid{joinPath(prefix, key), "is not a known field (misspelt?)"};
        }
    }
}

const json* find(const json& object, std::string_view key) {
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json& requireObject(const json& object, std::string_view key, const std::string& prefix) {
    const json* value = find(object, key);
    if (value == nullptr) {
        throw Invalid{joinPath(prefix, key), "is missing"};
    }
    if (!value->is_object()) {
        throw Invalid{joinPath(prefix, key), "must be an object"};
    }
    return *value;
}

const json& requireArray(const json& object, std::string_view key, const std::string& prefix) {
    const json* value = find(object, key);
    if (value == nullptr) {
        throw Invalid{joinPath(prefix, key), "is missing"};
    }
    if (!value->is_array() || value->empty()) {
        throw Invalid{joinPath(prefix, key), "must be a list with at least one entry"};
    }
    return *value;
}

std::string readString(const json& object, std::string_view key, const std::string& prefix,
                       bool required) {
    const json* value = find(object, key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            throw Invalid{joinPath(prefix, key), "is missing"};
        }
        return {};
    }
    if (!value->is_string()) {
        throw Invalid{joinPath(prefix, key), "must be text"};
    }
    std::string text = value->get<std::string>();
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Invalid{joinPath(prefix, key), "is empty"};
    }
    return text;
}

std::optional<int> readInt(const json& object, std::string_view key, const std::string& prefix,
                           bool required, int min, int max) {
    const json* value = find(object, key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            throw Invalid{joinPath(prefix, key), "is missing"};
        }
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        throw Invalid{joinPath(prefix, key), "must be a whole number"};
    }
    const auto number = value->get<long long>();
    if (number < min || number > max) {
        throw Invalid{joinPath(prefix, key), std::to_string(number) + " is outside " +
                                                 std::to_string(min) + "–" + std::to_string(max)};
    }
    return static_cast<int>(number);
}

LocalizedText readTextValue(const json& value, const std::string& path) {
    if (!value.is_object()) {
        throw Invalid{path, R"(must be an object of texts by language, e.g. {"en": "..."})"};
    }
    LocalizedText text;
    for (const auto& [language, translation] : value.items()) {
        if (language.empty() || !translation.is_string()) {
            throw Invalid{joinPath(path, language), "must be text"};
        }
        text.byLanguage.emplace(language, translation.get<std::string>());
    }
    const auto english = text.byLanguage.find("en");
    if (english == text.byLanguage.end() ||
        english->second.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Invalid{joinPath(path, "en"), "is missing or empty (English is required)"};
    }
    return text;
}

LocalizedText readText(const json& object, std::string_view key, const std::string& prefix,
                       bool required) {
    const json* value = find(object, key);
    if (value == nullptr || value->is_null()) {
        if (required) {
            throw Invalid{joinPath(prefix, key), "is missing"};
        }
        return {};
    }
    return readTextValue(*value, joinPath(prefix, key));
}

AgeRange readAges(const json& object, const std::string& prefix, LocalizedText* label) {
    const json& ages = requireObject(object, "ages", prefix);
    const std::string path = joinPath(prefix, "ages");
    rejectUnknownKeys(ages, {"from", "to", "label"}, path);
    AgeRange range;
    range.from = *readInt(ages, "from", path, true, 0, 150);
    range.to = readInt(ages, "to", path, false, 0, 150);
    if (range.to && *range.to < range.from) {
        throw Invalid{joinPath(path, "to"), std::to_string(*range.to) + " is below \"from\" (" +
                                                std::to_string(range.from) + ")"};
    }
    if (label != nullptr) {
        *label = readText(ages, "label", path, false);
    }
    return range;
}

std::vector<AgeBand> readBands(const json& root) {
    std::vector<AgeBand> bands;
    const json& list = requireArray(root, "bands", {});
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string prefix = "bands[" + std::to_string(i) + "]";
        const json& item = list[i];
        if (!item.is_object()) {
            throw Invalid{prefix, "must be an object"};
        }
        rejectUnknownKeys(item, {"id", "ages", "label"}, prefix);
        AgeBand band;
        band.id = readString(item, "id", prefix, true);
        const std::string where = prefix + " (\"" + band.id + "\")";
        band.ages = readAges(item, where, nullptr);
        band.label = readText(item, "label", where, true);
        for (const AgeBand& earlier : bands) {
            if (earlier.id == band.id) {
                throw Invalid{where + ".id", "is used by an earlier band"};
            }
        }
        if (!bands.empty()) {
            const AgeBand& previous = bands.back();
            if (!previous.ages.to) {
                throw Invalid{where + ".ages",
                              "comes after band \"" + previous.id +
                                  "\", which has no upper age; only the last band may be open"};
            }
            if (band.ages.from <= *previous.ages.to) {
                throw Invalid{where + ".ages.from",
                              describe(band.ages) + " overlaps or comes before band \"" +
                                  previous.id + "\" (" + describe(previous.ages) +
                                  "); bands must be in order and not overlap"};
            }
        }
        bands.push_back(std::move(band));
    }
    return bands;
}

// A source's age range must start where a band starts and end where a band ends, so that
// each chart band lies either wholly inside it or wholly outside it.
bool alignsWithBands(const AgeRange& range, const std::vector<AgeBand>& bands) {
    const bool startAligned = std::any_of(bands.begin(), bands.end(), [&](const AgeBand& band) {
        return band.ages.from == range.from;
    });
    const bool endAligned = std::any_of(
        bands.begin(), bands.end(), [&](const AgeBand& band) { return band.ages.to == range.to; });
    return startAligned && endAligned;
}

Qualifier readQualifier(const json& object, const std::string& prefix) {
    const std::string text = readString(object, "qualifier", prefix, false);
    if (text.empty()) {
        return Qualifier::Exact;
    }
    if (text == "about") {
        return Qualifier::About;
    }
    if (text == "or-more") {
        return Qualifier::OrMore;
    }
    throw Invalid{joinPath(prefix, "qualifier"),
                  "\"" + text + R"(" is not one of "about", "or-more" (or leave it out))"};
}

Measure readMeasure(const json& object) {
    const std::string text = readString(object, "measure", {}, true);
    if (text == "deficient") {
        return Measure::Deficient;
    }
    if (text == "marginal") {
        return Measure::Marginal;
    }
    throw Invalid{"measure", "\"" + text + R"(" is not one of "deficient", "marginal")"};
}

Citation readCitation(const json& series) {
    const json& object = requireObject(series, "citation", {});
    const std::string prefix = "citation";
    rejectUnknownKeys(object, {"authors", "year", "title", "journal", "url", "seeAlso"}, prefix);
    Citation citation;
    citation.authors = readString(object, "authors", prefix, true);
    citation.year = *readInt(object, "year", prefix, true, 1900, 2100);
    citation.title = readString(object, "title", prefix, true);
    citation.journal = readString(object, "journal", prefix, false);
    citation.url = readString(object, "url", prefix, true);
    if (citation.url.rfind("https://", 0) != 0 && citation.url.rfind("http://", 0) != 0) {
        throw Invalid{"citation.url", "\"" + citation.url + "\" is not a web address (http…)"};
    }
    if (const json* seeAlso = find(object, "seeAlso"); seeAlso != nullptr) {
        const std::string path = "citation.seeAlso";
        if (!seeAlso->is_object()) {
            throw Invalid{path, "must be an object"};
        }
        rejectUnknownKeys(*seeAlso, {"text", "url"}, path);
        citation.seeAlsoText = readText(*seeAlso, "text", path, true);
        citation.seeAlsoUrl = readString(*seeAlso, "url", path, true);
    }
    return citation;
}

RiskSeries readSeries(const json& item, const std::vector<AgeBand>& bands) {
    if (!item.is_object()) {
        throw Invalid{{}, "must be an object"};
    }
    rejectUnknownKeys(
        item,
        {"id", "name", "citation", "surveyYears", "n", "population", "cutOff", "measure", "values"},
        {});
    RiskSeries series;
    series.id = readString(item, "id", {}, true);
    series.name = readText(item, "name", {}, true);
    series.citation = readCitation(item);
    series.surveyYears = readString(item, "surveyYears", {}, false);
    series.n = readInt(item, "n", {}, false, 1, 100'000'000);
    series.population = readText(item, "population", {}, true);
    series.cutOff = readText(item, "cutOff", {}, true);
    series.measure = readMeasure(item);

    const json& values = requireArray(item, "values", {});
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string prefix = "values[" + std::to_string(i) + "]";
        const json& entry = values[i];
        if (!entry.is_object()) {
            throw Invalid{prefix, "must be an object"};
        }
        rejectUnknownKeys(entry, {"ages", "percent", "qualifier", "n", "sourceLocation"}, prefix);
        RiskValue value;
        value.ages = readAges(entry, prefix, &value.agesLabel);
        if (!alignsWithBands(value.ages, bands)) {
            throw Invalid{joinPath(prefix, "ages"),
                          describe(value.ages) +
                              " does not start and end where the chart's age groups do"};
        }
        const json* percent = find(entry, "percent");
        if (percent == nullptr) {
            throw Invalid{joinPath(prefix, "percent"), "is missing"};
        }
        if (!percent->is_number()) {
            throw Invalid{joinPath(prefix, "percent"), "must be a number"};
        }
        value.percent = percent->get<double>();
        if (!std::isfinite(value.percent) || value.percent < 0 || value.percent > 100) {
            throw Invalid{joinPath(prefix, "percent"),
                          formatPercent(value.percent) + " is outside 0–100"};
        }
        value.qualifier = readQualifier(entry, prefix);
        value.n = readInt(entry, "n", prefix, false, 1, 100'000'000);
        value.sourceLocation = readString(entry, "sourceLocation", prefix, false);
        for (const RiskValue& earlier : series.values) {
            if (earlier.ages.overlaps(value.ages)) {
                throw Invalid{joinPath(prefix, "ages"), describe(value.ages) +
                                                            " overlaps an earlier value's ages (" +
                                                            describe(earlier.ages) + ")"};
            }
        }
        series.values.push_back(std::move(value));
    }
    return series;
}

Error fileError(std::string_view fileName, int line, std::string message) {
    return Error{std::string(fileName), line, std::move(message)};
}

Error fieldError(std::string_view fileName, const std::string& where, const Invalid& invalid) {
    std::string message = where;
    if (!invalid.field.empty()) {
        message += (message.empty() ? "" : ", ") + std::string("field \"") + invalid.field + "\"";
    }
    return fileError(fileName, 0, message + ": " + invalid.problem);
}

} // namespace

bool AgeRange::contains(const AgeRange& inner) const {
    if (inner.from < from) {
        return false;
    }
    if (!to) {
        return true;
    }
    return inner.to && *inner.to <= *to;
}

bool AgeRange::overlaps(const AgeRange& other) const {
    const bool thisEndsBefore = to && *to < other.from;
    const bool otherEndsBefore = other.to && *other.to < from;
    return !thisEndsBefore && !otherEndsBefore;
}

const RiskValue* RiskSeries::valueFor(const AgeBand& band) const {
    for (const RiskValue& value : values) {
        if (value.ages.contains(band.ages)) {
            return &value;
        }
    }
    return nullptr;
}

std::optional<std::size_t> RiskTable::bandIndex(std::string_view id) const {
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

Result<RiskTable> parseRiskTable(std::string_view text, std::string_view fileName) {
    auto parsed = parseJsonDocument(text, fileName);
    if (!parsed) {
        return parsed.error();
    }
    const json root = std::move(parsed).value();
    if (!root.is_object()) {
        return fileError(fileName, 0, R"(must hold a JSON object with "bands" and "series")");
    }

    RiskTable table;
    try {
        rejectUnknownKeys(root, {"version", "bands", "series", "notes"}, {});
        const int version = *readInt(root, "version", {}, true, 0, 1000);
        if (version != kFormatVersion) {
            throw Invalid{"version", "is " + std::to_string(version) + "; this program reads " +
                                         std::to_string(kFormatVersion)};
        }
        table.bands = readBands(root);
        if (const json* notes = find(root, "notes"); notes != nullptr) {
            if (!notes->is_array()) {
                throw Invalid{"notes", "must be a list"};
            }
            for (std::size_t i = 0; i < notes->size(); ++i) {
                table.notes.push_back(
                    readTextValue((*notes)[i], "notes[" + std::to_string(i) + "]"));
            }
        }
        requireArray(root, "series", {});
    } catch (const Invalid& invalid) {
        return fieldError(fileName, {}, invalid);
    } catch (const nlohmann::json::exception& e) {
        return fileError(fileName, 0, e.what());
    }

    std::set<std::string, std::less<>> seriesIds;
    const json& list = root.at("series");
    for (std::size_t i = 0; i < list.size(); ++i) {
        // Name the series by its id when it has one, else by its position (1-based).
        std::string where = "series " + std::to_string(i + 1);
        if (list[i].is_object()) {
            if (const json* id = find(list[i], "id");
                id != nullptr && id->is_string() && !id->get<std::string>().empty()) {
                where = "series \"" + id->get<std::string>() + "\"";
            }
        }
        try {
            RiskSeries series = readSeries(list[i], table.bands);
            if (!seriesIds.insert(series.id).second) {
                throw Invalid{"id", "is used by an earlier series"};
            }
            table.series.push_back(std::move(series));
        } catch (const Invalid& invalid) {
            return fieldError(fileName, where, invalid);
        } catch (const nlohmann::json::exception& e) {
            return fileError(fileName, 0, where + ": " + e.what());
        }
    }
    return table;
}

std::optional<std::string_view> chartBandForAgeAnswer(std::string_view optionId) {
    // The chart's bands carry the answer ids of the age question, except for "under-18":
    // the surveys shown measured adults only.
    if (optionId == "under-18") {
        return std::nullopt;
    }
    for (std::string_view option : kAgeAnswerOptions) {
        if (option == optionId) {
            return option;
        }
    }
    return std::nullopt;
}

} // namespace b12::core
