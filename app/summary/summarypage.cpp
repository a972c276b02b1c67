// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/summary/summarypage.h"

#include "app/chart/riskdatafile.h"
#include "app/data/answersstore.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "app/data/personalnotesstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace b12::app {

namespace {

const QString kExportFolderKey = QStringLiteral("summary/exportFolder");
const QString kIncludeKey = QStringLiteral("summary/include/%1");
constexpr int kPreviewDelayMs = 300;
constexpr int kSaveDelayMs = 800;

QString notesFolder(const AppContext& context) {
    return context.answers != nullptr ? context.answers->folder() : AnswersStore::defaultFolder();
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

SummaryPage::SummaryPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_texts(loadSummaryTexts())
    , m_notesStore(context.notes != nullptr ? context.notes
                                            : new PersonalNotesStore(notesFolder(context), this))
    , m_previewTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("summaryPage"));
    if (context.notes == nullptr) {
        m_notesStore->restore();
    }

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

    showSavedNotes();

    m_includeLabel = wrappingLabel(form, QStringLiteral("summaryIncludeLabel"));
    const core::SummaryParts defaults;
    const auto makeCheck = [this, form](const QString& id, bool defaultValue) {
        auto* check = new QCheckBox(form);
        check->setObjectName(QStringLiteral("include_%1").arg(id));
        const QVariant stored = m_context.settings != nullptr
                                    ? m_context.settings->value(kIncludeKey.arg(id))
                                    : QVariant();
        check->setChecked(stored.isValid() ? stored.toBool() : defaultValue);
        return check;
    };
    m_includeQuestions = makeCheck(QStringLiteral("questions"), defaults.questions);
    m_includeTests = makeCheck(QStringLiteral("tests"), defaults.tests);
    m_includeMedicines = makeCheck(QStringLiteral("medicines"), defaults.medicines);
    m_includeNotes = makeCheck(QStringLiteral("notes"), defaults.notes);
    m_includeChart = makeCheck(QStringLiteral("chart"), defaults.chart);
    m_includeSources = makeCheck(QStringLiteral("sources"), defaults.sources);

    m_paperLabel = new QLabel(form);
    m_paper = new QComboBox(form);
    m_paper->setObjectName(QStringLiteral("summaryPaper"));
    for (const QPageSize::PageSizeId paper : kPaperSizes) {
        m_paper->addItem(QString(), paperId(paper));
    }
    m_paperLabel->setBuddy(m_paper);
    setPaperSize(rememberedPaperSize(m_context.settings, locale()));

    m_printButton = new QPushButton(form);
    m_printButton->setObjectName(QStringLiteral("summaryPrint"));
    m_exportButton = new QPushButton(form);
    m_exportButton->setObjectName(QStringLiteral("summaryExportPdf"));
    m_pages = wrappingLabel(form, QStringLiteral("summaryPages"));

    // Ctrl+P prints the summary while this page is shown (the article has its own).
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("summaryPrintAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Print);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_P))) {
        keys << QKeySequence(Qt::CTRL | Qt::Key_P);
    }
    m_printAction->setShortcuts(keys);
    m_printAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_printAction);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_heading);
    formLayout->addWidget(m_intro);
    formLayout->addWidget(m_answersStatus);
    formLayout->addWidget(m_notice);
    formLayout->addLayout(details);
    formLayout->addWidget(m_medicinesLabel);
    formLayout->addWidget(m_medicines);
    formLayout->addWidget(m_notesLabel);
    formLayout->addWidget(m_notes);
    formLayout->addWidget(m_privacy);
    formLayout->addSpacing(formLayout->spacing());
    formLayout->addWidget(m_includeLabel);
    for (QCheckBox* check : {m_includeQuestions, m_includeTests, m_includeMedicines, m_includeNotes,
                             m_includeChart, m_includeSources}) {
        formLayout->addWidget(check);
    }
    formLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryFormScroll"));
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Long check box texts at a large text size scroll sideways rather than being cut off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    // Paper and the two ways out stay in sight below the form, however long it scrolls.
    auto* actions = new QWidget(this);
    actions->setObjectName(QStringLiteral("summaryActions"));
    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addLayout(paperRow);
    actionsLayout->addLayout(buttons);
    actionsLayout->addWidget(m_pages);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(actions);

    auto* previewPanel = new QWidget(this);
    m_previewLabel = wrappingLabel(previewPanel, QStringLiteral("summaryPreviewLabel"));
    m_preview = new QTextBrowser(previewPanel);
    m_preview->setObjectName(QStringLiteral("summaryPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_previewLabel->setBuddy(m_preview);
    auto* previewLayout = new QVBoxLayout(previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("summarySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(previewPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &SummaryPage::updatePreview);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SummaryPage::saveNotes);

    const auto typed = [this] {
        m_saveTimer->start();
        schedulePreview();
    };
    connect(m_name, &QLineEdit::textChanged, this, typed);
    connect(m_year, &QLineEdit::textChanged, this, typed);
    connect(m_medicines, &QPlainTextEdit::textChanged, this, typed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, typed);
    for (QCheckBox* check : {m_includeQuestions, m_includeTests, m_includeMedicines, m_includeNotes,
                             m_includeChart, m_includeSources}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            saveParts();
            updatePreview();
        });
    }
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        rememberPaperSize(m_context.settings, paperSize());
        updatePreview();
    });
    connect(m_printButton, &QPushButton::clicked, this, &SummaryPage::print);
    connect(m_printAction, &QAction::triggered, this, &SummaryPage::print);
    connect(m_exportButton, &QPushButton::clicked, this, &SummaryPage::exportPdf);
    connect(m_notesStore, &PersonalNotesStore::noticeChanged, this, &SummaryPage::updateNotice);
    connect(m_notesStore, &PersonalNotesStore::cleared, this, &SummaryPage::showSavedNotes);
    if (m_context.answers != nullptr) {
        connect(m_context.answers, &AnswersStore::changed, this, &SummaryPage::schedulePreview);
    }
    if (m_context.localization != nullptr) {
        connect(m_context.localization, &Localization::languageChanged, this,
                &SummaryPage::updatePreview);
    }

    retranslate();
    fitTextFields();
    updateNotice();
    updatePreview();
}

