// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The diary's database under a crash: `b12guide --diary-import` of a big file, killed
// (SIGKILL: no chance to tidy up) at random moments, many times over. After each kill the
// database passes PRAGMA integrity_check and holds every entry of each import or none.
#include "app/data/diarystore.h"
#include "app/data/questionnairelibrary.h"
#include "core/diary/diaryfile.h"
#include "tests/support/diarydata.h"
#include "tests/support/rawdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

using namespace b12::app;
using b12::testing::RawDatabase;

namespace {

constexpr int kEntries = 20000;
// 4,000 days of five entries (longDiary()); three in five are check-ins rating two symptoms.
constexpr int kRatingsPerImport = kEntries / 5 * 3 * 2;

} // namespace

TEST(DiaryFile, KilledDuringAnImportLeavesAllOrNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("big.json"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const std::string text =
            b12::core::serializeDiary(b12::testing::longDiary(kEntries / 5, 5));
        ASSERT_EQ(file.write(text.data(), static_cast<qint64>(text.size())),
                  static_cast<qint64>(text.size()));
    }
    const QString folder = dir.filePath(QStringLiteral("data/b12guide/b12guide"));
    const QString db = QDir(folder).filePath(QStringLiteral("diary.sqlite"));
    const QString journal = db + QStringLiteral("-journal");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    constexpr int kRounds = 16;
    int imports = 0; // imports known to be complete: the diary must hold this many, or one more
    int killedInTransaction = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess importer;
        importer.setProcessEnvironment(environment);
        importer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        importer.start(QStringLiteral(B12_GUIDE), {QStringLiteral("--diary-import"), big});
        ASSERT_TRUE(importer.waitForStarted()) << importer.errorString().toStdString();
        // Every other round waits for the transaction to begin (its journal appears), then
        // kills within 30 ms; the others kill at any moment in the first second.
        QElapsedTimer waited;
        waited.start();
        if (round % 2 == 0) {
            // (an empty file is the new database before its tables are made)
            while ((!QFileInfo::exists(journal) || QFileInfo(db).size() == 0) &&
                   importer.state() == QProcess::Running && waited.elapsed() < 60000) {
                QThread::usleep(200);
            }
            QThread::usleep(QRandomGenerator::global()->bounded(0U, 30000U));
        } else {
            QThread::usleep(QRandomGenerator::global()->bounded(1000U, 1000000U));
        }
        const bool journalBeforeKill = QFileInfo::exists(journal);
        importer.kill();
        ASSERT_TRUE(importer.waitForFinished(60000));
        if (importer.exitStatus() == QProcess::NormalExit) {
            ASSERT_EQ(importer.exitCode(), 0) << "round " << round;
            ++imports;
        } else if (journalBeforeKill && QFileInfo::exists(journal)) {
            ++killedInTransaction;
        }
        if (!QFileInfo::exists(db)) {
            continue; // killed before the database was made
        }
        int entries = 0;
        {
            RawDatabase raw(db);
            ASSERT_EQ(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"))
                << "round " << round;
            if (raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                         "'entries'"))
                    .toInt() == 0) {
                continue; // killed before the tables were made: an empty diary
            }
            entries = raw.value(QStringLiteral("SELECT count(*) FROM entries")).toInt();
            const int ratings =
                raw.value(QStringLiteral("SELECT count(*) FROM symptom_ratings")).toInt();
            ASSERT_EQ(entries % kEntries, 0) << "round " << round << ": part of an import";
            ASSERT_EQ(ratings, entries / kEntries * kRatingsPerImport) << "round " << round;
        }
        ASSERT_TRUE(entries / kEntries == imports || entries / kEntries == imports + 1)
            << "round " << round << ": " << entries << " entries after " << imports
            << " complete imports";
        imports = entries / kEntries; // a kill after the commit counts as complete
    }
    // The app reads the result as it is: nothing set aside.
    QuestionnaireLibrary library;
    ASSERT_TRUE(library.load());
    DiaryStore store(library.questionnaire(), folder);
    EXPECT_TRUE(store.restore()) << store.notice().toStdString();
    EXPECT_EQ(store.diary().entries.size(), static_cast<std::size_t>(imports * kEntries));
    EXPECT_GT(killedInTransaction, 0) << "no round was killed while the import was writing";
    std::cout << "killed in the transaction: " << killedInTransaction << " of " << kRounds
              << " rounds; complete imports: " << imports << '\n';
}
