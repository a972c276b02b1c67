// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The risk-by-age data: the shipped file against the reference figures, every kind of bad
// file, and the link from the questionnaire's age answer to a chart band.
#include "core/risk/riskdata.h"
#include "tests/support/contentfiles.h"
#include "tests/support/questionnairefile.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <set>

using namespace b12::core;
using nlohmann::json;

namespace {

const RiskTable& shipped() {
    static const RiskTable table = [] {
        const std::string bytes = b12::testing::readFile(std::filesystem::path(B12_SOURCE_DIR) /
                                                         "resources/data/risk-by-age.json");
        auto parsed = parseRiskTable(bytes, "data/risk-by-age.json");
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return RiskTable{};
        }
        return parsed.value();
    }();
    return table;
}

const RiskSeries* seriesWithId(const RiskTable& table, std::string_view id) {
    for (const RiskSeries& series : table.series) {
        if (series.id == id) {
            return &series;
        }
    }
    return nullptr;
}

// One figure as its published source gives it (the sources section lists them).
struct Expected {
    std::string firstBand;
    std::string lastBand;
    double percent;
    Qualifier qualifier;
};

} // namespace

TEST(RiskData, ShippedFileLoadsWithTheQuestionnairesAgeBands) {
    const RiskTable& table = shipped();
    std::vector<std::string> ids;
    for (const AgeBand& band : table.bands) {
        ids.push_back(band.id);
        EXPECT_FALSE(band.label.get("en").empty()) << band.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"18-50", "51-59", "60-64", "65-74", "75-plus"}));
    EXPECT_EQ(table.series.size(), 6U);
}

TEST(RiskData, ShippedValuesMatchTheReferenceFigures) {
    using Q = Qualifier;
    // Each figure once, for the age range its source reported it for (its first and last
    // chart band), as /work/shared/references.md and the papers give them.
    const std::vector<std::pair<std::string, std::vector<Expected>>> expected{
        {"evatt-2009", {{"18-50", "18-50", 2.6, Q::Exact}, {"51-59", "75-plus", 4.4, Q::Exact}}},
        {"qi-2014-deficient", {{"51-59", "75-plus", 3.9, Q::Exact}}},
        {"qi-2014-marginal", {{"51-59", "75-plus", 20.7, Q::Exact}}},
        {"clarke-2004", {{"65-74", "65-74", 5, Q::About}, {"75-plus", "75-plus", 10, Q::OrMore}}},
        {"allen-2009-deficient", {{"60-64", "75-plus", 6, Q::About}}},
        {"allen-2009-marginal", {{"60-64", "75-plus", 20, Q::About}}},
    };
    const RiskTable& table = shipped();
    ASSERT_EQ(table.series.size(), expected.size());
    for (const auto& entry : expected) {
        const std::string& id = entry.first;
        const RiskSeries* series = seriesWithId(table, id);
        ASSERT_NE(series, nullptr) << id;
        ASSERT_EQ(series->values.size(), entry.second.size()) << id;
        for (std::size_t i = 0; i < entry.second.size(); ++i) {
            const Expected& e = entry.second[i];
            const RiskValue& value = series->values[i];
            const std::optional<BandSpan> span = table.bandsCovered(value.ages);
            ASSERT_TRUE(span) << id << " value " << i;
            EXPECT_EQ(table.bands[span->first].id, e.firstBand) << id << " value " << i;
            EXPECT_EQ(table.bands[span->last].id, e.lastBand) << id << " value " << i;
            EXPECT_DOUBLE_EQ(value.percent, e.percent) << id << " value " << i;
            EXPECT_EQ(value.qualifier, e.qualifier) << id << " value " << i;
        }
    }
}

