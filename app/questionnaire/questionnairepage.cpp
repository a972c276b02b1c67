// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/questionnaire/questionnairepage.h"

#include "app/data/answersstore.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/questionnaire/emergencypanel.h"
#include "app/questionnaire/questionwidget.h"
#include "app/questionnaire/resulthtml.h"
#include "app/widgets/focusforward.h"
#include "app/widgets/fromstd.h"
#include "app/widgets/noticebar.h"
#include "app/widgets/textscaledstyle.h"
#include "core/questionnaire/assessment.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace b12::app {

namespace {
// Asks before something that cannot be undone; the button says what it does ("Clear All"),
// not "Yes". Cancel is the default.
bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& verb) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.button(QMessageBox::Yes)->setText(verb);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

QString fileFilter() {
    return QCoreApplication::translate("b12::app::QuestionnairePage",
                                       "B12 Guide answers (*.json);;All files (*)");
}
} // namespace

QuestionnairePage::QuestionnairePage(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("questionnairePage"));
    forwardFocus(this, [this] { return m_firstControl; });
    auto* layout = new QVBoxLayout(this);
    // A message about the saved answers (a file set aside, a save that failed).
    m_noticeBar = new NoticeBar({QStringLiteral("answersNoticeBar"),
                                 QStringLiteral("answersNotice"), QStringLiteral("dismissNotice")},
                                this);
    layout->addWidget(m_noticeBar);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->setWordWrap(true);
    m_stepTitle->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->setTextVisible(false);
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_emergency = new EmergencyPanel(this);

    layout->addWidget(m_emergency);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps, 1);

    // Built before the buttons so that Tab reaches the questions before the buttons.
    buildSteps();
    buildButtons(layout);

    connect(m_back, &QPushButton::clicked, this, &QuestionnairePage::goBack);
    connect(m_next, &QPushButton::clicked, this, &QuestionnairePage::goNext);
    connect(m_clear, &QPushButton::clicked, this, &QuestionnairePage::clearAnswers);
    connect(m_export, &QPushButton::clicked, this, &QuestionnairePage::exportAnswers);
    connect(m_import, &QPushButton::clicked, this, &QuestionnairePage::importAnswers);
    connect(&answers(), &AnswersStore::changed, this, [this] {
        showAnswers();
        updateEmergency();
        if (isResultStep()) {
            updateResult();
        }
    });
    connect(&answers(), &AnswersStore::noticeChanged, this, &QuestionnairePage::updateNotice);

    retranslate();
    showAnswers();
    updateNotice();
    m_emergency->setColoursFor(palette());
    showStep(0);
}

// Two rows keep every button readable at large text sizes.
void QuestionnairePage::buildButtons(QVBoxLayout* pageLayout) {
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearAnswers"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportAnswers"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importAnswers"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addStretch(1);
    navigation->addWidget(m_next);
    auto* fileActions = new QHBoxLayout;
    fileActions->addWidget(m_clear);
    fileActions->addWidget(m_export);
    fileActions->addWidget(m_import);
    fileActions->addStretch(1);
    pageLayout->addLayout(navigation);
    pageLayout->addLayout(fileActions);
}

void QuestionnairePage::buildSteps() {
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    for (const core::Group& group : questionnaire.groups) {
        m_steps->addWidget(buildGroupStep(group.id));
    }
    // Indicators that grow with the zoomed text.
    auto* style = new TextScaledStyle(this);
    for (QRadioButton* button : m_steps->findChildren<QRadioButton*>()) {
        button->setStyle(style);
    }

    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setOpenLinks(false);
    m_result->setFrameShape(QFrame::NoFrame);
    m_result->document()->setDocumentMargin(12);
    connect(m_result, &QTextBrowser::anchorClicked, this, &QuestionnairePage::openLink);
    m_steps->addWidget(m_result);
}

