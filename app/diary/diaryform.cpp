// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diaryform.h"

#include "app/data/calendardate.h"
#include "app/data/coreproblems.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/diary/diarytext.h"
#include "app/widgets/fromstd.h"
#include "core/diary/units.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace b12::app {

namespace {
constexpr int kNoPain = -1;

// A combo box of `count` items, its label set as its buddy.
QComboBox* addCombo(QFormLayout* form, QLabel* label, int count, const QString& name) {
    auto* combo = new QComboBox(form->parentWidget());
    combo->setObjectName(name);
    // Never narrower than its longest item: a long label then moves it to a line of its own.
    combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    for (int i = 0; i < count; ++i) {
        combo->addItem(QString());
    }
    label->setBuddy(combo);
    form->addRow(label, combo);
    return combo;
}

QFormLayout* formLayout(QWidget* widget) {
    auto* form = new QFormLayout(widget);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

DiaryForm::DiaryForm(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_symptomIds(services.saved.diary().symptomIds()) {
    setObjectName(QStringLiteral("diaryForm"));
    auto* layout = new QVBoxLayout(this);
    auto* common = new QWidget(this);
    auto* form = formLayout(common);
    form->setContentsMargins(0, 0, 0, 0);
    m_kindLabel = new QLabel(common);
    m_kind = addCombo(form, m_kindLabel, static_cast<int>(core::kEntryKinds.size()),
                      QStringLiteral("diaryKind"));
    m_atLabel = new QLabel(common);
    m_at = new QDateTimeEdit(common);
    m_at->setObjectName(QStringLiteral("diaryAt"));
    m_at->setCalendarPopup(true);
    m_atLabel->setBuddy(m_at);
    form->addRow(m_atLabel, m_at);
    layout->addWidget(common);

    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("diaryDetails"));
    m_details->addWidget(buildSymptoms());
    m_details->addWidget(buildTreatment());
    m_details->addWidget(buildBloodTest());
    layout->addWidget(m_details);
    connect(m_kind, &QComboBox::currentIndexChanged, m_details, &QStackedWidget::setCurrentIndex);

    auto* noteRow = new QWidget(this);
    auto* noteForm = formLayout(noteRow);
    noteForm->setContentsMargins(0, 0, 0, 0);
    m_noteLabel = new QLabel(noteRow);
    m_note = new QLineEdit(noteRow);
    m_note->setObjectName(QStringLiteral("diaryNote"));
    m_noteLabel->setBuddy(m_note);
    noteForm->addRow(m_noteLabel, m_note);
    layout->addWidget(noteRow);
    buildButtons(this);
    layout->addStretch(1);

    retranslate();
    startNew();
}

QWidget* DiaryForm::buildSymptoms() {
    auto* page = new QWidget(this);
    auto* form = formLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_painLabel = new QLabel(page);
    m_pain = new QSpinBox(page);
    m_pain->setObjectName(QStringLiteral("diaryPain"));
    m_pain->setRange(kNoPain, core::kMaxPain);
    m_pain->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_painLabel->setBuddy(m_pain);
    form->addRow(m_painLabel, m_pain);
    m_symptomsHint = new QLabel(page);
    m_symptomsHint->setWordWrap(true);
    form->addRow(m_symptomsHint);
    for (const std::string& id : m_symptomIds) {
        auto* label = new QLabel(page);
        m_symptomLabels.push_back(label);
        m_symptoms.push_back(addCombo(form, label, core::kMaxSymptomRating + 1,
                                      QStringLiteral("diarySymptom_%1").arg(fromStd(id))));
    }
    return page;
}

QWidget* DiaryForm::buildTreatment() {
    auto* page = new QWidget(this);
    auto* form = formLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_formLabel = new QLabel(page);
    m_form = addCombo(form, m_formLabel, static_cast<int>(core::kTreatmentForms.size()),
                      QStringLiteral("diaryTreatmentForm"));
    m_doseLabel = new QLabel(page);
    m_dose = new QLineEdit(page);
    m_dose->setObjectName(QStringLiteral("diaryDose"));
    m_doseLabel->setBuddy(m_dose);
    form->addRow(m_doseLabel, m_dose);
    return page;
}

QWidget* DiaryForm::buildBloodTest() {
    auto* page = new QWidget(this);
    auto* form = formLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_testLabel = new QLabel(page);
    m_test = addCombo(form, m_testLabel, static_cast<int>(core::kBloodTests.size()),
                      QStringLiteral("diaryTest"));
    m_valueLabel = new QLabel(page);
    m_value = new QLineEdit(page);
    m_value->setObjectName(QStringLiteral("diaryValue"));
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_valueLabel, m_value);
    m_unitLabel = new QLabel(page);
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("diaryUnit"));
    m_unitLabel->setBuddy(m_unit);
    form->addRow(m_unitLabel, m_unit);
    m_rangeLabel = new QLabel(page);
    m_range = new QLineEdit(page);
    m_range->setObjectName(QStringLiteral("diaryRange"));
    m_rangeLabel->setBuddy(m_range);
    form->addRow(m_rangeLabel, m_range);
    connect(m_test, &QComboBox::currentIndexChanged, this, &DiaryForm::fillUnits);
    fillUnits();
    return page;
}

