// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/questionnairelibrary.h"

namespace b12::app {

QuestionnaireLibrary::QuestionnaireLibrary(QString folder)
    : m_folder(std::move(folder)) {}

bool QuestionnaireLibrary::load() {
    auto parsed = ShippedData(m_folder).readQuestionnaire();
    if (!parsed) {
        m_questionnaire = {};
        m_error = QString::fromStdString(parsed.error().toString());
        return false;
    }
    m_questionnaire = std::move(parsed).value();
    m_error.clear();
    return true;
}

} // namespace b12::app
