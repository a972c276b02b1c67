// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/summary/summarypage.h"

#include "app/data/calendardate.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "app/data/saveddata.h"
#include "app/data/shippeddata.h"
#include "app/print/printpreview.h"
#include "app/summary/summaryform.h"
#include "core/diary/diarystats.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace b12::app {

namespace {
const QString kExportFolderKey = QStringLiteral("summary/exportFolder");
constexpr int kPreviewDelayMs = 300;
constexpr int kSaveDelayMs = 800;
constexpr int kSummaryDiaryWeeks = 12;
} // namespace

SummaryPage::SummaryPage(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_form(new SummaryForm(services.settings, services.localization.locale(), this))
    , m_previewTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("summaryPage"));
    showSavedNotes();

    auto* previewPanel = new QWidget(this);
    m_previewLabel = new QLabel(previewPanel);
    m_previewLabel->setObjectName(QStringLiteral("summaryPreviewLabel"));
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
    splitter->addWidget(m_form);
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

    connect(m_form, &SummaryForm::notesEdited, this, [this] {
        m_saveTimer->start();
        m_previewTimer->start();
    });
    connect(m_form, &SummaryForm::layoutChosen, this, &SummaryPage::updatePreview);
    connect(m_form, &SummaryForm::printRequested, this, &SummaryPage::print);
    connect(m_form, &SummaryForm::exportRequested, this, &SummaryPage::exportPdf);
    PersonalNotesStore& notes = m_services.saved.notes();
    connect(&notes, &PersonalNotesStore::noticeChanged, this, &SummaryPage::updateNotice);
    connect(&notes, &PersonalNotesStore::cleared, this, [this] {
        showSavedNotes();
        updatePreview();
    });
    connect(&m_services.saved.answers(), &AnswersStore::changed, m_previewTimer,
            qOverload<>(&QTimer::start));
    connect(&m_services.saved.diary(), &DiaryStore::changed, m_previewTimer,
            qOverload<>(&QTimer::start));

    retranslate();
    updateNotice();
    updatePreview();
}

SummaryPage::~SummaryPage() {
    if (m_saveTimer->isActive()) {
        saveNotes();
    }
}

SummaryRequest SummaryPage::request() const {
    SummaryRequest request;
    request.questionnaire = &m_services.saved.questionnaire();
    request.answers = m_services.saved.answers().answers();
    request.personal = m_form->typedNotes();
    request.parts = m_form->parts();
    request.language = m_services.localization.language();
    request.locale = m_services.localization.locale();
    request.createdAt = QDateTime::currentDateTime();
    request.diary =
        core::summarizeDiary(m_services.saved.diary().diary(), today(), kSummaryDiaryWeeks);
    return request;
}

SummaryReport SummaryPage::report() const {
    static const core::SummaryTexts kNoTexts;
    const auto& texts = m_services.shipped.summaryTexts();
    const auto& riskTable = m_services.shipped.riskTable();
    const bool withChart = m_form->parts().chart && riskTable.ok();
    return {request(), texts.ok() ? texts.value() : kNoTexts,
            withChart ? &riskTable.value() : nullptr};
}

QString SummaryPage::previewHtml() const {
    return m_previewHtml;
}

QPageSize::PageSizeId SummaryPage::paperSize() const {
    return m_form->paperSize();
}

void SummaryPage::setPaperSize(QPageSize::PageSizeId paper) {
    m_form->setPaperSize(paper);
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
    m_form->showPageCount(report.pageCount(paperSize()));
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    m_form->showAnswered(core::answeredCount(questionnaire, m_services.saved.answers().answers()),
                         questionnaire.questions.size());
}

void SummaryPage::updateNotice() {
    const auto& texts = m_services.shipped.summaryTexts();
    m_form->showNotice(texts.ok() ? m_services.saved.notes().notice()
                                  : tr("The summary texts could not be loaded: %1")
                                        .arg(QString::fromStdString(texts.error().toString())));
    m_form->setOutputEnabled(texts.ok());
}

void SummaryPage::showSavedNotes() {
    m_form->showNotes(m_services.saved.notes().notes());
    m_saveTimer->stop(); // what is shown is what is saved
}

void SummaryPage::saveNotes() {
    m_saveTimer->stop();
    m_services.saved.notes().setNotes(m_form->typedNotes());
}

QString SummaryPage::printActionText() const {
    return tr("&Print Summary…");
}

bool SummaryPage::canPrint() const {
    return m_services.shipped.summaryTexts().ok();
}

void SummaryPage::print() {
    saveNotes();
    const SummaryReport report = this->report();
    showPrintPreview({QStringLiteral("summaryPrintPreview"), tr("Print Summary"),
                      QString::fromStdString(report.summary().labels.title), paperSize(),
                      [&report](QPagedPaintDevice& device) { report.print(device); }},
                     this);
}

void SummaryPage::exportPdf() {
    saveNotes();
    QString folder = m_services.settings.value(kExportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (!QFileInfo(folder).isDir()) { // no Documents folder: the home folder, not the
        folder = QDir::homePath();    // folder the app was started from
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
    if (exportPdfTo(path)) {
        m_services.settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
        showSaved(path);
    }
}

void SummaryPage::showSaved(const QString& path) {
    QMessageBox box(QMessageBox::Information, tr("Export Summary as PDF"),
                    tr("The summary was saved to:\n%1").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("summarySaved"));
    QPushButton* open = box.addButton(tr("&Open"), QMessageBox::ActionRole);
    QPushButton* folder = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } else if (box.clickedButton() == folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
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
        // After the form beside it has its new texts (children hear of the change later).
        QMetaObject::invokeMethod(this, &SummaryPage::updatePreview, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void SummaryPage::retranslate() {
    m_previewLabel->setText(tr("Preview of what will print:"));
    m_preview->setAccessibleName(tr("Preview of the summary"));
}

} // namespace b12::app
