// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the diary sits in its SQLite file: the schema, bringing an older file up to date, and
// an entry to and from its rows. DiaryStore decides when; this says how.

#include "core/diary/diary.h"

#include <QString>

#include <cstdint>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace b12::app {

/// The columns of `entries` an entry is written to and read from, in order.
inline constexpr const char* kEntryColumns =
    "at, kind, pain, form, dose, test, value, unit, reference_range, note";

/// Whether an error means the file itself is not a sound database.
[[nodiscard]] bool isDamage(const QSqlError& error);
/// The database's own words for an error, else Qt's.
[[nodiscard]] QString sqlReason(const QSqlError& error);
/// Runs `sql`; false with the reason and, when asked, whether it means damage.
bool run(QSqlQuery& query, const QString& sql, QString* reason, bool* damaged = nullptr);

/// Checks the file (PRAGMA integrity_check) and brings an older schema up to date in one
/// transaction. Empty when the diary can be used; else why not, with `damaged` set when the
/// file is not sound (it is then set aside).
[[nodiscard]] QString bringUpToDate(QSqlDatabase& db, bool* damaged);

/// Binds the columns of `entry` to an INSERT or UPDATE prepared with kEntryColumns.
void bindEntry(QSqlQuery& query, const core::DiaryEntry& entry);
/// One row of `entries` (selected as id, then kEntryColumns) as an entry; false when a
/// field holds what this version never writes.
bool readRow(const QSqlQuery& row, core::DiaryEntry* entry);

/// The INSERT of an entry and of one symptom rating, to prepare.
[[nodiscard]] QString insertSql();
[[nodiscard]] QString rateSql();
/// Inserts the symptom ratings of `entry`, stored as `id`, with the prepared `rate`.
bool insertRatings(QSqlQuery& rate, std::int64_t id, const core::DiaryEntry& entry,
                   QString* reason);
/// Inserts `entry` and its ratings with the prepared queries; its new id, or nothing.
std::optional<std::int64_t> insertEntry(QSqlQuery& insert, QSqlQuery& rate,
                                        const core::DiaryEntry& entry, QString* reason);

} // namespace b12::app
