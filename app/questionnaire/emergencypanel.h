// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/assessment.h"

#include <QFrame>

#include <string>
#include <vector>

class QLabel;

namespace b12::app {

/// Shown on the questionnaire page as soon as a warning sign that needs emergency care is
/// answered "yes", whatever step the person is on: what to do now and the numbers to call,
/// with no link away (NHS care cards). It takes the keyboard focus and is announced to
/// screen readers when it appears or names a new sign.
class EmergencyPanel : public QFrame {
    Q_OBJECT
public:
    explicit EmergencyPanel(QWidget* parent = nullptr);

    /// Shows the panel for the emergency signs of `assessment` in `language`, or hides it
    /// when there are none. Returns true when a sign is named that was not before: the
    /// caller then moves the focus here with alert().
    bool update(const core::Questionnaire& questionnaire, const core::Assessment& assessment,
                const std::string& language);
    /// Takes the keyboard focus and announces the panel as an alert.
    void alert();

    /// Draws the panel in the emergency colours for the page's palette (light or dark).
    void setColoursFor(const QPalette& page);

private:
    QLabel* m_text = nullptr;
    std::vector<std::string> m_signs;
};

} // namespace b12::app
