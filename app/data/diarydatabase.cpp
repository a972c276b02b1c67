// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/diarydatabase.h"

#include "app/data/diarystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace b12::app {

namespace {

// The schema of version 1. Each table is made whole when it is missing; a column missing
// from an older file is added with its default (ALTER TABLE … ADD COLUMN), so that an
// older layout is brought up to date without losing a row. A later version that changes
// what a column means adds a step of its own to migrate().
struct Column {
    const char* name;
    const char* definition;
};

struct Table {
    const char* name;
    const char* create;
    std::vector<Column> columns;
};

const std::vector<Table>& schema() {
    static const std::vector<Table> tables{
        {"entries",
         "CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
         "pain INTEGER, form TEXT, dose TEXT NOT NULL DEFAULT '', test TEXT, value REAL, "
         "unit TEXT NOT NULL DEFAULT '', reference_range TEXT NOT NULL DEFAULT '', "
         "note TEXT NOT NULL DEFAULT '')",
         {{"pain", "INTEGER"},
          {"form", "TEXT"},
          {"dose", "TEXT NOT NULL DEFAULT ''"},
          {"test", "TEXT"},
          {"value", "REAL"},
          {"unit", "TEXT NOT NULL DEFAULT ''"},
          {"reference_range", "TEXT NOT NULL DEFAULT ''"},
          {"note", "TEXT NOT NULL DEFAULT ''"}}},
        {"symptom_ratings",
         "CREATE TABLE symptom_ratings (entry_id INTEGER NOT NULL REFERENCES entries(id) "
         "ON DELETE CASCADE, symptom TEXT NOT NULL, rating INTEGER NOT NULL, "
         "PRIMARY KEY (entry_id, symptom)) WITHOUT ROWID",
         {}},
    };
    return tables;
}

constexpr const char* kIndex = "CREATE INDEX IF NOT EXISTS entries_by_time ON entries (at, id)";

template <typename Names> QString nameOf(const Names& names, auto value) {
    for (const auto& [known, name] : names) {
        if (known == value) {
            return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        }
    }
    return {};
}

template <typename Names, typename Value>
bool valueOf(const Names& names, const QString& name, Value* value) {
    const auto found = std::find_if(names.begin(), names.end(), [&](const auto& known) {
        return name ==
               QLatin1String(known.second.data(), static_cast<qsizetype>(known.second.size()));
    });
    if (found == names.end()) {
        return false;
    }
    *value = found->first;
    return true;
}

QVariant textOrNull(const QString& text) {
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

// SQLite's result codes that mean the file itself is not a sound database.
constexpr std::array<std::string_view, 3> kDamagedCodes{"11", "26", "1"}; // CORRUPT, NOTADB, ERROR

bool isDamage(const QSqlError& error) {
    const QString code = error.nativeErrorCode();
    return std::any_of(kDamagedCodes.begin(), kDamagedCodes.end(),
                       [&](std::string_view damaged) { return code == QLatin1String(damaged); });
}

QString sqlReason(const QSqlError& error) {
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

// Runs `sql`; false with the reason and whether it means damage.
bool run(QSqlQuery& query, const QString& sql, QString* reason, bool* damaged) {
    if (query.exec(sql)) {
        return true;
    }
    *reason = sqlReason(query.lastError());
    if (damaged != nullptr) {
        *damaged = isDamage(query.lastError());
    }
    return false;
}

QString bringUpToDate(QSqlDatabase& db, bool* damaged) {
    *damaged = false;
    QSqlQuery query(db);
    QString reason;
    if (!run(query, QStringLiteral("PRAGMA integrity_check"), &reason, damaged)) {
        return reason;
    }
    QStringList problems;
    while (query.next()) {
        problems << query.value(0).toString();
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        *damaged = true;
        return QCoreApplication::translate("b12::app::DiaryStore", "the database is damaged (%1)")
            .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
    }
    if (!run(query, QStringLiteral("PRAGMA user_version"), &reason, damaged) || !query.next()) {
        return reason;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > DiaryStore::kSchemaVersion) {
        return QCoreApplication::translate(
                   "b12::app::DiaryStore",
                   "it was saved by a newer version of B12 Guide (diary version %1; this version "
                   "reads up to %2)")
            .arg(version)
            .arg(DiaryStore::kSchemaVersion);
    }
    if (version == DiaryStore::kSchemaVersion) {
        return {};
    }
    // Older (0 is a new, empty file): brought up to date in one transaction.
    if (!db.transaction()) {
        return sqlReason(db.lastError());
    }
    bool migrated = true;
    for (const Table& table : schema()) {
        if (!migrated) {
            break;
        }
        QSqlQuery columns(db);
        migrated =
            run(columns, QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table.name)),
                &reason, damaged);
        QStringList existing;
        while (migrated && columns.next()) {
            existing << columns.value(1).toString();
        }
        columns.finish();
        if (migrated && existing.isEmpty()) {
            migrated = run(columns, QLatin1String(table.create), &reason, damaged);
        }
        for (const Column& column : table.columns) {
            if (migrated && !existing.isEmpty() && !existing.contains(QLatin1String(column.name))) {
                migrated = run(columns,
                               QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                   .arg(QLatin1String(table.name), QLatin1String(column.name),
                                        QLatin1String(column.definition)),
                               &reason, damaged);
            }
        }
    }
    migrated =
        migrated && run(query, QLatin1String(kIndex), &reason, damaged) &&
        run(query, QStringLiteral("PRAGMA user_version = %1").arg(DiaryStore::kSchemaVersion),
            &reason, damaged);
    if (migrated && db.commit()) {
        return {};
    }
    if (migrated) {
        reason = sqlReason(db.lastError());
    }
    db.rollback();
    return reason.isEmpty()
               ? QCoreApplication::translate("b12::app::DiaryStore",
                                             "its schema could not be brought up to date")
               : reason;
}

void bindEntry(QSqlQuery& query, const core::DiaryEntry& entry) {
    const QVariant noInt(QMetaType::fromType<int>());
    QVariant pain = noInt;
    QString form;
    QString dose = QStringLiteral("");
    QString test;
    QVariant value(QMetaType::fromType<double>());
    QString unit = QStringLiteral("");
    QString range = QStringLiteral("");
    if (const core::SymptomCheck* check = entry.symptomCheck()) {
        if (check->pain) {
            pain = *check->pain;
        }
    } else if (const core::Treatment* treatment = entry.treatment()) {
        form = nameOf(core::kTreatmentForms, treatment->form);
        dose = QString::fromStdString(treatment->dose);
    } else if (const core::BloodTestResult* blood = entry.bloodTest()) {
        test = nameOf(core::kBloodTests, blood->test);
        value = blood->value;
        unit = QString::fromStdString(blood->unit);
        range = QString::fromStdString(blood->referenceRange);
    }
    query.addBindValue(QString::fromStdString(core::formatLocalDateTime(entry.at)));
    query.addBindValue(nameOf(core::kEntryKinds, entry.kind()));
    query.addBindValue(pain);
    query.addBindValue(textOrNull(form));
    query.addBindValue(dose);
    query.addBindValue(textOrNull(test));
    query.addBindValue(value);
    query.addBindValue(unit);
    query.addBindValue(range);
    query.addBindValue(QString::fromStdString(entry.note));
}

bool readRow(const QSqlQuery& row, core::DiaryEntry* entry) {
    entry->id = row.value(0).toLongLong();
    const auto at = core::parseLocalDateTime(row.value(1).toString().toStdString());
    core::EntryKind kind{};
    if (!at || !valueOf(core::kEntryKinds, row.value(2).toString(), &kind)) {
        return false;
    }
    entry->at = *at;
    entry->note = row.value(10).toString().toStdString();
    switch (kind) {
    case core::EntryKind::Symptoms: {
        core::SymptomCheck check;
        if (!row.value(3).isNull()) {
            check.pain = row.value(3).toInt();
        }
        entry->details = std::move(check);
        return true;
    }
    case core::EntryKind::Treatment: {
        core::Treatment treatment;
        treatment.dose = row.value(5).toString().toStdString();
        const bool known = valueOf(core::kTreatmentForms, row.value(4).toString(), &treatment.form);
        entry->details = std::move(treatment);
        return known;
    }
    case core::EntryKind::BloodTest: {
        core::BloodTestResult blood;
        blood.value = row.value(7).toDouble();
        blood.unit = row.value(8).toString().toStdString();
        blood.referenceRange = row.value(9).toString().toStdString();
        const bool known = valueOf(core::kBloodTests, row.value(6).toString(), &blood.test);
        entry->details = std::move(blood);
        return known;
    }
    }
    return false;
}

bool insertRatings(QSqlQuery& rate, std::int64_t id, const core::DiaryEntry& entry,
                   QString* reason) {
    const core::SymptomCheck* check = entry.symptomCheck();
    if (check == nullptr) {
        return true;
    }
    for (const auto& rating : check->symptoms) {
        rate.addBindValue(QVariant::fromValue<qint64>(id));
        rate.addBindValue(QString::fromStdString(rating.first));
        rate.addBindValue(rating.second);
        if (!rate.exec()) {
            *reason = sqlReason(rate.lastError());
            return false;
        }
    }
    return true;
}

std::optional<std::int64_t> insertEntry(QSqlQuery& insert, QSqlQuery& rate,
                                        const core::DiaryEntry& entry, QString* reason) {
    bindEntry(insert, entry);
    if (!insert.exec()) {
        *reason = sqlReason(insert.lastError());
        return std::nullopt;
    }
    const std::int64_t id = insert.lastInsertId().toLongLong();
    if (!insertRatings(rate, id, entry, reason)) {
        return std::nullopt;
    }
    return id;
}

QString insertSql() {
    return QStringLiteral("INSERT INTO entries (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(QLatin1String(kEntryColumns));
}

QString rateSql() {
    return QStringLiteral(
        "INSERT INTO symptom_ratings (entry_id, symptom, rating) VALUES (?, ?, ?)");
}

} // namespace b12::app
