// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/diarystore.h"

#include "app/data/coreproblems.h"
#include "app/data/diarydatabase.h"
#include "app/data/privatefile.h"
#include "app/data/savedfile.h"
#include "core/diary/diarycsv.h"
#include "core/diary/diaryfile.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

namespace b12::app {

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Each store has a connection of its own: tests and the command line make several.
QString newConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("b12guide-diary-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool prepare(QSqlQuery& query, const QString& sql, QString* reason) {
    if (query.prepare(sql)) {
        return true;
    }
    *reason = sqlReason(query.lastError());
    return false;
}

bool byTime(const core::DiaryEntry& a, const core::DiaryEntry& b) {
    return std::pair(a.at, a.id) < std::pair(b.at, b.id);
}

} // namespace

DiaryStore::DiaryStore(const core::Questionnaire& questionnaire, QString folder, QObject* parent)
    : QObject(parent)
    , m_questionnaire(questionnaire)
    , m_folder(std::move(folder))
    , m_connection(newConnectionName()) {}

DiaryStore::~DiaryStore() {
    closeDatabase();
}

std::vector<std::string> DiaryStore::symptomIds(const core::Questionnaire& questionnaire) {
    return questionnaire.idsOf(core::QuestionKind::Symptom, core::AnswerType::YesNoUnsure);
}

QString DiaryStore::filePath() const {
    return QDir(m_folder).filePath(QLatin1String(kFileName));
}

core::Result<core::Diary> DiaryStore::readFile(const QString& path,
                                               const std::vector<std::string>& symptomIds) {
    QByteArray bytes;
    QString error;
    const QString shownPath = native(path);
    if (!SavedFile::readAtMost(path, static_cast<qint64>(core::kMaxDiaryBytes), &bytes, &error)) {
        return core::Error{shownPath.toStdString(), 0,
                           tr("could not be read: %1").arg(error).toStdString()};
    }
    return core::parseDiary({bytes.constData(), static_cast<std::size_t>(bytes.size())}, symptomIds,
                            shownPath.toStdString());
}

bool DiaryStore::openDatabase(bool create, QString* reason) {
    const QString path = filePath();
    if (create && !QFileInfo::exists(path)) {
        if (!makePrivateFolder(m_folder)) {
            *reason = tr("the folder %1 could not be made").arg(native(m_folder));
            return false;
        }
        // An empty file is an empty database; made here, it is private from the start, and
        // SQLite gives its journal the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *reason = file.errorString();
            return false;
        }
    } else if (QFileInfo(path).permissions().testAnyFlags(
                   QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                   QFileDevice::WriteOther)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // Another B12 Guide (the window and the command line) may be writing: wait for it.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *reason = sqlReason(m_db.lastError());
        closeDatabase();
        return false;
    }
    QSqlQuery pragma(m_db);
    (void)pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

void DiaryStore::closeDatabase() {
    if (!m_db.isValid()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString DiaryStore::checkAndMigrate(bool* damaged) {
    return bringUpToDate(m_db, damaged);
}

bool DiaryStore::readEntries(QString* reason) {
    std::map<std::int64_t, std::map<std::string, int, std::less<>>> ratings;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT entry_id, symptom, rating FROM symptom_ratings"),
             reason)) {
        return false;
    }
    while (query.next()) {
        ratings[query.value(0).toLongLong()][query.value(1).toString().toStdString()] =
            query.value(2).toInt();
    }
    if (!run(query,
             QStringLiteral("SELECT id, %1 FROM entries ORDER BY at, id")
                 .arg(QLatin1String(kEntryColumns)),
             reason)) {
        return false;
    }
    core::Diary diary;
    while (query.next()) {
        core::DiaryEntry entry;
        if (!readRow(query, &entry)) {
            *reason = tr("entry %1 holds what B12 Guide never writes").arg(*entry.id);
            return false;
        }
        if (auto* check = std::get_if<core::SymptomCheck>(&entry.details)) {
            if (auto found = ratings.find(*entry.id); found != ratings.end()) {
                check->symptoms = std::move(found->second);
            }
        }
        diary.entries.push_back(std::move(entry));
    }
    m_diary = std::move(diary);
    return true;
}

bool DiaryStore::restore() {
    closeDatabase();
    m_diary = {};
    m_savingBlocked = false;
    m_restoreNotice.clear();
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        return true;
    }
    QString reason;
    bool damaged = false;
    bool usable = openDatabase(false, &reason);
    if (usable) {
        reason = checkAndMigrate(&damaged);
        usable = reason.isEmpty();
    }
    if (usable) {
        usable = readEntries(&reason);
        damaged = !usable; // integrity_check passed: the rows are not a diary of this app
    }
    if (usable) {
        emit changed();
        return true;
    }
    m_diary = {};
    if (damaged) {
        setAside(reason);
    } else {
        closeDatabase();
        m_savingBlocked = true;
        m_restoreNotice =
            tr("Your diary could not be opened, so it is not shown and nothing is saved over "
               "it:\n%1\n(Reason: %2)")
                .arg(native(path), reason);
    }
    emit changed();
    emit noticeChanged(notice());
    return false;
}

