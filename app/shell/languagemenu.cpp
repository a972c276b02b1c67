// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/languagemenu.h"

#include "app/data/localization.h"

#include <QActionGroup>
#include <QEvent>

namespace b12::app {

LanguageMenu::LanguageMenu(Localization& localization, QWidget* parent)
    : QMenu(parent)
    , m_localization(&localization)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const Language& language : Localization::languages()) {
        // Not translated: "Deutsch" stays "Deutsch" in an English menu.
        QAction* action = addAction(QLatin1Char('&') + language.nativeName);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setCheckable(true);
        action->setData(language.code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = language.code] { m_localization->choose(code); });
    }
    retranslate();
}

void LanguageMenu::updateChecks() {
    for (QAction* action : m_group->actions()) {
        action->setChecked(action->data().toString() == m_localization->language());
    }
}

void LanguageMenu::retranslate() {
    setTitle(tr("&Language"));
    updateChecks();
}

void LanguageMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMenu::changeEvent(event);
}

} // namespace b12::app
