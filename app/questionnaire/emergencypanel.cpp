// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/questionnaire/emergencypanel.h"

#include "app/questionnaire/resulthtml.h"
#include "app/widgets/focusforward.h"

#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace b12::app {

namespace {
QString html(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

// The signs answered "yes" that need emergency care, in the order they are asked.
std::vector<std::string> emergencySigns(const core::Assessment& assessment) {
    for (const core::Reason& reason : assessment.reasons) {
        if (reason.level == core::Level::Emergency) {
            return reason.answers;
        }
    }
    return {};
}
} // namespace

EmergencyPanel::EmergencyPanel(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("emergencyPanel"));
    setFrameShape(QFrame::Box);
    setLineWidth(4);
    setAutoFillBackground(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emergencyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // Focusable and readable by keyboard, so that a screen reader reads it when it appears.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_text);
    forwardFocus(this, [this] { return m_text; });
    hide();
}

bool EmergencyPanel::update(const core::Questionnaire& questionnaire,
                            const core::Assessment& assessment, const std::string& language) {
    std::vector<std::string> signs = emergencySigns(assessment);
    const bool newSign = std::any_of(signs.begin(), signs.end(), [this](const std::string& id) {
        return std::find(m_signs.begin(), m_signs.end(), id) == m_signs.end();
    });
    m_signs = std::move(signs);
    if (m_signs.empty()) {
        hide();
        return false;
    }
    const core::LevelTexts& level = questionnaire.result.of(core::Level::Emergency);
    const core::ReasonTexts& reason = questionnaire.result.reasons.at("red_flag_emergency");
    QString list;
    QStringList labels;
    for (const std::string& id : m_signs) {
        if (const core::Question* question = questionnaire.find(id)) {
            list += QStringLiteral("<li>%1</li>").arg(html(question->label.get(language)));
            labels << QString::fromStdString(question->label.get(language));
        }
    }
    m_text->setText(QStringLiteral("<h2>%1</h2><p><b>%2</b></p><p>%3</p><ul>%4</ul>")
                        .arg(html(level.title.get(language)), html(level.advice.get(language)),
                             html(reason.text.get(language)), list));
    m_text->setAccessibleName(QString::fromStdString(level.title.get(language)));
    m_text->setAccessibleDescription(QStringLiteral("%1 %2 %3")
                                         .arg(QString::fromStdString(level.advice.get(language)),
                                              QString::fromStdString(reason.text.get(language)),
                                              labels.join(QStringLiteral("; "))));
    show();
    return newSign;
}

void EmergencyPanel::alert() {
    m_text->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void EmergencyPanel::setColoursFor(const QPalette& page) {
    const LevelColours colours = levelColours(core::Level::Emergency, page);
    // The frame is drawn in WindowText; the text keeps the page's own text colour.
    QPalette own = page;
    own.setColor(QPalette::Window, colours.background);
    own.setColor(QPalette::WindowText, colours.border);
    setPalette(own);
    QPalette text = own;
    text.setColor(QPalette::WindowText, page.color(QPalette::WindowText));
    m_text->setPalette(text);
}

} // namespace b12::app
