// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/answersstore.h"
#include "app/data/calendardate.h"
#include "app/data/shippeddata.h"
#include "app/summary/summarypage.h"
#include "app/summary/summaryreport.h"
#include "tests/support/poppler.h"
#include "tests/support/testservices.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace b12::app;
using b12::core::DiaryEntry;
using b12::testing::havePoppler;
using b12::testing::pdfInfo;
using b12::testing::pdfText;

namespace {

constexpr int kWeeks = 12;

DiaryEntry
at(const QDate& date, int hour,
   std::variant<b12::core::SymptomCheck, b12::core::Treatment, b12::core::BloodTestResult> what) {
    return {std::nullopt, fromQDateTime(QDateTime(date, QTime(hour, 0))), std::move(what), {}};
}

// Twelve weeks of a diary kept every morning and evening, with a course of injections and
// two blood tests.
b12::core::Diary twelveWeeks(const QDate& today) {
    b12::core::Diary diary;
    for (int day = kWeeks * 7 - 1; day >= 0; --day) {
        for (const int hour : {8, 20}) {
            diary.entries.push_back(at(
                today.addDays(-day), hour,
                b12::core::SymptomCheck{1 + day % 8, {{"leg_tingling", 2}, {"leg_burning", 1}}}));
        }
    }
    for (const int day : {80, 78, 76, 74, 72, 70}) {
        diary.entries.push_back(
            at(today.addDays(-day), 10,
               b12::core::Treatment{b12::core::TreatmentForm::Injection, "1 mg hydroxocobalamin"}));
    }
    diary.entries.push_back(
        at(today.addDays(-75), 9,
           b12::core::BloodTestResult{b12::core::BloodTest::TotalB12, 140, "pmol/L", "145-569"}));
    diary.entries.push_back(
        at(today.addDays(-3), 9,
           b12::core::BloodTestResult{b12::core::BloodTest::TotalB12, 410, "pmol/L", "145-569"}));
    return diary;
}

class SummaryDiaryTest : public ::testing::Test {
protected:
    SummaryRequest request(const QString& language) {
        SummaryRequest r;
        r.questionnaire = &m_services.questionnaire();
        const auto answers = AnswersStore::readFile(
            QStringLiteral(B12_TEST_DATA_DIR "/answers/good-full-all-yes.json"),
            m_services.questionnaire());
        EXPECT_TRUE(answers.ok());
        r.answers = answers.ok() ? answers.value() : b12::core::Answers{};
        r.personal.notes = "Pain started in March and is worse when walking.";
        r.language = language;
        r.locale = QLocale(language == QLatin1String("de") ? QStringLiteral("de_DE")
                                                           : QStringLiteral("en_GB"));
        r.createdAt = QDateTime::currentDateTime();
        r.diary = b12::core::summarizeDiary(twelveWeeks(QDate::currentDate()), today(), kWeeks);
        return r;
    }
    QString writePdf(const SummaryRequest& r, QPageSize::PageSizeId paper) {
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        const auto& texts = m_shipped.summaryTexts();
        EXPECT_TRUE(SummaryReport(r, texts.value(), nullptr).writePdf(path, paper, &error))
            << error.toStdString();
        return path;
    }

    b12::testing::TestServices m_services;
    ShippedData m_shipped;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SummaryDiaryTest, ThePdfHasTheTreatmentsAndTheBloodTestsWithUnitsAndRanges) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext and pdfinfo (poppler-utils) are needed";
    }
    const QString en = pdfText(writePdf(request(QStringLiteral("en")), QPageSize::A4));
    EXPECT_TRUE(en.contains(QStringLiteral("My diary since"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("injection, 1 mg hydroxocobalamin")));
    EXPECT_TRUE(en.contains(QStringLiteral("total B12 140 pmol/L (189.8 ng/L)")));
    EXPECT_TRUE(en.contains(QStringLiteral("lab's reference range 145-569")));
    const QString de = pdfText(writePdf(request(QStringLiteral("de")), QPageSize::A4));
    EXPECT_TRUE(de.contains(QStringLiteral("Mein Tagebuch seit"))) << de.toStdString();
    EXPECT_TRUE(de.contains(QStringLiteral("Spritze, 1 mg hydroxocobalamin")));
    EXPECT_TRUE(de.contains(QStringLiteral("Gesamt-B12 140 pmol/L (189,8 ng/L)")));
}

TEST_F(SummaryDiaryTest, TwelveWeeksOfDiaryKeepTheSummaryWithinThreePages) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is needed";
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const auto paper : {QPageSize::A4, QPageSize::Letter}) {
            const SummaryRequest r = request(language);
            const int pages = pdfInfo(writePdf(r, paper), QStringLiteral("Pages")).toInt();
            EXPECT_GE(pages, 1);
            EXPECT_LE(pages, 3) << language.toStdString() << ' ' << paper;
        }
    }
}

TEST_F(SummaryDiaryTest, LeftOutWhenThePersonLeavesItOut) {
    SummaryRequest r = request(QStringLiteral("en"));
    const auto& texts = m_shipped.summaryTexts();
    EXPECT_TRUE(SummaryReport(r, texts.value(), nullptr).summary().diary);
    r.parts.diary = false;
    const SummaryReport report(r, texts.value(), nullptr);
    EXPECT_FALSE(report.summary().diary);
    EXPECT_FALSE(report.html().contains(QStringLiteral("My diary")));
}

TEST_F(SummaryDiaryTest, ThePageShowsTheStoredDiary) {
    SummaryPage page(m_services.services());
    EXPECT_FALSE(page.report().summary().diary) << "an empty diary prints nothing";
    const QDate date = QDate::currentDate().addDays(-1);
    ASSERT_TRUE(m_services.saved().diary().add(
        at(date, 9, b12::core::Treatment{b12::core::TreatmentForm::Tablet, "50 µg"})));
    page.updatePreview();
    EXPECT_TRUE(page.report().summary().diary);
    EXPECT_TRUE(page.previewHtml().contains(QStringLiteral("tablet, 50 µg")));
}
