// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: file access with a person's rights, also when the tests run as root.

#include <sys/fsuid.h>
#include <unistd.h>

namespace b12::testing {

/// Root reads and renames any file: while this lives, file access runs as nobody (the file
/// system uid alone, this thread only), as it would for the person. Does nothing when not
/// `needed` or not root.
class AsPersonWithoutRoot {
public:
    explicit AsPersonWithoutRoot(bool needed = true)
        : m_active(needed && ::geteuid() == 0) {
        if (m_active) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
    }
    ~AsPersonWithoutRoot() {
        if (m_active) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
    AsPersonWithoutRoot(const AsPersonWithoutRoot&) = delete;
    AsPersonWithoutRoot& operator=(const AsPersonWithoutRoot&) = delete;
    AsPersonWithoutRoot(AsPersonWithoutRoot&&) = delete;
    AsPersonWithoutRoot& operator=(AsPersonWithoutRoot&&) = delete;

private:
    bool m_active;
};

} // namespace b12::testing