TEST(RiskData, AWideRangeFigureIsOneSpanNotOneFigurePerBand) {
    const RiskTable& table = shipped();
    const RiskSeries* qi = seriesWithId(table, "qi-2014-deficient");
    ASSERT_NE(qi, nullptr);
    ASSERT_EQ(qi->values.size(), 1U);
    EXPECT_EQ(qi->values[0].agesLabel.get("en"), "over 50");
    EXPECT_EQ(table.bandsCovered(qi->values[0].ages), (BandSpan{1, 4}));
    EXPECT_EQ(table.bandsCovered(qi->values[0].ages)->count(), 4U);
    // No source reported Qi's figure for 18–50: no band there is covered.
    EXPECT_FALSE(table.bandsCovered(qi->values[0].ages)->contains(0));
    EXPECT_EQ(qi->valueFor(table.bands[0]), nullptr);
    const RiskSeries* allen = seriesWithId(table, "allen-2009-deficient");
    ASSERT_NE(allen, nullptr);
    EXPECT_EQ(allen->values[0].agesLabel.get("en"), "60 and over");
    EXPECT_EQ(table.bandsCovered(allen->values[0].ages), (BandSpan{2, 4}));
    // A range that covers no band wholly (part of one) spans nothing.
    EXPECT_FALSE(table.bandsCovered(AgeRange{10, 17}));
    EXPECT_FALSE(table.bandsCovered(AgeRange{52, 58}));
}

TEST(RiskData, EveryLegendNameSaysWhatItsFigureCounts) {
    // Qi's figures are of people without anaemia; without the words, 3.9% next to Evatt's
    // 4.4% reads as a fall over time.
    for (const char* id : {"qi-2014-deficient", "qi-2014-marginal"}) {
        const RiskSeries* qi = seriesWithId(shipped(), id);
        ASSERT_NE(qi, nullptr) << id;
        EXPECT_NE(qi->name.get("en").find("without anaemia"), std::string::npos) << id;
        EXPECT_NE(qi->name.get("de").find("ohne Blutarmut"), std::string::npos) << id;
    }
    for (const RiskSeries& series : shipped().series) {
        const bool marginal = series.measure == Measure::Marginal;
        EXPECT_EQ(series.name.get("en").find("marginal") != std::string::npos, marginal)
            << series.id;
    }
}

TEST(RiskData, EachSeriesHasOneCutOffAndItsSource) {
    const std::vector<std::tuple<std::string, std::string, int, Measure>> expected{
        {"evatt-2009", "below 148 pmol/L", 2009, Measure::Deficient},
        {"qi-2014-deficient", "below 148 pmol/L", 2014, Measure::Deficient},
        {"qi-2014-marginal", "148 to 258 pmol/L", 2014, Measure::Marginal},
        {"clarke-2004", "below 150 pmol/L", 2004, Measure::Deficient},
        {"allen-2009-deficient", "below 148 pmol/L", 2009, Measure::Deficient},
        {"allen-2009-marginal", "148 to 221 pmol/L", 2009, Measure::Marginal},
    };
    for (const auto& [id, cutOff, year, measure] : expected) {
        const RiskSeries* series = seriesWithId(shipped(), id);
        ASSERT_NE(series, nullptr) << id;
        EXPECT_NE(series->cutOff.get("en").find(cutOff), std::string::npos) << id;
        EXPECT_EQ(series->citation.year, year) << id;
        EXPECT_EQ(series->measure, measure) << id;
        EXPECT_EQ(series->citation.url.rfind("https://", 0), 0U) << id;
        EXPECT_FALSE(series->citation.authors.empty()) << id;
        EXPECT_NE(series->name.get("en").find(std::to_string(year)), std::string::npos)
            << id << ": the legend must name the source";
    }
    const RiskSeries* evatt = seriesWithId(shipped(), "evatt-2009");
    ASSERT_NE(evatt, nullptr);
    EXPECT_EQ(evatt->citation.url, "https://pmc.ncbi.nlm.nih.gov/articles/PMC3066843/");
    EXPECT_EQ(evatt->values.at(0).n, 4944);
    EXPECT_EQ(evatt->values.at(1).n, 3450);
    EXPECT_EQ(seriesWithId(shipped(), "clarke-2004")->n, 3511);
}

TEST(RiskData, ArticlesUnsourcedFiguresAreANoteNotData) {
    for (const RiskSeries& series : shipped().series) {
        for (const RiskValue& value : series.values) {
            EXPECT_NE(value.percent, 30.0) << series.id;
        }
    }
    ASSERT_EQ(shipped().notes.size(), 1U);
    const std::string& note = shipped().notes[0].get("en");
    EXPECT_NE(note.find("10%"), std::string::npos);
    EXPECT_NE(note.find("30%"), std::string::npos);
    EXPECT_NE(note.find("no published source"), std::string::npos);
}

