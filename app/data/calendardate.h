// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"

#include <QDate>
#include <QDateTime>

#include <chrono>

// Dates between core (std::chrono, the diary's LocalDateTime) and Qt.

namespace b12::app {

[[nodiscard]] std::chrono::year_month_day toYearMonthDay(const QDate& date);
[[nodiscard]] QDate toQDate(std::chrono::year_month_day day);
/// Today on this computer's calendar.
[[nodiscard]] std::chrono::year_month_day today();

/// The diary's local date and time as Qt's (no time zone: local time), and back, to the
/// minute.
[[nodiscard]] QDateTime toQDateTime(const core::LocalDateTime& at);
[[nodiscard]] core::LocalDateTime fromQDateTime(const QDateTime& at);

} // namespace b12::app
