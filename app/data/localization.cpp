// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/localization.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>
#include <QtDebug>

namespace b12::app {

namespace {
QString codeOf(const QLocale& locale) {
    return locale.name().section(QLatin1Char('_'), 0, 0);
}
} // namespace

const QList<Language>& Localization::languages() {
    static const QList<Language> kLanguages{
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("en_GB")},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), QStringLiteral("de_DE")},
    };
    return kLanguages;
}

QStringList Localization::languageCodes() {
    QStringList codes;
    for (const Language& language : languages()) {
        codes << language.code;
    }
    return codes;
}

bool Localization::isAvailable(const QString& code) {
    return languageCodes().contains(code);
}

QString Localization::languageForLocale(const QLocale& locale) {
    const QString code = codeOf(locale);
    return isAvailable(code) ? code : kFallbackLanguage;
}

QLocale Localization::localeFor(const QString& language, const QLocale& system) {
    if (system.language() != QLocale::C && codeOf(system) == language) {
        return system;
    }
    for (const Language& known : languages()) {
        if (known.code == language) {
            return QLocale(known.homeLocale);
        }
    }
    return QLocale(language);
}

Localization::Localization(QSettings* settings)
    : m_settings(settings) {}

Localization::~Localization() {
    removeTranslators();
    if (!m_language.isEmpty()) {
        QLocale::setDefault(m_previousDefaultLocale);
    }
}

QString Localization::startLanguage() const {
    if (m_settings != nullptr) {
        QString remembered = m_settings->value(kSettingsKey).toString();
        if (isAvailable(remembered)) {
            return remembered;
        }
    }
    return languageForLocale(QLocale::system());
}

bool Localization::apply(const QString& code) {
    if (!isAvailable(code)) {
        return false;
    }
    if (code == m_language) {
        return true;
    }
    if (m_language.isEmpty()) {
        m_previousDefaultLocale = QLocale();
    }
    m_language = code;
    m_locale = localeFor(code);
    QLocale::setDefault(m_locale);

    // Installing or removing a translator makes Qt send QEvent::LanguageChange to every
    // widget; by then language() and the default locale are already the new ones.
    const bool hadTranslators = m_appInstalled || m_qtInstalled;
    removeTranslators();
    m_appLoaded = true;
    m_qtLoaded = true;
    if (code != kFallbackLanguage) {
        m_appLoaded = m_appTranslator.load(QStringLiteral(":/i18n/b12guide_%1.qm").arg(code));
        if (!m_appLoaded) {
            qWarning().noquote() << "No translation of the app into" << code
                                 << "found; its texts stay in English.";
        }
        // Qt's own texts: standard buttons, the print and file dialogs.
        m_qtLoaded = m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!m_qtLoaded) {
            qWarning().noquote() << "No Qt translation into" << code
                                 << "found; standard dialogs stay in English.";
        }
        if (QCoreApplication::instance() != nullptr) {
            m_appInstalled = m_appLoaded && QCoreApplication::installTranslator(&m_appTranslator);
            m_qtInstalled = m_qtLoaded && QCoreApplication::installTranslator(&m_qtTranslator);
        }
    }
    if (!hadTranslators && !m_appInstalled && !m_qtInstalled &&
        QCoreApplication::instance() != nullptr) {
        // No translator changed, yet the locale and the content did: tell the widgets.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return true;
}

bool Localization::choose(const QString& code) {
    if (!apply(code)) {
        return false;
    }
    if (m_settings != nullptr) {
        m_settings->setValue(kSettingsKey, code);
    }
    return true;
}

void Localization::removeTranslators() {
    if (QCoreApplication::instance() != nullptr) {
        if (m_appInstalled) {
            QCoreApplication::removeTranslator(&m_appTranslator);
        }
        if (m_qtInstalled) {
            QCoreApplication::removeTranslator(&m_qtTranslator);
        }
    }
    m_appInstalled = false;
    m_qtInstalled = false;
}

} // namespace b12::app
