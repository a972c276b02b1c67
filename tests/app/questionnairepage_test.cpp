// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/article/articlepage.h"
#include "app/data/answersstore.h"
#include "app/data/personalnotesstore.h"
#include "app/questionnaire/questionnairepage.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"
#include "tests/support/testservices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <functional>

using namespace b12::app;

namespace {

// Answers the next modal message box by pressing `button`, and remembers its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr,
                          QString* buttonText = nullptr) {
    QTimer::singleShot(0, [button, text, buttonText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message box";
        if (text != nullptr) {
            *text = box->text();
        }
        if (buttonText != nullptr) {
            *buttonText = box->button(button)->text();
        }
        box->button(button)->click();
    });
}

class QuestionnairePageTest : public ::testing::Test {
protected:
    QuestionnairePage* openPage() {
        m_page = std::make_unique<QuestionnairePage>(m_services.services());
        m_page->resize(900, 700);
        m_page->show();
        m_page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        return m_page.get();
    }
    template <class T> T* child(const QString& name) {
        auto* widget = m_page->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    QRadioButton* radio(const char* question, const char* value) {
        return child<QRadioButton>(
            QStringLiteral("answer_%1_%2").arg(QLatin1String(question), QLatin1String(value)));
    }
    QString folder() const { return m_services.folder(); }
    AnswersStore& answers() { return m_services.answers(); }
    QString resultText() {
        return child<QTextBrowser>(QStringLiteral("resultView"))->toPlainText();
    }
    int groupCount() const { return static_cast<int>(m_services.questionnaire().groups.size()); }

    b12::testing::TestServices m_services;
    QTemporaryDir m_dir; // for files the person exports and imports
    std::unique_ptr<QuestionnairePage> m_page;
};

} // namespace

TEST_F(QuestionnairePageTest, OneGroupAtATimeWithProgressThenTheResult) {
    QuestionnairePage* page = openPage();
    EXPECT_EQ(page->stepCount(), groupCount() + 1);
    auto* title = child<QLabel>(QStringLiteral("stepTitle"));
    auto* progress = child<QProgressBar>(QStringLiteral("stepProgress"));
    auto* back = child<QPushButton>(QStringLiteral("backButton"));
    auto* next = child<QPushButton>(QStringLiteral("nextButton"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("Step 1 of 6")));
    EXPECT_TRUE(title->text().contains(QStringLiteral("About you")));
    EXPECT_FALSE(back->isEnabled());
    EXPECT_TRUE(radio("age_band", "under-18")->isVisible());
    EXPECT_FALSE(radio("leg_burning", "yes")->isVisible());

    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_TRUE(title->text().contains(QStringLiteral("Step 2 of 6")));
    EXPECT_TRUE(title->text().contains(QStringLiteral("Warning signs")));
    EXPECT_EQ(progress->value(), 2);
    EXPECT_TRUE(back->isEnabled());
    EXPECT_TRUE(radio("red_both_legs_weak_numb", "yes")->isVisible());
    EXPECT_FALSE(radio("leg_burning", "yes")->isVisible());

    for (int i = 2; i < groupCount(); ++i) {
        QTest::mouseClick(next, Qt::LeftButton);
    }
    EXPECT_EQ(next->accessibleName(), QStringLiteral("See the result"));
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_TRUE(page->isResultStep());
    EXPECT_TRUE(title->text().contains(QStringLiteral("Step 6 of 6")));
    EXPECT_FALSE(next->isEnabled());
    EXPECT_EQ(progress->value(), progress->maximum());
    EXPECT_TRUE(resultText().contains(QStringLiteral("Keep an eye on how you feel")));
    EXPECT_TRUE(resultText().contains(QStringLiteral("warning-sign questions are not answered")));
    EXPECT_TRUE(resultText().contains(QStringLiteral("cannot tell whether your vitamin B12")))
        << "the disclaimer stands with the result";
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(page->currentStep(), groupCount() - 1);
}

