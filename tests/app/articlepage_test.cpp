// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/articlepage.h"
#include "app/article/findbar.h"
#include "app/article/glossarybar.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/print/sectionprinter.h"
#include "tests/app/qtprinters.h"
#include "tests/support/testservices.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace b12::app;

namespace {

class ArticlePageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_page = std::make_unique<ArticlePage>(m_services.services());
        m_page->resize(1000, 700);
        m_page->show();
    }

    template <class T> T* child(const char* name) {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QString readerText() { return child<QTextBrowser>("reader")->toPlainText(); }
    QString sectionId(int index) { return QString::fromStdString(sections().at(index).id); }
    QString sectionTitle(int index) { return QString::fromStdString(sections().at(index).title); }
    int sectionIndex(const char* id) {
        return static_cast<int>(m_services.content().article().indexOf(id).value_or(0));
    }
    const std::vector<b12::core::Section>& sections() {
        return m_services.content().article().sections;
    }

    b12::testing::TestServices m_services;
    std::unique_ptr<ArticlePage> m_page;
};

} // namespace

TEST_F(ArticlePageTest, TableOfContentsListsEverySectionAndOpensTheFirst) {
    auto* toc = child<QListWidget>("toc");
    ASSERT_EQ(toc->count(), static_cast<int>(sections().size()));
    EXPECT_EQ(toc->item(0)->text(), sectionTitle(0));
    EXPECT_EQ(m_page->currentSectionId(), sectionId(0));
    EXPECT_TRUE(readerText().startsWith(sectionTitle(0)));
}

TEST_F(ArticlePageTest, ASectionChosenWhileThePageIsHiddenIsThereWhenItShows) {
    m_page->resize(500, 300); // short enough to scroll
    m_page->hide();           // another page is in front, say the questionnaire
    ASSERT_TRUE(m_page->showSection(QStringLiteral("leg-pain")));
    auto* reader = child<QTextBrowser>("reader");
    EXPECT_EQ(reader->accessibleName(),
              QStringLiteral("Section: %1").arg(sectionTitle(sectionIndex("leg-pain"))));
    m_page->show();
    EXPECT_TRUE(readerText().startsWith(sectionTitle(sectionIndex("leg-pain"))));
    EXPECT_EQ(reader->documentTitle(), sectionTitle(sectionIndex("leg-pain")));
    // Shown again with nothing new chosen, it keeps where the person had scrolled to.
    ASSERT_GT(reader->verticalScrollBar()->maximum(), 0);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
    const int scrolled = reader->verticalScrollBar()->value();
    m_page->hide();
    m_page->show();
    EXPECT_EQ(reader->verticalScrollBar()->value(), scrolled);
}

TEST_F(ArticlePageTest, EverySectionEndsWithTheDateItWasLastReviewed) {
    m_services.localization().apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    const QLocale locale = m_services.localization().locale();
    for (int i = 0; i < static_cast<int>(sections().size()); ++i) {
        ASSERT_TRUE(m_page->showSection(sectionId(i)));
        const QDate date = QDate::fromString(
            QString::fromStdString(sections().at(static_cast<std::size_t>(i)).reviewed),
            Qt::ISODate);
        ASSERT_TRUE(date.isValid()) << sectionId(i).toStdString();
        const QString expected = QStringLiteral("Last reviewed: ") + formatLongDate(date, locale);
        EXPECT_TRUE(readerText().trimmed().endsWith(expected))
            << sectionId(i).toStdString() << ": " << readerText().right(80).toStdString();
        EXPECT_TRUE(readerText().contains(QString::number(date.year())));
        EXPECT_EQ(readerText().count(QStringLiteral("Last reviewed")), 1) << "said once";
    }

    m_services.localization().apply(QStringLiteral("de"));
    QCoreApplication::processEvents(); // the article reloads in German
    ASSERT_TRUE(m_page->showSection(QStringLiteral("overview")));
    const std::string reviewed = m_services.content().article().find("overview")->reviewed;
    const QDate date = QDate::fromString(QString::fromStdString(reviewed), Qt::ISODate);
    EXPECT_TRUE(readerText().trimmed().endsWith(
        QStringLiteral("Zuletzt geprüft: ") +
        QLocale(QStringLiteral("de_DE")).toString(date, QStringLiteral("d. MMMM yyyy"))))
        << readerText().right(80).toStdString();
}

