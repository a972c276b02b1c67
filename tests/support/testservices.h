// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the Services a page is given, all of the test's own: a settings file, the
// language, the shipped article and data files, and saved data in a fresh folder, read as
// the app reads it before it makes a page.

#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/data/services.h"
#include "app/data/shippeddata.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace b12::testing {

class TestServices {
public:
    /// The data files come from `dataFolder` (the shipped ones unless a test has broken
    /// ones); nothing is saved yet. The language is English until a test applies another.
    explicit TestServices(const QString& dataFolder = app::ShippedData::kFolder)
        : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("b12guide.ini")),
                                                 QSettings::IniFormat))
        , m_localization(m_settings.get())
        , m_shipped(dataFolder)
        , m_saved(folder(), dataFolder) {
        EXPECT_TRUE(m_content.load()) << m_content.errorMessage().toStdString();
        EXPECT_TRUE(m_saved.read()) << m_saved.errorMessage().toStdString();
    }

    [[nodiscard]] app::Services services() {
        return {*m_settings, m_localization, m_content, m_shipped, m_saved};
    }
    /// Where the answers and notes are saved.
    [[nodiscard]] QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    [[nodiscard]] QSettings& settings() { return *m_settings; }
    [[nodiscard]] app::Localization& localization() { return m_localization; }
    [[nodiscard]] app::ContentLibrary& content() { return m_content; }
    [[nodiscard]] app::SavedData& saved() { return m_saved; }
    [[nodiscard]] app::AnswersStore& answers() { return m_saved.answers(); }
    [[nodiscard]] app::PersonalNotesStore& notes() { return m_saved.notes(); }
    [[nodiscard]] const core::Questionnaire& questionnaire() const {
        return m_saved.questionnaire();
    }
    /// The settings as the next start of the app would read them; later services() use them.
    void reopenSettings() {
        m_settings->sync();
        m_settings = std::make_unique<QSettings>(m_settings->fileName(), QSettings::IniFormat);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    app::Localization m_localization;
    app::ContentLibrary m_content;
    app::ShippedData m_shipped;
    app::SavedData m_saved;
};

} // namespace b12::testing
