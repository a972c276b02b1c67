// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/article.h"
#include "core/article/glossary.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace b12::app {

/// Reads one language's content files from a folder (normally the embedded ":/content").
std::vector<core::ContentFile> readContentFiles(const QString& folder);

/// Owns the article the app shows, in one language. The English article is the reference:
/// a section another language lacks is shown in English, and listed as untranslated.
class ContentLibrary : public QObject {
    Q_OBJECT
public:
    /// `root` holds one folder per language ("en", "de", ...); `glossaryFile` the words the
    /// article explains (glossary.json).
    explicit ContentLibrary(QString root = QStringLiteral(":/content"),
                            QString glossaryFile = QStringLiteral(":/data/glossary.json"),
                            QObject* parent = nullptr);

    /// Loads the article in `language`; on failure article() is empty and the error says
    /// why. A translation that cannot be read leaves the English article in its place and
    /// says why in translationProblem().
    bool load(const QString& language = QStringLiteral("en"));
    /// Switches to another language and emits contentChanged(). False, keeping the current
    /// article, when even the English article cannot be read.
    bool setLanguage(const QString& language);

    [[nodiscard]] const core::Article& article() const { return m_article; }
    [[nodiscard]] const QString& language() const { return m_language; }
    /// Ids of the sections shown in English because the language has no text for them.
    [[nodiscard]] const QStringList& untranslatedSectionIds() const { return m_untranslated; }
    [[nodiscard]] const QString& errorMessage() const { return m_error; }
    /// Why the translation could not be used; empty when it could.
    [[nodiscard]] const QString& translationProblem() const { return m_translationProblem; }
    /// The words the article explains, each at its first use in a section and in a section
    /// of their own (empty when the glossary could not be read: see glossaryProblem()).
    [[nodiscard]] const core::Glossary& glossary() const { return m_glossary; }
    /// Why the glossary could not be read; empty when it could. The article is shown without.
    [[nodiscard]] const QString& glossaryProblem() const { return m_glossaryProblem; }

signals:
    /// The article changed (another language); pages showing it rebuild.
    void contentChanged();

private:
    bool loadReference();
    void loadGlossary();

    QString m_root;
    QString m_glossaryFile;
    bool m_glossaryLoaded = false;
    core::Glossary m_glossary;
    QString m_glossaryProblem;
    QString m_language;
    bool m_referenceLoaded = false;
    core::Article m_reference;
    core::Article m_article;
    QStringList m_untranslated;
    QString m_error;
    QString m_translationProblem;
};

} // namespace b12::app
