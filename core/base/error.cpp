// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/error.h"

namespace b12::core {

std::string Error::toString() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
    }
    if (!out.empty()) {
        out += ": ";
    }
    return out + message;
}

} // namespace b12::core
