// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/articlepage.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"
#include "app/widgets/highcontrast.h"
#include "tests/app/qtprinters.h"
#include "tests/support/testservices.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFocusFrame>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <algorithm>

using namespace b12::app;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    std::unique_ptr<MainWindow> openWindow() {
        auto window = std::make_unique<MainWindow>(m_services.services());
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get())); // shortcuts need an active window
        return window;
    }
    QString sectionId(int index) {
        return QString::fromStdString(m_services.content().article().sections.at(index).id);
    }

    b12::testing::TestServices m_services;
};

} // namespace

TEST_F(MainWindowTest, ZoomIsKeptAcrossRestarts) {
    {
        auto window = openWindow();
        const qreal normal = window->articlePage()->font().pointSizeF();
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        EXPECT_EQ(window->zoomPercent(), 125);
        EXPECT_GT(window->articlePage()->font().pointSizeF(), normal * 1.2);
        window->close();
    }
    m_services.reopenSettings();
    auto window = openWindow();
    EXPECT_EQ(window->zoomPercent(), 125);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window->zoomPercent(), 100);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(window->zoomPercent(), 90);
}

TEST_F(MainWindowTest, ZoomEnlargesTheTextBeingRead) {
    auto window = openWindow();
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
        auto window = openWindow();
        window->articlePage()->showSection(sectionId(4));
        window->close();
    }
    m_services.reopenSettings();
    auto window = openWindow();
    EXPECT_EQ(window->articlePage()->currentSectionId(), sectionId(4));
}

TEST_F(MainWindowTest, HistoryAndSectionKeysWork) {
    auto window = openWindow();
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
    auto window = openWindow();
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
    auto window = openWindow();
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Article – B12 Guide"));
    EXPECT_TRUE(window->pageIds().contains(QStringLiteral("article")));
    EXPECT_FALSE(window->showPage(QStringLiteral("nowhere")));
}

TEST_F(MainWindowTest, OnePrintActionPrintsThePageInView) {
    auto window = openWindow();
    auto* print = window->findChild<QAction*>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    EXPECT_TRUE(print->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
    const QList<QAction*> actions = window->findChildren<QAction*>();
    EXPECT_EQ(std::count_if(actions.begin(), actions.end(),
                            [](const QAction* action) {
                                return action->shortcuts().contains(
                                    QKeySequence(Qt::CTRL | Qt::Key_P));
                            }),
              1)
        << "Ctrl+P is one action";
    EXPECT_TRUE(print->isEnabled());
    EXPECT_EQ(print->text(), QStringLiteral("&Print Section…"));
    ASSERT_TRUE(window->showPage(QStringLiteral("summary")));
    EXPECT_TRUE(print->isEnabled());
    EXPECT_EQ(print->text(), QStringLiteral("&Print Summary…"));
    ASSERT_TRUE(window->showPage(QStringLiteral("questionnaire")));
    EXPECT_FALSE(print->isEnabled()) << "the questionnaire prints through its summary";
}

// A keyboard alone reaches every part of the window: Tab from the article goes on to the
// page tabs and the search field, not round the article only.
TEST_F(MainWindowTest, TabReachesThePageTabsAndTheSearchField) {
    auto window = openWindow();
    window->articlePage()->setFocus();
    QStringList visited;
    for (int i = 0; i < 20; ++i) {
        QWidget* focused = QApplication::focusWidget();
        visited << (focused != nullptr ? focused->objectName() : QStringLiteral("<none>"));
        QTest::keyClick(focused != nullptr ? focused : window.get(), Qt::Key_Tab);
    }
    EXPECT_TRUE(visited.contains(QStringLiteral("pageTabs"))) << visited.join(u' ').toStdString();
    EXPECT_TRUE(visited.contains(QStringLiteral("searchAllField")))
        << visited.join(u' ').toStdString();
}

TEST_F(MainWindowTest, PagesChangeByKeyboardAndAreListedInTheGoMenu) {
    auto window = openWindow();
    ASSERT_EQ(window->pageHost()->currentPageId(), QStringLiteral("article"));
    QTest::keyClick(window.get(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(window->pageHost()->currentPageId(), QStringLiteral("questionnaire"));
    QTest::keyClick(window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->pageHost()->currentPageId(), QStringLiteral("article"));
    QTest::keyClick(window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->pageHost()->currentPageId(), window->pageIds().last()) << "goes round";
    QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
    EXPECT_EQ(window->pageHost()->currentPageId(), QStringLiteral("chart"));

    auto* showSummary = window->findChild<QAction*>(QStringLiteral("showPage_summary"));
    ASSERT_NE(showSummary, nullptr);
    EXPECT_EQ(showSummary->text(), QStringLiteral("&4 Doctor Visit Summary"));
    EXPECT_EQ(showSummary->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
}

TEST_F(MainWindowTest, F1OpensTheUserGuideInTheAppWithItsPictures) {
    auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto* guide = window->findChild<QDialog*>(QStringLiteral("userGuide"));
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("B12 Guide: user guide")));
    const QVariant picture =
        text->document()->resource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("qrc:/guide/screenshots/article-en.png")));
    EXPECT_TRUE(picture.isValid()) << "the screenshots are in the app";

    // Its contents lead to the heading they name.
    const int before = text->verticalScrollBar()->value();
    emit text->anchorClicked(QUrl(QStringLiteral("#reading-the-chart")));
    EXPECT_GT(text->verticalScrollBar()->value(), before);
    EXPECT_TRUE(text->textCursor().block().text().startsWith(QStringLiteral("Reading the chart")));
}

