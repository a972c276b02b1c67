// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diary/units.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace b12::core {

namespace {

// Molar masses: cobalamin 1355.4 g/mol, so 1 pmol/L = 1355.4 pg/L = 1.3554 ng/L; folic acid
// 441.4 g/mol, so 1 µg/L = 1000 / 441.4 nmol/L = 2.2655 nmol/L.
constexpr double kB12NgPerPmol = 1.3554;
constexpr double kFolateNmolPerUg = 1000.0 / 441.4;

// One unit of a test: its largest value, and the other unit of its pair with the factor
// that turns a value in this unit into that one (0 when there is none).
struct UnitRow {
    BloodTest test;
    std::string_view unit;
    double max;
    std::string_view other;
    double toOther;
};

constexpr std::array<UnitRow, 15> kUnits{{
    {BloodTest::TotalB12, "pmol/L", 20000, "ng/L", kB12NgPerPmol},
    {BloodTest::TotalB12, "ng/L", 27000, "pmol/L", 1 / kB12NgPerPmol},
    {BloodTest::TotalB12, "pg/mL", 27000, "pmol/L", 1 / kB12NgPerPmol},
    {BloodTest::ActiveB12, "pmol/L", 20000, "ng/L", kB12NgPerPmol},
    {BloodTest::ActiveB12, "ng/L", 27000, "pmol/L", 1 / kB12NgPerPmol},
    {BloodTest::ActiveB12, "pg/mL", 27000, "pmol/L", 1 / kB12NgPerPmol},
    {BloodTest::Mma, "µmol/L", 1000, "nmol/L", 1000},
    {BloodTest::Mma, "nmol/L", 1000000, "µmol/L", 0.001},
    {BloodTest::Homocysteine, "µmol/L", 1000, "", 0},
    {BloodTest::Folate, "µg/L", 1000, "nmol/L", kFolateNmolPerUg},
    {BloodTest::Folate, "ng/mL", 1000, "nmol/L", kFolateNmolPerUg},
    {BloodTest::Folate, "nmol/L", 2300, "µg/L", 1 / kFolateNmolPerUg},
    {BloodTest::Haemoglobin, "g/L", 300, "g/dL", 0.1},
    {BloodTest::Haemoglobin, "g/dL", 30, "g/L", 10},
    {BloodTest::Mcv, "fL", 200, "", 0},
}};

const UnitRow* findUnit(BloodTest test, std::string_view unit) {
    for (const UnitRow& row : kUnits) {
        if (row.test == test && row.unit == unit) {
            return &row;
        }
    }
    return nullptr;
}

std::string toText(double value, std::chars_format format, int precision) {
    std::array<char, 64> buffer{};
    const auto [end, error] =
        precision < 0 ? std::to_chars(buffer.begin(), buffer.end(), value)
                      : std::to_chars(buffer.begin(), buffer.end(), value, format, precision);
    return error == std::errc() ? std::string(buffer.begin(), end) : std::string("?");
}

} // namespace

std::vector<std::string_view> unitsOf(BloodTest test) {
    std::vector<std::string_view> units;
    for (const UnitRow& row : kUnits) {
        if (row.test == test) {
            units.push_back(row.unit);
        }
    }
    return units;
}

std::optional<double> maxValueOf(BloodTest test, std::string_view unit) {
    const UnitRow* row = findUnit(test, unit);
    return row != nullptr ? std::optional<double>(row->max) : std::nullopt;
}

std::optional<Measurement> inOtherUnit(BloodTest test, double value, std::string_view unit) {
    const UnitRow* row = findUnit(test, unit);
    if (row == nullptr || row->other.empty()) {
        return std::nullopt;
    }
    return Measurement{value * row->toOther, row->other};
}

std::string formatValue(double value) {
    return toText(value, std::chars_format::general, -1);
}

std::string formatConvertedValue(double value) {
    if (value == 0 || !std::isfinite(value)) {
        return formatValue(value);
    }
    constexpr int kSignificant = 4;
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::max(0, kSignificant - 1 - magnitude);
    std::string text = toText(value, std::chars_format::fixed, decimals);
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return text;
}

} // namespace b12::core