TEST_F(ArticlePageTest, TableOfContentsWorksByKeyboard) {
    auto* toc = child<QListWidget>("toc");
    toc->setFocus();
    QTest::keyClick(toc, Qt::Key_Down);
    QTest::keyClick(toc, Qt::Key_Down);
    EXPECT_EQ(m_page->currentSectionId(), sectionId(2));
    EXPECT_TRUE(readerText().startsWith(sectionTitle(2)));
    QTest::keyClick(toc, Qt::Key_End);
    EXPECT_EQ(m_page->currentSectionId(), QStringLiteral("sources"));
}

TEST_F(ArticlePageTest, NextAndPreviousFollowTheReadingOrder) {
    auto* next = child<QPushButton>("nextSection");
    auto* previous = child<QPushButton>("previousSection");
    EXPECT_FALSE(previous->isEnabled());
    EXPECT_TRUE(next->text().contains(sectionTitle(1)));
    next->click();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(1));
    next->click();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(2));
    previous->click();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(1));
    EXPECT_EQ(child<QListWidget>("toc")->currentRow(), 1);

    m_page->showSection(QStringLiteral("sources"));
    EXPECT_FALSE(next->isEnabled());
}

TEST_F(ArticlePageTest, BackAndForwardRetraceTheHistory) {
    EXPECT_FALSE(m_page->canGoBack());
    m_page->showSection(sectionId(3));
    m_page->showSection(sectionId(1));
    m_page->goBack();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(3));
    m_page->goBack();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(0));
    EXPECT_FALSE(m_page->canGoBack());
    m_page->goForward();
    EXPECT_EQ(m_page->currentSectionId(), sectionId(3));
    // A new section after going back drops the forward history, as in a browser.
    m_page->showSection(sectionId(2));
    EXPECT_FALSE(m_page->canGoForward());
}

TEST_F(ArticlePageTest, UnknownSectionIsRefused) {
    EXPECT_FALSE(m_page->showSection(QStringLiteral("no-such-section")));
    EXPECT_EQ(m_page->currentSectionId(), sectionId(0));
}

TEST_F(ArticlePageTest, FindHighlightsEveryMatchInTheSection) {
    m_page->showSection(sectionId(1));
    m_page->openFind();
    auto* field = child<QLineEdit>("findField");
    ASSERT_TRUE(child<FindBar>("findBar")->isVisible());
    QTest::keyClicks(field, QStringLiteral("B12"));
    const int expected =
        static_cast<int>(readerText().count(QStringLiteral("B12"), Qt::CaseInsensitive));
    ASSERT_GT(expected, 0);
    auto* reader = child<QTextBrowser>("reader");
    EXPECT_EQ(reader->extraSelections().size(), expected);
    EXPECT_EQ(reader->textCursor().selectedText().toLower(), QStringLiteral("b12"));
    const int firstMatch = reader->textCursor().position();
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_GT(reader->textCursor().position(), firstMatch);
    EXPECT_TRUE(child<QLabel>("findStatus")->text().contains(QString::number(expected)));

    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(child<FindBar>("findBar")->isVisible());
    EXPECT_TRUE(reader->extraSelections().isEmpty());
}

TEST_F(ArticlePageTest, SearchAcrossSectionsListsMatchesAndOpensOneHighlighted) {
    auto* field = child<QLineEdit>("searchAllField");
    QTest::keyClicks(field, QStringLiteral("metformin"));
    auto* results = child<QListWidget>("searchResults");
    ASSERT_TRUE(results->isVisible());
    ASSERT_GT(results->count(), 0);
    EXPECT_TRUE(
        results->item(0)->text().contains(QStringLiteral("metformin"), Qt::CaseInsensitive));

    const QString expectedId = results->item(0)->data(Qt::UserRole).toString();
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(m_page->currentSectionId(), expectedId);
    auto* reader = child<QTextBrowser>("reader");
    EXPECT_FALSE(reader->extraSelections().isEmpty());
    EXPECT_EQ(reader->textCursor().selectedText().toLower(), QStringLiteral("metformin"));

    field->clear();
    EXPECT_TRUE(child<QListWidget>("toc")->isVisible());
}

TEST_F(ArticlePageTest, SearchWithNoMatchSaysSo) {
    m_page->searchAllSections(QStringLiteral("xylophone"));
    EXPECT_EQ(child<QListWidget>("searchResults")->count(), 0);
    EXPECT_TRUE(child<QLabel>("searchStatus")->text().contains(QStringLiteral("xylophone")));
}

