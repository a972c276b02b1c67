// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/articlepage.h"

#include "app/article/findbar.h"
#include "app/article/glossarybar.h"
#include "app/article/offlinetextbrowser.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "app/print/sectionprinter.h"
#include "app/widgets/externallink.h"
#include "app/widgets/focusforward.h"
#include "app/widgets/fromstd.h"
#include "core/article/search.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace b12::app {

namespace {
const QString kLastSectionKey = QStringLiteral("reader/lastSection");
constexpr int kSectionIdRole = Qt::UserRole;
constexpr int kSectionIndexRole = Qt::UserRole + 1;
constexpr qreal kReaderFontScale = 1.2;

} // namespace

ArticlePage::ArticlePage(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_searchField(new QLineEdit(this))
    , m_leftStack(new QStackedWidget(this))
    , m_toc(new QListWidget(this))
    , m_results(new QListWidget(this))
    , m_resultsStatus(new QLabel(this))
    , m_reader(new OfflineTextBrowser(this))
    , m_findBar(new FindBar(m_reader, this))
    , m_glossaryBar(new GlossaryBar(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this)) {
    setObjectName(QStringLiteral("articlePage"));
    setUpWidgets();
    layOut();
    connectWidgets();
    forwardFocus(this, [this] { return m_toc; });
    applyReaderFont();
    retranslate();
    reloadContent();
}

void ArticlePage::reloadContent() {
    const core::Article& article = m_services.content.article();
    const QSignalBlocker blocker(m_toc);
    m_toc->clear();
    for (const core::Section& section : article.sections) {
        auto* item = new QListWidgetItem(fromStd(section.title), m_toc);
        item->setData(kSectionIdRole, fromStd(section.id));
    }
    QString wanted = currentSectionId();
    if (wanted.isEmpty()) {
        wanted = m_services.settings.value(kLastSectionKey).toString();
    }
    const auto index = article.indexOf(wanted.toStdString());
    if (index) {
        display(static_cast<int>(*index));
    } else if (!article.sections.empty()) {
        showSection(fromStd(article.sections.front().id));
    }
    if (!m_lastQuery.isEmpty()) {
        searchAllSections(m_lastQuery);
    }
}

bool ArticlePage::showSection(const QString& id) {
    const auto index = m_services.content.article().indexOf(id.toStdString());
    if (!index) {
        return false;
    }
    if (id != currentSectionId()) {
        m_history.erase(m_history.begin() + (m_historyPos + 1), m_history.end());
        m_history.append(id);
        m_historyPos = m_history.size() - 1;
    }
    display(static_cast<int>(*index));
    return true;
}

QString ArticlePage::currentSectionId() const {
    return m_historyPos >= 0 ? m_history.at(m_historyPos) : QString();
}

void ArticlePage::display(int sectionIndex) {
    const core::Article& article = m_services.content.article();
    const core::Section& section = article.sections[static_cast<std::size_t>(sectionIndex)];
    if (m_history.isEmpty()) {
        m_history.append(fromStd(section.id));
        m_historyPos = 0;
    }
    m_reader->setAccessibleName(tr("Section: %1").arg(fromStd(section.title)));
    m_glossaryBar->hide(); // it explained a word of the section before
    {
        const QSignalBlocker blocker(m_toc);
        m_toc->setCurrentRow(sectionIndex);
    }
    // Text is laid out for the width it is shown at. A reader never shown yet has a width
    // of a few pixels, and the text laid out there would be laid out again, all of it, once
    // the window opens: the text waits until the page is shown (docs/performance.md).
    m_textPending = true;
    if (isVisible()) {
        showSectionText();
    }
    updateNavigation();
}

void ArticlePage::showSectionText() {
    m_textPending = false;
    const core::Section* section =
        m_services.content.article().find(currentSectionId().toStdString());
    if (section == nullptr) {
        return;
    }
    m_reader->showHtml(sectionHtml(*section, m_services.localization.locale()));
    m_reader->document()->setMetaInformation(QTextDocument::DocumentTitle, fromStd(section->title));
    if (m_findBar->isVisible()) {
        m_findBar->refresh();
    }
}

void ArticlePage::goBack() {
    if (canGoBack()) {
        --m_historyPos;
        display(static_cast<int>(
            *m_services.content.article().indexOf(m_history.at(m_historyPos).toStdString())));
    }
}

void ArticlePage::goForward() {
    if (canGoForward()) {
        ++m_historyPos;
        display(static_cast<int>(
            *m_services.content.article().indexOf(m_history.at(m_historyPos).toStdString())));
    }
}

void ArticlePage::showPreviousSection() {
    const int row = m_toc->currentRow();
    if (row > 0) {
        showSection(m_toc->item(row - 1)->data(kSectionIdRole).toString());
    }
}

void ArticlePage::showNextSection() {
    const int row = m_toc->currentRow();
    if (row >= 0 && row + 1 < m_toc->count()) {
        showSection(m_toc->item(row + 1)->data(kSectionIdRole).toString());
    }
}

void ArticlePage::openFind() {
    m_findBar->open();
}

void ArticlePage::focusSearch() {
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void ArticlePage::searchAllSections(const QString& query) {
    m_lastQuery = query.trimmed();
    // Made on first use: the clear button shows only while there is text, and its icon
    // loads the icon theme, a sixth of the work of a start (docs/performance.md).
    if (!query.isEmpty()) {
        m_searchField->setClearButtonEnabled(true);
    }
    if (m_searchField->text() != query) {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->setText(query);
    }
    m_results->clear();
    if (m_lastQuery.isEmpty()) {
        m_leftStack->setCurrentWidget(m_toc);
        return;
    }
    const auto hits = core::searchArticle(m_services.content.article(), m_lastQuery.toStdString());
    for (const core::SearchHit& hit : hits) {
        const QString title = fromStd(hit.sectionTitle);
        const QString snippet = fromStd(hit.snippet);
        auto* item = new QListWidgetItem(title + QLatin1Char('\n') + snippet, m_results);
        item->setData(kSectionIdRole, fromStd(hit.sectionId));
        item->setData(kSectionIndexRole, static_cast<int>(hit.sectionIndex));
        item->setData(Qt::AccessibleTextRole, title + QStringLiteral(": ") + snippet);
    }
    const QString status = hits.empty()       ? tr("No section contains “%1”.").arg(m_lastQuery)
                           : hits.size() == 1 ? tr("1 section found:")
                                              : tr("%1 sections found:").arg(hits.size());
    m_resultsStatus->setText(status);
    // Said by a screen reader while the person types on in the search field.
    m_resultsStatus->setAccessibleName(status);
    QAccessibleEvent announce(m_resultsStatus, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&announce);
    m_leftStack->setCurrentIndex(1);
}

void ArticlePage::openSearchResult(int row) {
    QListWidgetItem* item = m_results->item(row);
    if (item == nullptr) {
        return;
    }
    showSection(item->data(kSectionIdRole).toString());
    // Highlight the query as typed when the section holds it, else its first word.
    QString highlight = m_lastQuery;
    if (m_reader->document()->find(highlight).isNull()) {
        highlight = m_lastQuery.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    }
    m_findBar->setSearchText(highlight);
    m_reader->setFocus(Qt::OtherFocusReason);
}

void ArticlePage::updateNavigation() {
    const int row = m_toc->currentRow();
    const bool hasPrevious = row > 0;
    const bool hasNext = row >= 0 && row + 1 < m_toc->count();
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
    m_previous->setText(hasPrevious ? tr("← %1").arg(m_toc->item(row - 1)->text())
                                    : tr("← Previous"));
    m_next->setText(hasNext ? tr("%1 →").arg(m_toc->item(row + 1)->text()) : tr("Next →"));
    m_previous->setAccessibleName(hasPrevious
                                      ? tr("Previous section: %1").arg(m_toc->item(row - 1)->text())
                                      : tr("Previous section"));
    m_next->setAccessibleName(hasNext ? tr("Next section: %1").arg(m_toc->item(row + 1)->text())
                                      : tr("Next section"));
    emit navigationChanged();
}

const core::GlossaryTerm* ArticlePage::glossaryTerm(const QUrl& url) const {
    const QString link = url.toString();
    const QString scheme = QString::fromLatin1(
        core::kGlossaryLinkScheme.data(), static_cast<qsizetype>(core::kGlossaryLinkScheme.size()));
    if (!link.startsWith(scheme)) {
        return nullptr;
    }
    return m_services.content.glossary().find(link.mid(scheme.size()).toStdString());
}

void ArticlePage::explain(const core::GlossaryTerm& term) {
    const std::string language = m_services.localization.language().toStdString();
    m_glossaryBar->showTerm(term, language);
}

void ArticlePage::openLink(const QUrl& url) {
    if (const core::GlossaryTerm* term = glossaryTerm(url)) {
        explain(*term);
        return;
    }
    openExternalLink(url);
}

void ArticlePage::showEvent(QShowEvent* event) {
    // The children, the reader among them, are shown and sized before this page hears of it.
    if (m_textPending) {
        showSectionText();
    }
    QWidget::showEvent(event);
}

void ArticlePage::hideEvent(QHideEvent* event) {
    // The last section is kept when the page goes out of sight (another page, closing the
    // window) rather than on every change: each write waits for the disk, which made
    // switching sections stall (see docs/performance.md).
    const QString id = currentSectionId();
    if (!id.isEmpty() && m_services.settings.value(kLastSectionKey).toString() != id) {
        m_services.settings.setValue(kLastSectionKey, id);
    }
    QWidget::hideEvent(event);
}

void ArticlePage::setUpWidgets() {
    m_searchField->setObjectName(QStringLiteral("searchAllField"));
    m_toc->setObjectName(QStringLiteral("toc"));
    m_toc->setWordWrap(true);
    m_toc->setTextElideMode(Qt::ElideNone);
    m_toc->setResizeMode(QListView::Adjust);
    // Tells wrapped titles apart (setSpacing() would cut a wrapped title's last line).
    m_toc->setAlternatingRowColors(true);
    m_toc->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setSpacing(4);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setUniformItemSizes(false);
    m_resultsStatus->setObjectName(QStringLiteral("searchStatus"));
    m_resultsStatus->setWordWrap(true);
    m_resultsStatus->setTextFormat(Qt::PlainText); // it repeats what was typed
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setOpenLinks(false);
    // A screen reader reads the text line by line only with a caret the keyboard moves.
    m_reader->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_reader->setFrameShape(QFrame::NoFrame);
    m_reader->document()->setDocumentMargin(16);
    m_previous->setObjectName(QStringLiteral("previousSection"));
    m_next->setObjectName(QStringLiteral("nextSection"));
}

// The search field and the contents (or the search results) on the left; the section, the
// find bar and previous / next on the right.
void ArticlePage::layOut() {
    auto* resultsPanel = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_resultsStatus);
    resultsLayout->addWidget(m_results, 1);
    m_leftStack->addWidget(m_toc);
    m_leftStack->addWidget(resultsPanel);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_searchField);
    leftLayout->addWidget(m_leftStack, 1);

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch(1);
    navigation->addWidget(m_next);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 6, 6);
    rightLayout->addWidget(m_reader, 1);
    rightLayout->addWidget(m_glossaryBar);
    rightLayout->addWidget(m_findBar);
    rightLayout->addLayout(navigation);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 800});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ArticlePage::connectWidgets() {
    connect(m_toc, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(m_toc->item(row)->data(kSectionIdRole).toString());
        }
    });
    connect(m_searchField, &QLineEdit::textChanged, this, &ArticlePage::searchAllSections);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            openSearchResult(0);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openSearchResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { openSearchResult(m_results->row(item)); });
    connect(m_previous, &QPushButton::clicked, this, &ArticlePage::showPreviousSection);
    connect(m_next, &QPushButton::clicked, this, &ArticlePage::showNextSection);
    connect(m_reader, &QTextBrowser::anchorClicked, this, &ArticlePage::openLink);
    // A glossary word is explained at once when pointed at, or when the keyboard reaches it
    // (Tab, or the caret a screen reader user moves).
    const auto explainLink = [this](const QUrl& url) {
        if (const core::GlossaryTerm* term = glossaryTerm(url)) {
            explain(*term);
        }
    };
    connect(m_reader, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            [this](const QUrl& url) {
                if (const core::GlossaryTerm* term = glossaryTerm(url)) {
                    explain(*term);
                    // Under the pointer too; the reader clears it when the pointer moves on.
                    m_reader->setToolTip(fromStd(
                        term->definition.get(m_services.localization.language().toStdString())));
                }
            });
    connect(m_reader, &OfflineTextBrowser::linkFocused, this, explainLink);
    connect(m_reader, &QTextBrowser::cursorPositionChanged, this, [this, explainLink] {
        explainLink(QUrl(m_reader->textCursor().charFormat().anchorHref()));
    });
    // Another language: the same sections, in other words.
    connect(&m_services.content, &ContentLibrary::contentChanged, this,
            &ArticlePage::reloadContent);
}

QString ArticlePage::printActionText() const {
    return tr("&Print Section…");
}

void ArticlePage::print() {
    const core::Section* section =
        m_services.content.article().find(currentSectionId().toStdString());
    if (section == nullptr) {
        return;
    }
    SectionPrinter(*section, m_services.localization.locale())
        .printWithPreview(
            this, rememberedPaperSize(m_services.settings, m_services.localization.locale()));
}

void ArticlePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange) { // the text size changed
        applyReaderFont();
    }
    QWidget::changeEvent(event);
}

void ArticlePage::applyReaderFont() {
    // Body text a little larger than the controls: long reading, often with poor eyesight.
    QFont readerFont = font();
    readerFont.setPointSizeF(readerFont.pointSizeF() * kReaderFontScale);
    m_reader->setFont(readerFont);
}

void ArticlePage::retranslate() {
    m_searchField->setPlaceholderText(tr("Search all sections"));
    m_searchField->setAccessibleName(tr("Search all sections"));
    m_toc->setAccessibleName(tr("Table of contents"));
    m_results->setAccessibleName(tr("Search results"));
    m_reader->setAccessibleDescription(tr("The text of the selected section"));
    updateNavigation();
}

} // namespace b12::app
