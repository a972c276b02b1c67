// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/base/localizedtext.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b12::core {

/// An inclusive range of ages in whole years; `to` is empty for "and over".
struct AgeRange {
    int from = 0;
    std::optional<int> to;

    /// True when every age of `inner` lies within this range.
    [[nodiscard]] bool contains(const AgeRange& inner) const;
    [[nodiscard]] bool overlaps(const AgeRange& other) const;
};

/// One age group of the chart's x axis. Its id is the questionnaire's answer id.
struct AgeBand {
    std::string id;
    AgeRange ages;
    LocalizedText label;
};

struct Citation {
    std::string authors;
    int year = 0;
    std::string title;
    std::string journal; ///< Empty for sources that are not journal articles.
    std::string url;
    LocalizedText seeAlsoText; ///< Optional: another place that reports the same figures.
    std::string seeAlsoUrl;
};

/// How exactly the source states a figure.
enum class Qualifier {
    Exact,  ///< "4.4%"
    About,  ///< "about 6%"
    OrMore, ///< "10% or more"
};

/// What a series counts: people below the deficiency cut-off, or people in the
/// "marginal" range just above it.
enum class Measure { Deficient, Marginal };

/// One figure as the source reports it: for the age range the source used, which may be
/// wider than one chart band ("all adults over 50").
struct RiskValue {
    AgeRange ages;
    LocalizedText agesLabel; ///< The source's own wording of a wide range ("over 50"); optional.
    double percent = 0;
    Qualifier qualifier = Qualifier::Exact;
    std::optional<int> n;       ///< People measured in this age range, when known.
    std::string sourceLocation; ///< Where in the source, e.g. "Table 2"; optional.
};

/// One source, one population, one cut-off.
struct RiskSeries {
    std::string id;
    LocalizedText name; ///< Short legend text naming the source and cut-off.
    Citation citation;
    std::string surveyYears;  ///< e.g. "1991–1994"; optional.
    std::optional<int> n;     ///< People in the whole study, when known.
    LocalizedText population; ///< Who was measured.
    LocalizedText cutOff;     ///< The blood-test threshold, in words.
    Measure measure = Measure::Deficient;
    std::vector<RiskValue> values; ///< Non-overlapping age ranges.

    /// The value whose age range covers `band`, or nullptr when the source reports none.
    [[nodiscard]] const RiskValue* valueFor(const AgeBand& band) const;
};

/// The chart bands one figure covers, by index: `first` to `last`, both included. A figure a
/// source reported for a wide age range ("over 50") covers several bands and is drawn once
/// across them.
struct BandSpan {
    std::size_t first = 0;
    std::size_t last = 0;

    [[nodiscard]] std::size_t count() const { return last - first + 1; }
    [[nodiscard]] bool contains(std::size_t band) const { return band >= first && band <= last; }
    friend bool operator==(const BandSpan&, const BandSpan&) = default;
};

/// The chart's data: ordered, non-overlapping age bands and the series shown over them.
struct RiskTable {
    std::string reviewed; ///< When the figures were last checked against their papers.
    std::vector<AgeBand> bands;
    std::vector<RiskSeries> series;
    std::vector<LocalizedText> notes; ///< Shown beside the chart, never as bars.

    [[nodiscard]] std::optional<std::size_t> bandIndex(std::string_view id) const;
    /// The bands an age range covers wholly, or nothing when it covers none.
    [[nodiscard]] std::optional<BandSpan> bandsCovered(const AgeRange& ages) const;
};

/// Parses and validates the risk-by-age JSON (resources/data/risk-by-age.json). Fails when
/// the bands are not ordered or overlap, a percentage is outside 0–100, a series lacks its
/// citation (authors, year, title, url), cut-off or population, or a value's age range does
/// not line up with the bands. The error names the series (or band) and the field.
Result<RiskTable> parseRiskTable(std::string_view text, std::string_view fileName);

/// The answer ids of the questionnaire's age question (`age_band`), youngest first.
inline constexpr std::string_view kAgeQuestionId = "age_band";
inline constexpr std::string_view kAgeAnswerOptions[] = {"under-18", "18-50", "51-59",
                                                         "60-64",    "65-74", "75-plus"};

/// The chart band for an answer to the age question: the band id, or nothing for an
/// answer the chart has no band for ("under-18": the surveys are of adults) or an
/// unknown id.
std::optional<std::string_view> chartBandForAgeAnswer(std::string_view optionId);

} // namespace b12::core
