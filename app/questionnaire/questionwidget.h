// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/answers.h"

#include <QWidget>

#include <string>
#include <vector>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace b12::app {

/// The controls of one question: "Yes / No / Not sure" or a list of choices as radio
/// buttons, or a 0–10 spin box. Reports what the person picks; shows what is stored.
class QuestionWidget : public QWidget {
    Q_OBJECT
public:
    QuestionWidget(const core::Questionnaire& questionnaire, const core::Question& question,
                   QWidget* parent = nullptr);

    [[nodiscard]] QString questionId() const;
    /// Shows `value` (nullptr: not answered) without reporting it as a new answer.
    void showAnswer(const core::AnswerValue* value);
    /// Re-reads every text in `language`.
    void setLanguage(const std::string& language);
    /// The control keyboard focus should go to first.
    [[nodiscard]] QWidget* firstControl() const;

signals:
    void answered(const QString& questionId, const core::AnswerValue& value);
    void answerCleared(const QString& questionId);

private:
    struct Choice {
        std::string value;
        QRadioButton* button = nullptr;
    };

    const core::Questionnaire& m_questionnaire;
    const core::Question& m_question;
    QLabel* m_text = nullptr;
    QLabel* m_scaleHint = nullptr;
    QButtonGroup* m_group = nullptr;
    std::vector<Choice> m_choices;
    QSpinBox* m_scale = nullptr;
    bool m_showing = false; ///< Set while showAnswer() updates the controls.
};

} // namespace b12::app
