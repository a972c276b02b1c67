// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/savedfile.h"

#include "app/data/privatefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace b12::app {

namespace {
/// A leftover younger than this may belong to a save still under way (another window).
constexpr qint64 kLeftoverAgeSeconds = 60;

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}
} // namespace

SavedFile::SavedFile(QString folder, QString fileName, QString asideLabel, qint64 maxBytes,
                     Wording wording, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_fileName(std::move(fileName))
    , m_asideLabel(std::move(asideLabel))
    , m_maxBytes(maxBytes)
    , m_wording(std::move(wording)) {}

QString SavedFile::filePath() const {
    return QDir(m_folder).filePath(m_fileName);
}

bool SavedFile::readAtMost(const QString& path, qint64 maxBytes, QByteArray* bytes,
                           QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SavedFile::restore(const Reader& reader) {
    removeLeftovers(nullptr);
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        return true;
    }
    QByteArray bytes;
    QString reason;
    if (readAtMost(path, m_maxBytes, &bytes, &reason)) {
        reason = reader(bytes);
        if (reason.isEmpty()) {
            return true;
        }
    }
    setAside(reason);
    emit noticeChanged(notice());
    return false;
}

void SavedFile::setAside(const QString& reason) {
    const QDir dir(m_folder);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = QStringLiteral("%1.%2-%3")
                             .arg(QFileInfo(m_fileName).completeBaseName(), m_asideLabel, stamp);
    QString aside = dir.filePath(name + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = dir.filePath(QStringLiteral("%1-%2.json").arg(name).arg(n));
    }
    if (QFile::rename(filePath(), aside)) {
        m_restoreNotice = m_wording.setAside(reason, native(aside));
        return;
    }
    m_savingBlocked = true;
    m_restoreNotice = m_wording.notSetAside(native(filePath()), reason);
}

bool SavedFile::save(QByteArrayView bytes) {
    if (m_savingBlocked) {
        m_error = m_restoreNotice;
        return false;
    }
    QString reason;
    bool saved = false;
    if (!makePrivateFolder(m_folder)) {
        reason = tr("the folder %1 could not be made").arg(native(m_folder));
    } else {
        saved = writePrivateFile(filePath(), bytes, &reason);
    }
    m_error = saved ? QString() : m_wording.notSaved(native(filePath()), reason);
    setProblem(m_error);
    return saved;
}

bool SavedFile::clear() {
    QString leftoverError;
    const bool leftoversGone = removeLeftovers(&leftoverError);
    if (m_savingBlocked) {
        m_error = m_restoreNotice; // it says which file is in the way, and what to do
        return false;
    }
    QString reason;
    if (!removePrivateFile(filePath(), &reason)) {
        m_error = m_wording.notDeleted(native(filePath()), reason);
    } else {
        m_error = leftoversGone ? QString() : leftoverError;
    }
    setProblem(m_error);
    return m_error.isEmpty();
}

bool SavedFile::removeLeftovers(QString* error) {
    // QSaveFile writes `<name>.XXXXXX` beside the file and renames it over the file when
    // complete; a process killed in between leaves it behind, a whole copy of the data.
    const QDateTime cutoff = QDateTime::currentDateTime().addSecs(-kLeftoverAgeSeconds);
    const QFileInfoList candidates = QDir(m_folder).entryInfoList(
        {m_fileName + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden | QDir::System);
    bool allGone = true;
    for (const QFileInfo& leftover : candidates) {
        if (leftover.lastModified() > cutoff) {
            continue;
        }
        QString reason;
        if (!removePrivateFile(leftover.filePath(), &reason)) {
            allGone = false;
            if (error != nullptr) {
                *error = m_wording.notDeleted(native(leftover.filePath()), reason);
            }
        }
    }
    return allGone;
}

void SavedFile::setProblem(const QString& problem) {
    if (problem != m_problem) {
        m_problem = problem;
        emit noticeChanged(notice());
    }
}

QString SavedFile::notice() const {
    QStringList parts;
    for (const QString& part : {m_restoreNotice, m_problem}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace b12::app