void DiaryStore::setAside(const QString& reason) {
    closeDatabase();
    const QDir dir(m_folder);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = dir.filePath(QStringLiteral("diary.corrupt-%1.sqlite").arg(stamp));
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = dir.filePath(QStringLiteral("diary.corrupt-%1-%2.sqlite").arg(stamp).arg(n));
    }
    if (!QFile::rename(filePath(), aside)) {
        m_savingBlocked = true;
        m_restoreNotice =
            tr("Your diary could not be read, and the file could not be moved aside. So that it "
               "is not overwritten, new entries are not saved. Move or rename the file, then "
               "start B12 Guide again:\n%1\n(Reason: %2)")
                .arg(native(filePath()), reason);
        return;
    }
    // A journal belongs to its database: it goes along, or it would be applied to a new one.
    for (const QLatin1String suffix : {QLatin1String("-journal"), QLatin1String("-wal")}) {
        if (QFileInfo::exists(filePath() + suffix)) {
            QFile::rename(filePath() + suffix, aside + suffix);
        }
    }
    m_restoreNotice = tr("Your diary could not be read, so it starts empty. The file was kept, "
                         "unchanged, as:\n%2\n(Reason: %1)")
                          .arg(reason, native(aside));
}

bool DiaryStore::write(const std::function<bool(QString* reason)>& change) {
    if (m_savingBlocked) {
        m_lastError = m_restoreNotice;
        return false;
    }
    QString reason;
    bool done = m_db.isOpen() || openDatabase(true, &reason);
    if (done && !m_db.tables().contains(QStringLiteral("entries"))) {
        bool damaged = false;
        reason = checkAndMigrate(&damaged);
        done = reason.isEmpty();
    }
    if (done && !m_db.transaction()) {
        reason = sqlReason(m_db.lastError());
        done = false;
    } else if (done) {
        done = change(&reason);
        if (done && !m_db.commit()) {
            reason = sqlReason(m_db.lastError());
            done = false;
        }
        if (!done) {
            m_db.rollback();
        }
    }
    m_lastError =
        done ? QString()
             : tr("Your diary could not be saved in %1: %2. The change was not saved; the entries "
                  "saved before it are kept.")
                   .arg(native(filePath()), reason);
    setProblem(m_lastError);
    return done;
}

QString DiaryStore::checkAll(const core::Diary& diary) const {
    const std::vector<std::string> ids = symptomIds();
    for (std::size_t i = 0; i < diary.entries.size(); ++i) {
        const std::string problem = core::checkEntry(diary.entries[i], ids);
        if (!problem.empty()) {
            return diary.entries.size() == 1
                       ? coreProblemText(problem)
                       : tr("entry %1: %2").arg(i + 1).arg(coreProblemText(problem));
        }
    }
    return {};
}

const core::DiaryEntry* DiaryStore::find(std::int64_t id) const {
    const auto it = std::find_if(m_diary.entries.begin(), m_diary.entries.end(),
                                 [id](const core::DiaryEntry& e) { return e.id == id; });
    return it == m_diary.entries.end() ? nullptr : &*it;
}

std::optional<std::int64_t> DiaryStore::add(const core::DiaryEntry& entry) {
    if (QString problem = checkAll({{entry}}); !problem.isEmpty()) {
        m_lastError = problem;
        return std::nullopt;
    }
    std::optional<std::int64_t> id;
    const bool saved = write([&](QString* reason) {
        QSqlQuery insert(m_db);
        QSqlQuery rate(m_db);
        if (!prepare(insert, insertSql(), reason) || !prepare(rate, rateSql(), reason)) {
            return false;
        }
        id = insertEntry(insert, rate, entry, reason);
        return id.has_value();
    });
    if (!saved) {
        return std::nullopt;
    }
    core::DiaryEntry stored = entry;
    stored.id = id;
    m_diary.entries.insert(
        std::upper_bound(m_diary.entries.begin(), m_diary.entries.end(), stored, byTime),
        std::move(stored));
    emit changed();
    return id;
}