TEST_F(QuestionnairePageTest, FillingInByKeyboardSavesEveryAnswer) {
    QuestionnairePage* page = openPage();
    // As the window does when the page's tab opens: the first question takes the focus.
    page->setFocus(Qt::TabFocusReason);
    QWidget* focused = QApplication::focusWidget();
    ASSERT_EQ(focused, radio("age_band", "under-18"));
    QTest::keyClick(focused, Qt::Key_Space);
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    EXPECT_TRUE(radio("age_band", "65-74")->isChecked());
    EXPECT_TRUE(answers().answers().is("age_band", "65-74"));

    // Arrows choose in a list; Tab moves on to the next question; Space answers it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), radio("pregnant_or_breastfeeding", "yes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_TRUE(answers().answers().is("pregnant_or_breastfeeding", "yes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_TRUE(answers().answers().is("pregnant_or_breastfeeding", "no"));

    // Alt+N goes to the next step and puts the focus on its first question.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    // A mnemonic "animates" the click: the button is pressed after a short delay.
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->currentStep() == 1; }));
    ASSERT_EQ(QApplication::focusWidget(), radio("red_both_legs_weak_numb", "yes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->currentStep() == 2; }));
    ASSERT_EQ(QApplication::focusWidget(), radio("leg_burning", "yes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), radio("leg_tingling", "yes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_TRUE(answers().answers().is("leg_burning", "yes"));
    EXPECT_TRUE(answers().answers().is("leg_tingling", "unsure"));

    // The 0–10 scale takes a typed number.
    auto* scale = child<QSpinBox>(QStringLiteral("answer_leg_pain_score"));
    scale->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scale, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(scale, QStringLiteral("7"));
    QTest::keyClick(scale, Qt::Key_Return);
    EXPECT_EQ(answers().answers().number("leg_pain_score"), 7);
    QTest::keyClick(scale, Qt::Key_Up);
    EXPECT_EQ(answers().answers().number("leg_pain_score"), 8);

    // The answers are on disk: the next start sees them.
    AnswersStore next(m_services.questionnaire(), folder());
    next.restore();
    EXPECT_EQ(next.answers(), answers().answers());
}

TEST_F(QuestionnairePageTest, SavedAnswersAreShownWhenThePageOpens) {
    answers().setAnswer(QStringLiteral("age_band"), std::string("75-plus"));
    answers().setAnswer(QStringLiteral("metformin"), std::string("unsure"));
    answers().setAnswer(QStringLiteral("leg_pain_score"), 4);
    openPage();
    EXPECT_TRUE(radio("age_band", "75-plus")->isChecked());
    EXPECT_TRUE(radio("metformin", "unsure")->isChecked());
    EXPECT_FALSE(radio("metformin", "yes")->isChecked());
    EXPECT_EQ(child<QSpinBox>(QStringLiteral("answer_leg_pain_score"))->value(), 4);
    EXPECT_FALSE(radio("leg_burning", "yes")->isChecked());
}

TEST_F(QuestionnairePageTest, ClearForgetsTheSummaryNotesToo) {
    PersonalNotesStore& notes = m_services.notes();
    ASSERT_TRUE(notes.setNotes({"Anna", "1951", "pins and needles", "metformin"}));
    ASSERT_TRUE(QFile::exists(notes.filePath()));
    answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    openPage();

    QString question;
    QString verb;
    answerNextMessageBox(QMessageBox::Yes, &question, &verb);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("clearAnswers")), Qt::LeftButton);
    EXPECT_TRUE(question.contains(QStringLiteral("notes"))) << question.toStdString();
    EXPECT_EQ(verb, QStringLiteral("&Clear All")) << "the button says what it does";
    EXPECT_EQ(notes.notes(), b12::core::PersonalNotes{});
    EXPECT_FALSE(QFile::exists(notes.filePath()));
    const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QStringLiteral(", ")).toStdString();
}

