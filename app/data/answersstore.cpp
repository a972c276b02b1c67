// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/answersstore.h"

#include "app/data/coreproblems.h"
#include "app/data/privatefile.h"

#include <QDir>
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
    , m_file(std::move(folder), kFileName, QStringLiteral("corrupt"),
             static_cast<qint64>(core::kMaxAnswersBytes), wording()) {
    connect(&m_file, &SavedFile::noticeChanged, this, &AnswersStore::noticeChanged);
}

SavedFile::Wording AnswersStore::wording() {
    SavedFile::Wording words;
    words.setAside = [](const QString& reason, const QString& aside) {
        return tr("Your saved answers could not be read, so the questionnaire starts empty. "
                  "The file was kept, unchanged, as:\n%2\n(Reason: %1)")
            .arg(reason, aside);
    };
    words.notSetAside = [](const QString& path, const QString& reason) {
        return tr("Your saved answers could not be read, and the file could not be moved aside. "
                  "So that it is not overwritten, new answers are not saved. Move or rename the "
                  "file, then start B12 Guide again:\n%1\n(Reason: %2)")
            .arg(path, reason);
    };
    words.notSaved = [](const QString& path, const QString& reason) {
        return tr("Your answers could not be saved in %1: %2. They are kept while B12 Guide is "
                  "open; use “Export answers…” to keep a copy.")
            .arg(path, reason);
    };
    words.notDeleted = [](const QString& path, const QString& reason) {
        return tr("%1 could not be deleted: %2").arg(path, reason);
    };
    return words;
}

QString AnswersStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool AnswersStore::restore() {
    return m_file.restore([this](const QByteArray& bytes) {
        auto parsed = core::parseAnswers(view(bytes), m_questionnaire, kFileName.toStdString());
        if (!parsed) {
            return QString::fromStdString(parsed.error().message);
        }
        m_answers = std::move(parsed).value();
        emit changed();
        return QString();
    });
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
    const bool cleared = m_file.clear();
    if (!cleared) {
        m_lastError = m_file.error();
    }
    emit changed();
    return cleared;
}

bool AnswersStore::save() {
    return m_file.save(core::serializeAnswers(m_answers));
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

core::Result<core::Answers> AnswersStore::readFile(const QString& path,
                                                   const core::Questionnaire& questionnaire) {
    QByteArray bytes;
    QString error;
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!SavedFile::readAtMost(path, static_cast<qint64>(core::kMaxAnswersBytes), &bytes, &error)) {
        return core::Error{shownPath.toStdString(), 0,
                           tr("could not be read: %1").arg(error).toStdString()};
    }
    return core::parseAnswers(view(bytes), questionnaire, shownPath.toStdString());
}

bool AnswersStore::importFrom(const QString& path) {
    auto parsed = readFile(path, m_questionnaire);
    if (!parsed) {
        m_lastError = coreProblemText(parsed.error().toString());
        return false;
    }
    m_lastError.clear();
    m_answers = std::move(parsed).value();
    save();
    emit changed();
    return true;
}

} // namespace b12::app
