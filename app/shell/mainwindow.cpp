// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/mainwindow.h"

#include "app/article/articlepage.h"
#include "app/chart/riskchartpage.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/diary/diarypage.h"
#include "app/print/printable.h"
#include "app/questionnaire/questionnairepage.h"
#include "app/shell/helpdialogs.h"
#include "app/shell/languagemenu.h"
#include "app/shell/pagehost.h"
#include "app/shell/userguide.h"
#include "app/summary/summarypage.h"
#include "app/widgets/focusring.h"
#include "app/widgets/highcontrast.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <array>

namespace b12::app {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kZoomKey = QStringLiteral("view/zoomPercent");
const QString kHighContrastKey = QStringLiteral("view/highContrast");
constexpr std::array kZoomLevels{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

// An action with its standard shortcut plus a fallback for platforms (and the offscreen
// platform used in tests) that define none.
QAction* makeAction(QObject* parent, QKeySequence::StandardKey standard,
                    const QKeySequence& fallback) {
    auto* action = new QAction(parent);
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback)) {
        keys.append(fallback);
    }
    action->setShortcuts(keys);
    return action;
}

// Every setValue() makes QSettings rewrite its file (and wait for the disk) on the next
// turn of the event loop, so values that did not change are not written: a start that
// changes nothing writes nothing.
template <typename T>
void setIfChanged(QSettings& settings, const QString& key, const T& value,
                  const T& defaultValue = T{}) {
    if (settings.value(key, QVariant::fromValue(defaultValue)).template value<T>() != value) {
        settings.setValue(key, value);
    }
}
} // namespace

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_pages(new PageHost(this))
    , m_basePointSize(m_pages->font().pointSizeF()) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_pages);
    FocusRing::install(this);
    addPages();
    createActions();
    retranslate();
    setZoomPercent(m_services.settings.value(kZoomKey, 100).toInt());
    m_highContrast->setChecked(m_services.settings.value(kHighContrastKey, false).toBool());
    if (!restoreGeometry(m_services.settings.value(kGeometryKey).toByteArray())) {
        // The first window fits the screen: at most nine tenths of it, however small.
        const QSize room = screen()->availableGeometry().size() * 0.9;
        resize(QSize(1100, 760).boundedTo(room));
    }
}

MainWindow::~MainWindow() {
    if (m_normalPalette) {
        QApplication::setPalette(*m_normalPalette);
    }
}

void MainWindow::addPages() {
    m_pages->addPage({QStringLiteral("article"), [] { return tr("Article"); },
                      [this](QWidget* parent) {
                          m_articlePage = new ArticlePage(m_services, parent);
                          return m_articlePage;
                      }});
    m_pages->addPage({QStringLiteral("questionnaire"), [] { return tr("Questionnaire"); },
                      [this](QWidget* parent) {
                          auto* page = new QuestionnairePage(m_services, parent);
                          connect(page, &QuestionnairePage::sectionRequested, this,
                                  &MainWindow::openSection);
                          return page;
                      }});
    // Created when first shown: the chart and its data cost nothing until then.
    m_pages->addPage({QStringLiteral("chart"), [] { return tr("Low B12 by Age"); },
                      [this](QWidget* parent) { return new RiskChartPage(m_services, parent); }});
    m_pages->addPage({QStringLiteral("summary"), [] { return tr("Doctor Visit Summary"); },
                      [this](QWidget* parent) { return new SummaryPage(m_services, parent); }});
    m_pages->addPage({QStringLiteral("diary"), [] { return tr("Diary"); },
                      [this](QWidget* parent) { return new DiaryPage(m_services, parent); }});
}

void MainWindow::print() {
    if (auto* page = dynamic_cast<Printable*>(m_pages->currentPage()); page != nullptr) {
        page->print();
    }
}

// The Print action follows the page in view: its text, and whether there is anything to print.
void MainWindow::updatePrintAction() {
    const auto* page = dynamic_cast<const Printable*>(m_pages->currentPage());
    m_print->setText(page != nullptr ? page->printActionText() : tr("&Print…"));
    m_print->setEnabled(page != nullptr && page->canPrint());
}

bool MainWindow::showPage(const QString& id) {
    return m_pages->showPage(id);
}

bool MainWindow::openSection(const QString& sectionId) {
    showPage(QStringLiteral("article"));
    return m_articlePage->showSection(sectionId);
}

