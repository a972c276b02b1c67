// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Language menu switches the whole window at run time, and the choice is kept.
#include "app/article/articlepage.h"
#include "app/data/answersstore.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/data/services.h"
#include "app/data/shippeddata.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"
#include "tests/app/testsettings.h"
#include "tests/i18n/tsfile.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

using namespace b12::app;

namespace {

class LanguageSwitchTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_saved.read()) << m_saved.errorMessage().toStdString(); }
    void TearDown() override {
        m_window.reset();
        m_localization.reset();
    }

    // The window as the app starts it: the language first, then the content in it.
    MainWindow* start(QSettings* settings, const QString& language = {}) {
        m_window.reset();
        m_localization = std::make_unique<Localization>(settings);
        m_localization->apply(language.isEmpty() ? m_localization->startLanguage() : language);
        EXPECT_TRUE(m_content.load(m_localization->language()));
        m_window = std::make_unique<MainWindow>(
            Services{*settings, *m_localization, m_content, m_shipped, m_saved});
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        return m_window.get();
    }
    // As a person does it: the Language menu, then the entry.
    void choose(const char* language) {
        auto* action =
            m_window->findChild<QAction*>(QStringLiteral("language_") + QLatin1String(language));
        ASSERT_NE(action, nullptr);
        action->trigger();
        QCoreApplication::processEvents(); // Qt posts LanguageChange to the windows
    }
    QStringList menuTitles() const {
        QStringList titles;
        for (QAction* action : m_window->menuBar()->actions()) {
            titles << action->text();
        }
        return titles;
    }
    QString tocItem(int row) const {
        return m_window->findChild<QListWidget*>(QStringLiteral("toc"))->item(row)->text();
    }
    QStringList tabs() const {
        auto* bar = m_window->findChild<QTabBar*>(QStringLiteral("pageTabs"));
        QStringList texts;
        for (int i = 0; i < bar->count(); ++i) {
            texts << bar->tabText(i);
        }
        return texts;
    }

    b12::testing::TestSettings m_settings;
    std::unique_ptr<QSettings> m_reopened;
    QTemporaryDir m_dir;
    ContentLibrary m_content;
    ShippedData m_shipped;
    SavedData m_saved{m_dir.filePath(QStringLiteral("data"))};
    std::unique_ptr<Localization> m_localization;
    std::unique_ptr<MainWindow> m_window;
};

// Every text a widget or action shows or gives a screen reader.
QStringList visibleTexts(QWidget* root) {
    QStringList texts{root->windowTitle()};
    auto widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : widgets) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName()
              << w->accessibleDescription() << w->statusTip() << w->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->placeholderText();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            texts << box->title();
        } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                texts << bar->tabText(i) << bar->tabToolTip(i);
            }
        } else if (auto* menu = qobject_cast<QMenu*>(w)) {
            texts << menu->title();
        }
    }
    for (QAction* action : root->findChildren<QAction*>()) {
        texts << action->text() << action->toolTip() << action->statusTip();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

TEST_F(LanguageSwitchTest, TheLanguageMenuSwitchesTheWholeWindowAtRunTime) {
    MainWindow* window = start(m_settings.get(), QStringLiteral("en"));
    const QString englishTitle = window->windowTitle();
    const QString englishToc = tocItem(0);
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&File")));
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Language")));
    EXPECT_EQ(tabs().first(), QStringLiteral("Article"));

    choose("de");
    EXPECT_NE(window->windowTitle(), englishTitle);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Artikel – B12 Guide"));
    for (const char* menu : {"&Datei", "&Bearbeiten", "&Ansicht", "&Sprache", "&Hilfe"}) {
        EXPECT_TRUE(menuTitles().contains(QString::fromUtf8(menu))) << menu;
    }
    EXPECT_FALSE(menuTitles().contains(QStringLiteral("&File")));
    EXPECT_EQ(tabs().first(), QStringLiteral("Artikel"));
    EXPECT_TRUE(tabs().contains(QStringLiteral("Fragebogen")));
    EXPECT_NE(tocItem(0), englishToc);
    EXPECT_EQ(tocItem(0), QString::fromStdString(m_content.article().sections.front().title));
    EXPECT_EQ(window->findChild<QLineEdit*>(QStringLiteral("searchAllField"))->placeholderText(),
              QStringLiteral("Alle Abschnitte durchsuchen"));
    EXPECT_TRUE(window->findChild<QAction*>(QStringLiteral("language_de"))->isChecked());
    EXPECT_FALSE(window->findChild<QAction*>(QStringLiteral("language_en"))->isChecked());
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));

    choose("en");
    EXPECT_EQ(window->windowTitle(), englishTitle);
    EXPECT_EQ(tocItem(0), englishToc);
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Help")));
}

