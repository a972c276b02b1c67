// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace b12::core {
struct DiaryEntry;
} // namespace b12::core

namespace b12::app {

/// The form that adds a diary entry, or changes one loaded into it: the kind, the date and
/// time (now, unless changed), the kind's own fields and a note. Every field has a label
/// that names it to a screen reader; what is wrong with the entry shows below the fields.
class DiaryForm : public QWidget {
    Q_OBJECT
public:
    explicit DiaryForm(const Services& services, QWidget* parent = nullptr);

    /// The entry as the fields give it; with the id of the entry being changed, if any.
    [[nodiscard]] core::DiaryEntry entry() const;
    /// What is wrong with entry(), in plain words, or an empty text.
    [[nodiscard]] QString problem() const;
    /// Shows `entry` to be changed; Save then saves over it.
    void load(const core::DiaryEntry& entry);
    /// Empties the fields for a new entry at the current time.
    void startNew();
    /// The id of the entry being changed, if one is.
    [[nodiscard]] std::optional<std::int64_t> editing() const { return m_editing; }
    void showMessage(const QString& message);
    [[nodiscard]] QWidget* firstControl() const;

signals:
    /// Add (or Save, when changing an entry) was pressed.
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildSymptoms();
    QWidget* buildTreatment();
    QWidget* buildBloodTest();
    void buildButtons(QWidget* parent);
    [[nodiscard]] std::optional<double> typedValue() const;
    void fillUnits();
    void loadDetails(const core::DiaryEntry& entry);
    void retranslate();
    void updateButtons();

    Services m_services;
    std::vector<std::string> m_symptomIds;
    std::optional<std::int64_t> m_editing;

    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_atLabel = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QStackedWidget* m_details = nullptr;

    QLabel* m_painLabel = nullptr;
    QSpinBox* m_pain = nullptr;
    QLabel* m_symptomsHint = nullptr;
    std::vector<QLabel*> m_symptomLabels;
    std::vector<QComboBox*> m_symptoms;

    QLabel* m_formLabel = nullptr;
    QComboBox* m_form = nullptr;
    QLabel* m_doseLabel = nullptr;
    QLineEdit* m_dose = nullptr;

    QLabel* m_testLabel = nullptr;
    QComboBox* m_test = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLineEdit* m_range = nullptr;

    QLabel* m_noteLabel = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace b12::app
