// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/savedfile.h"
#include "core/summary/visitsummary.h"

#include <QObject>
#include <QString>

namespace b12::app {

/// Keeps what the person typed for their summary (name, year of birth, medicines and
/// supplements, notes) in notes.json beside their answers, in the app data folder: it is
/// health data, so it stays with the answers, not in the settings. Saved atomically
/// (QSaveFile). A saved file that cannot be read is never overwritten: it is moved aside
/// under a dated name and notice() says where.
class PersonalNotesStore : public QObject {
    Q_OBJECT
public:
    explicit PersonalNotesStore(QString folder, QObject* parent = nullptr);

    /// Reads the saved notes; no file is not a problem. False when a file could not be read.
    bool restore();
    [[nodiscard]] const core::PersonalNotes& notes() const { return m_notes; }
    /// Keeps and saves the notes. False when they could not be saved (notice() says why).
    bool setNotes(const core::PersonalNotes& notes);
    /// Forgets the notes and deletes the saved file (never a file set aside as unreadable).
    /// False when the file could not be deleted, or an unreadable one could not be set aside
    /// (notice() says why).
    bool clear();
    [[nodiscard]] QString filePath() const { return m_file.filePath(); }
    /// What the person should know (a file set aside, a save that failed); empty when all is well.
    [[nodiscard]] QString notice() const { return m_file.notice(); }

signals:
    void noticeChanged(const QString& notice);
    /// The notes were cleared.
    void cleared();

private:
    /// What the person is told about the notes file.
    static SavedFile::Wording wording();

    SavedFile m_file;
    core::PersonalNotes m_notes;
};

} // namespace b12::app
