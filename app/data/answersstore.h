// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/savedfile.h"
#include "core/questionnaire/answers.h"

#include <QObject>
#include <QString>

namespace b12::app {

/// Owns the person's current answers and keeps them on disk: every change is saved at
/// once, atomically (QSaveFile), to answers.json in the app data folder, and read back at
/// the next start. A saved file that cannot be read is never overwritten or deleted: it is
/// moved aside under a dated name and notice() says where.
class AnswersStore : public QObject {
    Q_OBJECT
public:
    /// `folder` holds answers.json; tests pass a folder of their own.
    explicit AnswersStore(const core::Questionnaire& questionnaire,
                          QString folder = defaultFolder(), QObject* parent = nullptr);

    /// QStandardPaths::AppDataLocation.
    static QString defaultFolder();
    /// Reads an answers file (docs/answers-format.md) without changing it: the one reader of
    /// the format, for import and the command line. The error names the file.
    static core::Result<core::Answers> readFile(const QString& path,
                                                const core::Questionnaire& questionnaire);

    /// Reads the saved answers, once at start. False when a saved file could not be read;
    /// it is then kept aside and notice() explains. No file at all is not a problem.
    bool restore();

    [[nodiscard]] const core::Answers& answers() const { return m_answers; }
    [[nodiscard]] const core::Questionnaire& questionnaire() const { return m_questionnaire; }
    /// Where the answers are saved.
    [[nodiscard]] QString filePath() const { return m_file.filePath(); }
    /// The folder of the answers file, where the person's other data is kept too.
    [[nodiscard]] const QString& folder() const { return m_file.folder(); }

    /// Sets one answer and saves. False, changing nothing, when the question is unknown or
    /// the value is not one of its answers.
    bool setAnswer(const QString& questionId, const core::AnswerValue& value);
    /// Forgets one answer and saves.
    void clearAnswer(const QString& questionId);
    /// Forgets every answer and deletes the saved file. False when the file stays, or an
    /// unreadable one could not be set aside (lastError() says why); the answers are
    /// forgotten either way.
    bool clear();

    /// Writes the answers to `path` in the answers file format. False with lastError().
    bool exportTo(const QString& path);
    /// Replaces the answers with those in `path` and saves them. On any problem nothing
    /// changes and lastError() names it.
    bool importFrom(const QString& path);

    /// What the person should know about their saved answers (a file set aside, a save
    /// that failed), in plain words; empty when all is well.
    [[nodiscard]] QString notice() const { return m_file.notice(); }
    /// The problem with the last clear, export or import that failed.
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

signals:
    /// The answers changed (an answer, a clear, an import, a restore).
    void changed();
    /// notice() changed.
    void noticeChanged(const QString& notice);

private:
    /// What the person is told about the answers file.
    static SavedFile::Wording wording();
    bool save();

    const core::Questionnaire& m_questionnaire;
    SavedFile m_file;
    core::Answers m_answers;
    QString m_lastError;
};

} // namespace b12::app
