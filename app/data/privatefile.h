// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace b12::app {

/// Writes `bytes` to `path` as one whole: until the new file is complete on disk the old one
/// stays as it was (QSaveFile), so a crash or a full disk never leaves half a file. The file
/// is readable and writable by the person alone (0600). False, with `error` saying why (the
/// system's words), when it could not be written.
bool writePrivateFile(const QString& path, QByteArrayView bytes, QString* error);

/// Deletes the file at `path`; no file there is no problem. False, with `error` saying why
/// (the system's words), when it is still there.
bool removePrivateFile(const QString& path, QString* error);

/// Makes `folder` and any missing parents. A folder it makes is the person's alone (0700).
bool makePrivateFolder(const QString& folder);

} // namespace b12::app
