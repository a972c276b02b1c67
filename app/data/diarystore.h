// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/error.h"
#include "core/diary/diary.h"
#include "core/questionnaire/questionnaire.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace b12::app {

/// Owns the person's diary and keeps it in diary.sqlite, an SQLite database (Qt SQL, QSQLITE)
/// in the app data folder beside answers.json: 0600 in the 0700 folder, its schema version
/// in `PRAGMA user_version`, every change one transaction, so a crash or a full disk leaves
/// the diary as it was before the change or after it, never between. On restore() the file
/// passes `PRAGMA integrity_check`; a file that is not an SQLite database or fails the check
/// is never changed or deleted: it is renamed `diary.corrupt-YYYYMMDD-HHMMSS.sqlite` (with
/// its journal, if any) and the diary starts empty; notice() says where it went.
/// There is no file until the first entry is saved.
class DiaryStore : public QObject {
    Q_OBJECT
public:
    /// The schema this version writes; restore() brings older files up to it.
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kFileName = "diary.sqlite";

    /// `folder` holds diary.sqlite (the app data folder; tests pass one of their own). Entries
    /// may rate the questionnaire's symptoms (symptomIds()); `questionnaire` is read when
    /// needed, so it may be loaded after this is made.
    explicit DiaryStore(const core::Questionnaire& questionnaire, QString folder,
                        QObject* parent = nullptr);
    ~DiaryStore() override;
    DiaryStore(const DiaryStore&) = delete;
    DiaryStore& operator=(const DiaryStore&) = delete;
    DiaryStore(DiaryStore&&) = delete;
    DiaryStore& operator=(DiaryStore&&) = delete;

    /// The symptoms a check-in may rate: the questionnaire's `symptom` questions answered
    /// yes / no / not sure, in the order they are asked.
    [[nodiscard]] static std::vector<std::string>
    symptomIds(const core::Questionnaire& questionnaire);
    [[nodiscard]] std::vector<std::string> symptomIds() const {
        return symptomIds(m_questionnaire);
    }

    /// Reads a diary file (docs/diary-format.md) without changing it, for import and the
    /// command line. The error names the file, and the entry by its position.
    [[nodiscard]] static core::Result<core::Diary>
    readFile(const QString& path, const std::vector<std::string>& symptomIds);

    /// Opens the saved diary, once at start: checks it, brings an older schema up to date,
    /// reads every entry. False when the file could not be used: it was set aside (the diary
    /// starts empty), or it could not be set aside or was written by a newer B12 Guide
    /// (then nothing is saved over it); notice() explains. No file at all is not a problem.
    bool restore();

    /// Every entry, by time (oldest first; entries at the same minute in the order they were
    /// added), each with its id.
    [[nodiscard]] const core::Diary& diary() const { return m_diary; }
    /// The entry with `id`, or nullptr.
    [[nodiscard]] const core::DiaryEntry* find(std::int64_t id) const;
    /// Where the diary is saved.
    [[nodiscard]] QString filePath() const;

    /// Saves a new entry (its id is ignored) and gives its id; nothing when the entry is not
    /// valid (core::checkEntry()) or could not be saved: lastError() says why.
    std::optional<std::int64_t> add(const core::DiaryEntry& entry);
    /// Saves `entry` over the stored entry with its id. False, changing nothing, when there
    /// is no such entry, the entry is not valid or it could not be saved (lastError()).
    bool update(const core::DiaryEntry& entry);
    /// Deletes the entry with `id`. False when there is none or it could not be deleted.
    bool remove(std::int64_t id);
    /// Adds every entry of `diary`, in its order, in one transaction: all or nothing. False,
    /// adding nothing, when an entry is not valid (lastError() names it: "entry 51: …") or
    /// the diary could not be saved.
    bool importEntries(const core::Diary& diary);
    /// Forgets every entry and deletes the database file and its journal. False when a file
    /// stays, or a damaged file could not be set aside (lastError() says why); the entries
    /// are forgotten either way.
    bool clear();

    /// Writes every entry to `path`: the diary file format for a name ending in .json, CSV
    /// (core::diaryToCsv) for .csv; readable by the person alone. False with lastError().
    bool exportTo(const QString& path);

    /// What the person should know about their saved diary (a file set aside, a change that
    /// could not be saved), in plain words; empty when all is well.
    [[nodiscard]] QString notice() const;
    /// The problem with the last change, clear or export that failed.
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

signals:
    /// The entries changed (an entry, an import, a clear, a restore).
    void changed();
    /// notice() changed.
    void noticeChanged(const QString& notice);

private:
    /// Opens the database, creating the folder and an empty private file when `create`.
    /// False with `reason` (the system's words) when it could not.
    bool openDatabase(bool create, QString* reason);
    void closeDatabase();
    /// Checks the open database and brings its schema up to date. Empty when it can be used;
    /// else why not, with `damaged` telling whether the file is to be set aside.
    QString checkAndMigrate(bool* damaged);
    bool readEntries(QString* reason);
    void setAside(const QString& reason);
    /// Runs `change` in one transaction on the database, made when missing. On any failure
    /// it is rolled back and lastError() and notice() say why.
    bool write(const std::function<bool(QString* reason)>& change);
    void setProblem(const QString& problem);
    QString checkAll(const core::Diary& diary) const;

    const core::Questionnaire& m_questionnaire;
    QString m_folder;
    QString m_connection;
    QSqlDatabase m_db;
    core::Diary m_diary;
    QString m_restoreNotice;
    QString m_problem;
    QString m_lastError;
    bool m_savingBlocked = false;
};

} // namespace b12::app