TEST_F(QuestionnairePageTest, ResultNamesTheAnswersBehindEachReasonAndLinksTheArticle) {
    answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    answers().setAnswer(QStringLiteral("metformin"), std::string("yes"));
    QuestionnairePage* page = openPage();
    page->showStep(page->stepCount() - 1);
    const QString text = resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("See a GP: book an appointment")));
    EXPECT_TRUE(text.contains(QStringLiteral("NICE advises offering a vitamin B12 blood test")));
    EXPECT_TRUE(text.contains(QStringLiteral("Burning feeling in the feet or legs: Yes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Taking metformin: Yes")));
    const QDate reviewed =
        QDate::fromString(QString::fromStdString(m_services.questionnaire().reviewed), Qt::ISODate);
    ASSERT_TRUE(reviewed.isValid());
    EXPECT_TRUE(
        text.trimmed().endsWith(QStringLiteral("Last reviewed: ") +
                                QLocale().toString(reviewed, QStringLiteral("d MMMM yyyy"))) ||
        text.trimmed().endsWith(QStringLiteral("Last reviewed: ") +
                                QLocale().toString(reviewed, QStringLiteral("MMMM d, yyyy"))))
        << text.right(80).toStdString();
    const QString html = child<QTextBrowser>(QStringLiteral("resultView"))->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("section:who-is-at-risk")));
    EXPECT_TRUE(html.contains(QStringLiteral("section:leg-pain")));

    QSignalSpy requested(page, &QuestionnairePage::sectionRequested);
    emit child<QTextBrowser>(QStringLiteral("resultView"))
        ->anchorClicked(QUrl(QStringLiteral("section:who-is-at-risk")));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("who-is-at-risk"));
}