TEST_F(LanguageSwitchTest, TheReaderStaysAtItsSectionInTheOtherLanguage) {
    MainWindow* window = start(m_settings.get(), QStringLiteral("en"));
    ASSERT_TRUE(window->articlePage()->showSection(QStringLiteral("leg-pain")));
    choose("de");
    EXPECT_EQ(window->articlePage()->currentSectionId(), QStringLiteral("leg-pain"));
    const QString text = window->findChild<QTextBrowser*>(QStringLiteral("reader"))->toPlainText();
    EXPECT_TRUE(
        text.startsWith(QString::fromStdString(m_content.article().find("leg-pain")->title)));
    EXPECT_TRUE(text.contains(QStringLiteral("Beinschmerzen"))) << text.left(200).toStdString();
}

TEST_F(LanguageSwitchTest, TheQuestionnaireSpeaksTheNewLanguage) {
    MainWindow* window = start(m_settings.get(), QStringLiteral("en"));
    ASSERT_TRUE(window->showPage(QStringLiteral("questionnaire")));
    QWidget* page = window->pageHost()->pageWidget(QStringLiteral("questionnaire"));
    ASSERT_NE(page, nullptr);
    auto pageText = [page] { return visibleTexts(page).join(u'\n'); };
    EXPECT_TRUE(pageText().contains(QStringLiteral("How old are you?")));
    choose("de");
    EXPECT_TRUE(pageText().contains(QStringLiteral("Wie alt sind Sie?")));
    EXPECT_FALSE(pageText().contains(QStringLiteral("How old are you?")));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Fragebogen – B12 Guide"));

    // The result, its reasons and its notes too.
    auto* next = page->findChild<QAbstractButton*>(QStringLiteral("nextButton"));
    ASSERT_NE(next, nullptr);
    while (next->isEnabled()) {
        next->click();
    }
    auto* result = page->findChild<QTextBrowser*>(QStringLiteral("resultView"));
    ASSERT_NE(result, nullptr);
    const QString german = result->toPlainText();
    EXPECT_TRUE(german.contains(QStringLiteral("Warum dieses Ergebnis"))) << german.toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("Bitte beachten Sie")));
    EXPECT_FALSE(german.contains(QStringLiteral("Why this result")));
    choose("en");
    EXPECT_TRUE(result->toPlainText().contains(QStringLiteral("Why this result")));
}

TEST_F(LanguageSwitchTest, TheChoiceIsKeptAcrossRestarts) {
    start(m_settings.get(), QStringLiteral("en"));
    choose("de");
    m_window->close();
    m_window.reset();
    m_localization.reset();
    EXPECT_EQ(QCoreApplication::translate("b12::app::MainWindow", "&File"), QStringLiteral("&File"))
        << "the app's translators left with it";

    m_reopened = m_settings.reopen(); // the next start of the app
    MainWindow* window = start(m_reopened.get());
    EXPECT_EQ(m_localization->language(), QStringLiteral("de"));
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Datei")));
    EXPECT_TRUE(window->findChild<QAction*>(QStringLiteral("language_de"))->isChecked());
    EXPECT_EQ(tocItem(0), QString::fromStdString(m_content.article().sections.front().title));
}

// Once German, no widget, menu or screen-reader text on any page is left in English: every
// English string the .ts translates differently must be gone from the window.
TEST_F(LanguageSwitchTest, NoEnglishIsLeftOnAnyPageAfterSwitching) {
    QSet<QString> english;
    for (const auto& m : b12::testing::readTsFile(QStringLiteral(B12_SOURCE_DIR) +
                                                  QStringLiteral("/translations/b12guide_de.ts"))) {
        if (!m.numerus && !m.translations.isEmpty() && m.translations.front() != m.source) {
            english.insert(m.source);
        }
    }
    ASSERT_GT(english.size(), 50);
    MainWindow* window = start(m_settings.get(), QStringLiteral("en"));
    for (const QString& id : window->pageIds()) {
        ASSERT_TRUE(window->showPage(id)); // every page made, so every page must follow
    }
    window->showPage(QStringLiteral("article"));
    int englishSeen = 0;
    for (const QString& text : visibleTexts(window)) {
        englishSeen += english.contains(text) ? 1 : 0;
    }
    ASSERT_GT(englishSeen, 20) << "the check must be able to see English";

    choose("de");
    for (const QString& id : window->pageIds()) {
        window->showPage(id);
    }
    QStringList left;
    for (const QString& text : visibleTexts(window)) {
        if (english.contains(text) && !left.contains(text)) {
            left << text;
        }
    }
    EXPECT_TRUE(left.isEmpty()) << "still English after switching to German:\n"
                                << left.join(u'\n').toStdString();
}
