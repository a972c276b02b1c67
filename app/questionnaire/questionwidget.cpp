// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/questionnaire/questionwidget.h"
#include "app/widgets/fromstd.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace b12::app {

namespace {
// Object names for tests and for finding a control: answer_<question>_<value>.
QString controlName(const core::Question& question, std::string_view value = {}) {
    QString name = QStringLiteral("answer_") + fromStd(question.id);
    if (!value.empty()) {
        name += QLatin1Char('_') + QString::fromUtf8(value.data(), static_cast<int>(value.size()));
    }
    return name;
}

// A 0-10 box that the mouse wheel changes only once it has the keyboard focus: scrolling
// the page past it must never record a pain score nobody gave (it is printed for the
// doctor). Without the focus the wheel scrolls the page, as it does everywhere else.
class ScaleBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

    // Room for the whole "Not answered" in any language and at any text size (QSpinBox
    // measures it once and keeps that, so the German "Nicht beantwortet" was cut off).
    [[nodiscard]] QSize minimumSizeHint() const override {
        const QSize base = QSpinBox::minimumSizeHint();
        QStyleOptionSpinBox option;
        initStyleOption(&option);
        const QFontMetrics metrics = fontMetrics();
        const QSize text(metrics.horizontalAdvance(specialValueText()) +
                             2 * metrics.averageCharWidth(),
                         base.height());
        return base.expandedTo(style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, this));
    }
    [[nodiscard]] QSize sizeHint() const override {
        return QSpinBox::sizeHint().expandedTo(minimumSizeHint());
    }

protected:
    void wheelEvent(QWheelEvent* event) override {
        if (!hasFocus()) {
            event->ignore();
            return;
        }
        QSpinBox::wheelEvent(event);
    }
};
} // namespace

QuestionWidget::QuestionWidget(const core::Questionnaire& questionnaire,
                               const core::Question& question, QWidget* parent)
    : QWidget(parent)
    , m_questionnaire(questionnaire)
    , m_question(question)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("question_") + fromStd(question.id));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("questionText_") + fromStd(question.id));
    // A font that sets only the weight: size and family still come from the page, so the
    // question follows the zoom.
    QFont bold;
    bold.setBold(true);
    m_text->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_text);

    if (question.type == core::AnswerType::Scale0To10) {
        m_scale = new ScaleBox(this);
        m_scale->setObjectName(controlName(question));
        m_scale->setFocusPolicy(Qt::StrongFocus); // the wheel does not take the focus
        m_scale->setRange(-1, 10);
        m_scale->setValue(-1);
        m_scale->setKeyboardTracking(false);
        m_scaleHint = new QLabel(this);
        m_scaleHint->setWordWrap(true);
        m_text->setBuddy(m_scale);
        auto* row = new QHBoxLayout;
        row->addWidget(m_scale);
        row->addWidget(m_scaleHint, 1);
        layout->addLayout(row);
        connect(m_scale, &QSpinBox::valueChanged, this, [this](int value) {
            if (m_showing) {
                return;
            }
            if (value < 0) {
                emit answerCleared(questionId());
            } else {
                emit answered(questionId(), value);
            }
        });
    } else {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
        if (question.type == core::AnswerType::YesNoUnsure) {
            for (std::string_view value : {core::kYes, core::kNo, core::kUnsure}) {
                m_choices.push_back({std::string(value), nullptr});
            }
        } else {
            for (const core::Option& option : question.options) {
                m_choices.push_back({option.id, nullptr});
            }
        }
        // Yes / No / Not sure side by side; longer lists of choices one under the other.
        QBoxLayout* row = question.type == core::AnswerType::YesNoUnsure
                              ? static_cast<QBoxLayout*>(new QHBoxLayout)
                              : static_cast<QBoxLayout*>(new QVBoxLayout);
        row->setContentsMargins(12, 0, 0, 0);
        for (Choice& choice : m_choices) {
            choice.button = new QRadioButton(this);
            choice.button->setObjectName(controlName(question, choice.value));
            m_group->addButton(choice.button);
            row->addWidget(choice.button);
            connect(choice.button, &QRadioButton::toggled, this,
                    [this, value = choice.value](bool checked) {
                        if (checked && !m_showing) {
                            emit answered(questionId(), value);
                        }
                    });
        }
        if (question.type == core::AnswerType::YesNoUnsure) {
            row->addStretch(1);
        }
        layout->addLayout(row);
        m_text->setBuddy(m_choices.front().button);
    }
}

QString QuestionWidget::questionId() const {
    return fromStd(m_question.id);
}

QWidget* QuestionWidget::firstControl() const {
    if (m_scale != nullptr) {
        return m_scale;
    }
    // Where Tab would land: the checked choice, else the first.
    for (const Choice& choice : m_choices) {
        if (choice.button->isChecked()) {
            return choice.button;
        }
    }
    return m_choices.front().button;
}

void QuestionWidget::showAnswer(const core::AnswerValue* value) {
    m_showing = true;
    if (m_scale != nullptr) {
        const int* number = value != nullptr ? std::get_if<int>(value) : nullptr;
        m_scale->setValue(number != nullptr ? *number : -1);
    } else {
        const std::string* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
        // An exclusive group cannot show "nothing chosen" until exclusivity is lifted.
        m_group->setExclusive(false);
        for (Choice& choice : m_choices) {
            choice.button->setChecked(text != nullptr && *text == choice.value);
        }
        m_group->setExclusive(true);
    }
    m_showing = false;
}

void QuestionWidget::setLanguage(const std::string& language) {
    const QString label = fromStd(m_question.label.get(language));
    const QString text = fromStd(m_question.text.get(language));
    m_text->setText(text);
    setAccessibleName(label);
    const core::AnswerLabels& labels = m_questionnaire.answerLabels;
    for (Choice& choice : m_choices) {
        QString shown;
        if (m_question.type == core::AnswerType::YesNoUnsure) {
            shown = fromStd((choice.value == core::kYes  ? labels.yes
                             : choice.value == core::kNo ? labels.no
                                                         : labels.unsure)
                                .get(language));
        } else {
            shown = fromStd(m_question.findOption(choice.value)->label.get(language));
        }
        choice.button->setText(shown);
        // A screen reader hears which question the button answers, not only "Yes".
        choice.button->setAccessibleName(tr("%1: %2").arg(label, shown));
        choice.button->setAccessibleDescription(text);
    }
    if (m_scale != nullptr) {
        m_scale->setSpecialValueText(fromStd(labels.unanswered.get(language)));
        m_scale->updateGeometry();
        m_scale->setAccessibleName(label);
        m_scale->setAccessibleDescription(
            text + QLatin1Char(' ') +
            tr("From 0 to 10. %1; %2.")
                .arg(fromStd(m_question.scaleMinLabel.get(language)),
                     fromStd(m_question.scaleMaxLabel.get(language))));
        m_scaleHint->setText(tr("%1 · %2").arg(fromStd(m_question.scaleMinLabel.get(language)),
                                               fromStd(m_question.scaleMaxLabel.get(language))));
    }
}

} // namespace b12::app
