// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

class QSettings;

namespace b12::app {

/// One language the app speaks.
struct Language {
    QString code;       ///< "en", "de": the content folder, the .ts suffix, the data-file key.
    QString nativeName; ///< As its speakers write it; shown untranslated in the Language menu.
    QString homeLocale; ///< Numbers, dates and paper when the system speaks another language.
};

/// The language of the user interface, the content and the printout.
///
/// Installs the app's own translation (":/i18n/b12guide_<code>.qm") and Qt's
/// ("qtbase_<code>.qm", so standard dialogs follow), sets the default QLocale for numbers
/// and dates, and remembers a person's choice in the settings. A change reaches every widget
/// once, as QEvent::LanguageChange (the one way the language travels); a widget then asks
/// language() or locale(). The main window sees it before the pages in it, and brings the
/// article into the new language first.
class Localization {
public:
    /// The settings key of the remembered choice.
    static inline const QString kSettingsKey = QStringLiteral("ui/language");
    /// The language every text exists in, and the one shown when a translation is missing.
    static inline const QString kFallbackLanguage = QStringLiteral("en");

    /// The languages the app ships, English first. A new language is added here, with its
    /// content folder, its .ts file and its data-file texts (docs/content-authoring.md).
    static const QList<Language>& languages();
    static QStringList languageCodes();
    static bool isAvailable(const QString& code);
    /// The app's language for a system locale: the locale's own when the app has it
    /// ("de_AT" gives "de"), else English.
    static QString languageForLocale(const QLocale& locale);
    /// The locale for numbers, dates and paper in `language`: `system` itself when it is in
    /// that language (a person in Austria or the US keeps their region), else the language's
    /// home locale (de_DE, en_GB).
    static QLocale localeFor(const QString& language, const QLocale& system = QLocale::system());

    /// `settings` holds the remembered choice; it may be null (nothing is remembered).
    explicit Localization(QSettings* settings);
    /// Removes the translators and gives back the default locale found at construction.
    ~Localization();
    Localization(const Localization&) = delete;
    Localization& operator=(const Localization&) = delete;

    /// The language to start in: the remembered choice, else the system locale's.
    [[nodiscard]] QString startLanguage() const;

    /// Switches to `code` for this run: translators and default locale; the widgets are told
    /// by QEvent::LanguageChange.
    /// False for a language the app does not have; nothing changes then.
    bool apply(const QString& code);
    /// As apply(), and remembers the choice for the next start.
    bool choose(const QString& code);

    /// The current language code; empty before the first apply().
    [[nodiscard]] const QString& language() const { return m_language; }
    /// The locale of the current language (numbers, dates, paper).
    [[nodiscard]] const QLocale& locale() const { return m_locale; }

    /// Whether the app's own translation and Qt's were found for the current language
    /// (always true for English, which needs none).
    [[nodiscard]] bool appTranslationLoaded() const { return m_appLoaded; }
    [[nodiscard]] bool qtTranslationLoaded() const { return m_qtLoaded; }

private:
    void removeTranslators();

    QSettings* m_settings = nullptr;
    QString m_language;
    QLocale m_locale;
    QLocale m_previousDefaultLocale;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    bool m_appLoaded = true;
    bool m_qtLoaded = true;
};

} // namespace b12::app