QStringList MainWindow::pageIds() const {
    return m_pages->pageIds();
}

void MainWindow::createActions() {
    m_quit = makeAction(this, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // One Print action (Ctrl+P) for every page: it prints what the page in view shows,
    // never the window.
    m_print = makeAction(this, QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setObjectName(QStringLiteral("printAction"));
    connect(m_print, &QAction::triggered, this, &MainWindow::print);
    connect(m_pages, &PageHost::currentPageChanged, this, &MainWindow::updatePrintAction);

    m_find = makeAction(this, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_find, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("article"));
        m_articlePage->openFind();
    });
    m_searchAll = new QAction(this);
    m_searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAll, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("article"));
        m_articlePage->focusSearch();
    });

    m_zoomIn = makeAction(this, QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_zoomIn->setShortcuts(m_zoomIn->shortcuts() << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomOut = makeAction(this, QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomReset = new QAction(this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomIn, &QAction::triggered, this, &MainWindow::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &MainWindow::zoomOut);
    connect(m_zoomReset, &QAction::triggered, this, &MainWindow::resetZoom);
    m_highContrast = new QAction(this);
    m_highContrast->setObjectName(QStringLiteral("highContrastAction"));
    m_highContrast->setCheckable(true);
    m_highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_highContrast, &QAction::toggled, this, &MainWindow::setHighContrast);

    m_back = makeAction(this, QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = makeAction(this, QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right));
    m_previousSection = new QAction(this);
    m_previousSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextSection = new QAction(this);
    m_nextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto onArticle = [this](void (ArticlePage::*method)()) {
        return [this, method] {
            showPage(QStringLiteral("article"));
            (m_articlePage->*method)();
        };
    };
    connect(m_back, &QAction::triggered, this, onArticle(&ArticlePage::goBack));
    connect(m_forward, &QAction::triggered, this, onArticle(&ArticlePage::goForward));
    connect(m_previousSection, &QAction::triggered, this,
            onArticle(&ArticlePage::showPreviousSection));
    connect(m_nextSection, &QAction::triggered, this, onArticle(&ArticlePage::showNextSection));
    connect(m_articlePage, &ArticlePage::navigationChanged, this,
            &MainWindow::updateNavigationActions);
    connect(m_pages, &PageHost::currentPageChanged, this, &MainWindow::updateWindowTitle);

    createPageActions();
    createHelpActions();
    createMenus();
    updateNavigationActions();
}

// Every page by keyboard: Alt+1, Alt+2, … and Ctrl+Tab / Ctrl+Shift+Tab, listed in the Go menu.
void MainWindow::createPageActions() {
    const QStringList ids = m_pages->pageIds();
    for (qsizetype i = 0; i < ids.size() && i < 9; ++i) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("showPage_") + ids.at(i));
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, id = ids.at(i)] { showPage(id); });
        m_pageActions.push_back(action);
    }
    m_nextPage = makeAction(this, QKeySequence::NextChild, QKeySequence(Qt::CTRL | Qt::Key_Tab));
    m_nextPage->setObjectName(QStringLiteral("nextPageAction"));
    m_previousPage = makeAction(this, QKeySequence::PreviousChild,
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    m_previousPage->setObjectName(QStringLiteral("previousPageAction"));
    connect(m_nextPage, &QAction::triggered, this, [this] { m_pages->showAdjacentPage(1); });
    connect(m_previousPage, &QAction::triggered, this, [this] { m_pages->showAdjacentPage(-1); });
}

void MainWindow::createHelpActions() {
    m_userGuide = makeAction(this, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    connect(m_userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcuts = new QAction(this);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        showKeyboardShortcuts(this, {m_fileMenu, m_editMenu, m_viewMenu, m_goMenu, m_helpMenu});
    });
    m_disclaimer = new QAction(this);
    connect(m_disclaimer, &QAction::triggered, this, [this] { showDisclaimer(this); });
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] { showAbout(this); });
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_print);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_find, m_searchAll});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_zoomIn, m_zoomOut, m_zoomReset});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_highContrast);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions({m_back, m_forward});
    m_goMenu->addSeparator();
    m_goMenu->addActions({m_previousSection, m_nextSection});
    m_goMenu->addSeparator();
    for (QAction* page : m_pageActions) {
        m_goMenu->addAction(page);
    }
    m_goMenu->addActions({m_nextPage, m_previousPage});
    menuBar()->addMenu(new LanguageMenu(m_services.localization, this));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_userGuide, m_shortcuts});
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({m_disclaimer, m_about, m_aboutQt});
}

