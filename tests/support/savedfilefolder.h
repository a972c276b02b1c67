// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a data folder in which a saved file cannot be set aside, and QSaveFile
// leftovers of a given age.

#include "tests/support/asperson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace b12::testing {

/// Makes `folder` (inside `dir`) hold `name` with `bytes`, and lets nobody but root change the
/// folder: as the person (AsPersonWithoutRoot) the file can be read but not renamed or
/// deleted. The destructor opens the folder again, so that it can be removed.
class LockedFolder {
public:
    LockedFolder(const QTemporaryDir& dir, QString folder, const QString& name,
                 const QByteArray& bytes)
        : m_folder(std::move(folder)) {
        EXPECT_TRUE(QDir().mkpath(m_folder));
        QFile file(QDir(m_folder).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(bytes), bytes.size());
        file.close();
        // The person (nobody, for root) may pass through the test's folder, read the file
        // and list the data folder, not change it.
        EXPECT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7711)));
        EXPECT_TRUE(QFile::setPermissions(file.fileName(), QFileDevice::Permissions(0x6444)));
        EXPECT_TRUE(QFile::setPermissions(m_folder, QFileDevice::Permissions(0x5555)));
    }
    ~LockedFolder() { QFile::setPermissions(m_folder, QFileDevice::Permissions(0x7700)); }
    LockedFolder(const LockedFolder&) = delete;
    LockedFolder& operator=(const LockedFolder&) = delete;
    LockedFolder(LockedFolder&&) = delete;
    LockedFolder& operator=(LockedFolder&&) = delete;

private:
    QString m_folder;
};

/// Writes `bytes` to `path` and dates its last change `secondsAgo` back, as a copy that a
/// save cut short left behind.
inline void writeLeftover(const QString& path, const QByteArray& bytes, int secondsAgo) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << file.errorString().toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
    ASSERT_TRUE(file.flush()); // before the date: a later write would make it new again
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-secondsAgo),
                                 QFileDevice::FileModificationTime));
}

} // namespace b12::testing
