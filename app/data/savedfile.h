// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <functional>

namespace b12::app {

/// One JSON file of the person's in the app data folder (answers.json, notes.json), the
/// file work the stores share. It is saved whole and private (privatefile.h). A file that
/// cannot be read is never overwritten or deleted: restore() renames it in the same folder
/// to `<stem>.<label>-YYYYMMDD-HHMMSS.json` (`-2`, `-3`, … when that name is taken); if even
/// that fails, saving is blocked until the person moves it. Temporary copies that a save cut
/// short left behind (`<name>.XXXXXX`, QSaveFile's) are removed on restore() and clear().
/// What the person is told comes in the owning store's words (Wording).
class SavedFile : public QObject {
    Q_OBJECT
public:
    /// The store's sentences; each gets the file's path or reason in the person's terms.
    struct Wording {
        /// The file could not be read and is now `aside`: (reason, aside).
        std::function<QString(const QString& reason, const QString& aside)> setAside;
        /// The file could not be read nor set aside, so saving is blocked: (path, reason).
        std::function<QString(const QString& path, const QString& reason)> notSetAside;
        /// A save failed: (path, reason).
        std::function<QString(const QString& path, const QString& reason)> notSaved;
        /// The file (or a leftover copy of it) could not be deleted: (path, reason).
        std::function<QString(const QString& path, const QString& reason)> notDeleted;
    };
    /// Reads the file's bytes into the store: empty when they were taken, else the reason
    /// they are not a valid file.
    using Reader = std::function<QString(const QByteArray& bytes)>;

    /// `fileName` in `folder`; an unreadable file is set aside with `asideLabel` in its name;
    /// at most `maxBytes` are read.
    SavedFile(QString folder, QString fileName, QString asideLabel, qint64 maxBytes,
              Wording wording, QObject* parent = nullptr);

    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] QString filePath() const;

    /// Removes old leftovers, then reads the file through `reader`. No file is not a problem.
    /// False when it could not be read: it is then set aside (or saving is blocked) and
    /// notice() says so.
    bool restore(const Reader& reader);
    /// Writes `bytes` as the whole file. False when blocked, or when it failed: error() and
    /// notice() then say why, until a later save or clear succeeds.
    bool save(QByteArrayView bytes);
    /// Deletes the file and any leftover copies older than a minute (never a file set aside).
    /// False while saving is blocked (the unreadable file is still in its place) or when a
    /// file stays; error() says why.
    bool clear();

    /// An unreadable file could not be set aside: nothing is saved over it.
    [[nodiscard]] bool savingBlocked() const { return m_savingBlocked; }
    /// Why the last save or clear failed, in the store's words.
    [[nodiscard]] const QString& error() const { return m_error; }
    /// What the person should know (a file set aside, a save or delete that failed); empty
    /// when all is well.
    [[nodiscard]] QString notice() const;

    /// Reads at most `maxBytes` + 1 bytes of `path` (so that a file too large is seen as one).
    /// False, with the system's words in `error`, when it could not be read.
    static bool readAtMost(const QString& path, qint64 maxBytes, QByteArray* bytes, QString* error);

signals:
    void noticeChanged(const QString& notice);

private:
    void setAside(const QString& reason);
    /// Removes `<name>.XXXXXX` files older than a minute. False, with `error`, when one stays.
    bool removeLeftovers(QString* error);
    void setProblem(const QString& problem);

    QString m_folder;
    QString m_fileName;
    QString m_asideLabel;
    qint64 m_maxBytes;
    Wording m_wording;
    QString m_restoreNotice;
    QString m_problem; ///< A failed save or delete, shown in notice().
    QString m_error;
    bool m_savingBlocked = false;
};

} // namespace b12::app
