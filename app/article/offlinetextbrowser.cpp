// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/offlinetextbrowser.h"

#include "app/widgets/externallink.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace b12::app {

namespace {

// Follows an external link's text; no break space so that it never starts a line alone.
const QString kExternalMarker = QStringLiteral("\u00a0\u2197");

bool isEmbedded(const QUrl& url) {
    return url.scheme() == QLatin1String("qrc") ||
           (url.scheme().isEmpty() && url.path().startsWith(QLatin1Char(':')));
}

// The document, not the browser, has the last word: when the browser loads nothing,
// QTextDocument itself reads any local file a page names.
class OfflineDocument : public QTextDocument {
public:
    OfflineDocument(QList<QUrl>* refused, QObject* parent)
        : QTextDocument(parent)
        , m_refused(refused) {}

protected:
    QVariant loadResource(int type, const QUrl& name) override {
        if (isEmbedded(name)) {
            return QTextDocument::loadResource(type, name); // through QTextBrowser: qrc
        }
        m_refused->append(name);
        return {};
    }

private:
    QList<QUrl>* m_refused = nullptr; // the browser's, which owns this document
};

} // namespace

OfflineTextBrowser::OfflineTextBrowser(QWidget* parent)
    : QTextBrowser(parent) {
    setDocument(new OfflineDocument(&m_refused, this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            &OfflineTextBrowser::onLinkHovered);
}

void OfflineTextBrowser::showHtml(const QString& html) {
    setHtml(html);
    markExternalLinks();
}

void OfflineTextBrowser::markExternalLinks() {
    QTextDocument* doc = document();
    // Insert from the end so that earlier positions stay valid.
    QList<int> ends;
    QList<QTextCharFormat> formats;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || !isExternalLink(QUrl(format.anchorHref()))) {
                continue;
            }
            // A link split into fragments (bold inside it) is marked once, at its end.
            auto next = it;
            ++next;
            const bool continues = !next.atEnd() && next.fragment().charFormat().isAnchor() &&
                                   next.fragment().charFormat().anchorHref() == format.anchorHref();
            if (!continues) {
                ends.append(fragment.position() + fragment.length());
                formats.append(format);
            }
        }
    }
    const bool wasModified = doc->isModified();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (qsizetype i = ends.size() - 1; i >= 0; --i) {
        cursor.setPosition(ends.at(i));
        cursor.insertText(kExternalMarker, formats.at(i));
    }
    cursor.endEditBlock();
    doc->setModified(wasModified);
    doc->clearUndoRedoStacks();
}

bool OfflineTextBrowser::focusNextPrevChild(bool next) {
    if (!QTextBrowser::focusNextPrevChild(next)) {
        return false;
    }
    const QString link = textCursor().charFormat().anchorHref();
    if (!link.isEmpty()) {
        emit linkFocused(QUrl(link));
    }
    return true;
}

void OfflineTextBrowser::onLinkHovered(const QUrl& url) {
    setToolTip(isExternalLink(url) ? tr("Opens in your web browser: %1").arg(url.toDisplayString())
                                   : QString());
}

} // namespace b12::app
