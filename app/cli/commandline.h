// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command of the command line shares: exit codes, how an error is said, and
// the application's name and version.

#include <QString>

#include <string>

namespace b12::app {

/// The exit code of a command line the app does not understand.
inline constexpr int kUsageError = 1;
/// The exit code of a file (or shipped data) that cannot be read or written.
inline constexpr int kBadInput = 2;

/// The name and version the settings, data folder and --version use.
void setApplicationInfo();
/// Says "b12guide: <message>" on standard error and gives back `code`.
int printError(const QString& message, int code);
/// Writes bytes to standard output as they are.
void printBytes(const std::string& bytes);

} // namespace b12::app