void MainWindow::showUserGuide() {
    if (m_guide == nullptr) {
        m_guide = new UserGuideDialog(this);
        const QRect screen = this->screen()->availableGeometry();
        m_guide->resize(screen.width() * 7 / 10, screen.height() * 8 / 10);
    }
    m_guide->showGuide(m_services.localization.language());
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::retranslate() {
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_find->setText(tr("&Find in Section…"));
    m_searchAll->setText(tr("&Search All Sections…"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
    m_previousSection->setText(tr("&Previous Section"));
    m_nextSection->setText(tr("&Next Section"));
    m_disclaimer->setText(tr("Medical &Disclaimer"));
    m_about->setText(tr("&About B12 Guide"));
    m_aboutQt->setText(tr("About &Qt"));
    m_highContrast->setText(tr("&High Contrast"));
    m_userGuide->setText(tr("&User Guide"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_nextPage->setText(tr("Ne&xt Page"));
    m_previousPage->setText(tr("Pre&vious Page"));
    updateZoomText();
    m_pages->retranslate();
    const QStringList ids = m_pages->pageIds();
    for (std::size_t i = 0; i < m_pageActions.size(); ++i) {
        //: A Go menu entry: %1 is the page's number (its key with Alt), %2 its title.
        m_pageActions[i]->setText(
            tr("&%1 %2").arg(i + 1).arg(m_pages->pageTitle(ids.at(static_cast<qsizetype>(i)))));
    }
    updatePrintAction();
}

// "Article – B12 Guide": the page in view first, as task switchers and screen readers say it.
void MainWindow::updateWindowTitle() {
    const QString page = m_pages->currentPageTitle();
    setWindowTitle(page.isEmpty() ? tr("B12 Guide") : tr("%1 – B12 Guide").arg(page));
}

void MainWindow::updateNavigationActions() {
    m_back->setEnabled(m_articlePage->canGoBack());
    m_forward->setEnabled(m_articlePage->canGoForward());
}

void MainWindow::zoomIn() {
    const auto next = std::upper_bound(kZoomLevels.begin(), kZoomLevels.end(), m_zoomPercent);
    setZoomPercent(next != kZoomLevels.end() ? *next : kZoomLevels.back());
}

void MainWindow::zoomOut() {
    const auto next = std::lower_bound(kZoomLevels.begin(), kZoomLevels.end(), m_zoomPercent);
    setZoomPercent(next != kZoomLevels.begin() ? *(next - 1) : kZoomLevels.front());
}

void MainWindow::resetZoom() {
    setZoomPercent(100);
}

void MainWindow::setZoomPercent(int percent) {
    m_zoomPercent = std::clamp(percent, kZoomLevels.front(), kZoomLevels.back());
    QFont font = m_pages->font();
    font.setPointSizeF(m_basePointSize * m_zoomPercent / 100.0);
    m_pages->setFont(font);
    // The menus grow with the text too (a menu is a window of its own: it is told apart).
    menuBar()->setFont(font);
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        menu->setFont(font);
    }
    updateZoomText();
    setIfChanged(m_services.settings, kZoomKey, m_zoomPercent, 100);
}

// The whole app, dialogs included, takes the high-contrast palette; turning it off gives
// back the palette the app started with (the desktop's).
void MainWindow::setHighContrast(bool on) {
    if (on && !m_normalPalette) {
        m_normalPalette = QApplication::palette();
    }
    if (on) {
        QApplication::setPalette(highContrastPalette());
    } else if (m_normalPalette) {
        QApplication::setPalette(*m_normalPalette);
    }
    setIfChanged(m_services.settings, kHighContrastKey, on, false);
}

void MainWindow::updateZoomText() {
    //: The View menu's entry that goes back to 100%; %1 is the text size now, as 150.
    m_zoomReset->setText(tr("&Normal Size (now %1%)").arg(m_zoomPercent));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    setIfChanged(m_services.settings, kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // The window hears of a new language before the pages in it: the article follows
        // the interface into it first, so that every page then retranslates once.
        m_services.content.setLanguage(m_services.localization.language());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace b12::app
