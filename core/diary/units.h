// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The units each blood test may be given in, the largest value each accepts, and the
// arithmetic between the two units of a pair. The factors come from molar masses (see
// docs/diary-format.md), not from a clinical source; nothing here judges a value.

namespace b12::core {

/// The units `test` may be given in, the usual one first. B12 in pg/mL is accepted as the
/// same as ng/L. Units are written exactly so, with the micro sign (U+00B5) in µmol/L.
[[nodiscard]] std::vector<std::string_view> unitsOf(BloodTest test);

/// The bound a value of `test` in `unit` must stay below (values must also be above 0);
/// nothing when `test` is not given in `unit`. The bounds are far beyond any real result,
/// so they only catch typing slips such as a missing decimal point.
[[nodiscard]] std::optional<double> maxValueOf(BloodTest test, std::string_view unit);

/// A value in a unit.
struct Measurement {
    double value = 0;
    std::string_view unit;
};

/// `value` in the other unit of its pair, for showing a result in both: pmol/L ↔ ng/L for
/// B12 (pg/mL counts as ng/L), µg/L or ng/mL ↔ nmol/L for folate, µmol/L ↔ nmol/L for
/// MMA, g/dL ↔ g/L for haemoglobin. Nothing for tests with one unit (homocysteine, MCV)
/// or a unit the test is not given in. Not rounded: see formatConvertedValue().
[[nodiscard]] std::optional<Measurement> inOtherUnit(BloodTest test, double value,
                                                     std::string_view unit);

/// A value as the person entered it: the shortest text that reads back as the same number
/// ("140", "0.35").
[[nodiscard]] std::string formatValue(double value);
/// A converted value rounded to 4 significant digits, without trailing zeros ("189.8",
/// "0.35", "350000").
[[nodiscard]] std::string formatConvertedValue(double value);

} // namespace b12::core
