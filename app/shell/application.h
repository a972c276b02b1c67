// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace b12::app {

/// The program's exit codes besides 0, for the window and every command alike.
inline constexpr int kUsageError = 1; ///< a command line the app does not understand
inline constexpr int kBadInput = 2;   ///< a file (or shipped data) that cannot be read or written

/// The name and version the settings, the data folder and --version use.
void setApplicationInfo();

/// How the window is asked to open.
struct WindowStart {
    QString language; ///< the language code to run in
    QString page;     ///< a page id to show first, or empty
    QString section;  ///< an article section to open, or empty
    bool quitAfterFirstPaint = false;
};

/// The composition root of the window: makes the application object, the settings, the
/// language, the article, the shipped and the saved data, the Services every page gets and
/// the main window, then runs until the window closes. An unknown page or section is handed
/// to `refuse`, whose result is returned; shipped data that cannot be read is said in a
/// message box (kBadInput).
int runApplication(int argc, char* argv[], const WindowStart& start,
                   const std::function<int(const QString&)>& refuse);

} // namespace b12::app
