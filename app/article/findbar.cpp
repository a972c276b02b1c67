// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

namespace b12::app {

FindBar::FindBar(QTextEdit* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("✕"));
    m_status->setBuddy(m_field);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    retranslate();
    hide();
}

void FindBar::open() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setSearchText(const QString& text) {
    show();
    if (m_field->text() == text) {
        refresh();
    } else {
        m_field->setText(text); // textChanged refreshes
    }
}

void FindBar::refresh() {
    highlightAll();
    QTextCursor cursor = m_view->textCursor();
    cursor.movePosition(QTextCursor::Start);
    m_view->setTextCursor(cursor);
    if (!searchText().isEmpty()) {
        find(false);
    }
}

QString FindBar::searchText() const {
    return m_field->text();
}

void FindBar::findNext() {
    find(false);
}

void FindBar::findPrevious() {
    find(true);
}

void FindBar::find(bool backward) {
    const QString text = searchText();
    if (text.isEmpty()) {
        return;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_view->find(text, flags)) {
        // Wrap around, as readers expect from find in a document.
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        m_view->find(text, flags);
    }
}

void FindBar::highlightAll() {
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = searchText();
    QTextDocument* document = m_view->document();
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 213, 79)); // amber: readable on light and dark text
        format.setForeground(Qt::black);
        for (QTextCursor cursor = document->find(text); !cursor.isNull();
             cursor = document->find(text, cursor)) {
            selections.append({cursor, format});
        }
    }
    m_view->setExtraSelections(selections);
    m_matchCount = static_cast<int>(selections.size());
    if (text.isEmpty()) {
        m_status->clear();
    } else if (m_matchCount == 0) {
        m_status->setText(tr("Not found"));
    } else {
        m_status->setText(tr("%n match(es)", nullptr, m_matchCount));
    }
}

void FindBar::closeBar() {
    m_view->setExtraSelections({});
    hide();
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    if (event->key() == Qt::Key_Return && event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::showEvent(QShowEvent* event) {
    // Made when first needed: the clear button's icon loads the icon theme, a sixth of the
    // work of a start (docs/performance.md), and the bar starts hidden.
    m_field->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void FindBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FindBar::retranslate() {
    m_field->setPlaceholderText(tr("Find in this section"));
    m_field->setAccessibleName(tr("Find in this section"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close find bar (Escape)"));
    m_close->setAccessibleName(tr("Close find bar"));
}

} // namespace b12::app
