// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The answers file as the person's data: never torn by a crash, readable by them alone,
// really gone when they clear it.
#include "app/data/answersstore.h"
#include "app/data/questionnairelibrary.h"
#include "tests/support/filebytes.h"
#include "tests/support/savedfilefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <sys/stat.h>

using namespace b12::app;

using b12::testing::fileBytes;

namespace {

class AnswersFile : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        ASSERT_TRUE(m_dir.isValid());
    }
    const b12::core::Questionnaire& questionnaire() const { return m_library.questionnaire(); }
    QString folder() const { return m_dir.filePath(QStringLiteral("b12guide")); }
    QString answersPath() const { return QDir(folder()).filePath(QStringLiteral("answers.json")); }

    static unsigned modeOf(const QString& path) {
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
            return 0;
        }
        return info.st_mode & 07777U;
    }

    QuestionnaireLibrary m_library;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AnswersFile, OnlyThePersonCanReadIt) {
    AnswersStore store(questionnaire(), folder());
    store.restore();
    ASSERT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), std::string("yes")));
    ASSERT_TRUE(QFileInfo::exists(answersPath()));
    EXPECT_EQ(modeOf(answersPath()), 0600U) << "answers.json is readable by others";
    EXPECT_EQ(modeOf(folder()), 0700U) << "the data folder is open to others";

    // Every later save too, and a file that was once too open is closed up.
    ASSERT_TRUE(QFile::setPermissions(answersPath(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), std::string("no")));
    EXPECT_EQ(modeOf(answersPath()), 0600U);
}

TEST_F(AnswersFile, AnExportIsReadableOnlyByThePersonToo) {
    AnswersStore store(questionnaire(), folder());
    store.restore();
    ASSERT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), std::string("yes")));
    const QString exported = m_dir.filePath(QStringLiteral("my-answers.json"));
    ASSERT_TRUE(store.exportTo(exported)) << store.lastError().toStdString();
    EXPECT_EQ(modeOf(exported), 0600U);
}

TEST_F(AnswersFile, ClearingLeavesNothingOnDisk) {
    {
        AnswersStore store(questionnaire(), folder());
        store.restore();
        ASSERT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), std::string("yes")));
        ASSERT_TRUE(store.setAnswer(QStringLiteral("metformin"), std::string("yes")));
        ASSERT_TRUE(store.clear()) << store.lastError().toStdString();
        EXPECT_TRUE(store.answers().empty());
    }
    // No file, no temporary copy, no backup left behind holding the answers.
    const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QStringLiteral(", ")).toStdString();

    AnswersStore nextStart(questionnaire(), folder());
    EXPECT_TRUE(nextStart.restore());
    EXPECT_TRUE(nextStart.answers().empty());
}

// A save cut short leaves QSaveFile's copy, answers.json.XXXXXX: a whole copy of the answers.
// Those older than a minute go at the next start and with "Clear my answers"; a younger one
// may be a save under way in another window, and stays.
TEST_F(AnswersFile, CopiesLeftByASaveCutShortAreRemovedAtStartAndByClearing) {
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QByteArray copy =
        R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "yes"}})";
    const QString old = answersPath() + QStringLiteral(".a1B2c3");
    const QString fresh = answersPath() + QStringLiteral(".Z9y8X7");
    b12::testing::writeLeftover(old, copy, 120);
    b12::testing::writeLeftover(fresh, copy, 5);
    {
        AnswersStore store(questionnaire(), folder());
        EXPECT_TRUE(store.restore());
        EXPECT_TRUE(store.answers().empty()) << "a leftover is not the saved answers";
    }
    EXPECT_FALSE(QFileInfo::exists(old)) << "an old leftover stays after the start";
    EXPECT_EQ(fileBytes(fresh), copy) << "a fresh leftover was removed at the start";

    const QString older = answersPath() + QStringLiteral(".q4W5e6");
    b12::testing::writeLeftover(older, copy, 3600);
    AnswersStore store(questionnaire(), folder());
    ASSERT_TRUE(store.setAnswer(QStringLiteral("metformin"), std::string("yes")));
    ASSERT_TRUE(store.clear()) << store.lastError().toStdString();
    const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, QStringList{QFileInfo(fresh).fileName()})
        << left.join(QStringLiteral(", ")).toStdString();
}

// A helper process saves answers without end; it is killed (SIGKILL: no chance to tidy up)
// at a random moment, many times over. After each kill the file must be one whole file the
// store wrote: the last one, or the one before it, never a mix or a torn end.
TEST_F(AnswersFile, KilledWhileSavingLeavesTheOldOrTheNewFile) {
    constexpr int kRounds = 50;
    QSet<QByteArray> versions;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(B12_ANSWERS_WRITER), {folder(), QString::number(round * 7)});
        ASSERT_TRUE(writer.waitForStarted()) << writer.errorString().toStdString();
        ASSERT_TRUE(writer.waitForReadyRead(60000)) << "the writer never started saving";
        QThread::usleep(QRandomGenerator::global()->bounded(1000U, 30000U));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(60000));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit) << "the writer stopped by itself";

        const QByteArray bytes = fileBytes(answersPath());
        ASSERT_FALSE(bytes.isEmpty()) << "round " << round << ": no answers file";
        const auto parsed = b12::core::parseAnswers({bytes.constData(), std::size_t(bytes.size())},
                                                    questionnaire(), "answers.json");
        ASSERT_TRUE(parsed.ok()) << "round " << round << ": " << parsed.error().toString();
        // Complete: exactly what the store writes for these answers, to the last byte.
        EXPECT_EQ(bytes.toStdString(), b12::core::serializeAnswers(parsed.value()))
            << "round " << round;
        versions.insert(bytes);
    }
    // Each writer got to save before it was killed (each run writes files of its own).
    EXPECT_GT(versions.size(), kRounds / 2);
    // What a kill leaves behind is QSaveFile's unfinished copy, never a damaged answers.json.
    const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
    std::cout << "files after " << kRounds
              << " kills: " << left.join(QStringLiteral(" ")).toStdString() << '\n';
}
