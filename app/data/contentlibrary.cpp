// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/contentlibrary.h"

#include "app/data/shippeddata.h"

#include <QDir>
#include <QFile>

namespace b12::app {

namespace {
const QString kReferenceLanguage = QStringLiteral("en");

QStringList idsOf(const std::vector<std::string>& ids) {
    QStringList list;
    for (const std::string& id : ids) {
        list << QString::fromStdString(id);
    }
    return list;
}
} // namespace

std::vector<core::ContentFile> readContentFiles(const QString& folder) {
    std::vector<core::ContentFile> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            files.push_back({dir.filePath(name).toStdString(), bytes.toStdString()});
        }
    }
    return files;
}

ContentLibrary::ContentLibrary(QString root, QString glossaryFile, QObject* parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_glossaryFile(std::move(glossaryFile)) {}

void ContentLibrary::loadGlossary() {
    if (m_glossaryLoaded) {
        return;
    }
    m_glossaryLoaded = true;
    auto text = readDataFile(m_glossaryFile);
    auto parsed = text ? core::parseGlossary(text.value(), m_glossaryFile.toStdString())
                       : core::Result<core::Glossary>(text.error());
    if (!parsed) {
        m_glossaryProblem = QString::fromStdString(parsed.error().toString());
        return;
    }
    m_glossary = std::move(parsed).value();
}

bool ContentLibrary::loadReference() {
    if (m_referenceLoaded) {
        return true;
    }
    auto parsed =
        core::parseArticle(readContentFiles(m_root + QLatin1Char('/') + kReferenceLanguage));
    if (!parsed) {
        m_error = QString::fromStdString(parsed.error().toString());
        return false;
    }
    m_reference = std::move(parsed).value();
    m_referenceLoaded = true;
    return true;
}

bool ContentLibrary::load(const QString& language) {
    m_language = language;
    m_translationProblem.clear();
    m_untranslated.clear();
    if (!loadReference()) {
        m_article = {};
        return false;
    }
    m_error.clear();
    loadGlossary();
    if (language == kReferenceLanguage) {
        m_article = m_reference;
        core::addGlossary(m_article, m_glossary, kReferenceLanguage.toStdString());
        return true;
    }
    auto translated = core::parseTranslatedArticle(
        m_reference, readContentFiles(m_root + QLatin1Char('/') + language));
    if (!translated) {
        // A broken translation must not leave the reader without an article.
        m_translationProblem = QString::fromStdString(translated.error().toString());
        m_article = m_reference;
        core::addGlossary(m_article, m_glossary, kReferenceLanguage.toStdString());
        for (const core::Section& section : m_article.sections) {
            m_untranslated << QString::fromStdString(section.id);
        }
        return true;
    }
    m_untranslated = idsOf(translated.value().untranslatedSectionIds);
    m_article = std::move(translated).value().article;
    core::addGlossary(m_article, m_glossary, language.toStdString());
    const bool glossaryTranslated = m_glossary.title.byLanguage.find(language.toStdString()) !=
                                    m_glossary.title.byLanguage.end();
    if (!m_glossary.terms.empty() && !glossaryTranslated) {
        m_untranslated << QString::fromLatin1(
            core::kGlossarySectionId.data(),
            static_cast<qsizetype>(core::kGlossarySectionId.size()));
    }
    return true;
}

bool ContentLibrary::setLanguage(const QString& language) {
    if (language == m_language && !m_article.sections.empty()) {
        return true;
    }
    const QString previous = m_language;
    if (!load(language)) {
        m_language = previous;
        return false;
    }
    emit contentChanged();
    return true;
}

} // namespace b12::app