SummaryPage::~SummaryPage() {
    if (m_saveTimer->isActive()) {
        saveNotes();
    }
}

QString SummaryPage::language() const {
    if (m_context.localization != nullptr && !m_context.localization->language().isEmpty()) {
        return m_context.localization->language();
    }
    return Localization::kFallbackLanguage;
}

QLocale SummaryPage::locale() const {
    return m_context.localization != nullptr ? m_context.localization->locale() : QLocale();
}

core::SummaryParts SummaryPage::parts() const {
    core::SummaryParts parts;
    parts.questions = m_includeQuestions->isChecked();
    parts.tests = m_includeTests->isChecked();
    parts.medicines = m_includeMedicines->isChecked();
    parts.notes = m_includeNotes->isChecked();
    parts.chart = m_includeChart->isChecked();
    parts.sources = m_includeSources->isChecked();
    return parts;
}

core::PersonalNotes SummaryPage::typedNotes() const {
    return {m_name->text().trimmed().toStdString(), m_year->text().trimmed().toStdString(),
            m_notes->toPlainText().toStdString(), m_medicines->toPlainText().toStdString()};
}

const core::RiskTable* SummaryPage::riskTable() const {
    if (!m_riskTable) {
        m_riskTable = loadRiskTable();
    }
    return m_riskTable->ok() ? &m_riskTable->value() : nullptr;
}

SummaryRequest SummaryPage::request() const {
    SummaryRequest request;
    request.questionnaire = m_context.questionnaire;
    if (m_context.answers != nullptr) {
        request.answers = m_context.answers->answers();
    }
    request.personal = typedNotes();
    request.parts = parts();
    request.language = language();
    request.locale = locale();
    request.createdAt = QDateTime::currentDateTime();
    return request;
}

SummaryReport SummaryPage::report() const {
    static const core::SummaryTexts kNoTexts;
    const core::SummaryParts chosen = parts();
    return {request(), m_texts.ok() ? m_texts.value() : kNoTexts,
            chosen.chart ? riskTable() : nullptr};
}

QString SummaryPage::previewHtml() const {
    return m_previewHtml;
}

QPageSize::PageSizeId SummaryPage::paperSize() const {
    return paperFromId(m_paper->currentData().toString()).value_or(QPageSize::A4);
}

void SummaryPage::setPaperSize(QPageSize::PageSizeId paper) {
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paperId(paper))));
}

void SummaryPage::schedulePreview() {
    m_previewTimer->start();
}

void SummaryPage::updatePreview() {
    m_previewTimer->stop();
    const SummaryReport report = this->report();
    m_previewHtml = report.html();
    const int scrolled = m_preview->verticalScrollBar()->value();
    report.fillDocument(*m_preview->document(), m_preview->palette());
    // The new text would otherwise scroll to where the old cursor was.
    m_preview->moveCursor(QTextCursor::Start);
    m_preview->verticalScrollBar()->setValue(scrolled);

    const int pages = report.pageCount(paperSize());
    m_pages->setText(
        pages == 1 ? tr("Prints on 1 page of %1 paper.").arg(m_paper->currentText())
                   : tr("Prints on %1 pages of %2 paper.").arg(pages).arg(m_paper->currentText()));
    updateStatus();
}

