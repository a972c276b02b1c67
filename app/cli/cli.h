// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace b12::app {

/// Parses the command line and either runs a headless command (no display needed) or opens
/// the main window. Returns the process exit code: 0 on success, 1 on a usage error,
/// 2 on bad input.
int run(int argc, char* argv[]);

} // namespace b12::app
