// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarypage.h"

#include "app/data/calendardate.h"
#include "app/diary/diarytext.h"
#include "app/diary/diarytrendview.h"
#include "tests/support/testservices.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace b12::app;
using b12::core::DiaryEntry;
using b12::core::LocalDateTime;

namespace {

// Presses `button` of the next modal message box, and remembers its text and buttons.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr,
                          QStringList* buttonTexts = nullptr) {
    QTimer::singleShot(0, [button, text, buttonTexts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message box";
        if (text != nullptr) {
            *text = box->text();
        }
        if (buttonTexts != nullptr) {
            for (const QAbstractButton* each : box->buttons()) {
                *buttonTexts << each->text();
            }
        }
        box->button(button)->click();
    });
}

LocalDateTime at(const QDate& date, int hour = 9) {
    return fromQDateTime(QDateTime(date, QTime(hour, 0)));
}

DiaryEntry treatment(const QDate& date) {
    return {std::nullopt,
            at(date),
            b12::core::Treatment{b12::core::TreatmentForm::Injection, "1 mg"},
            {}};
}

class DiaryPageTest : public ::testing::Test {
protected:
    DiaryPage* openPage() {
        m_page = std::make_unique<DiaryPage>(m_services.services());
        m_page->resize(1100, 800);
        m_page->show();
        return m_page.get();
    }
    template <class T> T* child(const QString& name) {
        auto* widget = m_page->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    QListWidget* list() { return child<QListWidget>(QStringLiteral("diaryEntries")); }
    QString row(int index) { return list()->item(index)->text(); }
    DiaryStore& store() { return m_services.saved().diary(); }
    std::int64_t add(const DiaryEntry& entry) { return store().add(entry).value_or(-1); }
    void answerPregnant(const char* value) {
        ASSERT_TRUE(m_services.answers().setAnswer(QStringLiteral("pregnant_or_breastfeeding"),
                                                   std::string(value)));
    }

    b12::testing::TestServices m_services;
    std::unique_ptr<DiaryPage> m_page;
};

} // namespace

TEST_F(DiaryPageTest, AddsASymptomCheckInFromTheForm) {
    openPage();
    EXPECT_EQ(list()->count(), 0);
    child<QComboBox>(QStringLiteral("diaryKind"))->setCurrentIndex(0);
    child<QSpinBox>(QStringLiteral("diaryPain"))->setValue(6);
    child<QComboBox>(QStringLiteral("diarySymptom_leg_tingling"))->setCurrentIndex(2);
    child<QLineEdit>(QStringLiteral("diaryNote"))->setText(QStringLiteral("bad night"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("diarySubmit")), Qt::LeftButton);

    ASSERT_EQ(store().diary().entries.size(), 1U);
    const DiaryEntry& saved = store().diary().entries.front();
    ASSERT_NE(saved.symptomCheck(), nullptr);
    EXPECT_EQ(saved.symptomCheck()->pain, 6);
    EXPECT_EQ(saved.symptomCheck()->symptoms.at("leg_tingling"), 2);
    EXPECT_EQ(saved.note, "bad night");
    ASSERT_EQ(list()->count(), 1);
    EXPECT_TRUE(row(0).contains(QStringLiteral("leg pain 6 of 10"))) << row(0).toStdString();
    EXPECT_TRUE(row(0).contains(QStringLiteral("moderate")));
    EXPECT_TRUE(row(0).contains(QStringLiteral("bad night")));
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("diaryNote"))->text().isEmpty())
        << "the form is ready for the next entry";
}

TEST_F(DiaryPageTest, AnEntryThatIsNotValidIsNotSavedAndTheFormSaysWhy) {
    DiaryPage* page = openPage();
    child<QComboBox>(QStringLiteral("diaryKind"))->setCurrentIndex(2);
    auto* value = child<QLineEdit>(QStringLiteral("diaryValue"));
    auto* message = child<QLabel>(QStringLiteral("diaryFormMessage"));
    value->setText(QStringLiteral("a lot"));
    EXPECT_FALSE(page->saveForm());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("as a number")));
    value->setText(QStringLiteral("-5"));
    EXPECT_FALSE(page->saveForm());
    EXPECT_TRUE(message->text().contains(QStringLiteral("cannot be saved")))
        << message->text().toStdString();
    EXPECT_TRUE(store().diary().entries.empty());
}

