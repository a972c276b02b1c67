// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/glossarybar.h"

#include "app/widgets/fromstd.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace b12::app {

GlossaryBar::GlossaryBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("glossaryBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setObjectName(QStringLiteral("closeGlossary"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void GlossaryBar::showTerm(const core::GlossaryTerm& term, const std::string& language) {
    const QString word = fromStd(term.term.get(language));
    const QString definition = fromStd(term.definition.get(language));
    const QString source = fromStd(term.source.get(language));
    m_text->setText(
        QStringLiteral("<b>%1</b>: %2 (%3)")
            .arg(word.toHtmlEscaped(), definition.toHtmlEscaped(), source.toHtmlEscaped()));
    const QString spoken = QStringLiteral("%1: %2 (%3)").arg(word, definition, source);
    if (m_text->accessibleName() == spoken && isVisible()) {
        return;
    }
    m_text->setAccessibleName(spoken);
    show();
    // Read out like the search count: the explanation changed where the reader is.
    QAccessibleEvent announce(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&announce);
}

QString GlossaryBar::text() const {
    return m_text->accessibleName();
}

void GlossaryBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void GlossaryBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void GlossaryBar::retranslate() {
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the explanation"));
    setAccessibleName(tr("Explanation of a word"));
}

} // namespace b12::app
