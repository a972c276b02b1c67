// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Faults that need a prepared system: tools in this folder's scripts set them up (a
// read-only home, a full disk) in a mount namespace and then run one of these tests there.
// Each test checks that its fault is really in place first, so it cannot pass by accident.
#include "app/data/answersstore.h"
#include "app/data/contentlibrary.h"
#include "app/data/diarystore.h"
#include "app/data/localization.h"
#include "app/data/questionnairelibrary.h"
#include "app/data/saveddata.h"
#include "app/data/services.h"
#include "app/data/shippeddata.h"
#include "app/shell/mainwindow.h"
#include "tests/support/filebytes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <string>

using namespace b12::app;

using b12::testing::fileBytes;

namespace {

QString environment(const char* name) {
    return qEnvironmentVariable(name);
}

bool canWriteIn(const QString& folder) {
    QFile probe(QDir(folder).filePath(QStringLiteral(".b12guide-probe")));
    if (!probe.open(QIODevice::WriteOnly)) {
        return false;
    }
    const bool written = probe.write(QByteArray(4096, 'x')) == 4096 && probe.flush();
    probe.close();
    probe.remove();
    return written;
}

} // namespace

// HOME is mounted read-only: the window opens, the person answers, and is told the answers
// cannot be kept on disk; the answers stay in the window and can be exported elsewhere.
TEST(FaultEnvironment, ReadOnlyHomeTellsThePersonAndKeepsTheAnswers) {
    const QString home = QDir::homePath();
    const QString elsewhere = environment("B12_WRITABLE_DIR");
    ASSERT_FALSE(elsewhere.isEmpty()) << "run through tests/reliability/faults.sh";
    ASSERT_FALSE(canWriteIn(home)) << "HOME is writable: the fault is not in place";

    QSettings settings;
    Localization localization(&settings);
    ContentLibrary content;
    ASSERT_TRUE(content.load()) << content.errorMessage().toStdString();
    ShippedData shipped;
    SavedData saved; // in the person's own data folder, as the app keeps it
    ASSERT_TRUE(saved.read()) << saved.errorMessage().toStdString();
    AnswersStore& answers = saved.answers();
    ASSERT_TRUE(answers.filePath().startsWith(home)) << answers.filePath().toStdString();
    MainWindow window(Services{settings, localization, content, shipped, saved});
    ASSERT_TRUE(window.showPage(QStringLiteral("questionnaire")));
    window.show();

    auto* yes = window.findChild<QAbstractButton*>(QStringLiteral("answer_leg_burning_yes"));
    ASSERT_NE(yes, nullptr);
    yes->click();
    EXPECT_TRUE(answers.answers().is("leg_burning", "yes"));
    auto* bar = window.findChild<QWidget*>(QStringLiteral("answersNoticeBar"));
    auto* notice = window.findChild<QLabel*>(QStringLiteral("answersNotice"));
    ASSERT_NE(bar, nullptr);
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("could not be saved")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Export answers")));
    EXPECT_FALSE(QFile::exists(answers.filePath()));

    const QString exported = QDir(elsewhere).filePath(QStringLiteral("answers-export.json"));
    ASSERT_TRUE(answers.exportTo(exported)) << answers.lastError().toStdString();
    EXPECT_TRUE(fileBytes(exported).contains("\"leg_burning\": \"yes\""));
}