TEST(RiskData, TextFallsBackToEnglish) {
    LocalizedText text;
    text.byLanguage = {{"en", "over 50"}, {"de", "über 50"}, {"fr", ""}};
    EXPECT_EQ(text.get("de"), "über 50");
    EXPECT_EQ(text.get("fr"), "over 50");
    EXPECT_EQ(text.get("it"), "over 50");
}

// ---- bad files -------------------------------------------------------------------------

namespace {

json validDocument() {
    return json::parse(R"({
      "version": 1,
      "reviewed": "2026-11-30",
      "bands": [
        {"id": "18-50", "ages": {"from": 18, "to": 50}, "label": {"en": "18–50"}},
        {"id": "51-59", "ages": {"from": 51, "to": 59}, "label": {"en": "51–59"}},
        {"id": "60-plus", "ages": {"from": 60}, "label": {"en": "60 and over"}}
      ],
      "series": [
        {
          "id": "first",
          "name": {"en": "First 2001"},
          "citation": {"authors": "A B", "year": 2001, "title": "T", "url": "https://example.org/1"},
          "population": {"en": "adults"},
          "cutOff": {"en": "below 148 pmol/L"},
          "measure": "deficient",
          "values": [{"ages": {"from": 18, "to": 50}, "percent": 2.5}]
        },
        {
          "id": "second",
          "name": {"en": "Second 2002"},
          "citation": {"authors": "C D", "year": 2002, "title": "U", "url": "https://example.org/2"},
          "population": {"en": "adults over 50"},
          "cutOff": {"en": "below 150 pmol/L"},
          "measure": "deficient",
          "values": [
            {"ages": {"from": 51, "to": 59}, "percent": 4},
            {"ages": {"from": 60}, "percent": 10, "qualifier": "or-more"}
          ]
        }
      ]
    })");
}

struct BadFile {
    std::string name;
    std::function<void(json&)> damage;
    std::string names; ///< The series or band the message must name.
    std::string field; ///< The field the message must name.
};

void PrintTo(const BadFile& bad, std::ostream* out) {
    *out << bad.name;
}

json& second(json& doc) {
    return doc["series"][1];
}

class RiskDataBadFile : public ::testing::TestWithParam<BadFile> {};

} // namespace

TEST(RiskData, SmallValidDocumentLoads) {
    auto parsed = parseRiskTable(validDocument().dump(), "risk.json");
    ASSERT_TRUE(parsed) << parsed.error().toString();
    const RiskTable& table = parsed.value();
    ASSERT_EQ(table.bands.size(), 3U);
    EXPECT_FALSE(table.bands[2].ages.to.has_value());
    ASSERT_EQ(table.series.size(), 2U);
    EXPECT_EQ(table.series[0].valueFor(table.bands[1]), nullptr);
    ASSERT_NE(table.series[1].valueFor(table.bands[2]), nullptr);
    EXPECT_EQ(table.series[1].valueFor(table.bands[2])->qualifier, Qualifier::OrMore);
}

