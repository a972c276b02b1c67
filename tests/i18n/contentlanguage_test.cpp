// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The article in each language, and what a reader sees when a translation is missing.
#include "app/data/contentlibrary.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b12::app::ContentLibrary;

namespace {

QString title(const ContentLibrary& content, const QString& id) {
    const b12::core::Section* section = content.article().find(id.toStdString());
    return section != nullptr ? QString::fromStdString(section->title) : QString();
}

// A content folder of the test's own: the shipped English and German files, less `skip`,
// plus `extra` German files.
class ContentFolder {
public:
    explicit ContentFolder(const QString& skip = {},
                           const QList<QPair<QString, QByteArray>>& extra = {}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QDir().mkpath(m_dir.filePath(language));
            const QDir shipped(QStringLiteral(":/content/") + language);
            for (const QString& name : shipped.entryList(QDir::Files)) {
                if (language == QLatin1String("de") && name == skip) {
                    continue;
                }
                QFile::copy(shipped.filePath(name), m_dir.filePath(language + u'/' + name));
            }
        }
        for (const auto& [name, bytes] : extra) {
            QFile file(m_dir.filePath(QStringLiteral("de/") + name));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(ContentLanguage, GermanHasEverySectionInGerman) {
    ContentLibrary english;
    ContentLibrary german;
    ASSERT_TRUE(english.load(QStringLiteral("en")));
    ASSERT_TRUE(german.load(QStringLiteral("de"))) << german.errorMessage().toStdString();
    EXPECT_TRUE(german.untranslatedSectionIds().isEmpty())
        << german.untranslatedSectionIds().join(u',').toStdString();
    EXPECT_TRUE(german.translationProblem().isEmpty());
    ASSERT_EQ(german.article().sections.size(), english.article().sections.size());
    EXPECT_EQ(title(german, QStringLiteral("sources")), QStringLiteral("Quellen"));
    EXPECT_EQ(title(english, QStringLiteral("sources")), QStringLiteral("Sources"));
}

TEST(ContentLanguage, AMissingSectionIsShownInEnglishAndReported) {
    const ContentFolder folder(QStringLiteral("04-leg-pain.md"));
    ContentLibrary english(folder.path());
    ContentLibrary german(folder.path());
    ASSERT_TRUE(english.load(QStringLiteral("en")));
    ASSERT_TRUE(german.load(QStringLiteral("de")));
    EXPECT_EQ(german.untranslatedSectionIds(), QStringList{QStringLiteral("leg-pain")});
    EXPECT_EQ(title(german, QStringLiteral("leg-pain")),
              title(english, QStringLiteral("leg-pain")));
    EXPECT_FALSE(german.article().find("leg-pain")->html.empty()) << "never an empty page";
    EXPECT_EQ(title(german, QStringLiteral("sources")), QStringLiteral("Quellen"));
}

TEST(ContentLanguage, ABrokenTranslationShowsTheEnglishArticleAndSaysWhy) {
    const ContentFolder folder({}, {{QStringLiteral("99-no-such-section.md"), "# Unbekannt\n"}});
    ContentLibrary german(folder.path());
    ASSERT_TRUE(german.load(QStringLiteral("de")));
    EXPECT_TRUE(german.translationProblem().contains(QLatin1String("no-such-section")))
        << german.translationProblem().toStdString();
    EXPECT_EQ(title(german, QStringLiteral("sources")), QStringLiteral("Sources"));
    EXPECT_EQ(german.untranslatedSectionIds().size(),
              static_cast<qsizetype>(german.article().sections.size()));
}

TEST(ContentLanguage, ALanguageWithoutContentShowsEnglish) {
    ContentLibrary content;
    ASSERT_TRUE(content.load(QStringLiteral("fr")));
    EXPECT_EQ(title(content, QStringLiteral("sources")), QStringLiteral("Sources"));
    EXPECT_FALSE(content.article().sections.empty());
    EXPECT_EQ(content.untranslatedSectionIds().size(),
              static_cast<qsizetype>(content.article().sections.size()));
}

TEST(ContentLanguage, SwitchingReloadsAndTellsThePages) {
    ContentLibrary content;
    ASSERT_TRUE(content.load(QStringLiteral("en")));
    QSignalSpy changed(&content, &ContentLibrary::contentChanged);
    ASSERT_TRUE(content.setLanguage(QStringLiteral("de")));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(content.language(), QStringLiteral("de"));
    EXPECT_EQ(title(content, QStringLiteral("sources")), QStringLiteral("Quellen"));
    ASSERT_TRUE(content.setLanguage(QStringLiteral("de")));
    EXPECT_EQ(changed.size(), 1) << "the same language reloads nothing";
    ASSERT_TRUE(content.setLanguage(QStringLiteral("en")));
    EXPECT_EQ(title(content, QStringLiteral("sources")), QStringLiteral("Sources"));
}
