// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace b12::app {

class DiaryForm;
class DiaryTrendView;
class DiaryText;
class NoticeBar;

/// The Diary page: a form to note a symptom check-in, a treatment or a blood test; the
/// entries, newest first, to change or delete (after asking; there is no undo); a trend
/// chart over 4 weeks, 3 months, a year or the whole diary; a gentle review reminder with
/// its source when a treatment was logged about 3 months ago; and the store's notice when
/// the saved diary had a problem. Blood tests show their value in both units where there
/// are two, beside the lab's own range; the page never judges a value.
class DiaryPage : public QWidget {
    Q_OBJECT
public:
    explicit DiaryPage(const Services& services, QWidget* parent = nullptr);
    ~DiaryPage() override;

    /// The reminder as shown, or empty when there is none.
    [[nodiscard]] QString reminderText() const;
    /// Saves what the form holds: a new entry, or the changes to the one being edited.
    /// False, with the form saying why, when it could not.
    bool saveForm();
    /// Loads the entry with `id` into the form to be changed.
    bool editEntry(std::int64_t id);
    /// Asks, then deletes the entry with `id`. True when it was deleted.
    bool deleteEntry(std::int64_t id);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEntries(QWidget* parent);
    QWidget* buildTrend(QWidget* parent);
    [[nodiscard]] DiaryText text() const;
    [[nodiscard]] std::optional<std::int64_t> selectedId() const;
    void showEntries(std::optional<std::int64_t> select = std::nullopt);
    void updateTrend();
    void updateReminder();
    void updateNotice();
    void updateButtons();
    void retranslate();

    Services m_services;
    NoticeBar* m_noticeBar = nullptr;
    QLabel* m_reminder = nullptr;
    QLabel* m_formTitle = nullptr;
    DiaryForm* m_form = nullptr;
    QLabel* m_entriesLabel = nullptr;
    QListWidget* m_entries = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_range = nullptr;
    DiaryTrendView* m_trend = nullptr;
    QLabel* m_symptomDays = nullptr; ///< days with each symptom in the chart's weeks
};

} // namespace b12::app
