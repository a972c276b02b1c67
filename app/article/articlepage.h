// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"
#include "app/print/printable.h"
#include "core/article/glossary.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace b12::app {

class FindBar;
class GlossaryBar;
class OfflineTextBrowser;

/// The article reader: a table of contents and a search across all sections beside the
/// text of one section, with previous / next, back / forward history and find. Printing
/// prints the section being read.
class ArticlePage : public QWidget, public Printable {
    Q_OBJECT
public:
    explicit ArticlePage(const Services& services, QWidget* parent = nullptr);

    [[nodiscard]] QString printActionText() const override;
    /// Opens a print preview of the section being read (File > Print Section…).
    void print() override;

    /// Opens a section and records it in the history. False for an unknown id.
    bool showSection(const QString& id);
    [[nodiscard]] QString currentSectionId() const;

    void goBack();
    void goForward();
    [[nodiscard]] bool canGoBack() const { return m_historyPos > 0; }
    [[nodiscard]] bool canGoForward() const { return m_historyPos + 1 < m_history.size(); }
    void showPreviousSection();
    void showNextSection();

    void openFind();
    /// Puts the keyboard focus in the search field, its text selected (Ctrl+Shift+F).
    void focusSearch();
    /// Searches every section; the results replace the table of contents while a query is set.
    void searchAllSections(const QString& query);
    /// Opens the n-th result of the current search with the query highlighted.
    void openSearchResult(int row);

    /// Rebuilds the table of contents and the open section from the content library.
    void reloadContent();

signals:
    void navigationChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void setUpWidgets();
    void layOut();
    void connectWidgets();
    void display(int sectionIndex);
    void showSectionText();
    void updateNavigation();
    void retranslate();
    void applyReaderFont();
    void openLink(const QUrl& url);
    /// The glossary word a link of the text stands for, or nullptr for any other link.
    [[nodiscard]] const core::GlossaryTerm* glossaryTerm(const QUrl& url) const;
    void explain(const core::GlossaryTerm& term);

    Services m_services;
    QLineEdit* m_searchField = nullptr;
    QStackedWidget* m_leftStack = nullptr;
    QListWidget* m_toc = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_resultsStatus = nullptr;
    OfflineTextBrowser* m_reader = nullptr;
    FindBar* m_findBar = nullptr;
    GlossaryBar* m_glossaryBar = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;

    QStringList m_history;
    qsizetype m_historyPos = -1;
    bool m_textPending = false; // the current section's text waits for the page to be shown
    QString m_lastQuery;
};

} // namespace b12::app
