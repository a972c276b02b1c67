// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"
#include "app/print/printable.h"
#include "app/summary/summaryreport.h"

#include <QPageSize>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;

namespace b12::app {

class SummaryForm;

/// The summary for a doctor visit: the form (SummaryForm: what to include, the person's own
/// details and notes, the paper size) and beside it a live preview of exactly what will
/// print. Print… (Ctrl+P) opens a print preview; Export as PDF… saves the same pages as a
/// PDF.
///
/// Name, year of birth, medicines and notes are health data: they are kept in notes.json
/// beside the answers (PersonalNotesStore), not in the settings. The parts to include and
/// the paper size are preferences, kept in the settings.
class SummaryPage : public QWidget, public Printable {
    Q_OBJECT
public:
    explicit SummaryPage(const Services& services, QWidget* parent = nullptr);
    ~SummaryPage() override;

    /// The summary as it would print now.
    [[nodiscard]] SummaryReport report() const;
    /// The HTML the preview shows.
    [[nodiscard]] QString previewHtml() const;

    [[nodiscard]] QPageSize::PageSizeId paperSize() const;
    void setPaperSize(QPageSize::PageSizeId paper);

    [[nodiscard]] QString printActionText() const override;
    /// False when the summary texts could not be loaded.
    [[nodiscard]] bool canPrint() const override;
    /// Opens the print preview, from which the summary prints.
    void print() override;
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
    /// Says where the PDF was saved, with Open and Show in Folder.
    void showSaved(const QString& path);
    void showSavedNotes();
    void saveNotes();
    void updateNotice();
    void retranslate();

    Services m_services;
    SummaryForm* m_form = nullptr;
    QTimer* m_previewTimer = nullptr;
    QTimer* m_saveTimer = nullptr;
    QLabel* m_previewLabel = nullptr;
    QTextBrowser* m_preview = nullptr;
    QString m_previewHtml;
};

} // namespace b12::app