void SummaryPage::updateStatus() {
    const std::size_t total =
        m_context.questionnaire != nullptr ? m_context.questionnaire->questions.size() : 0;
    const std::size_t answered =
        m_context.answers != nullptr ? m_context.answers->answers().size() : 0;
    m_answersStatus->setText(
        answered == 0
            ? tr("No questions are answered yet. Answer the questionnaire first, or print the "
                 "summary and fill it in by hand.")
            : tr("Made from your answers to the questionnaire: %1 of %2 questions answered.")
                  .arg(answered)
                  .arg(total));
}

void SummaryPage::updateNotice() {
    QString notice = m_notesStore->notice();
    if (!m_texts.ok()) {
        notice = tr("The summary texts could not be loaded: %1")
                     .arg(QString::fromStdString(m_texts.error().toString()));
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_printButton->setEnabled(m_texts.ok());
    m_exportButton->setEnabled(m_texts.ok());
    m_printAction->setEnabled(m_texts.ok());
}

void SummaryPage::showSavedNotes() {
    const core::PersonalNotes& saved = m_notesStore->notes();
    m_name->setText(QString::fromStdString(saved.name));
    m_year->setText(QString::fromStdString(saved.yearOfBirth));
    m_medicines->setPlainText(QString::fromStdString(saved.medicines));
    m_notes->setPlainText(QString::fromStdString(saved.notes));
    m_saveTimer->stop(); // what is shown is what is saved
}

void SummaryPage::saveNotes() {
    m_saveTimer->stop();
    m_notesStore->setNotes(typedNotes());
}

void SummaryPage::saveParts() {
    if (m_context.settings == nullptr) {
        return;
    }
    for (QCheckBox* check : {m_includeQuestions, m_includeTests, m_includeMedicines, m_includeNotes,
                             m_includeChart, m_includeSources}) {
        const QString key = kIncludeKey.arg(check->objectName().mid(8)); // after "include_"
        if (m_context.settings->value(key).toBool() != check->isChecked() ||
            !m_context.settings->contains(key)) {
            m_context.settings->setValue(key, check->isChecked());
        }
    }
}

void SummaryPage::print() {
    saveNotes();
    const SummaryReport report = this->report();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(printPageLayout(paperSize()));
    printer.setDocName(QString::fromStdString(report.summary().title));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("summaryPrintPreview"));
    dialog.setWindowTitle(tr("Print Summary"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* target) { report.print(*target); });
    dialog.exec();
}

void SummaryPage::exportPdf() {
    saveNotes();
    QString folder = m_context.settings != nullptr
                         ? m_context.settings->value(kExportFolderKey).toString()
                         : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    //: The suggested file name of an exported summary; %1 is the date as 2025-05-12.
    const QString name = tr("B12 summary %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Summary as PDF"), QDir(folder).filePath(name),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    if (exportPdfTo(path) && m_context.settings != nullptr) {
        m_context.settings->setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    }
}

bool SummaryPage::exportPdfTo(const QString& path, QString* error) {
    QString problem;
    if (report().writePdf(path, paperSize(), &problem)) {
        return true;
    }
    if (error != nullptr) {
        *error = problem;
    } else {
        QMessageBox::warning(this, tr("Export Summary as PDF"),
                             tr("The summary was not saved.\n\n%1").arg(problem));
    }
    return false;
}

void SummaryPage::hideEvent(QHideEvent* event) {
    if (m_saveTimer->isActive()) {
        saveNotes();
    }
    QWidget::hideEvent(event);
}

void SummaryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updatePreview();
    } else if (event->type() == QEvent::FontChange) {
        fitTextFields();
    }
    QWidget::changeEvent(event);
}

void SummaryPage::fitTextFields() {
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

void SummaryPage::retranslate() {
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
    m_includeQuestions->setText(tr("&Questions to ask"));
    m_includeTests->setText(tr("T&ests checklist for the doctor"));
    m_includeMedicines->setText(tr("Medicines and supplements"));
    m_includeNotes->setText(tr("Your notes"));
    m_includeChart->setText(tr("&Chart of low B12 by age"));
    m_includeSources->setText(tr("&Sources"));
    for (QCheckBox* check : {m_includeQuestions, m_includeTests, m_includeMedicines, m_includeNotes,
                             m_includeChart, m_includeSources}) {
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
    m_printAction->setText(tr("Print Summary…"));
    m_previewLabel->setText(tr("Preview of what will print:"));
    m_preview->setAccessibleName(tr("Preview of the summary"));
    updateStatus();
}

} // namespace b12::app