TEST_F(DiaryPageTest, EntriesAreListedNewestFirst) {
    const QDate today = QDate::currentDate();
    add(treatment(today.addDays(-10)));
    add({std::nullopt, at(today.addDays(-2)), b12::core::SymptomCheck{4, {}}, {}});
    add({std::nullopt, at(today.addDays(-20)), b12::core::SymptomCheck{2, {}}, {}});
    openPage();
    ASSERT_EQ(list()->count(), 3);
    EXPECT_TRUE(row(0).contains(QStringLiteral("leg pain 4 of 10")));
    EXPECT_TRUE(row(1).contains(QStringLiteral("Treatment: injection, 1 mg")));
    EXPECT_TRUE(row(2).contains(QStringLiteral("leg pain 2 of 10")));
}

TEST_F(DiaryPageTest, EditLoadsTheEntryIntoTheFormAndSavesOverIt) {
    const auto id = add(treatment(QDate::currentDate().addDays(-3)));
    DiaryPage* page = openPage();
    ASSERT_TRUE(page->editEntry(id));
    auto* dose = child<QLineEdit>(QStringLiteral("diaryDose"));
    EXPECT_EQ(dose->text(), QStringLiteral("1 mg"));
    EXPECT_EQ(child<QComboBox>(QStringLiteral("diaryKind"))->currentIndex(), 1);
    auto* submit = child<QPushButton>(QStringLiteral("diarySubmit"));
    EXPECT_EQ(submit->text(), QStringLiteral("&Save changes"));
    dose->setText(QStringLiteral("1 mg hydroxocobalamin"));
    QTest::mouseClick(submit, Qt::LeftButton);
    ASSERT_EQ(store().diary().entries.size(), 1U) << "changed, not added";
    EXPECT_EQ(store().find(id)->treatment()->dose, "1 mg hydroxocobalamin");
    EXPECT_TRUE(row(0).contains(QStringLiteral("1 mg hydroxocobalamin")));
    EXPECT_EQ(submit->text(), QStringLiteral("&Add to diary"));
}

TEST_F(DiaryPageTest, DeleteAsksFirstWithAVerbAndCancelKeepsTheEntry) {
    const auto id = add(treatment(QDate::currentDate()));
    DiaryPage* page = openPage();
    QString question;
    QStringList buttons;
    answerNextMessageBox(QMessageBox::Cancel, &question, &buttons);
    EXPECT_FALSE(page->deleteEntry(id));
    EXPECT_NE(store().find(id), nullptr);
    EXPECT_TRUE(question.contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(question.contains(QStringLiteral("Treatment: injection")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Delete")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Cancel")));
    EXPECT_FALSE(buttons.contains(QStringLiteral("&Yes")));

    list()->setCurrentRow(0);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("diaryDelete")), Qt::LeftButton);
    EXPECT_EQ(store().find(id), nullptr);
    EXPECT_EQ(list()->count(), 0);
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("diaryDelete"))->isEnabled());
}

TEST_F(DiaryPageTest, TheReviewReminderShowsThreeMonthsAfterATreatmentAndNotBefore) {
    const QDate today = QDate::currentDate();
    const auto almost = add(treatment(today.addMonths(-3).addDays(1)));
    DiaryPage* page = openPage();
    EXPECT_TRUE(page->reminderText().isEmpty()) << page->reminderText().toStdString();
    ASSERT_TRUE(store().remove(almost));
    add(treatment(today.addMonths(-3)));
    const QString reminder = page->reminderText();
    const QString date = QLocale().toString(today.addMonths(-3), QLocale::LongFormat);
    EXPECT_TRUE(reminder.contains(QStringLiteral("You logged a treatment on %1.").arg(date)))
        << reminder.toStdString();
    EXPECT_TRUE(reminder.contains(QStringLiteral("(NASGP summary of NICE NG239)")));
    EXPECT_TRUE(child<QLabel>(QStringLiteral("diaryReminder"))->isVisible());
}

TEST_F(DiaryPageTest, InPregnancyTheReminderShowsAfterOneMonth) {
    add(treatment(QDate::currentDate().addMonths(-1)));
    DiaryPage* page = openPage();
    EXPECT_TRUE(page->reminderText().isEmpty());
    answerPregnant("yes");
    EXPECT_FALSE(page->reminderText().isEmpty());
    answerPregnant("no");
    EXPECT_TRUE(page->reminderText().isEmpty());
}

