// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/riskdata.h"

#include "core/base/jsondocument.h"
#include "core/base/jsonfields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

namespace b12::core {

namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

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

AgeRange readAges(const json& object, const JsonScope& scope, LocalizedText* label) {
    const json& ages = requireObject(object, "ages", scope);
    const JsonScope inAges = scope.field("ages");
    rejectUnknownKeys(ages, {"from", "to", "label"}, inAges);
    AgeRange range;
    range.from = *readInt(ages, "from", inAges, true, 0, 150);
    range.to = readInt(ages, "to", inAges, false, 0, 150);
    if (range.to && *range.to < range.from) {
        inAges.field("to").fail("is " + std::to_string(*range.to) + ", below \"from\" (" +
                                std::to_string(range.from) + ")");
    }
    if (label != nullptr) {
        *label = readText(ages, "label", inAges, false);
    }
    return range;
}

std::vector<AgeBand> readBands(const json& root) {
    std::vector<AgeBand> bands;
    const json& list = requireList(root, "bands", {});
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = "bands[" + std::to_string(i) + "]";
        const json& item = list[i];
        expectObject(item, JsonScope{{}, path});
        rejectUnknownKeys(item, {"id", "ages", "label"}, JsonScope{{}, path});
        AgeBand band;
        band.id = readId(item, "id", JsonScope{{}, path});
        const JsonScope scope{{}, path + " (" + inQuotes(band.id) + ")"};
        band.ages = readAges(item, scope, nullptr);
        band.label = readText(item, "label", scope);
        for (const AgeBand& earlier : bands) {
            if (earlier.id == band.id) {
                scope.field("id").fail("is used by an earlier band");
            }
        }
        if (!bands.empty()) {
            const AgeBand& previous = bands.back();
            if (!previous.ages.to) {
                scope.field("ages").fail("comes after band " + inQuotes(previous.id) +
                                         ", which has no upper age; only the last band may be "
                                         "open");
            }
            if (band.ages.from <= *previous.ages.to) {
                scope.field("ages").field("from").fail(
                    describe(band.ages) + " overlaps or comes before band " +
                    inQuotes(previous.id) + " (" + describe(previous.ages) +
                    "); bands must be in order and not overlap");
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

constexpr std::array<std::pair<Qualifier, std::string_view>, 2> kQualifiers{{
    {Qualifier::About, "about"},
    {Qualifier::OrMore, "or-more"},
}};
constexpr std::array<std::pair<Measure, std::string_view>, 2> kMeasures{{
    {Measure::Deficient, "deficient"},
    {Measure::Marginal, "marginal"},
}};

Citation readCitation(const json& series, const JsonScope& seriesScope) {
    const json& object = requireObject(series, "citation", seriesScope);
    const JsonScope scope = seriesScope.field("citation");
    rejectUnknownKeys(object, {"authors", "year", "title", "journal", "url", "seeAlso"}, scope);
    Citation citation;
    citation.authors = readString(object, "authors", scope, true);
    citation.year = *readInt(object, "year", scope, true, 1900, 2100);
    citation.title = readString(object, "title", scope, true);
    citation.journal = readString(object, "journal", scope, false);
    citation.url = readString(object, "url", scope, true);
    if (citation.url.rfind("https://", 0) != 0 && citation.url.rfind("http://", 0) != 0) {
        scope.field("url").fail("is " + inQuotes(citation.url) +
                                ", which is not a web address (http…)");
    }
    if (findField(object, "seeAlso") != nullptr) {
        const json& seeAlso = requireObject(object, "seeAlso", scope);
        const JsonScope inSeeAlso = scope.field("seeAlso");
        rejectUnknownKeys(seeAlso, {"text", "url"}, inSeeAlso);
        citation.seeAlsoText = readText(seeAlso, "text", inSeeAlso);
        citation.seeAlsoUrl = readString(seeAlso, "url", inSeeAlso, true);
    }
    return citation;
}

RiskValue readValue(const json& entry, const JsonScope& scope, const std::vector<AgeBand>& bands) {
    expectObject(entry, scope);
    rejectUnknownKeys(entry, {"ages", "percent", "qualifier", "n", "sourceLocation"}, scope);
    RiskValue value;
    value.ages = readAges(entry, scope, &value.agesLabel);
    if (!alignsWithBands(value.ages, bands)) {
        scope.field("ages").fail(describe(value.ages) +
                                 " does not start and end where the chart's age groups do");
    }
    const json& percent = requireField(entry, "percent", scope);
    if (!percent.is_number()) {
        scope.field("percent").fail("must be a number");
    }
    value.percent = percent.get<double>();
    if (!std::isfinite(value.percent) || value.percent < 0 || value.percent > 100) {
        scope.field("percent").fail("must be from 0 to 100, not " + formatPercent(value.percent));
    }
    value.qualifier = findField(entry, "qualifier") == nullptr
                          ? Qualifier::Exact
                          : readChoice(entry, "qualifier", scope, kQualifiers);
    value.n = readInt(entry, "n", scope, false, 1, 100'000'000);
    value.sourceLocation = readString(entry, "sourceLocation", scope, false);
    return value;
}

RiskSeries readSeries(const json& item, const std::vector<AgeBand>& bands, const JsonScope& scope) {
    expectObject(item, scope);
    rejectUnknownKeys(
        item,
        {"id", "name", "citation", "surveyYears", "n", "population", "cutOff", "measure", "values"},
        scope);
    RiskSeries series;
    series.id = readId(item, "id", scope);
    series.name = readText(item, "name", scope);
    series.citation = readCitation(item, scope);
    series.surveyYears = readString(item, "surveyYears", scope, false);
    series.n = readInt(item, "n", scope, false, 1, 100'000'000);
    series.population = readText(item, "population", scope);
    series.cutOff = readText(item, "cutOff", scope);
    series.measure = readChoice(item, "measure", scope, kMeasures);

    const json& values = requireList(item, "values", scope);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const JsonScope valueScope{scope.place, "values[" + std::to_string(i) + "]"};
        RiskValue value = readValue(values[i], valueScope, bands);
        for (const RiskValue& earlier : series.values) {
            if (earlier.ages.overlaps(value.ages)) {
                valueScope.field("ages").fail(describe(value.ages) +
                                              " overlaps an earlier value's ages (" +
                                              describe(earlier.ages) + ")");
            }
        }
        series.values.push_back(std::move(value));
    }
    return series;
}

// The series named by its id when it has one, else by its position (1-based).
std::string seriesPlace(const json& item, std::size_t index) {
    if (item.is_object()) {
        if (const json* id = findField(item, "id");
            id != nullptr && id->is_string() && !id->get_ref<const std::string&>().empty()) {
            return "series " + inQuotes(id->get<std::string>());
        }
    }
    return "series " + std::to_string(index + 1);
}

// "version", "reviewed", "bands" and "notes"; "series" is read one by one after.
void readTableHead(const json& root, RiskTable& table) {
    rejectUnknownKeys(root, {"version", "reviewed", "bands", "series", "notes"}, {});
    const int version = *readInt(root, "version", {}, true, 0, 1000);
    if (version != kFormatVersion) {
        JsonScope{}.field("version").fail("is " + std::to_string(version) +
                                          "; this program reads " + std::to_string(kFormatVersion));
    }
    table.reviewed = readDate(root, "reviewed", {});
    table.bands = readBands(root);
    if (const json* notes = findField(root, "notes"); notes != nullptr) {
        if (!notes->is_array()) {
            JsonScope{}.field("notes").fail("must be a list");
        }
        for (std::size_t i = 0; i < notes->size(); ++i) {
            table.notes.push_back(
                readTextValue((*notes)[i], JsonScope{{}, "notes[" + std::to_string(i) + "]"}));
        }
    }
    requireList(root, "series", {});
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

std::optional<BandSpan> RiskTable::bandsCovered(const AgeRange& ages) const {
    std::optional<BandSpan> span;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (!ages.contains(bands[i].ages)) {
            continue;
        }
        if (!span) {
            span = BandSpan{i, i};
        }
        span->last = i;
    }
    return span;
}

Result<RiskTable> parseRiskTable(std::string_view text, std::string_view fileName) {
    const std::string file(fileName);
    auto parsed = parseJsonDocument(text, fileName);
    if (!parsed) {
        return parsed.error();
    }
    const json root = std::move(parsed).value();
    if (!root.is_object()) {
        return Error{file, 0, R"(must hold a JSON object with "bands" and "series")"};
    }

    RiskTable table;
    try {
        readTableHead(root, table);
    } catch (const JsonFieldError& invalid) {
        return Error{file, 0, invalid.toString()};
    } catch (const nlohmann::json::exception& e) {
        return Error{file, 0, e.what()};
    }

    std::set<std::string, std::less<>> seriesIds;
    const json& list = root.at("series");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = seriesPlace(list[i], i);
        try {
            RiskSeries series = readSeries(list[i], table.bands, where);
            if (!seriesIds.insert(series.id).second) {
                JsonScope{where}.field("id").fail("is used by an earlier series");
            }
            table.series.push_back(std::move(series));
        } catch (const JsonFieldError& invalid) {
            return Error{file, 0, invalid.toString()};
        } catch (const nlohmann::json::exception& e) {
            return Error{file, 0, where + ": " + e.what()};
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
