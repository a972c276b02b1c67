// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article/glossary.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace b12::app {

/// The explanation of one glossary word under the article text: shown when the word is
/// pointed at, reached with Tab or clicked, and read out by a screen reader when it
/// changes. Hidden until a word is chosen; Close or Escape hides it.
class GlossaryBar : public QFrame {
    Q_OBJECT
public:
    explicit GlossaryBar(QWidget* parent = nullptr);

    /// Shows `term` in `language`: the word, its explanation and its source.
    void showTerm(const core::GlossaryTerm& term, const std::string& language);
    /// What the bar says, as a screen reader reads it.
    [[nodiscard]] QString text() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace b12::app