TEST_P(RiskDataBadFile, IsRejectedNamingSeriesAndField) {
    json doc = validDocument();
    GetParam().damage(doc);
    auto parsed = parseRiskTable(doc.dump(2), "data/risk.json");
    ASSERT_FALSE(parsed) << GetParam().name << " was accepted";
    const Error& error = parsed.error();
    EXPECT_EQ(error.file, "data/risk.json");
    EXPECT_NE(error.message.find(GetParam().names), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("\"" + GetParam().field + "\""), std::string::npos)
        << error.message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, RiskDataBadFile,
    ::testing::Values(
        BadFile{"PercentAbove100", [](json& d) { second(d)["values"][0]["percent"] = 140; },
                "series \"second\"", "values[0].percent"},
        BadFile{"PercentBelow0", [](json& d) { d["series"][0]["values"][0]["percent"] = -1; },
                "series \"first\"", "values[0].percent"},
        BadFile{"PercentAsText", [](json& d) { second(d)["values"][1]["percent"] = "10%"; },
                "series \"second\"", "values[1].percent"},
        BadFile{"PercentMissing", [](json& d) { second(d)["values"][1].erase("percent"); },
                "series \"second\"", "values[1].percent"},
        BadFile{"NoCitation", [](json& d) { second(d).erase("citation"); }, "series \"second\"",
                "citation"},
        BadFile{"NoAuthors", [](json& d) { second(d)["citation"].erase("authors"); },
                "series \"second\"", "citation.authors"},
        BadFile{"EmptyAuthors", [](json& d) { second(d)["citation"]["authors"] = " "; },
                "series \"second\"", "citation.authors"},
        BadFile{"NoYear", [](json& d) { second(d)["citation"].erase("year"); }, "series \"second\"",
                "citation.year"},
        BadFile{"YearAsText", [](json& d) { second(d)["citation"]["year"] = "2002"; },
                "series \"second\"", "citation.year"},
        BadFile{"NoUrl", [](json& d) { second(d)["citation"].erase("url"); }, "series \"second\"",
                "citation.url"},
        BadFile{"UrlNotAWebAddress",
                [](json& d) { second(d)["citation"]["url"] = "see the library"; },
                "series \"second\"", "citation.url"},
        BadFile{"NoTitle", [](json& d) { second(d)["citation"].erase("title"); },
                "series \"second\"", "citation.title"},
        BadFile{"NoCutOff", [](json& d) { second(d).erase("cutOff"); }, "series \"second\"",
                "cutOff"},
        BadFile{"CutOffWithoutEnglish",
                [](json& d) {
                    second(d)["cutOff"] = {{"de", "x"}};
                },
                R"(series "second": field "cutOff" has no English ("en") text)", "cutOff"},
        BadFile{"CutOffAsPlainText", [](json& d) { second(d)["cutOff"] = "below 150"; },
                "series \"second\"", "cutOff"},
        BadFile{"NoPopulation", [](json& d) { d["series"][0].erase("population"); },
                "series \"first\"", "population"},
        BadFile{"NoName", [](json& d) { d["series"][0].erase("name"); }, "series \"first\"",
                "name"},
        BadFile{"UnknownMeasure", [](json& d) { second(d)["measure"] = "low"; },
                "series \"second\"", "measure"},
        BadFile{"UnknownQualifier", [](json& d) { second(d)["values"][1]["qualifier"] = "~"; },
                "series \"second\"", "values[1].qualifier"},
        BadFile{"NoValues", [](json& d) { second(d)["values"] = json::array(); },
                "series \"second\"", "values"},
        BadFile{"AgesAcrossBandEdges",
                [](json& d) {
                    second(d)["values"][0]["ages"] = {{"from", 40}, {"to", 59}};
                },
                "series \"second\"", "values[0].ages"},
        BadFile{"OverlappingValues",
                [](json& d) {
                    second(d)["values"][1]["ages"] = {{"from", 51}};
                },
                "series \"second\"", "values[1].ages"},
        BadFile{"AgesToBelowFrom",
                [](json& d) {
                    second(d)["values"][0]["ages"] = {{"from", 59}, {"to", 51}};
                },
                "series \"second\"", "values[0].ages.to"},
        BadFile{"NegativeN", [](json& d) { second(d)["values"][0]["n"] = -5; }, "series \"second\"",
                "values[0].n"},
        BadFile{"MisspeltField",
                [](json& d) {
                    second(d)["cutoff"] = second(d)["cutOff"];
                    second(d).erase("cutOff");
                },
                "series \"second\"", "cutoff"},
        BadFile{"DuplicateSeriesId", [](json& d) { second(d)["id"] = "first"; }, "series \"first\"",
                "id"},
        BadFile{"SeriesWithoutIdNamedByPosition", [](json& d) { second(d).erase("id"); },
                "series 2", "id"},
        BadFile{"BandsOutOfOrder", [](json& d) { std::swap(d["bands"][0], d["bands"][1]); },
                "\"18-50\"", "bands[1] (\"18-50\").ages.from"},
        BadFile{"BandsOverlap", [](json& d) { d["bands"][1]["ages"]["from"] = 50; }, "\"51-59\"",
                "bands[1] (\"51-59\").ages.from"},
        BadFile{"OpenBandNotLast", [](json& d) { d["bands"][1]["ages"].erase("to"); },
                "\"60-plus\"", "bands[2] (\"60-plus\").ages"},
        BadFile{"DuplicateBandId", [](json& d) { d["bands"][2]["id"] = "18-50"; }, "\"18-50\"",
                "bands[2] (\"18-50\").id"},
        BadFile{"BandWithoutLabel", [](json& d) { d["bands"][0].erase("label"); }, "\"18-50\"",
                "bands[0] (\"18-50\").label"},
        BadFile{"NoBands", [](json& d) { d.erase("bands"); }, "", "bands"},
        BadFile{"NoSeries", [](json& d) { d["series"] = json::array(); }, "", "series"},
        BadFile{"WrongVersion", [](json& d) { d["version"] = 2; }, "", "version"},
        BadFile{"NoReviewDate", [](json& d) { d.erase("reviewed"); }, "", "reviewed"},
        BadFile{"ImpossibleReviewDate", [](json& d) { d["reviewed"] = "2026-02-30"; }, "",
                "reviewed"},
        BadFile{"NoteWithoutEnglish",
                [](json& d) {
                    d["notes"] = json::array({json{{"de", "Hinweis"}}});
                },
                R"(field "notes[0]" has no English ("en") text)", "notes[0]"}),
    [](const ::testing::TestParamInfo<BadFile>& info) { return info.param.name; });