TEST_F(ArticlePageTest, SearchSaysHowManySectionsInWordsAScreenReaderReads) {
    m_page->searchAllSections(QStringLiteral("metformin"));
    const int count = child<QListWidget>("searchResults")->count();
    ASSERT_GT(count, 1);
    auto* status = child<QLabel>("searchStatus");
    EXPECT_EQ(status->text(), QStringLiteral("%1 sections found:").arg(count));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(status);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Name), status->text());
    m_page->searchAllSections(QStringLiteral("xylophone"));
    EXPECT_EQ(accessible->text(QAccessible::Name), status->text()) << "the name follows";
}

TEST_F(ArticlePageTest, WhatWasTypedInSearchShowsAsTyped) {
    const QString typed = QStringLiteral("<b>leg</b><img src=\"http://127.0.0.1:9/x.png\">");
    m_page->searchAllSections(typed);
    auto* status = child<QLabel>("searchStatus");
    // What a screen reader reads is what is drawn: markup kept as text, not rendered.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(status);
    ASSERT_NE(accessible, nullptr);
    EXPECT_TRUE(accessible->text(QAccessible::Name).contains(typed))
        << accessible->text(QAccessible::Name).toStdString();
}

TEST_F(ArticlePageTest, EveryControlHasAnAccessibleName) {
    int checked = 0;
    for (QWidget* widget : m_page->findChildren<QWidget*>()) {
        const bool control = widget->inherits("QAbstractButton") ||
                             widget->inherits("QAbstractItemView") ||
                             widget->inherits("QLineEdit") || widget->inherits("QTextEdit");
        if (control && widget->isVisible()) {
            ++checked;
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    EXPECT_GE(checked, 5);
}

TEST_F(ArticlePageTest, AGlossaryWordIsExplainedWhenTabReachesItOrItIsClicked) {
    ASSERT_TRUE(m_page->showSection(QStringLiteral("role-of-b12")));
    auto* reader = child<QTextBrowser>("reader");
    auto* bar = child<GlossaryBar>("glossaryBar");
    EXPECT_FALSE(bar->isVisible());
    reader->setFocus();
    for (int tab = 0; tab < 10 && !bar->isVisible(); ++tab) {
        QTest::keyClick(reader, Qt::Key_Tab);
    }
    ASSERT_TRUE(bar->isVisible()) << "Tab never reached a glossary word";
    const QString link = reader->textCursor().charFormat().anchorHref();
    ASSERT_TRUE(link.startsWith(QStringLiteral("glossary:"))) << link.toStdString();
    const b12::core::GlossaryTerm* term =
        m_services.content().glossary().find(link.mid(9).toStdString());
    ASSERT_NE(term, nullptr) << link.toStdString();
    EXPECT_TRUE(bar->text().contains(QString::fromStdString(term->definition.get("en"))))
        << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QString::fromStdString(term->source.get("en"))));

    // A click on another word explains that one, and the bar closes with Escape.
    const b12::core::GlossaryTerm* myelin = m_services.content().glossary().find("myelin");
    ASSERT_NE(myelin, nullptr);
    emit reader->anchorClicked(QUrl(QStringLiteral("glossary:myelin")));
    EXPECT_TRUE(bar->text().startsWith(QString::fromStdString(myelin->term.get("en"))));
    QTest::keyClick(bar, Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(ArticlePageTest, TheGlossaryIsASectionBeforeTheSourcesInEachLanguage) {
    for (const char* language : {"en", "de"}) {
        m_services.localization().apply(QString::fromLatin1(language));
        m_services.content().setLanguage(QString::fromLatin1(language));
        QCoreApplication::processEvents();
        ASSERT_TRUE(m_page->showSection(QStringLiteral("glossary"))) << language;
        const auto glossary = m_services.content().article().indexOf("glossary");
        const auto sources = m_services.content().article().indexOf("sources");
        ASSERT_TRUE(glossary && sources);
        EXPECT_EQ(*glossary + 1, *sources);
        const b12::core::GlossaryTerm& first = m_services.content().glossary().terms.front();
        EXPECT_TRUE(readerText().contains(QString::fromStdString(first.definition.get(language))))
            << language;
    }
}
