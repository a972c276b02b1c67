// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace b12::app {

NoticeBar::NoticeBar(const Names& names, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_dismiss(new QPushButton(this)) {
    setObjectName(names.bar);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(names.text);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_dismiss->setObjectName(names.dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void NoticeBar::showNotice(const QString& notice) {
    m_text->setText(notice);
    m_text->setAccessibleName(notice);
    setVisible(!notice.isEmpty());
}

QString NoticeBar::notice() const {
    return m_text->text();
}

void NoticeBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate() {
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss this message"));
}

} // namespace b12::app
