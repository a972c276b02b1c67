// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/answersstore.h"
#include "app/data/personalnotesstore.h"
#include "app/data/questionnairelibrary.h"

#include <QStringList>

namespace b12::app {

/// What the app keeps of the person: their saved answers and summary notes, and the
/// questionnaire the answers refer to. The shell reads it before it makes any page.
class SavedData {
public:
    /// The answers and notes live in `folder`; the questionnaire comes from the shipped
    /// data files in `dataFolder`.
    explicit SavedData(const QString& folder = AnswersStore::defaultFolder(),
                       const QString& dataFolder = ShippedData::kFolder);

    /// Reads the questionnaire, then the answers and notes. False when the questionnaire
    /// could not be loaded (errorMessage() says why); a damaged answers or notes file is not
    /// a failure: the stores set it aside and say so in their notice().
    bool read();
    [[nodiscard]] const QString& errorMessage() const { return m_questionnaire.errorMessage(); }

    /// Forgets every answer and note and deletes their files. The problems, in the person's
    /// words, when a file could not be deleted; empty when all is gone.
    [[nodiscard]] QStringList deleteAll();

    [[nodiscard]] const core::Questionnaire& questionnaire() const {
        return m_questionnaire.questionnaire();
    }
    [[nodiscard]] AnswersStore& answers() { return m_answers; }
    [[nodiscard]] const AnswersStore& answers() const { return m_answers; }
    [[nodiscard]] PersonalNotesStore& notes() { return m_notes; }

private:
    QuestionnaireLibrary m_questionnaire;
    AnswersStore m_answers;
    PersonalNotesStore m_notes;
};

} // namespace b12::app
