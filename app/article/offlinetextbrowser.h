// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace b12::app {

/// A QTextBrowser that never fetches anything from outside the program: images and style
/// sheets load only from the embedded resources (qrc), never from the web or the disk. A link to a
/// web site (or an e-mail address) is marked with "↗" and says on hover that it opens in the web
/// browser; opening it is left to the page, after a click.
class OfflineTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit OfflineTextBrowser(QWidget* parent = nullptr);

    /// setHtml(), then every external link gets its "↗" marker.
    void showHtml(const QString& html);

    /// The resources the document asked for and did not get, oldest first.
    [[nodiscard]] const QList<QUrl>& refusedResources() const { return m_refused; }

signals:
    /// Tab or Shift+Tab moved the keyboard focus onto the link to `url` (QTextBrowser itself
    /// says so only for the mouse, with highlighted()).
    void linkFocused(const QUrl& url);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void markExternalLinks();
    void onLinkHovered(const QUrl& url);

    QList<QUrl> m_refused;
};

} // namespace b12::app