TEST_F(QuestionnairePageTest, WheelingOverThePainScoreWithoutFocusRecordsNothing) {
    QuestionnairePage* page = openPage();
    page->showStep(2);
    auto* scale = child<QSpinBox>(QStringLiteral("answer_leg_pain_score"));
    ASSERT_TRUE(scale->isVisible());
    ASSERT_FALSE(scale->hasFocus());
    const QPoint centre = scale->rect().center();
    QWheelEvent wheel(centre, scale->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(scale, &wheel);
    EXPECT_EQ(answers().answers().find("leg_pain_score"), nullptr) << "no score nobody gave";

    // With the focus, the wheel is a way to answer.
    scale->setFocus(Qt::TabFocusReason);
    QWheelEvent focused(centre, scale->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(scale, &focused);
    EXPECT_TRUE(answers().answers().number("leg_pain_score").has_value());
}

// "Not answered" shows whole in the pain score's box, in English and in the longer German,
// at the normal text size and at twice it.
TEST_F(QuestionnairePageTest, NotAnsweredFitsInThePainScoreBoxInBothLanguages) {
    QuestionnairePage* page = openPage();
    page->showStep(2);
    auto* scale = child<QSpinBox>(QStringLiteral("answer_leg_pain_score"));
    const qreal normal = page->font().pointSizeF();
    for (const auto& [language, size] :
         {std::pair{QStringLiteral("en"), 1.0}, std::pair{QStringLiteral("de"), 1.0},
          std::pair{QStringLiteral("de"), 2.0}}) {
        QFont font = page->font();
        font.setPointSizeF(normal * size);
        page->setFont(font);
        m_services.localization().apply(language);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString text = scale->specialValueText();
        ASSERT_FALSE(text.isEmpty());
        QStyleOptionSpinBox option;
        option.initFrom(scale);
        option.subControls = QStyle::SC_SpinBoxEditField;
        const QRect field = scale->style()->subControlRect(QStyle::CC_SpinBox, &option,
                                                           QStyle::SC_SpinBoxEditField, scale);
        EXPECT_GE(field.width(), scale->fontMetrics().horizontalAdvance(text))
            << language.toStdString() << " at " << size << "x: " << text.toStdString();
    }
}

TEST_F(QuestionnairePageTest, WarningSignsAreTheStepAfterAboutYou) {
    QuestionnairePage* page = openPage();
    page->showStep(1);
    EXPECT_TRUE(child<QLabel>(QStringLiteral("stepTitle"))
                    ->text()
                    .contains(QStringLiteral("Warning signs")));
    EXPECT_TRUE(radio("red_both_legs_weak_numb", "yes")->isVisible());
}

TEST_F(QuestionnairePageTest, YesToAnEmergencySignShowsThePanelAtOnceAndTakesTheFocus) {
    QuestionnairePage* page = openPage();
    page->showStep(1);
    auto* panel = child<QWidget>(QStringLiteral("emergencyPanel"));
    EXPECT_FALSE(panel->isVisible()) << "no emergency sign yet";

    // An urgent sign does not show the emergency panel.
    QTest::mouseClick(radio("red_sight_changed", "yes"), Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible());

    QTest::mouseClick(radio("red_cannot_pee", "yes"), Qt::LeftButton);
    ASSERT_TRUE(panel->isVisible());
    auto* text = child<QLabel>(QStringLiteral("emergencyText"));
    EXPECT_TRUE(text->hasFocus()) << "the focus moves to the panel";
    EXPECT_EQ(text->accessibleName(), QStringLiteral("Emergency: get help now"));
    for (const char* words :
         {"Emergency: get help now", "999", "112", "911", "Cannot pee, or hard to start peeing"}) {
        EXPECT_TRUE(text->text().contains(QLatin1String(words))) << words;
    }
    EXPECT_FALSE(text->text().contains(QStringLiteral("<a "))) << "no link away from it";
    EXPECT_EQ(page->currentStep(), 1) << "the person stays where they are";

    // It stays on every step until the answer changes.
    page->goNext();
    EXPECT_TRUE(panel->isVisible());
    page->showStep(1);
    QTest::mouseClick(radio("red_cannot_pee", "no"), Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible());
}

TEST_F(QuestionnairePageTest, EmergencyPanelIsInGermanWhenTheLanguageIsGerman) {
    answers().setAnswer(QStringLiteral("red_sight_lost"), std::string("yes"));
    openPage();
    m_services.localization().apply(QStringLiteral("de"));
    QCoreApplication::processEvents(); // the pages hear of it
    auto* text = child<QLabel>(QStringLiteral("emergencyText"));
    EXPECT_TRUE(child<QWidget>(QStringLiteral("emergencyPanel"))->isVisible());
    EXPECT_TRUE(text->text().contains(QStringLiteral("Notfall: sofort Hilfe holen")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("Notruf 112")));
}

TEST_F(QuestionnairePageTest, EmergencyResultStandsAloneWithoutLinksAway) {
    answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    answers().setAnswer(QStringLiteral("metformin"), std::string("yes"));
    answers().setAnswer(QStringLiteral("red_bladder_bowel"), std::string("yes"));
    QuestionnairePage* page = openPage();
    page->showStep(page->stepCount() - 1);
    const QString text = resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("Emergency: get help now")));
    EXPECT_TRUE(text.contains(QStringLiteral("Call 999 (UK), 112 (Europe) or 911 (US) now")));
    EXPECT_TRUE(text.contains(QStringLiteral("New trouble controlling the bladder or bowel")));
    EXPECT_FALSE(text.contains(QStringLiteral("NICE advises"))) << "no other advice beside it";
    const QString html = child<QTextBrowser>(QStringLiteral("resultView"))->toHtml();
    EXPECT_FALSE(html.contains(QStringLiteral("section:"))) << "no link away";
    EXPECT_FALSE(child<QWidget>(QStringLiteral("emergencyPanel"))->isVisible())
        << "said once, by the result itself";
    page->goBack();
    EXPECT_TRUE(child<QWidget>(QStringLiteral("emergencyPanel"))->isVisible());
}