TEST_F(DiaryPageTest, ABloodTestShowsBothUnitsAndTheLabsRangeAndNoVerdict) {
    add({std::nullopt,
         at(QDate::currentDate()),
         b12::core::BloodTestResult{b12::core::BloodTest::TotalB12, 140, "pmol/L", "145-569"},
         {}});
    openPage();
    const QString line = row(0);
    EXPECT_TRUE(line.contains(QStringLiteral("total B12 140 pmol/L (189.8 ng/L)")))
        << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("lab's range: 145-569")));
    const QRegularExpression verdict(QStringLiteral("\\b(low|high|normal|deficient|deficiency)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(verdict.match(line).hasMatch()) << line.toStdString();
    const QString description =
        child<DiaryTrendView>(QStringLiteral("diaryTrend"))->accessibleDescription();
    EXPECT_TRUE(description.contains(QStringLiteral("Blood tests:"))) << description.toStdString();
    EXPECT_FALSE(verdict.match(description).hasMatch()) << description.toStdString();
}

TEST_F(DiaryPageTest, TheChartDescribesItsRangeInWords) {
    const QDate today = QDate::currentDate();
    add({std::nullopt, at(today), b12::core::SymptomCheck{7, {}}, {}});
    add(treatment(today.addDays(-40)));
    openPage();
    auto* trend = child<DiaryTrendView>(QStringLiteral("diaryTrend"));
    auto* range = child<QComboBox>(QStringLiteral("diaryTrendRange"));
    EXPECT_EQ(range->currentText(), QStringLiteral("3 months"));
    EXPECT_TRUE(trend->accessibleDescription().contains(QStringLiteral("of 13 weeks")));
    EXPECT_TRUE(trend->accessibleDescription().contains(QStringLiteral("mean 7.0, highest 7")))
        << trend->accessibleDescription().toStdString();
    EXPECT_TRUE(trend->accessibleDescription().contains(QStringLiteral("Treatments:")));
    range->setCurrentIndex(0);
    EXPECT_TRUE(trend->accessibleDescription().contains(QStringLiteral("of 4 weeks")));
    EXPECT_TRUE(trend->accessibleDescription().contains(QStringLiteral("No treatments.")));
    EXPECT_FALSE(trend->accessibleName().isEmpty());
}

TEST_F(DiaryPageTest, UnderTheChartTheDaysWithEachSymptomAreCounted) {
    const QDate today = QDate::currentDate();
    add({std::nullopt,
         at(today),
         b12::core::SymptomCheck{std::nullopt, {{"leg_tingling", 2}}},
         {}});
    add({std::nullopt,
         at(today.addDays(-1)),
         b12::core::SymptomCheck{3, {{"leg_tingling", 1}, {"leg_numbness", 3}}},
         {}});
    add({std::nullopt,
         at(today.addDays(-1)),
         b12::core::SymptomCheck{4, {{"leg_tingling", 1}}},
         {}});
    openPage();
    const QString days = child<QLabel>(QStringLiteral("diarySymptomDays"))->text();
    const auto name = [this](const char* id) {
        return QString::fromStdString(m_services.questionnaire().find(id)->label.get("en"));
    };
    // Two days with tingling (two check-ins on one day count once), one with numbness.
    EXPECT_TRUE(days.contains(name("leg_tingling") + QStringLiteral(": 2 days")))
        << days.toStdString();
    EXPECT_TRUE(days.contains(name("leg_numbness") + QStringLiteral(": 1 day")))
        << days.toStdString();
    EXPECT_TRUE(child<DiaryTrendView>(QStringLiteral("diaryTrend"))
                    ->accessibleDescription()
                    .contains(days));
}

TEST_F(DiaryPageTest, EveryFieldIsNamedByItsLabel) {
    openPage();
    const QStringList fields{QStringLiteral("diaryKind"),
                             QStringLiteral("diaryAt"),
                             QStringLiteral("diaryPain"),
                             QStringLiteral("diaryNote"),
                             QStringLiteral("diarySymptom_leg_tingling"),
                             QStringLiteral("diaryDose"),
                             QStringLiteral("diaryTest"),
                             QStringLiteral("diaryValue"),
                             QStringLiteral("diaryUnit"),
                             QStringLiteral("diaryRange"),
                             QStringLiteral("diaryEntries")};
    for (const QString& kind : fields) {
        auto* field = child<QWidget>(kind);
        bool named = !field->accessibleName().isEmpty();
        for (const QLabel* label : m_page->findChildren<QLabel*>()) {
            named = named || (label->buddy() == field && !label->text().isEmpty());
        }
        EXPECT_TRUE(named) << kind.toStdString();
        EXPECT_EQ(field->focusProxy(), nullptr) << kind.toStdString();
    }
    for (const QPushButton* button : m_page->findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->text().isEmpty() && button->accessibleName().isEmpty())
            << button->objectName().toStdString();
    }
}
