// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace b12::app {

/// `b12guide --diary-import FILE`, `--diary-export FILE` or `--diary-summary [--weeks N]`:
/// one of the three, on the diary in the app data folder. No display is needed.
struct DiaryCommand {
    QString importFile; ///< Adds every entry of this diary file, all or nothing.
    QString exportFile; ///< Writes every entry here: .json (the diary file) or .csv.
    bool summary = false;
    QString weeks; ///< The summary's weeks as typed; empty for 12.
    /// Where the diary is kept (the app data folder; its own for each test).
    QString folder;
};

/// Runs the command. Returns 0 on success; 1 on a usage error (none or several of the three,
/// --weeks without --diary-summary or not a number from 1 to 5200, an export file that
/// ends neither in .json nor in .csv); 2 when a file cannot be read or written, an entry is
/// not valid (the message names it by its position; nothing is added) or the saved diary
/// cannot be used (the message says why).
int runDiaryCommand(const DiaryCommand& command);

} // namespace b12::app
