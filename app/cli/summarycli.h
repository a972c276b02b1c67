// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace b12::app {

/// `b12guide --summary-pdf OUT --answers FILE [--lang] [--paper] [--name] [--notes] [--chart]
/// [--diary-weeks N]`.
struct SummaryPdfCommand {
    QString output;
    QString answersFile;
    QString paper; ///< "a4", "letter", or empty for the locale's.
    QString name;
    QString notes;
    QString language;
    bool chart = false;
    QString diaryWeeks; ///< --diary-weeks N: the saved diary's last N weeks; empty for none.
    QString folder;     ///< Where the diary is saved.
};

/// Writes the summary of an answers file as a PDF without a display: it runs on Qt's
/// offscreen platform unless QT_QPA_PLATFORM says otherwise, and finds fonts through
/// fontconfig. Returns 0 on success, 1 on a usage error, 2 when the answers file is bad or
/// the PDF cannot be written; then no PDF is left behind.
int runSummaryPdfCommand(int argc, char* argv[], const SummaryPdfCommand& command);

} // namespace b12::app
