// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include <QTextStream>

#include <cstdio>

namespace b12::app {

int printError(const QString& message, int code) {
    QTextStream(stderr) << "b12guide: " << message << Qt::endl;
    return code;
}

void printBytes(const std::string& bytes) {
    // Nothing more to do when stdout is gone: the exit code already tells the result.
    (void)std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    (void)std::fflush(stdout);
}

} // namespace b12::app