QWidget* QuestionnairePage::buildGroupStep(const std::string& groupId) {
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("step_") + fromStd(groupId));
    scroll->setWidgetResizable(true);
    // The controls inside take the focus (and scroll into view); the area itself is no stop
    // on the Tab path, where a screen reader would meet an unnamed object.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 6, 12, 12);

    auto* intro = new QLabel(content);
    intro->setObjectName(QStringLiteral("intro_") + fromStd(groupId));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(intro, &QLabel::linkActivated, this,
            [this](const QString& link) { openLink(QUrl(link)); });
    layout->addWidget(intro);
    m_groupIntros.push_back(intro);

    for (const core::Question* question : questionnaire.questionsIn(groupId)) {
        auto* line = new QFrame(content);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        layout->addWidget(line);
        auto* widget = new QuestionWidget(questionnaire, *question, content);
        layout->addWidget(widget);
        m_questions.push_back(widget);
        connect(widget, &QuestionWidget::answered, this,
                [this](const QString& id, const core::AnswerValue& value) {
                    answers().setAnswer(id, value);
                });
        connect(widget, &QuestionWidget::answerCleared, this,
                [this](const QString& id) { answers().clearAnswer(id); });
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

int QuestionnairePage::stepCount() const {
    return m_steps != nullptr ? m_steps->count() : 0;
}

void QuestionnairePage::showStep(int step) {
    if (m_steps == nullptr || step < 0 || step >= stepCount()) {
        return;
    }
    m_step = step;
    updateEmergency();
    if (isResultStep()) {
        updateResult();
    }
    m_steps->setCurrentIndex(step);
    updateStepTexts();
    // Keyboard focus follows the step: its first question, or the result.
    QWidget* first = m_result;
    if (!isResultStep()) {
        for (QuestionWidget* question : m_questions) {
            if (m_steps->currentWidget()->isAncestorOf(question)) {
                first = question->firstControl();
                break;
            }
        }
    }
    m_firstControl = first;
    if (isVisible()) {
        first->setFocus(Qt::OtherFocusReason);
    }
    // A step opens at its top, with its introduction; the first question is just below.
    if (auto* scroll = qobject_cast<QScrollArea*>(m_steps->currentWidget())) {
        scroll->verticalScrollBar()->setValue(0);
    }
}

void QuestionnairePage::goNext() {
    showStep(m_step + 1);
}

void QuestionnairePage::goBack() {
    showStep(m_step - 1);
}

AnswersStore& QuestionnairePage::answers() const {
    return m_services.saved.answers();
}

std::string QuestionnairePage::language() const {
    return m_services.localization.language().toStdString();
}

void QuestionnairePage::showAnswers() {
    for (QuestionWidget* question : m_questions) {
        question->showAnswer(answers().answers().find(question->questionId().toStdString()));
    }
}

void QuestionnairePage::updateResult() {
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    const core::Answers& given = answers().answers();
    const core::Assessment assessment = core::assess(questionnaire, given);
    const std::string language = this->language();
    m_result->setHtml(resultHtml(questionnaire, given, assessment, m_services.content.article(),
                                 language, palette()));
    m_result->setAccessibleName(
        tr("Result: %1")
            .arg(fromStd(core::levelTexts(questionnaire, assessment).title.get(language))));
}

void QuestionnairePage::updateEmergency() {
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    const core::Assessment assessment = core::assess(questionnaire, answers().answers());
    const bool newSign = m_emergency->update(questionnaire, assessment, language());
    if (isResultStep()) {
        m_emergency->hide(); // the emergency result itself says all of it, once
    } else if (newSign && isVisible()) {
        m_emergency->alert();
    }
}

void QuestionnairePage::updateStepTexts() {
    if (m_steps == nullptr) {
        return;
    }
    const int total = stepCount();
    const QString title = isResultStep() ? tr("Your result")
                                         : fromStd(m_services.saved.questionnaire()
                                                       .groups[static_cast<std::size_t>(m_step)]
                                                       .title.get(language()));
    const QString counter = tr("Step %1 of %2").arg(m_step + 1).arg(total);
    m_stepTitle->setText(
        QStringLiteral("%1<h2>%2</h2>").arg(counter.toHtmlEscaped(), title.toHtmlEscaped()));
    m_progress->setRange(0, total);
    m_progress->setValue(m_step + 1);
    m_progress->setAccessibleName(tr("Progress: %1").arg(counter));
    m_steps->setAccessibleName(QStringLiteral("%1: %2").arg(counter, title));
    m_back->setEnabled(m_step > 0);
    m_next->setEnabled(!isResultStep());
    m_next->setText(m_step == total - 2 ? tr("See the &result →") : tr("&Next →"));
    m_next->setAccessibleName(m_step == total - 2 ? tr("See the result") : tr("Next step"));
}

void QuestionnairePage::updateNotice() {
    if (m_noticeBar == nullptr) {
        return;
    }
    m_noticeBar->showNotice(answers().notice());
}

void QuestionnairePage::retranslate() {
    if (m_steps == nullptr) {
        return;
    }
    const std::string language = this->language();
    const core::Questionnaire& questionnaire = m_services.saved.questionnaire();
    for (QuestionWidget* question : m_questions) {
        question->setLanguage(language);
    }
    for (std::size_t i = 0; i < m_groupIntros.size() && i < questionnaire.groups.size(); ++i) {
        const core::Group& group = questionnaire.groups[i];
        QString text = fromStd(group.intro.get(language)).toHtmlEscaped();
        const core::Section* section = m_services.content.article().find(group.sectionId);
        if (section != nullptr) {
            text += QStringLiteral("<br>%1 <a href=\"%2:%3\">%4</a>")
                        .arg(tr("Read more:").toHtmlEscaped(), kSectionScheme,
                             fromStd(group.sectionId).toHtmlEscaped(),
                             fromStd(section->title).toHtmlEscaped());
        }
        m_groupIntros[i]->setText(text);
    }
    m_result->setAccessibleDescription(
        tr("Your result, the reasons for it, and links to the article"));
    m_clear->setText(tr("&Clear my answers…"));
    m_clear->setAccessibleName(tr("Clear my answers"));
    m_export->setText(tr("E&xport answers…"));
    m_export->setAccessibleName(tr("Export answers to a file"));
    m_import->setText(tr("&Import answers…"));
    m_import->setAccessibleName(tr("Import answers from a file"));
    m_back->setText(tr("← &Back"));
    m_back->setAccessibleName(tr("Previous step"));
    updateStepTexts();
    // Also shows the panel for saved answers when the page is made: it takes the focus
    // only once the page is visible and a sign is new.
    updateEmergency();
    if (isResultStep()) {
        updateResult();
    }
}

void QuestionnairePage::clearAnswers() {
    if (!confirm(this, tr("Clear my answers"),
                 tr("Forget all your answers, and the name, medicines and notes you typed for "
                    "your summary, and delete their saved copies? This cannot be undone. Export "
                    "your answers first if you want to keep them."),
                 tr("&Clear All"))) {
        return;
    }
    const QStringList problems = m_services.saved.deleteAll();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Clear my answers"), problems.join(QLatin1Char('\n')));
    }
    showStep(0);
}

