// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/personalnotesstore.h"

#include "app/data/privatefile.h"
#include "core/summary/personalnotes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace b12::app {

namespace {
const QString kFileName = QStringLiteral("notes.json");
}

PersonalNotesStore::PersonalNotesStore(QString folder, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder)) {}

QString PersonalNotesStore::filePath() const {
    return QDir(m_folder).filePath(kFileName);
}

bool PersonalNotesStore::restore() {
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        return true;
    }
    QFile file(path);
    QString reason;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.read(static_cast<qint64>(core::kMaxNotesBytes) + 1);
        file.close();
        auto parsed = core::parsePersonalNotes(std::string_view(bytes.constData(), bytes.size()),
                                               kFileName.toStdString());
        if (parsed) {
            m_notes = std::move(parsed).value();
            return true;
        }
        reason = QString::fromStdString(parsed.error().message);
    } else {
        reason = file.errorString();
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside =
        QDir(m_folder).filePath(QStringLiteral("notes.unreadable-%1.json").arg(stamp));
    if (QFile::rename(path, aside)) {
        m_restoreNotice =
            tr("Your saved notes could not be read (%1). The file was kept unchanged as %2.")
                .arg(reason, QDir::toNativeSeparators(aside));
    } else {
        m_saveBlocked = true;
        m_restoreNotice = tr("Your saved notes in %1 could not be read (%2). So that the file is "
                             "not overwritten, what you type here is not saved.")
                              .arg(QDir::toNativeSeparators(path), reason);
    }
    emit noticeChanged(notice());
    return false;
}

bool PersonalNotesStore::setNotes(const core::PersonalNotes& notes) {
    if (notes == m_notes) {
        return true;
    }
    m_notes = notes;
    return save();
}

bool PersonalNotesStore::clear() {
    m_notes = {};
    QString error;
    const bool removed = m_saveBlocked || removePrivateFile(filePath(), &error);
    setSaveError(removed ? QString()
                         : tr("Your notes in %1 could not be deleted: %2")
                               .arg(QDir::toNativeSeparators(filePath()), error));
    emit cleared();
    return removed;
}

bool PersonalNotesStore::save() {
    if (m_saveBlocked) {
        return false;
    }
    QString error;
    if (!makePrivateFolder(m_folder)) {
        error = tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(m_folder));
    } else {
        writePrivateFile(filePath(), core::serializePersonalNotes(m_notes), &error);
    }
    setSaveError(error.isEmpty() ? QString() : tr("Your notes could not be saved: %1").arg(error));
    return error.isEmpty();
}

void PersonalNotesStore::setSaveError(const QString& error) {
    if (error != m_saveError) {
        m_saveError = error;
        emit noticeChanged(notice());
    }
}

QString PersonalNotesStore::notice() const {
    QStringList parts;
    for (const QString& part : {m_restoreNotice, m_saveError}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace b12::app
