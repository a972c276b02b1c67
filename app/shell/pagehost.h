// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QStackedWidget;
class QTabBar;

namespace b12::app {

/// One page of the main window. The widget is made by `create` the first time the page is
/// shown, so pages a person never opens cost nothing at start-up.
struct PageSpec {
    QString id;                               ///< Used by --page and in settings.
    std::function<QString()> title;           ///< Called again when the language changes.
    std::function<QWidget*(QWidget*)> create; ///< Makes the page's widget under a parent.
};

/// A tab bar over a stack of lazily created pages.
class PageHost : public QWidget {
    Q_OBJECT
public:
    explicit PageHost(QWidget* parent = nullptr);

    void addPage(PageSpec spec);
    /// Shows the page, creating it if needed. False when there is no page with that id.
    bool showPage(const QString& id);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QStringList pageIds() const;
    /// The widget of the page in view; nullptr when there is none.
    [[nodiscard]] QWidget* currentPage() const;
    /// Shows the page `step` places after the one in view (before it when negative),
    /// going round at either end.
    void showAdjacentPage(int step);
    /// The title of the page with this id in the current language; empty when there is none.
    [[nodiscard]] QString pageTitle(const QString& id) const;
    /// The title of the page in view, in the current language; empty when there is none.
    [[nodiscard]] QString currentPageTitle() const;
    /// The page's widget, or nullptr when it has not been created yet.
    [[nodiscard]] QWidget* pageWidget(const QString& id) const;
    /// Re-reads every page title (after a language change).
    void retranslate();

signals:
    void currentPageChanged(const QString& id);

private:
    struct Page {
        PageSpec spec;
        QWidget* container = nullptr;
        QWidget* widget = nullptr;
    };
    void ensureCreated(Page& page);
    void onTabChanged(int index);

    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<Page> m_pages;
};

} // namespace b12::app