void QuestionnairePage::exportAnswers() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export answers"), folder + QStringLiteral("/b12guide-answers.json"),
        fileFilter());
    if (!path.isEmpty()) {
        exportAnswersTo(path);
    }
}

void QuestionnairePage::importAnswers() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import answers"), folder, fileFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!answers().answers().empty()) {
        if (!confirm(this, tr("Import answers"),
                     tr("Replace your current answers with the ones in this file?"),
                     tr("&Replace"))) {
            return;
        }
    }
    importAnswersFrom(path);
}

bool QuestionnairePage::exportAnswersTo(const QString& path) {
    if (!answers().exportTo(path)) {
        QMessageBox::warning(
            this, tr("Export answers"),
            tr("Your answers could not be exported.\n%1").arg(answers().lastError()));
        return false;
    }
    return true;
}

bool QuestionnairePage::importAnswersFrom(const QString& path) {
    if (!answers().importFrom(path)) {
        QMessageBox::warning(this, tr("Import answers"),
                             tr("This file could not be imported; your answers are unchanged.\n%1")
                                 .arg(answers().lastError()));
        return false;
    }
    return true;
}

void QuestionnairePage::openLink(const QUrl& url) {
    if (url.scheme() == kSectionScheme) {
        emit sectionRequested(url.path());
    }
}

void QuestionnairePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange && m_emergency != nullptr) {
        // The result box and the emergency panel take their colours from the palette.
        m_emergency->setColoursFor(palette());
        if (isResultStep()) {
            updateResult();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace b12::app
