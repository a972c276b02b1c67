// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/services.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace b12::app {

class AnswersStore;
class EmergencyPanel;
class NoticeBar;
class QuestionWidget;

/// The symptom and risk questionnaire: one group of questions at a time with a progress
/// indicator, Back / Next, and a last step that shows the result and the reasons for it.
/// Every answer goes straight to the AnswersStore, which saves it.
class QuestionnairePage : public QWidget {
    Q_OBJECT
public:
    explicit QuestionnairePage(const Services& services, QWidget* parent = nullptr);

    /// One step per group of questions, then the result.
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] bool isResultStep() const { return m_step == stepCount() - 1; }
    void showStep(int step);
    void goNext();
    void goBack();

    /// Asks first, then forgets every answer and deletes the saved file.
    void clearAnswers();
    /// Ask for a file, then export to or import from it.
    void exportAnswers();
    void importAnswers();
    /// Without the file dialog; problems are shown in a message box. True on success.
    bool exportAnswersTo(const QString& path);
    bool importAnswersFrom(const QString& path);

signals:
    /// The person followed a link to an article section from the result.
    void sectionRequested(const QString& sectionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] AnswersStore& answers() const;
    /// The language of the questions and the result ("de"; missing texts fall back to English).
    [[nodiscard]] std::string language() const;
    void buildButtons(QVBoxLayout* pageLayout);
    void buildSteps();
    QWidget* buildGroupStep(const std::string& groupId);
    void showAnswers();
    void updateResult();
    /// Shows the emergency panel on every step but the result (which then is the emergency
    /// result), and focuses it when it names a new sign.
    void updateEmergency();
    void updateStepTexts();
    void updateNotice();
    void retranslate();
    void openLink(const QUrl& url);

    Services m_services;
    int m_step = 0;
    QWidget* m_firstControl = nullptr; ///< where the focus goes when the page gets it

    EmergencyPanel* m_emergency = nullptr;
    NoticeBar* m_noticeBar = nullptr;
    QLabel* m_stepTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QStackedWidget* m_steps = nullptr;
    QTextBrowser* m_result = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    std::vector<QuestionWidget*> m_questions;
    std::vector<QLabel*> m_groupIntros; ///< One per group step, in order.
};

} // namespace b12::app
