// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: what a file on disk holds, to compare saved files byte for byte.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace b12::testing {

/// The whole file; empty when it is missing or cannot be read.
inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace b12::testing
