// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/pagehost.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace b12::app {

PageHost::PageHost(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this)) {
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, &PageHost::onTabChanged);
}

void PageHost::addPage(PageSpec spec) {
    Page page{std::move(spec)};
    page.container = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page.container);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(page.container);
    const QString title = page.spec.title();
    m_pages.push_back(std::move(page));
    // Adding the first tab makes it current and emits currentChanged, which creates it.
    m_tabs->addTab(title);
}

bool PageHost::showPage(const QString& id) {
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].spec.id == id) {
            m_tabs->setCurrentIndex(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

QString PageHost::currentPageId() const {
    const int index = m_tabs->currentIndex();
    return index >= 0 ? m_pages[static_cast<std::size_t>(index)].spec.id : QString();
}

void PageHost::showAdjacentPage(int step) {
    const int count = m_tabs->count();
    if (count > 0) {
        m_tabs->setCurrentIndex(((m_tabs->currentIndex() + step) % count + count) % count);
    }
}

QString PageHost::pageTitle(const QString& id) const {
    for (const Page& page : m_pages) {
        if (page.spec.id == id) {
            return page.spec.title();
        }
    }
    return {};
}

QWidget* PageHost::currentPage() const {
    const int index = m_tabs->currentIndex();
    return index >= 0 ? m_pages[static_cast<std::size_t>(index)].widget : nullptr;
}

QString PageHost::currentPageTitle() const {
    const int index = m_tabs->currentIndex();
    return index >= 0 ? m_pages[static_cast<std::size_t>(index)].spec.title() : QString();
}

QStringList PageHost::pageIds() const {
    QStringList ids;
    for (const Page& page : m_pages) {
        ids << page.spec.id;
    }
    return ids;
}

QWidget* PageHost::pageWidget(const QString& id) const {
    for (const Page& page : m_pages) {
        if (page.spec.id == id) {
            return page.widget;
        }
    }
    return nullptr;
}

void PageHost::retranslate() {
    m_tabs->setAccessibleName(tr("Pages"));
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        m_tabs->setTabText(static_cast<int>(i), m_pages[i].spec.title());
    }
}

void PageHost::ensureCreated(Page& page) {
    if (page.widget != nullptr) {
        return;
    }
    page.widget = page.spec.create(page.container);
    page.container->layout()->addWidget(page.widget);
}

void PageHost::onTabChanged(int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= m_pages.size()) {
        return;
    }
    Page& page = m_pages[static_cast<std::size_t>(index)];
    ensureCreated(page);
    m_stack->setCurrentWidget(page.container);
    page.widget->setFocus(Qt::TabFocusReason);
    emit currentPageChanged(page.spec.id);
}

} // namespace b12::app
