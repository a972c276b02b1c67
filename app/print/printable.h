// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace b12::app {

/// A page that prints what it shows. The window has one Print action (Ctrl+P): it asks the
/// page in view, takes its text from printActionText(), and is off on pages that are not
/// Printable or have nothing to print.
class Printable {
public:
    Printable() = default;
    Printable(const Printable&) = delete;
    Printable& operator=(const Printable&) = delete;
    Printable(Printable&&) = delete;
    Printable& operator=(Printable&&) = delete;
    virtual ~Printable() = default;

    /// What the Print action says on this page, with its mnemonic ("&Print Section…").
    [[nodiscard]] virtual QString printActionText() const = 0;
    /// Whether there is something to print now.
    [[nodiscard]] virtual bool canPrint() const { return true; }
    /// Shows the pages as they will print, from where they print.
    virtual void print() = 0;
};

} // namespace b12::app
