// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/answersstore.h"
#include "app/data/personalnotesstore.h"
#include "app/data/questionnairelibrary.h"

#include <optional>

namespace b12::app {

/// What the window keeps of the person: their saved answers and summary notes, and the
/// questionnaire the answers refer to. The first window shows none of it, so the app reads
/// it just after the first paint, or sooner when a page that shows it is made first.
class SavedData {
public:
    /// The answers and notes live in `folder`.
    explicit SavedData(const QString& folder = AnswersStore::defaultFolder());

    /// Reads the questionnaire, then the answers and notes, the first time; later calls
    /// only repeat the outcome. False when the questionnaire could not be loaded
    /// (errorMessage() says why); a damaged answers or notes file is not a failure: the
    /// stores set it aside and say so in their notice().
    bool read();
    [[nodiscard]] const QString& errorMessage() const { return m_questionnaire.errorMessage(); }

    [[nodiscard]] const core::Questionnaire& questionnaire() const {
        return m_questionnaire.questionnaire();
    }
    [[nodiscard]] AnswersStore& answers() { return m_answers; }
    [[nodiscard]] PersonalNotesStore& notes() { return m_notes; }

private:
    QuestionnaireLibrary m_questionnaire;
    AnswersStore m_answers;
    PersonalNotesStore m_notes;
    std::optional<bool> m_read;
};

} // namespace b12::app