TEST(RiskData, BrokenJsonNamesTheLine) {
    const std::string text = "{\n  \"version\": 1,\n  \"bands\": [\n    {\"id\": \"18-50\",,}\n]}";
    auto parsed = parseRiskTable(text, "risk.json");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().file, "risk.json");
    EXPECT_EQ(parsed.error().line, 4);
    EXPECT_NE(parsed.error().message.find("not valid JSON"), std::string::npos);
}

TEST(RiskData, EmptyOrNonObjectFilesAreRejected) {
    for (const std::string text : {"", "[]", "42", "\"risk\"", "1e999", "{\"version\": 1e999}"}) {
        auto parsed = parseRiskTable(text, "risk.json");
        ASSERT_FALSE(parsed) << text;
        EXPECT_FALSE(parsed.error().message.empty());
    }
}

// ---- age answer to band ------------------------------------------------------------------

TEST(RiskData, EveryAgeAnswerMapsToItsBand) {
    const std::vector<std::pair<std::string, std::optional<std::string>>> expected{
        {"under-18", std::nullopt}, {"18-50", "18-50"}, {"51-59", "51-59"},
        {"60-64", "60-64"},         {"65-74", "65-74"}, {"75-plus", "75-plus"},
    };
    ASSERT_EQ(std::size(kAgeAnswerOptions), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(kAgeAnswerOptions[i], expected[i].first);
        const auto band = chartBandForAgeAnswer(expected[i].first);
        EXPECT_EQ(band.has_value(), expected[i].second.has_value()) << expected[i].first;
        if (band && expected[i].second) {
            EXPECT_EQ(*band, *expected[i].second);
        }
    }
    EXPECT_FALSE(chartBandForAgeAnswer(""));
    EXPECT_FALSE(chartBandForAgeAnswer("65"));
    EXPECT_FALSE(chartBandForAgeAnswer("75+"));
}

TEST(RiskData, EveryMappedBandIsInTheShippedChart) {
    std::set<std::string> mapped;
    for (std::string_view option : kAgeAnswerOptions) {
        if (const auto band = chartBandForAgeAnswer(option)) {
            mapped.emplace(*band);
            EXPECT_TRUE(shipped().bandIndex(*band)) << option << " maps to a band the chart lacks";
        }
    }
    EXPECT_EQ(mapped.size(), shipped().bands.size()) << "a chart band no answer can reach";
}

TEST(RiskData, TheQuestionnairesAgeOptionsAreTheOnesMapped) {
    const Question* age = b12::testing::shippedQuestionnaire().find(kAgeQuestionId);
    ASSERT_NE(age, nullptr) << "the questionnaire has no age question";
    std::vector<std::string_view> offered;
    for (const Option& option : age->options) {
        offered.push_back(option.id);
    }
    EXPECT_EQ(offered, std::vector<std::string_view>(std::begin(kAgeAnswerOptions),
                                                     std::end(kAgeAnswerOptions)));
}