// The keyboard focus shows as a ring round the focused control, outside it, wherever the
// focus goes: the reader's text as much as a button.
TEST_F(MainWindowTest, AFocusRingGoesRoundTheFocusedControl) {
    auto window = openWindow();
    auto* ring = window->findChild<QFocusFrame*>(QStringLiteral("focusRing"));
    ASSERT_NE(ring, nullptr);
    for (const char* name : {"toc", "reader", "searchAllField"}) {
        auto* control = window->findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(control, nullptr) << name;
        control->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(ring->widget(), control) << name;
        EXPECT_TRUE(ring->isVisible()) << name;
        const QRect around(ring->mapToGlobal(QPoint(0, 0)), ring->size());
        const QRect inside(control->mapToGlobal(QPoint(0, 0)), control->size());
        EXPECT_EQ(around, inside.adjusted(-3, -3, 3, 3)) << name;
    }
}

// Larger text reaches the menus as well, and the View menu says the size now.
TEST_F(MainWindowTest, MenusGrowWithTheTextAndTheSizeIsShown) {
    auto window = openWindow();
    auto* file = window->menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    const qreal normal = file->font().pointSizeF();
    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(file->font().pointSizeF(), normal * 1.2);
    EXPECT_GT(window->menuBar()->font().pointSizeF(), normal * 1.2);
    const QList<QAction*> actions = window->findChildren<QAction*>();
    EXPECT_TRUE(std::any_of(actions.begin(), actions.end(), [](const QAction* action) {
        return action->text() == QStringLiteral("&Normal Size (now 125%)");
    }));
}

// View > High Contrast: every text and its background at least 4.5:1 (WCAG AA), kept for the
// next start, and the app's own palette back when it is turned off.
TEST_F(MainWindowTest, HighContrastIsKeptAndEveryTextReadsAtAALevel) {
    const QPalette before = QApplication::palette();
    {
        auto window = openWindow();
        auto* action = window->findChild<QAction*>(QStringLiteral("highContrastAction"));
        ASSERT_NE(action, nullptr);
        action->trigger();
        const QPalette palette = QApplication::palette();
        for (const auto& [text, background] :
             {std::pair{QPalette::Text, QPalette::Base},
              std::pair{QPalette::WindowText, QPalette::Window},
              std::pair{QPalette::ButtonText, QPalette::Button},
              std::pair{QPalette::HighlightedText, QPalette::Highlight},
              std::pair{QPalette::Link, QPalette::Base},
              std::pair{QPalette::PlaceholderText, QPalette::Base}}) {
            EXPECT_GE(contrastRatio(palette.color(text), palette.color(background)), 4.5)
                << text << " on " << background;
        }
        EXPECT_GE(contrastRatio(palette.color(QPalette::Disabled, QPalette::Text),
                                palette.color(QPalette::Base)),
                  4.5);
        QCoreApplication::processEvents();
        EXPECT_EQ(window->articlePage()->palette().color(QPalette::Base), QColor(Qt::black));
    }
    EXPECT_EQ(QApplication::palette(), before) << "the window gave the palette back";
    m_services.reopenSettings();
    {
        auto window = openWindow();
        EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::black))
            << "kept for the next start";
        window->findChild<QAction*>(QStringLiteral("highContrastAction"))->trigger();
        EXPECT_EQ(QApplication::palette(), before);
    }
}

TEST(HighContrast, RatiosFollowWcag) {
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::black), 1.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.02);
}
