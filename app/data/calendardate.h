// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diary.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <chrono>
#include <string>

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

/// The locale's long date without the weekday: "2 December 2026", "2. Dezember 2026",
/// "December 2, 2026".
[[nodiscard]] QString formatLongDate(const QDate& date, const QLocale& locale);
/// A review date as the content writes it (YYYY-MM-DD, checked by core's parsers) in the
/// locale's long format (formatLongDate()).
[[nodiscard]] QString formatReviewDate(const std::string& isoDate, const QLocale& locale);

} // namespace b12::app
