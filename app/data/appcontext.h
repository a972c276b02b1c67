// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace b12::core {
struct Questionnaire;
}

namespace b12::app {

class AnswersStore;
class ContentLibrary;
class Localization;
class PersonalNotesStore;
class SavedData;

/// What the pages share, passed in rather than reached through globals so that tests can
/// give each window its own settings file and content.
struct AppContext {
    QSettings* settings = nullptr;
    ContentLibrary* content = nullptr;
    /// The questions asked; nullptr when it could not be loaded.
    const core::Questionnaire* questionnaire = nullptr;
    /// The person's answers: read them here and connect to AnswersStore::changed().
    AnswersStore* answers = nullptr;
    /// What the person typed for their summary, cleared with their answers; when null the
    /// summary page keeps its own beside the answers.
    PersonalNotesStore* notes = nullptr;
    /// The language of texts, numbers, dates and paper; null in tests that need none.
    Localization* localization = nullptr;
    /// Where the questionnaire, answers and notes above come from, when they are read only
    /// once needed: the app reads them just after the first paint, and a page that shows
    /// them has them read before it is made, in case it comes first. Null when they are
    /// read already.
    SavedData* savedData = nullptr;
};

} // namespace b12::app
