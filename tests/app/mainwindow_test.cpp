// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/articlepage.h"
#include "app/data/contentlibrary.h"
#include "app/data/saveddata.h"
#include "app/shell/mainwindow.h"
#include "tests/app/qtprinters.h"
#include "tests/app/testsettings.h"

#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace b12::app;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_content.load()); }

    std::unique_ptr<MainWindow> openWindow(QSettings* settings) {
        auto window = std::make_unique<MainWindow>(AppContext{settings, &m_content});
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get())); // shortcuts need an active window
        return window;
    }
    // A window whose pages read what the person saved from `saved`, as the app's do.
    AppContext contextReading(SavedData& saved) {
        AppContext context{m_settings.get(), &m_content};
        context.questionnaire = &saved.questionnaire();
        context.answers = &saved.answers();
        context.notes = &saved.notes();
        context.savedData = &saved;
        return context;
    }
    QString sectionId(int index) {
        return QString::fromStdString(m_content.article().sections.at(index).id);
    }

    b12::testing::TestSettings m_settings;
    ContentLibrary m_content;
};

} // namespace

TEST_F(MainWindowTest, ZoomIsKeptAcrossRestarts) {
    {
        auto window = openWindow(m_settings.get());
        const qreal normal = window->articlePage()->font().pointSizeF();
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        EXPECT_EQ(window->zoomPercent(), 125);
        EXPECT_GT(window->articlePage()->font().pointSizeF(), normal * 1.2);
        window->close();
    }
    auto settings = m_settings.reopen();
    auto window = openWindow(settings.get());
    EXPECT_EQ(window->zoomPercent(), 125);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window->zoomPercent(), 100);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(window->zoomPercent(), 90);
}

TEST_F(MainWindowTest, ZoomEnlargesTheTextBeingRead) {
    auto window = openWindow(m_settings.get());
    auto* reader = window->articlePage()->findChild<QWidget*>(QStringLiteral("reader"));
    ASSERT_NE(reader, nullptr);
    const qreal normal = reader->font().pointSizeF();
    for (int step = 0; step < 5; ++step) { // 110, 125, 150, 175, 200%
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    }
    ASSERT_EQ(window->zoomPercent(), 200);
    EXPECT_NEAR(reader->font().pointSizeF(), normal * 2, normal * 0.05);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(reader->font().pointSizeF(), normal, normal * 0.05);
}

TEST_F(MainWindowTest, ReopensAtTheLastSection) {
    {
        auto window = openWindow(m_settings.get());
        window->articlePage()->showSection(sectionId(4));
        window->close();
    }
    auto settings = m_settings.reopen();
    auto window = openWindow(settings.get());
    EXPECT_EQ(window->articlePage()->currentSectionId(), sectionId(4));
}

TEST_F(MainWindowTest, HistoryAndSectionKeysWork) {
    auto window = openWindow(m_settings.get());
    ArticlePage* page = window->articlePage();
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(page->currentSectionId(), sectionId(1));
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(page->currentSectionId(), sectionId(2));
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(page->currentSectionId(), sectionId(1));
    QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(page->currentSectionId(), sectionId(2));
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(page->currentSectionId(), sectionId(1));
}

TEST_F(MainWindowTest, CtrlShiftFPutsTheFocusInTheArticleSearchFromAnyPage) {
    auto window = openWindow(m_settings.get());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(window->showPage(QStringLiteral("questionnaire")));
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Article – B12 Guide"));
    auto* field = window->articlePage()->findChild<QLineEdit*>(QStringLiteral("searchAllField"));
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->hasFocus());
}

TEST_F(MainWindowTest, WindowTitleAndPages) {
    auto window = openWindow(m_settings.get());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Article – B12 Guide"));
    EXPECT_TRUE(window->pageIds().contains(QStringLiteral("article")));
    EXPECT_FALSE(window->showPage(QStringLiteral("nowhere")));
}

TEST_F(MainWindowTest, WhatThePersonSavedIsReadBeforeAPageThatShowsIt) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("answers.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "yes"}})");
    file.close();
    SavedData saved(folder.path());
    MainWindow window(contextReading(saved));
    window.show();
    EXPECT_TRUE(saved.questionnaire().questions.empty())
        << "read for the article, which shows nothing the person saved";

    ASSERT_TRUE(window.showPage(QStringLiteral("questionnaire")));
    EXPECT_FALSE(saved.questionnaire().questions.empty());
    EXPECT_EQ(saved.answers().answers().text("leg_burning"), "yes");
    EXPECT_TRUE(saved.read()) << "a second read repeats the first";
}

TEST_F(MainWindowTest, EveryPageThatShowsSavedDataHasItRead) {
    for (const char* page : {"chart", "summary"}) {
        const QTemporaryDir folder;
        SavedData saved(folder.path());
        MainWindow window(contextReading(saved));
        ASSERT_TRUE(window.showPage(QString::fromLatin1(page)));
        EXPECT_FALSE(saved.questionnaire().questions.empty()) << page;
    }
}
