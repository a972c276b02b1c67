// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace b12::app {

class ContentLibrary;
class Localization;
class SavedData;
class ShippedData;

/// What every page is given, and the only way a page reaches the rest of the app. The shell
/// builds it once (app/cli/cli.cpp), before any page exists, and everything it refers to
/// outlives the window: no member is ever missing, so no page checks for one. Tests build
/// their own from tests/support/testservices.h.
struct Services {
    /// The person's preferences (window, text size, language, summary choices, paper).
    QSettings& settings;
    /// The language of texts, numbers, dates and paper. A change of language reaches each
    /// widget once, as QEvent::LanguageChange; widgets then ask here which language it is.
    Localization& localization;
    /// The article in the current language.
    ContentLibrary& content;
    /// The other data files the app ships (the risk table, the summary texts).
    ShippedData& shipped;
    /// The questionnaire and what the person saved (answers, summary notes), read already.
    SavedData& saved;
};

} // namespace b12::app
