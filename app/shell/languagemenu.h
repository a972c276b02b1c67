// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace b12::app {

class Localization;

/// The Language menu: one checkable entry per language, each in its own language, so that
/// a person finds theirs whatever the interface currently speaks. Choosing one switches
/// the whole app at once and is remembered.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(Localization& localization, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateChecks();

    Localization* m_localization = nullptr;
    QActionGroup* m_group = nullptr;
};

} // namespace b12::app
