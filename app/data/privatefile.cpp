// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace b12::app {

bool writePrivateFile(const QString& path, QByteArrayView bytes, QString* error) {
    QSaveFile file(path);
    // Permissions go on the new file before it takes the old one's place: it is never
    // readable by others, not even for a moment.
    const bool written =
        file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(bytes.data(), bytes.size()) == bytes.size() &&
        // Qt 6.4's commit() reports success when its final flush fails (a full disk), and
        // leaves an empty file in place of the old one: flush first, and stop there.
        file.flush() && file.commit();
    if (!written) {
        *error = file.errorString();
    }
    return written; // an uncommitted QSaveFile removes its temporary file
}

bool removePrivateFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.exists() || file.remove()) {
        return true;
    }
    *error = file.errorString();
    return false;
}

bool makePrivateFolder(const QString& folder) {
    if (QFileInfo(folder).isDir()) {
        return true;
    }
    return QDir().mkpath(folder) &&
           QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
}

} // namespace b12::app