bool DiaryStore::update(const core::DiaryEntry& entry) {
    const core::DiaryEntry* old = entry.id ? find(*entry.id) : nullptr;
    if (old == nullptr) {
        m_lastError = tr("there is no such entry in the diary");
        return false;
    }
    if (QString problem = checkAll({{entry}}); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    const qint64 id = *entry.id;
    const bool saved = write([&](QString* reason) {
        QSqlQuery query(m_db);
        QSqlQuery rate(m_db);
        if (!prepare(query,
                     QStringLiteral("UPDATE entries SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "WHERE id = ?")
                         .arg(QLatin1String(kEntryColumns)),
                     reason)) {
            return false;
        }
        bindEntry(query, entry);
        query.addBindValue(id);
        if (!query.exec() ||
            !query.prepare(QStringLiteral("DELETE FROM symptom_ratings WHERE entry_id = ?"))) {
            *reason = sqlReason(query.lastError());
            return false;
        }
        query.addBindValue(id);
        if (!query.exec()) {
            *reason = sqlReason(query.lastError());
            return false;
        }
        return prepare(rate, rateSql(), reason) && insertRatings(rate, id, entry, reason);
    });
    if (!saved) {
        return false;
    }
    std::erase_if(m_diary.entries, [id](const core::DiaryEntry& e) { return e.id == id; });
    m_diary.entries.insert(
        std::upper_bound(m_diary.entries.begin(), m_diary.entries.end(), entry, byTime), entry);
    emit changed();
    return true;
}

bool DiaryStore::remove(std::int64_t id) {
    if (find(id) == nullptr) {
        m_lastError = tr("there is no such entry in the diary");
        return false;
    }
    const bool saved = write([&](QString* reason) {
        QSqlQuery query(m_db);
        for (const QString& sql : {QStringLiteral("DELETE FROM symptom_ratings WHERE entry_id = ?"),
                                   QStringLiteral("DELETE FROM entries WHERE id = ?")}) {
            if (!prepare(query, sql, reason)) {
                return false;
            }
            query.addBindValue(QVariant::fromValue<qint64>(id));
            if (!query.exec()) {
                *reason = sqlReason(query.lastError());
                return false;
            }
        }
        return true;
    });
    if (!saved) {
        return false;
    }
    std::erase_if(m_diary.entries, [id](const core::DiaryEntry& e) { return e.id == id; });
    emit changed();
    return true;
}

bool DiaryStore::importEntries(const core::Diary& diary) {
    if (QString problem = checkAll(diary); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    std::vector<core::DiaryEntry> added;
    added.reserve(diary.entries.size());
    const bool saved = write([&](QString* reason) {
        QSqlQuery insert(m_db);
        QSqlQuery rate(m_db);
        if (!prepare(insert, insertSql(), reason) || !prepare(rate, rateSql(), reason)) {
            return false;
        }
        for (const core::DiaryEntry& entry : diary.entries) {
            const auto id = insertEntry(insert, rate, entry, reason);
            if (!id) {
                return false;
            }
            added.push_back(entry);
            added.back().id = id;
        }
        return true;
    });
    if (!saved) {
        return false;
    }
    m_diary.entries.insert(m_diary.entries.end(), std::make_move_iterator(added.begin()),
                           std::make_move_iterator(added.end()));
    std::sort(m_diary.entries.begin(), m_diary.entries.end(), byTime);
    emit changed();
    return true;
}

bool DiaryStore::clear() {
    m_diary = {};
    closeDatabase();
    emit changed();
    if (m_savingBlocked) {
        m_lastError = m_restoreNotice; // it says which file is in the way, and what to do
        return false;
    }
    m_lastError.clear();
    for (const QString& path :
         {filePath(), filePath() + QStringLiteral("-journal"), filePath() + QStringLiteral("-wal"),
          filePath() + QStringLiteral("-shm")}) {
        QString reason;
        if (!removePrivateFile(path, &reason)) {
            m_lastError = tr("%1 could not be deleted: %2").arg(native(path), reason);
        }
    }
    setProblem(m_lastError);
    return m_lastError.isEmpty();
}

bool DiaryStore::exportTo(const QString& path) {
    std::string bytes;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        bytes = core::serializeDiary(m_diary);
    } else if (suffix == QLatin1String("csv")) {
        bytes = core::diaryToCsv(m_diary, symptomIds());
    } else {
        m_lastError = tr("%1: the file name must end in .json or .csv").arg(native(path));
        return false;
    }
    QString error;
    if (!writePrivateFile(path, bytes, &error)) {
        m_lastError = tr("%1 could not be written: %2").arg(native(path), error);
        return false;
    }
    m_lastError.clear();
    return true;
}

void DiaryStore::setProblem(const QString& problem) {
    if (problem != m_problem) {
        m_problem = problem;
        emit noticeChanged(notice());
    }
}

QString DiaryStore::notice() const {
    if (m_restoreNotice.isEmpty() || m_problem.isEmpty()) {
        return m_restoreNotice + m_problem;
    }
    return m_restoreNotice + QLatin1Char('\n') + m_problem;
}

} // namespace b12::app
