// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace b12::app {

/// Find in the text of one QTextEdit: highlights every match, moves between them and says
/// how many there are. Hidden until opened (Ctrl+F); Escape closes it.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QTextEdit* view, QWidget* parent = nullptr);

    /// Shows the bar with the focus in its field, the current text selected.
    void open();
    /// Searches for `text` and highlights it (used when a search result opens a section).
    void setSearchText(const QString& text);
    /// Runs the current search again over new text (after the view's document changed).
    void refresh();
    void findNext();
    void findPrevious();
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] QString searchText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void highlightAll();
    void find(bool backward);
    void retranslate();
    void closeBar();

    QTextEdit* m_view = nullptr;
    QLineEdit* m_field = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_close = nullptr;
    QLabel* m_status = nullptr;
    int m_matchCount = 0;
};

} // namespace b12::app
