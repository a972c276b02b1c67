// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/summary/summaryform.h"

#include "app/data/papersize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace b12::app {

namespace {

// Each part: its key in the settings and object names, and its flag in core's SummaryParts.
struct PartSpec {
    SummaryPart part;
    const char* key;
    bool core::SummaryParts::*flag;
};
constexpr std::array<PartSpec, kSummaryPartCount> kParts{{
    {SummaryPart::Questions, "questions", &core::SummaryParts::questions},
    {SummaryPart::Tests, "tests", &core::SummaryParts::tests},
    {SummaryPart::Medicines, "medicines", &core::SummaryParts::medicines},
    {SummaryPart::Notes, "notes", &core::SummaryParts::notes},
    {SummaryPart::Chart, "chart", &core::SummaryParts::chart},
    {SummaryPart::Diary, "diary", &core::SummaryParts::diary},
    {SummaryPart::Sources, "sources", &core::SummaryParts::sources},
}};

QString settingsKey(const PartSpec& spec) {
    return QStringLiteral("summary/include/") + QLatin1String(spec.key);
}

// The check box's text, with its mnemonic.
QString partLabel(SummaryPart part) {
    switch (part) {
    case SummaryPart::Questions:
        return SummaryForm::tr("&Questions to ask");
    case SummaryPart::Tests:
        return SummaryForm::tr("T&ests checklist for the doctor");
    case SummaryPart::Medicines:
        return SummaryForm::tr("Medicines and supplements");
    case SummaryPart::Notes:
        return SummaryForm::tr("Your notes");
    case SummaryPart::Chart:
        return SummaryForm::tr("&Chart of low B12 by age");
    case SummaryPart::Diary:
        return SummaryForm::tr("My &diary, the last 12 weeks");
    case SummaryPart::Sources:
        return SummaryForm::tr("&Sources");
    }
    return {};
}

QLabel* wrappingLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPlainTextEdit* textField(QWidget* parent, const QString& objectName) {
    auto* field = new QPlainTextEdit(parent);
    field->setObjectName(objectName);
    field->setTabChangesFocus(true); // Tab moves on, as in every other field
    return field;
}

} // namespace

SummaryForm::SummaryForm(QSettings& settings, const QLocale& locale, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("summaryFormPanel"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryFormScroll"));
    scroll->setWidget(buildFields());
    scroll->setWidgetResizable(true);
    // The controls inside take the focus (and scroll into view); the area itself is no stop
    // on the Tab path, where a screen reader would meet an unnamed object.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    // Long check box texts at a large text size scroll sideways rather than being cut off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    // Paper and the two ways out stay in sight below the form, however long it scrolls.
    layout->addWidget(buildOutputRow());
    setPaperSize(rememberedPaperSize(m_settings, locale));

    for (QLineEdit* field : {m_name, m_year}) {
        connect(field, &QLineEdit::textChanged, this, &SummaryForm::notesEdited);
    }
    for (QPlainTextEdit* field : {m_medicines, m_notes}) {
        connect(field, &QPlainTextEdit::textChanged, this, &SummaryForm::notesEdited);
    }
    for (QCheckBox* check : m_includes) {
        connect(check, &QCheckBox::toggled, this, [this] {
            saveParts();
            emit layoutChosen();
        });
    }
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        rememberPaperSize(m_settings, paperSize());
        emit layoutChosen();
    });
    connect(m_printButton, &QPushButton::clicked, this, &SummaryForm::printRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &SummaryForm::exportRequested);
    retranslate();
    fitTextFields();
}

