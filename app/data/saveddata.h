// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/answersstore.h"
#include "app/data/diarystore.h"
#include "app/data/personalnotesstore.h"
#include "app/data/questionnairelibrary.h"

#include <QStringList>

namespace b12::app {

/// What the app keeps of the person: their saved answers, summary notes and diary, and the
/// questionnaire the answers and the diary refer to. The shell reads it before it makes any
/// page.
class SavedData {
public:
    /// The answers, notes and diary live in `folder`; the questionnaire comes from the shipped
    /// data files in `dataFolder`.
    explicit SavedData(const QString& folder = AnswersStore::defaultFolder(),
                       const QString& dataFolder = ShippedData::kFolder);

    /// Reads the questionnaire, then the answers, notes and diary. False when the
    /// questionnaire could not be loaded (errorMessage() says why); a damaged answers, notes
    /// or diary file is not a failure: the stores set it aside and say so in their notice().
    bool read();
    [[nodiscard]] const QString& errorMessage() const { return m_questionnaire.errorMessage(); }

    /// Forgets every answer, note and diary entry and deletes their files. The problems, in
    /// the person's words, when a file could not be deleted; empty when all is gone.
    [[nodiscard]] QStringList deleteAll();

    [[nodiscard]] const core::Questionnaire& questionnaire() const {
        return m_questionnaire.questionnaire();
    }
    [[nodiscard]] AnswersStore& answers() { return m_answers; }
    [[nodiscard]] const AnswersStore& answers() const { return m_answers; }
    [[nodiscard]] PersonalNotesStore& notes() { return m_notes; }
    [[nodiscard]] DiaryStore& diary() { return m_diary; }

private:
    QuestionnaireLibrary m_questionnaire;
    AnswersStore m_answers;
    PersonalNotesStore m_notes;
    DiaryStore m_diary;
};

} // namespace b12::app