TEST_F(QuestionnairePageTest, UrgentResultSaysTodayAndNamesUnansweredWarningSigns) {
    answers().setAnswer(QStringLiteral("red_walking_new_or_worse"), std::string("yes"));
    QuestionnairePage* page = openPage();
    page->showStep(page->stepCount() - 1);
    const QString text = resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("Urgent: see a doctor today")));
    EXPECT_TRUE(text.contains(QStringLiteral("NHS 111")));
    EXPECT_TRUE(text.contains(QStringLiteral("These warning-sign questions are not answered yet")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Suddenly cannot see with one or both eyes: Not answered")));
}

TEST_F(QuestionnairePageTest, ClearAsksFirst) {
    answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    openPage();
    auto* clear = child<QPushButton>(QStringLiteral("clearAnswers"));
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(answers().answers().is("leg_burning", "yes"));
    EXPECT_TRUE(QFile::exists(answers().filePath()));

    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(question.contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(answers().answers().empty());
    EXPECT_FALSE(QFile::exists(answers().filePath()));
    EXPECT_FALSE(radio("leg_burning", "yes")->isChecked());
}

TEST_F(QuestionnairePageTest, ExportAndImportRoundTrip) {
    answers().setAnswer(QStringLiteral("age_band"), std::string("60-64"));
    answers().setAnswer(QStringLiteral("leg_numbness"), std::string("unsure"));
    QuestionnairePage* page = openPage();
    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(page->exportAnswersTo(exported));
    const b12::core::Answers before = answers().answers();
    answers().clear();
    EXPECT_FALSE(radio("age_band", "60-64")->isChecked());
    ASSERT_TRUE(page->importAnswersFrom(exported));
    EXPECT_EQ(answers().answers(), before);
    EXPECT_TRUE(radio("age_band", "60-64")->isChecked());
    EXPECT_TRUE(radio("leg_numbness", "unsure")->isChecked());
}

TEST_F(QuestionnairePageTest, ImportingABadFileSaysWhyAndKeepsTheAnswers) {
    answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    QuestionnairePage* page = openPage();
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": 3}})");
    file.close();
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    EXPECT_FALSE(page->importAnswersFrom(bad));
    EXPECT_TRUE(message.contains(QStringLiteral("your answers are unchanged")));
    EXPECT_TRUE(message.contains(QStringLiteral("\"leg_burning\" must be \"yes\", \"no\" or "
                                                "\"unsure\", not 3")))
        << message.toStdString();
    EXPECT_TRUE(answers().answers().is("leg_burning", "yes"));
}

TEST_F(QuestionnairePageTest, ASetAsideFileIsReportedOnThePage) {
    QDir().mkpath(folder());
    QFile file(QDir(folder()).filePath(QStringLiteral("answers.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    answers().restore(); // as at the next start
    openPage();
    auto* notice = child<QLabel>(QStringLiteral("answersNotice"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("answers.corrupt-")));
    EXPECT_TRUE(notice->text().startsWith(QStringLiteral("Your saved answers could not be read")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("dismissNotice")), Qt::LeftButton);
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(QuestionnairePageTest, EveryControlHasAnAccessibleName) {
    openPage();
    int controls = 0;
    for (QWidget* widget : m_page->findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(widget) != nullptr ||
            qobject_cast<QSpinBox*>(widget) != nullptr) {
            ++controls;
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    EXPECT_GT(controls, 120);
    EXPECT_EQ(radio("leg_burning", "unsure")->accessibleName(),
              QStringLiteral("Burning feeling in the feet or legs: Not sure"));
}

TEST_F(QuestionnairePageTest, AResultLinkOpensTheSectionInTheArticle) {
    MainWindow window(m_services.services());
    window.show();
    ASSERT_TRUE(window.pageIds().contains(QStringLiteral("questionnaire")));
    ASSERT_TRUE(window.showPage(QStringLiteral("questionnaire")));
    auto* page = window.findChild<QuestionnairePage*>();
    ASSERT_NE(page, nullptr);
    page->showStep(page->stepCount() - 1);
    auto* result = page->findChild<QTextBrowser*>(QStringLiteral("resultView"));
    emit result->anchorClicked(QUrl(QStringLiteral("section:when-to-seek-care")));
    EXPECT_EQ(window.pageHost()->currentPageId(), QStringLiteral("article"));
    EXPECT_EQ(window.articlePage()->currentSectionId(), QStringLiteral("when-to-seek-care"));
}

TEST_F(QuestionnairePageTest, TextAndIndicatorsFollowTheZoom) {
    QuestionnairePage* page = openPage();
    auto* question = child<QLabel>(QStringLiteral("questionText_leg_burning"));
    QRadioButton* yes = radio("leg_burning", "yes");
    const auto indicator = [&] {
        return yes->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, yes);
    };
    QFont font = page->font();
    const qreal normal = font.pointSizeF();
    const int normalIndicator = indicator();
    for (const qreal factor : {2.0, 1.0, 3.0}) {
        font.setPointSizeF(normal * factor);
        page->setFont(font);
        EXPECT_DOUBLE_EQ(question->font().pointSizeF(), normal * factor);
        EXPECT_TRUE(question->font().bold());
    }
    EXPECT_GT(indicator(), normalIndicator * 2) << "the radio circle grows with the text";
}
