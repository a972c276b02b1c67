// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/userguide.h"

#include "app/widgets/externallink.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace b12::app {

namespace {

// The anchor a Markdown renderer gives a heading: "Filling in the questionnaire" →
// "filling-in-the-questionnaire"; the guide's contents link to these.
QString headingAnchor(const QString& heading) {
    QString slug = heading.toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^\\w\\s-]"),
                                   QRegularExpression::UseUnicodePropertiesOption));
    return slug.trimmed().replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("-"));
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("B12 Guide: User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_browser->setAccessibleName(tr("User guide"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::openLink);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

void UserGuideDialog::showGuide(const QString& language) {
    QString page = QStringLiteral("qrc:/guide/user-guide.%1.md").arg(language);
    if (!QFile::exists(page.mid(3))) {
        page = QStringLiteral("qrc:/guide/user-guide.md");
    }
    m_browser->setSource(QUrl(page), QTextDocument::MarkdownResource);
}

void UserGuideDialog::openLink(const QUrl& url) {
    if (isExternalLink(url)) {
        openExternalLink(url);
        return;
    }
    if (url.path().endsWith(QLatin1String(".md"))) { // the guide in another language
        m_browser->setSource(m_browser->source().resolved(url), QTextDocument::MarkdownResource);
        return;
    }
    // A link to a heading of this guide.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 &&
            headingAnchor(block.text()) == url.fragment()) {
            m_browser->setTextCursor(QTextCursor(block));
            const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(static_cast<int>(where.top()));
            return;
        }
    }
}

} // namespace b12::app
