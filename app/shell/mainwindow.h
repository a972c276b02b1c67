// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"

#include <QMainWindow>

#include <QPalette>

#include <optional>
#include <vector>

class QAction;
class QMenu;

namespace b12::app {

class ArticlePage;
class PageHost;
class UserGuideDialog;

/// Composes the pages and the window's actions; the pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    /// Gives the app back its own palette when high contrast was on.
    ~MainWindow() override;

    /// Shows the page with this id ("article", ...). False when there is none.
    bool showPage(const QString& id);
    /// Shows the article at a section (links from other pages lead here). False for an
    /// unknown id.
    bool openSection(const QString& sectionId);
    [[nodiscard]] QStringList pageIds() const;
    /// Prints what the page in view shows (File > Print…, Ctrl+P), when it is Printable.
    void print();
    [[nodiscard]] ArticlePage* articlePage() const { return m_articlePage; }
    [[nodiscard]] PageHost* pageHost() const { return m_pages; }

    /// Text size of every page in percent of the normal size; kept in the settings.
    [[nodiscard]] int zoomPercent() const { return m_zoomPercent; }
    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPages();
    void createActions();
    void createPageActions();
    void createHelpActions();
    void createMenus();
    void showUserGuide();
    void retranslate();
    void setZoomPercent(int percent);
    void updateZoomText();
    void setHighContrast(bool on);
    void updateNavigationActions();
    void updatePrintAction();
    void updateWindowTitle();

    Services m_services;
    PageHost* m_pages = nullptr;
    ArticlePage* m_articlePage = nullptr;
    int m_zoomPercent = 100;
    qreal m_basePointSize = 0;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_print = nullptr;
    QAction* m_find = nullptr;
    QAction* m_searchAll = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomReset = nullptr;
    QAction* m_highContrast = nullptr;
    std::optional<QPalette> m_normalPalette; ///< the desktop's, while high contrast is on
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_previousSection = nullptr;
    QAction* m_nextSection = nullptr;
    std::vector<QAction*> m_pageActions; ///< one per page, Alt+1, Alt+2, …
    QAction* m_nextPage = nullptr;
    QAction* m_previousPage = nullptr;
    QAction* m_userGuide = nullptr;
    QAction* m_shortcuts = nullptr;
    UserGuideDialog* m_guide = nullptr;
    QAction* m_disclaimer = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace b12::app
