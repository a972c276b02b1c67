// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace b12::app {

/// A problem core found (core::Error::toString(), core::checkEntry()), in the language of
/// the interface. Core words its problems in English and has no translations; the kinds a
/// person meets (a diary entry out of range, a file that is not JSON or lacks a field) are
/// translated here piece by piece, and anything else is shown as core wrote it.
[[nodiscard]] QString coreProblemText(std::string_view english);

} // namespace b12::app
