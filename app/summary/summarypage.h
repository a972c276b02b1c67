// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/appcontext.h"
#include "app/summary/summaryreport.h"
#include "core/risk/riskdata.h"
#include "core/summary/summarytexts.h"

#include <QPageSize>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace b12::app {

class PersonalNotesStore;

/// The summary for a doctor visit: what to include, the person's own details and notes,
/// the paper size, and beside them a live preview of exactly what will print. Print…
/// (Ctrl+P) opens a print preview; Export as PDF… saves the same pages as a PDF.
///
/// Name, year of birth, medicines and notes are health data: they are kept in notes.json
/// beside the answers (PersonalNotesStore), not in the settings. The parts to include and
/// the paper size are preferences, kept in the settings.
class SummaryPage : public QWidget {
    Q_OBJECT
public:
    explicit SummaryPage(const AppContext& context, QWidget* parent = nullptr);
    ~SummaryPage() override;

    /// The summary as it would print now.
    [[nodiscard]] SummaryReport report() const;
    /// The HTML the preview shows.
    [[nodiscard]] QString previewHtml() const;

    [[nodiscard]] QPageSize::PageSizeId paperSize() const;
    void setPaperSize(QPageSize::PageSizeId paper);

    /// Opens the print preview, from which the summary prints.
    void print();
    /// Asks where to save, then writes the PDF.
    void exportPdf();
    /// Writes the PDF to `path` without asking; a problem is shown in a message box unless
    /// `error` is given. True on success.
    bool exportPdfTo(const QString& path, QString* error = nullptr);

    /// Brings the preview up to date now (it otherwise follows changes after a short pause).
    void updatePreview();

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    [[nodiscard]] SummaryRequest request() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] QLocale locale() const;
    [[nodiscard]] core::SummaryParts parts() const;
    [[nodiscard]] core::PersonalNotes typedNotes() const;
    const core::RiskTable* riskTable() const;
    void schedulePreview();
    void showSavedNotes();
    void saveNotes();
    void saveParts();
    void updateStatus();
    void updateNotice();
    void fitTextFields();
    void retranslate();

    AppContext m_context;
    core::Result<core::SummaryTexts> m_texts;
    mutable std::optional<core::Result<core::RiskTable>> m_riskTable;
    PersonalNotesStore* m_notesStore = nullptr;
    QTimer* m_previewTimer = nullptr;
    QTimer* m_saveTimer = nullptr;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_answersStatus = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_yearLabel = nullptr;
    QLineEdit* m_year = nullptr;
    QLabel* m_medicinesLabel = nullptr;
    QPlainTextEdit* m_medicines = nullptr;
    QLabel* m_notesLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_privacy = nullptr;
    QLabel* m_includeLabel = nullptr;
    QCheckBox* m_includeQuestions = nullptr;
    QCheckBox* m_includeTests = nullptr;
    QCheckBox* m_includeMedicines = nullptr;
    QCheckBox* m_includeNotes = nullptr;
    QCheckBox* m_includeChart = nullptr;
    QCheckBox* m_includeSources = nullptr;
    QLabel* m_paperLabel = nullptr;
    QComboBox* m_paper = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QAction* m_printAction = nullptr;
    QLabel* m_pages = nullptr;
    QLabel* m_previewLabel = nullptr;
    QTextBrowser* m_preview = nullptr;
    QString m_previewHtml;
};

} // namespace b12::app
