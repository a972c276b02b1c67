// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/calendardate.h"

#include <QRegularExpression>

namespace b12::app {

std::chrono::year_month_day toYearMonthDay(const QDate& date) {
    return std::chrono::year_month_day{std::chrono::year(date.year()),
                                       std::chrono::month(static_cast<unsigned>(date.month())),
                                       std::chrono::day(static_cast<unsigned>(date.day()))};
}

QDate toQDate(std::chrono::year_month_day day) {
    return {static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
            static_cast<int>(static_cast<unsigned>(day.day()))};
}

std::chrono::year_month_day today() {
    return toYearMonthDay(QDate::currentDate());
}

QDateTime toQDateTime(const core::LocalDateTime& at) {
    return {QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)};
}

core::LocalDateTime fromQDateTime(const QDateTime& at) {
    const QDate date = at.date();
    const QTime time = at.time();
    return {date.year(), date.month(), date.day(), time.hour(), time.minute()};
}

QString formatLongDate(const QDate& date, const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("dddd[,.]?\\s*")));
    format.remove(QRegularExpression(QStringLiteral("[,\\s]*dddd")));
    return locale.toString(date, format.trimmed());
}

QString formatReviewDate(const std::string& isoDate, const QLocale& locale) {
    const QString written = QString::fromStdString(isoDate);
    const QDate date = QDate::fromString(written, Qt::ISODate);
    return date.isValid() ? formatLongDate(date, locale) : written;
}

} // namespace b12::app
