// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A settings file of the test's own, so tests never read or write the person's settings.

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace b12::testing {

class TestSettings {
public:
    TestSettings()
        : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("b12guide.ini")),
                                                 QSettings::IniFormat)) {}
    QSettings* get() { return m_settings.get(); }
    /// A second QSettings on the same file, as the next start of the app would see it.
    std::unique_ptr<QSettings> reopen() {
        m_settings->sync();
        return std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace b12::testing