QWidget* SummaryForm::buildFields() {
    auto* form = new QWidget(this);
    form->setObjectName(QStringLiteral("summaryForm"));
    m_heading = new QLabel(form);
    m_heading->setObjectName(QStringLiteral("summaryHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_intro = wrappingLabel(form, QStringLiteral("summaryIntro"));
    m_answersStatus = wrappingLabel(form, QStringLiteral("summaryAnswersStatus"));
    m_notice = wrappingLabel(form, QStringLiteral("summaryNotice"));
    QFont bold = m_notice->font();
    bold.setBold(true);
    m_notice->setFont(bold);
    m_notice->hide();

    m_nameLabel = new QLabel(form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("summaryName"));
    m_nameLabel->setBuddy(m_name);
    m_yearLabel = new QLabel(form);
    m_year = new QLineEdit(form);
    m_year->setObjectName(QStringLiteral("summaryYearOfBirth"));
    m_year->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_year));
    m_year->setMaxLength(4);
    m_yearLabel->setBuddy(m_year);
    auto* details = new QFormLayout;
    details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    details->addRow(m_nameLabel, m_name);
    details->addRow(m_yearLabel, m_year);

    m_medicinesLabel = wrappingLabel(form, QStringLiteral("summaryMedicinesLabel"));
    m_medicinesLabel->setTextFormat(Qt::AutoText);
    m_medicines = textField(form, QStringLiteral("summaryMedicines"));
    m_medicinesLabel->setBuddy(m_medicines);
    m_notesLabel = wrappingLabel(form, QStringLiteral("summaryNotesLabel"));
    m_notesLabel->setTextFormat(Qt::AutoText);
    m_notes = textField(form, QStringLiteral("summaryNotes"));
    m_notesLabel->setBuddy(m_notes);
    m_privacy = wrappingLabel(form, QStringLiteral("summaryPrivacy"));
    m_includeLabel = wrappingLabel(form, QStringLiteral("summaryIncludeLabel"));

    auto* layout = new QVBoxLayout(form);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_heading), static_cast<QWidget*>(m_intro),
          static_cast<QWidget*>(m_answersStatus), static_cast<QWidget*>(m_notice)}) {
        layout->addWidget(widget);
    }
    layout->addLayout(details);
    for (QWidget* widget : {static_cast<QWidget*>(m_medicinesLabel),
                            static_cast<QWidget*>(m_medicines), static_cast<QWidget*>(m_notesLabel),
                            static_cast<QWidget*>(m_notes), static_cast<QWidget*>(m_privacy)}) {
        layout->addWidget(widget);
    }
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_includeLabel);
    const core::SummaryParts defaults;
    for (const PartSpec& spec : kParts) {
        auto* check = new QCheckBox(form);
        check->setObjectName(QStringLiteral("include_") + QLatin1String(spec.key));
        check->setChecked(m_settings.value(settingsKey(spec), defaults.*spec.flag).toBool());
        m_includes[static_cast<std::size_t>(spec.part)] = check;
        layout->addWidget(check);
    }
    layout->addStretch(1);
    return form;
}

QWidget* SummaryForm::buildOutputRow() {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("summaryActions"));
    m_paperLabel = new QLabel(row);
    m_paper = new QComboBox(row);
    m_paper->setObjectName(QStringLiteral("summaryPaper"));
    for (const QPageSize::PageSizeId paper : kPaperSizes) {
        m_paper->addItem(QString(), paperId(paper));
    }
    m_paperLabel->setBuddy(m_paper);
    m_printButton = new QPushButton(row);
    m_printButton->setObjectName(QStringLiteral("summaryPrint"));
    m_exportButton = new QPushButton(row);
    m_exportButton->setObjectName(QStringLiteral("summaryExportPdf"));
    m_pageCount = wrappingLabel(row, QStringLiteral("summaryPages"));

    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(row);
    layout->addLayout(paperRow);
    layout->addLayout(buttons);
    layout->addWidget(m_pageCount);
    return row;
}

core::PersonalNotes SummaryForm::typedNotes() const {
    return {m_name->text().trimmed().toStdString(), m_year->text().trimmed().toStdString(),
            m_notes->toPlainText().toStdString(), m_medicines->toPlainText().toStdString()};
}

void SummaryForm::showNotes(const core::PersonalNotes& notes) {
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockMedicines(m_medicines);
    const QSignalBlocker blockNotes(m_notes);
    m_name->setText(QString::fromStdString(notes.name));
    m_year->setText(QString::fromStdString(notes.yearOfBirth));
    m_medicines->setPlainText(QString::fromStdString(notes.medicines));
    m_notes->setPlainText(QString::fromStdString(notes.notes));
}

core::SummaryParts SummaryForm::parts() const {
    core::SummaryParts parts;
    for (const PartSpec& spec : kParts) {
        parts.*spec.flag = m_includes[static_cast<std::size_t>(spec.part)]->isChecked();
    }
    return parts;
}

QPageSize::PageSizeId SummaryForm::paperSize() const {
    return paperFromId(m_paper->currentData().toString()).value_or(QPageSize::A4);
}

