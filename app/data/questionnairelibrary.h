// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/shippeddata.h"
#include "core/questionnaire/questionnaire.h"

#include <QString>

namespace b12::app {

/// Owns the questionnaire the app asks, read once from the shipped data files.
class QuestionnaireLibrary {
public:
    explicit QuestionnaireLibrary(QString folder = ShippedData::kFolder);

    /// Loads the questionnaire; on failure questionnaire() is empty and the error says why.
    bool load();
    [[nodiscard]] const core::Questionnaire& questionnaire() const { return m_questionnaire; }
    [[nodiscard]] const QString& errorMessage() const { return m_error; }

private:
    QString m_folder;
    core::Questionnaire m_questionnaire;
    QString m_error;
};

} // namespace b12::app