void DiaryForm::buildButtons(QWidget* parent) {
    m_message = new QLabel(parent);
    m_message->setObjectName(QStringLiteral("diaryFormMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_submit = new QPushButton(parent);
    m_submit->setObjectName(QStringLiteral("diarySubmit"));
    m_submit->setDefault(true);
    m_cancel = new QPushButton(parent);
    m_cancel->setObjectName(QStringLiteral("diaryCancelEdit"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_submit);
    row->addWidget(m_cancel);
    row->addStretch(1);
    auto* layout = qobject_cast<QVBoxLayout*>(parent->layout());
    layout->addWidget(m_message);
    layout->addLayout(row);
    connect(m_submit, &QPushButton::clicked, this, &DiaryForm::submitted);
    connect(m_cancel, &QPushButton::clicked, this, &DiaryForm::startNew);
}

// The units of the chosen test, keeping the chosen unit when the test has it too.
void DiaryForm::fillUnits() {
    const QString chosen = m_unit->currentText();
    m_unit->clear();
    const auto test = core::kBloodTests.at(static_cast<std::size_t>(m_test->currentIndex())).first;
    for (const std::string_view unit : core::unitsOf(test)) {
        m_unit->addItem(fromStd(unit));
    }
    const int index = m_unit->findText(chosen);
    m_unit->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<double> DiaryForm::typedValue() const {
    const QString text = m_value->text().trimmed();
    bool ok = false;
    double value = m_services.localization.locale().toDouble(text, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(text, &ok);
    }
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

core::DiaryEntry DiaryForm::entry() const {
    core::DiaryEntry entry;
    entry.id = m_editing;
    entry.at = fromQDateTime(m_at->dateTime());
    entry.note = m_note->text().trimmed().toStdString();
    const auto kind = core::kEntryKinds.at(static_cast<std::size_t>(m_kind->currentIndex())).first;
    if (kind == core::EntryKind::Symptoms) {
        core::SymptomCheck check;
        if (m_pain->value() != kNoPain) {
            check.pain = m_pain->value();
        }
        for (std::size_t i = 0; i < m_symptoms.size(); ++i) {
            if (m_symptoms[i]->currentIndex() > 0) {
                check.symptoms[m_symptomIds[i]] = m_symptoms[i]->currentIndex();
            }
        }
        entry.details = check;
    } else if (kind == core::EntryKind::Treatment) {
        const auto form = static_cast<std::size_t>(m_form->currentIndex());
        entry.details = core::Treatment{core::kTreatmentForms.at(form).first,
                                        m_dose->text().trimmed().toStdString()};
    } else {
        const auto test = static_cast<std::size_t>(m_test->currentIndex());
        entry.details = core::BloodTestResult{
            core::kBloodTests.at(test).first, typedValue().value_or(0),
            m_unit->currentText().toStdString(), m_range->text().trimmed().toStdString()};
    }
    return entry;
}

QString DiaryForm::problem() const {
    const core::DiaryEntry entry = this->entry();
    if (entry.bloodTest() != nullptr && !typedValue()) {
        return tr("Please type the value as a number, such as 140 or 0.35.");
    }
    const std::string problem = core::checkEntry(entry, m_symptomIds);
    return problem.empty() ? QString()
                           : tr("This entry cannot be saved: %1").arg(coreProblemText(problem));
}

void DiaryForm::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setVisible(!message.isEmpty());
}

QWidget* DiaryForm::firstControl() const {
    return m_kind;
}

void DiaryForm::startNew() {
    m_editing.reset();
    m_at->setDateTime(QDateTime::currentDateTime());
    m_pain->setValue(kNoPain);
    for (QComboBox* symptom : m_symptoms) {
        symptom->setCurrentIndex(0);
    }
    m_dose->clear();
    m_value->clear();
    m_range->clear();
    m_note->clear();
    showMessage({});
    updateButtons();
}

void DiaryForm::load(const core::DiaryEntry& entry) {
    startNew();
    m_editing = entry.id;
    m_at->setDateTime(toQDateTime(entry.at));
    m_note->setText(fromStd(entry.note));
    loadDetails(entry);
    updateButtons();
}

void DiaryForm::loadDetails(const core::DiaryEntry& entry) {
    m_kind->setCurrentIndex(static_cast<int>(entry.kind()));
    if (const auto* check = entry.symptomCheck()) {
        m_pain->setValue(check->pain.value_or(kNoPain));
        for (std::size_t i = 0; i < m_symptoms.size(); ++i) {
            const auto found = check->symptoms.find(m_symptomIds[i]);
            m_symptoms[i]->setCurrentIndex(found != check->symptoms.end() ? found->second : 0);
        }
    } else if (const auto* treatment = entry.treatment()) {
        m_form->setCurrentIndex(static_cast<int>(treatment->form));
        m_dose->setText(fromStd(treatment->dose));
    } else if (const auto* result = entry.bloodTest()) {
        m_test->setCurrentIndex(static_cast<int>(result->test));
        m_unit->setCurrentIndex(m_unit->findText(fromStd(result->unit)));
        m_value->setText(
            DiaryText(m_services.saved.questionnaire(), {}, m_services.localization.locale())
                .number(result->value));
        m_range->setText(fromStd(result->referenceRange));
    }
}

void DiaryForm::updateButtons() {
    m_submit->setText(m_editing ? tr("&Save changes") : tr("&Add to diary"));
    m_cancel->setVisible(m_editing.has_value());
}

void DiaryForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DiaryForm::retranslate() {
    const std::string language = m_services.localization.language().toStdString();
    const QLocale locale = m_services.localization.locale();
    const DiaryText text(m_services.saved.questionnaire(), language, locale);
    m_kindLabel->setText(tr("&Kind of entry:"));
    for (const auto& kind : core::kEntryKinds) {
        m_kind->setItemText(static_cast<int>(kind.first), DiaryText::kindName(kind.first));
    }
    m_atLabel->setText(tr("&Date and time:"));
    m_at->setDisplayFormat(DiaryText::dateTimeFormat(locale));
    m_at->setLocale(locale);
    m_painLabel->setText(tr("Leg &pain (0 none, 10 worst):"));
    m_pain->setSpecialValueText(tr("Not given"));
    m_symptomsHint->setText(tr("How much did each of these trouble you?"));
    for (std::size_t i = 0; i < m_symptoms.size(); ++i) {
        m_symptomLabels[i]->setText(text.symptomName(m_symptomIds[i]) + QLatin1Char(':'));
        for (int rating = 0; rating <= core::kMaxSymptomRating; ++rating) {
            m_symptoms[i]->setItemText(rating, DiaryText::ratingName(rating));
        }
    }
    m_formLabel->setText(tr("&Form:"));
    for (const auto& form : core::kTreatmentForms) {
        m_form->setItemText(static_cast<int>(form.first), DiaryText::formName(form.first));
    }
    m_doseLabel->setText(tr("D&ose:"));
    m_dose->setPlaceholderText(tr("for example 1 mg hydroxocobalamin"));
    m_testLabel->setText(tr("&Test:"));
    for (const auto& test : core::kBloodTests) {
        m_test->setItemText(static_cast<int>(test.first), DiaryText::testName(test.first));
    }
    m_valueLabel->setText(tr("&Value:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_rangeLabel->setText(tr("The lab's &range, as printed:"));
    m_range->setPlaceholderText(tr("for example 145-569"));
    m_noteLabel->setText(tr("&Note:"));
    m_cancel->setText(tr("Cancel editing"));
    updateButtons();
}

} // namespace b12::app