void SummaryForm::setPaperSize(QPageSize::PageSizeId paper) {
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paperId(paper))));
}

void SummaryForm::showAnswered(std::size_t answered, std::size_t total) {
    m_answered = answered;
    m_total = total;
    m_answersStatus->setText(
        answered == 0
            ? tr("No questions are answered yet. Answer the questionnaire first, or print the "
                 "summary and fill it in by hand.")
            : tr("Made from your answers to the questionnaire: %1 of %2 questions answered.")
                  .arg(answered)
                  .arg(total));
}

void SummaryForm::showNotice(const QString& notice) {
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SummaryForm::showPageCount(int pages) {
    m_pageCount->setText(
        pages == 1 ? tr("Prints on 1 page of %1 paper.").arg(m_paper->currentText())
                   : tr("Prints on %1 pages of %2 paper.").arg(pages).arg(m_paper->currentText()));
}

void SummaryForm::setOutputEnabled(bool enabled) {
    m_printButton->setEnabled(enabled);
    m_exportButton->setEnabled(enabled);
}

void SummaryForm::saveParts() {
    for (const PartSpec& spec : kParts) {
        const bool checked = m_includes[static_cast<std::size_t>(spec.part)]->isChecked();
        const QString key = settingsKey(spec);
        if (!m_settings.contains(key) || m_settings.value(key).toBool() != checked) {
            m_settings.setValue(key, checked);
        }
    }
}

void SummaryForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        fitTextFields();
    }
    QWidget::changeEvent(event);
}

void SummaryForm::fitTextFields() {
    // Room for a few lines at the current text size, so that the rest of the form stays
    // close; a longer text scrolls inside its field.
    for (QPlainTextEdit* field : {m_medicines, m_notes}) {
        const int line = field->fontMetrics().lineSpacing();
        const int frame =
            2 * field->frameWidth() + 2 * static_cast<int>(field->document()->documentMargin());
        field->setMinimumHeight(3 * line + frame);
        field->setMaximumHeight(6 * line + frame);
    }
}

void SummaryForm::retranslate() {
    m_heading->setText(
        QStringLiteral("<h2>%1</h2>").arg(tr("A summary for your doctor").toHtmlEscaped()));
    m_heading->setAccessibleName(tr("A summary for your doctor"));
    m_intro->setText(
        tr("Print this summary or save it as a PDF and take it to your appointment. It lists "
           "the warning signs and symptoms you noted, what makes low vitamin B12 more likely "
           "for you, questions to ask and the tests the article names. Add anything else your "
           "doctor should know."));
    m_nameLabel->setText(tr("&Name (optional):"));
    m_name->setAccessibleName(tr("Name, optional"));
    m_yearLabel->setText(tr("&Year of birth (optional):"));
    m_year->setAccessibleName(tr("Year of birth, optional"));
    m_medicinesLabel->setText(tr("&Medicines and supplements you take:"));
    m_medicines->setAccessibleName(tr("Medicines and supplements you take"));
    m_medicines->setPlaceholderText(tr("For example: metformin 500 mg twice a day; vitamin D"));
    m_notesLabel->setText(tr("No&tes for your doctor:"));
    m_notes->setAccessibleName(tr("Notes for your doctor"));
    m_notes->setPlaceholderText(tr("For example: when it started, what makes it better or worse"));
    m_privacy->setText(tr("What you type here stays on this computer, saved with your answers. "
                          "Empty fields print as space to write in by hand."));
    m_includeLabel->setText(tr("Include in the summary:"));
    for (const PartSpec& spec : kParts) {
        QCheckBox* check = m_includes[static_cast<std::size_t>(spec.part)];
        check->setText(partLabel(spec.part));
        check->setAccessibleName(tr("Include: %1").arg(check->text().remove(QLatin1Char('&'))));
    }
    m_paperLabel->setText(tr("&Paper size:"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->setItemText(0, tr("A4"));
    m_paper->setItemText(1, tr("US Letter"));
    m_printButton->setText(tr("P&rint…"));
    m_printButton->setAccessibleName(tr("Print the summary"));
    m_printButton->setToolTip(
        tr("Shows the pages as they will print (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText)));
    m_exportButton->setText(tr("E&xport as PDF…"));
    m_exportButton->setAccessibleName(tr("Export the summary as a PDF file"));
    showAnswered(m_answered, m_total);
}

} // namespace b12::app