// The data folder is on a full disk that already holds saved answers: a new answer is kept
// in memory, the person is told, and the saved file is left exactly as it was.
TEST(FaultEnvironment, FullDiskTellsThePersonAndLeavesTheSavedFileWhole) {
    const QString folder = environment("B12_FULL_DISK_DIR");
    const QString elsewhere = environment("B12_WRITABLE_DIR");
    ASSERT_FALSE(folder.isEmpty()) << "run through tests/reliability/faults.sh";
    const QString saved = QDir(folder).filePath(QStringLiteral("answers.json"));
    const QByteArray before = fileBytes(saved);
    ASSERT_FALSE(before.isEmpty()) << "the script puts saved answers there first";
    ASSERT_FALSE(canWriteIn(folder)) << "the disk is not full: the fault is not in place";

    QuestionnaireLibrary questionnaire;
    ASSERT_TRUE(questionnaire.load());
    AnswersStore answers(questionnaire.questionnaire(), folder);
    ASSERT_TRUE(answers.restore()) << answers.notice().toStdString();
    ASSERT_TRUE(answers.answers().is("leg_burning", "no"));

    ASSERT_TRUE(answers.setAnswer(QStringLiteral("leg_burning"), std::string("yes")));
    ASSERT_TRUE(answers.setAnswer(QStringLiteral("metformin"), std::string("yes")));
    EXPECT_TRUE(answers.answers().is("leg_burning", "yes"));
    EXPECT_TRUE(answers.answers().is("metformin", "yes"));
    EXPECT_TRUE(answers.notice().contains(QStringLiteral("could not be saved")))
        << answers.notice().toStdString();
    EXPECT_EQ(fileBytes(saved), before) << "the saved answers were damaged";

    const QString exported = QDir(elsewhere).filePath(QStringLiteral("answers-export.json"));
    ASSERT_TRUE(answers.exportTo(exported)) << answers.lastError().toStdString();
    EXPECT_TRUE(fileBytes(exported).contains("\"metformin\": \"yes\""));
}

// The diary on a disk that fills up: the script fills the disk; this test makes room,
// saves a diary, fills the disk again and then adds an entry. The new entry is refused with
// a message, and the saved diary is whole and unchanged the next time it is opened.
TEST(FaultEnvironment, FullDiskRefusesADiaryEntryAndKeepsTheSavedOnes) {
    const QString folder = environment("B12_FULL_DISK_DIR");
    ASSERT_FALSE(folder.isEmpty()) << "run through tests/reliability/faults.sh";
    const QString scriptFiller = QDir(folder).filePath(QStringLiteral("filler"));
    ASSERT_FALSE(canWriteIn(folder)) << "the disk is not full: the fault is not in place";
    ASSERT_TRUE(QFile::remove(scriptFiller)) << "the script's filler is gone";
    const QString diaryFolder = QDir(folder).filePath(QStringLiteral("diary"));

    QuestionnaireLibrary questionnaire;
    ASSERT_TRUE(questionnaire.load());
    b12::core::DiaryEntry entry;
    entry.at = {2026, 11, 2, 8, 15};
    entry.details = b12::core::SymptomCheck{6, {}};
    entry.note = "before the disk filled up";
    {
        DiaryStore diary(questionnaire.questionnaire(), diaryFolder);
        ASSERT_TRUE(diary.restore()) << diary.notice().toStdString();
        for (int day = 2; day <= 4; ++day) {
            entry.at.day = day;
            ASSERT_TRUE(diary.add(entry)) << diary.lastError().toStdString();
        }
    }
    // Fill the disk again, to the last byte.
    {
        QFile filler(QDir(folder).filePath(QStringLiteral("filler-again")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    ASSERT_FALSE(canWriteIn(folder)) << "the disk could not be filled again";

    {
        DiaryStore diary(questionnaire.questionnaire(), diaryFolder);
        ASSERT_TRUE(diary.restore()) << diary.notice().toStdString();
        ASSERT_EQ(diary.diary().entries.size(), 3U);
        b12::core::DiaryEntry lots = entry;
        lots.at.day = 5;
        lots.note = std::string(60000, 'n'); // more than the disk has left
        EXPECT_FALSE(diary.add(lots)) << "an entry was saved on a full disk";
        EXPECT_FALSE(diary.lastError().isEmpty());
        EXPECT_EQ(diary.diary().entries.size(), 3U) << "the refused entry is shown as saved";
    }
    DiaryStore reopened(questionnaire.questionnaire(), diaryFolder);
    ASSERT_TRUE(reopened.restore()) << reopened.notice().toStdString();
    ASSERT_EQ(reopened.diary().entries.size(), 3U);
    EXPECT_EQ(reopened.diary().entries.back().note, "before the disk filled up");
}

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationName(QStringLiteral("b12guide"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
