// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/print/pdffile.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace b12::app {

namespace {

// Vector output does not need more; a round number keeps device units readable.
constexpr int kResolution = 300;

// The texts of this file; a class gives lupdate their context.
class PdfFile {
    Q_DECLARE_TR_FUNCTIONS(b12::app::PdfFile)
};

} // namespace

bool writePdfFile(const QString& path, const QPageLayout& layout, const QString& title,
                  const std::function<bool(QPdfWriter&)>& draw, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PdfFile::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    bool drawn = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("B12 Guide " B12_VERSION));
        drawn = draw(writer);
    }
    if (!drawn) {
        file.cancelWriting();
        *error = PdfFile::tr("%1 could not be written: the pages could not be drawn").arg(path);
        return false;
    }
    // flush() first: Qt 6.4's commit() misses a failed final write (a full disk).
    if (!file.flush() || !file.commit()) {
        *error = PdfFile::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace b12::app
