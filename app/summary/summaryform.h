// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/summary/personalnotes.h"
#include "core/summary/visitsummary.h"

#include <QPageSize>
#include <QWidget>

#include <array>
#include <cstddef>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace b12::app {

/// The parts a person may leave out of the summary; each names its check box and its key
/// in the settings ("summary/include/<key>").
enum class SummaryPart : std::size_t { Questions, Tests, Medicines, Notes, Chart, Diary, Sources };
inline constexpr std::size_t kSummaryPartCount = 7;

/// The form beside the summary's preview: the person's details and notes, the parts to
/// include and the paper size (remembered in the settings), and the buttons that print and
/// export. It keeps nothing itself: the page reads it and saves the notes.
class SummaryForm : public QWidget {
    Q_OBJECT
public:
    /// The choices of parts and paper are read from, and kept in, `settings`; `locale`
    /// gives the paper when none was chosen yet.
    SummaryForm(QSettings& settings, const QLocale& locale, QWidget* parent = nullptr);

    [[nodiscard]] core::PersonalNotes typedNotes() const;
    /// Shows saved notes without counting them as typed.
    void showNotes(const core::PersonalNotes& notes);
    [[nodiscard]] core::SummaryParts parts() const;
    [[nodiscard]] QPageSize::PageSizeId paperSize() const;
    void setPaperSize(QPageSize::PageSizeId paper);

    /// How many questions are answered, of how many.
    void showAnswered(std::size_t answered, std::size_t total);
    /// A problem to show in bold above the form; empty hides it.
    void showNotice(const QString& notice);
    /// How many pages the summary prints on.
    void showPageCount(int pages);
    /// Print and Export are offered only when there is a summary to make.
    void setOutputEnabled(bool enabled);

signals:
    /// The person typed in a field.
    void notesEdited();
    /// A part was included or left out, or the paper changed.
    void layoutChosen();
    void printRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildFields();
    QWidget* buildOutputRow();
    void saveParts();
    void fitTextFields();
    void retranslate();

    QSettings& m_settings;
    std::size_t m_answered = 0;
    std::size_t m_total = 0;

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
    std::array<QCheckBox*, kSummaryPartCount> m_includes{};
    QLabel* m_paperLabel = nullptr;
    QComboBox* m_paper = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_pageCount = nullptr;
};

} // namespace b12::app
