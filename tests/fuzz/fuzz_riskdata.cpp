// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The chart's data (resources/data/risk-by-age.json): parseRiskTable, then the promises a
// table that parsed keeps to the chart: every band is found by its id, and every figure a
// series gives for a band is a percentage (0 to 100).
//
// Input format: the bytes of a risk data file. The seed corpus holds the shipped file.
#include "core/risk/riskdata.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace b12::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto parsed = parseRiskTable(input, "risk-by-age.json");
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    const RiskTable& table = parsed.value();
    for (std::size_t i = 0; i < table.bands.size(); ++i) {
        if (table.bandIndex(table.bands[i].id) != i) {
            std::abort();
        }
        for (const RiskSeries& series : table.series) {
            const RiskValue* value = series.valueFor(table.bands[i]);
            if (value != nullptr && !(value->percent >= 0 && value->percent <= 100)) {
                std::abort();
            }
        }
    }
    return 0;
}
