// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: what poppler-utils (pdftotext, pdfinfo) read in a PDF.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace b12::testing {

// Runs a poppler tool on a PDF; empty when it is missing or fails.
inline QString poppler(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as pdftotext reads it, with runs of white space made one space.
inline QString pdfText(const QString& path) {
    return poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

inline QString pdfInfo(const QString& path, const QString& field) {
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

inline bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

} // namespace b12::testing
