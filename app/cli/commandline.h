// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command of the command line shares: how an error and a result are said. The
// exit codes are the program's (app/shell/application.h).

#include "app/shell/application.h"

#include <QString>

#include <string>

namespace b12::app {

/// Says "b12guide: <message>" on standard error and gives back `code`.
int printError(const QString& message, int code);
/// Writes bytes to standard output as they are.
void printBytes(const std::string& bytes);

} // namespace b12::app
