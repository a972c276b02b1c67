// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace b12::app {

/// The user guide inside the app (Help > User Guide, F1): the same text and screenshots as
/// docs/user-guide*.md, embedded, in the app's language. Its contents links move within it;
/// web links open in the browser.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    /// Shows the guide in `language` ("de"), or in English when there is none in it.
    void showGuide(const QString& language);
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

private:
    void openLink(const QUrl& url);

    QTextBrowser* m_browser = nullptr;
};

} // namespace b12::app
