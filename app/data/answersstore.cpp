// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/answersstore.h"

#include "app/data/privatefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace b12::app {

namespace {
const QString kFileName = QStringLiteral("answers.json");

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}
} // namespace

AnswersStore::AnswersStore(const core::Questionnaire& questionnaire, QString folder,
                           QObject* parent)
    : QObject(parent)
    , m_questionnaire(questionnaire)
    , m_folder(std::move(folder)) {}

QString AnswersStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AnswersStore::filePath() const {
    return QDir(m_folder).filePath(kFileName);
}

bool AnswersStore::readLimited(const QString& path, QByteArray* bytes, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *bytes = file.read(static_cast<qint64>(core::kMaxAnswersBytes) + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AnswersStore::restore() {
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        return true;
    }
    QByteArray bytes;
    QString error;
    if (readLimited(path, &bytes, &error)) {
        auto parsed = core::parseAnswers(view(bytes), m_questionnaire, kFileName.toStdString());
        if (parsed) {
            m_answers = std::move(parsed).value();
            emit changed();
            return true;
        }
        error = QString::fromStdString(parsed.error().message);
    }
    m_restoreNotice = moveAside(error);
    emit noticeChanged(notice());
    return false;
}

QString AnswersStore::moveAside(const QString& reason) {
    const QDir dir(m_folder);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = dir.filePath(QStringLiteral("answers.corrupt-%1.json").arg(stamp));
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = dir.filePath(QStringLiteral("answers.corrupt-%1-%2.json").arg(stamp).arg(n));
    }
    if (QFile::rename(filePath(), aside)) {
        return tr("Your saved answers could not be read, so the questionnaire starts empty. "
                  "The file was kept, unchanged, as:\n%2\n(Reason: %1)")
            .arg(reason, QDir::toNativeSeparators(aside));
    }
    m_saveBlocked = true;
    return tr("Your saved answers could not be read, and the file could not be moved aside. "
              "So that it is not overwritten, new answers are not saved. Move or rename the "
              "file, then start B12 Guide again:\n%1\n(Reason: %2)")
        .arg(QDir::toNativeSeparators(filePath()), reason);
}

bool AnswersStore::setAnswer(const QString& questionId, const core::AnswerValue& value) {
    const core::Question* question = m_questionnaire.find(questionId.toStdString());
    if (question == nullptr || !core::checkAnswer(*question, value).empty()) {
        return false;
    }
    const core::AnswerValue* current = m_answers.find(questionId.toStdString());
    if (current != nullptr && *current == value) {
        return true;
    }
    m_answers.set(questionId.toStdString(), value);
    save();
    emit changed();
    return true;
}

void AnswersStore::clearAnswer(const QString& questionId) {
    if (m_answers.erase(questionId.toStdString())) {
        save();
        emit changed();
    }
}

bool AnswersStore::clear() {
    m_answers.clear();
    QString error;
    const bool removed = m_saveBlocked || removePrivateFile(filePath(), &error);
    if (!removed) {
        m_lastError =
            tr("%1 could not be deleted: %2").arg(QDir::toNativeSeparators(filePath()), error);
    } else {
        setSaveError({});
    }
    emit changed();
    return removed;
}

void AnswersStore::save() {
    if (m_saveBlocked) {
        return;
    }
    if (!makePrivateFolder(m_folder)) {
        setSaveError(tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    QString error;
    writePrivateFile(filePath(), core::serializeAnswers(m_answers), &error);
    setSaveError(error);
}

void AnswersStore::setSaveError(const QString& error) {
    const QString message =
        error.isEmpty()
            ? QString()
            : tr("Your answers could not be saved in %1: %2. They are kept while B12 Guide is "
                 "open; use “Export answers…” to keep a copy.")
                  .arg(QDir::toNativeSeparators(filePath()), error);
    if (message != m_saveError) {
        m_saveError = message;
        emit noticeChanged(notice());
    }
}

QString AnswersStore::notice() const {
    QStringList parts;
    for (const QString& part : {m_restoreNotice, m_saveError}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

bool AnswersStore::exportTo(const QString& path) {
    QString error;
    if (!writePrivateFile(path, core::serializeAnswers(m_answers), &error)) {
        m_lastError = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    m_lastError.clear();
    return true;
}

bool AnswersStore::importFrom(const QString& path) {
    QByteArray bytes;
    QString error;
    if (!readLimited(path, &bytes, &error)) {
        m_lastError = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    auto parsed = core::parseAnswers(view(bytes), m_questionnaire,
                                     QDir::toNativeSeparators(path).toStdString());
    if (!parsed) {
        m_lastError = QString::fromStdString(parsed.error().toString());
        return false;
    }
    m_lastError.clear();
    m_answers = std::move(parsed).value();
    save();
    emit changed();
    return true;
}

} // namespace b12::app
