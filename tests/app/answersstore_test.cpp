// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/answersstore.h"
#include "app/data/questionnairelibrary.h"
#include "tests/support/asperson.h"
#include "tests/support/filebytes.h"
#include "tests/support/savedfilefolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace b12::app;
using b12::core::AnswerValue;

using b12::testing::fileBytes;

namespace {

class AnswersStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        ASSERT_TRUE(m_dir.isValid());
    }
    const b12::core::Questionnaire& questionnaire() { return m_library.questionnaire(); }
    QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    std::unique_ptr<AnswersStore> openStore() {
        auto store = std::make_unique<AnswersStore>(questionnaire(), folder());
        store->restore();
        return store;
    }
    static void write(const QString& path, const QByteArray& bytes) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QStringList filesInFolder() const { return QDir(folder()).entryList(QDir::Files, QDir::Name); }

    QuestionnaireLibrary m_library;
    QTemporaryDir m_dir;
};

AnswerValue text(const char* value) {
    return std::string(value);
}

} // namespace

TEST_F(AnswersStoreTest, EachAnswerIsSavedAndTheNextStartFindsIt) {
    {
        auto store = openStore();
        QSignalSpy changed(store.get(), &AnswersStore::changed);
        EXPECT_TRUE(store->setAnswer(QStringLiteral("leg_burning"), text("yes")));
        EXPECT_TRUE(store->setAnswer(QStringLiteral("age_band"), text("75-plus")));
        EXPECT_TRUE(store->setAnswer(QStringLiteral("leg_pain_score"), 6));
        EXPECT_EQ(changed.count(), 3);
        EXPECT_TRUE(QFile::exists(store->filePath()));
        EXPECT_TRUE(store->notice().isEmpty()) << store->notice().toStdString();
    }
    auto next = openStore();
    EXPECT_EQ(next->answers().size(), 3U);
    EXPECT_TRUE(next->answers().is("leg_burning", "yes"));
    EXPECT_TRUE(next->answers().is("age_band", "75-plus"));
    EXPECT_EQ(next->answers().number("leg_pain_score"), 6);
}

TEST_F(AnswersStoreTest, TheSavedFileIsTheDocumentedFormat) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("metformin"), text("unsure"));
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(store->filePath())).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("b12guide-answers"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("answers")).toObject().value(QStringLiteral("metformin")),
              QStringLiteral("unsure"));
}

TEST_F(AnswersStoreTest, InvalidAnswersChangeNothing) {
    auto store = openStore();
    QSignalSpy changed(store.get(), &AnswersStore::changed);
    EXPECT_FALSE(store->setAnswer(QStringLiteral("leg_itching"), text("yes")));
    EXPECT_FALSE(store->setAnswer(QStringLiteral("leg_burning"), text("maybe")));
    EXPECT_FALSE(store->setAnswer(QStringLiteral("leg_pain_score"), 11));
    EXPECT_FALSE(store->setAnswer(QStringLiteral("age_band"), 3));
    EXPECT_TRUE(store->answers().empty());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(QFile::exists(store->filePath()));
}

TEST_F(AnswersStoreTest, ClearingOneAnswerSavesTheRest) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("leg_burning"), text("yes"));
    store->setAnswer(QStringLiteral("tiredness"), text("no"));
    store->clearAnswer(QStringLiteral("leg_burning"));
    auto next = openStore();
    EXPECT_EQ(next->answers().size(), 1U);
    EXPECT_EQ(next->answers().find("leg_burning"), nullptr);
}

TEST_F(AnswersStoreTest, ClearForgetsEverythingAndDeletesTheFile) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("leg_burning"), text("yes"));
    ASSERT_TRUE(QFile::exists(store->filePath()));
    QSignalSpy changed(store.get(), &AnswersStore::changed);
    EXPECT_TRUE(store->clear());
    EXPECT_TRUE(store->answers().empty());
    EXPECT_FALSE(QFile::exists(store->filePath()));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(openStore()->answers().empty());
}

TEST_F(AnswersStoreTest, ExportThenImportGivesTheSameAnswers) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("age_band"), text("60-64"));
    store->setAnswer(QStringLiteral("red_foot_wound"), text("unsure"));
    store->setAnswer(QStringLiteral("leg_pain_score"), 0);
    const b12::core::Answers before = store->answers();
    const QString exported = m_dir.filePath(QStringLiteral("elsewhere/my answers.json"));
    QDir().mkpath(QFileInfo(exported).path());
    ASSERT_TRUE(store->exportTo(exported)) << store->lastError().toStdString();

    store->clear();
    QSignalSpy changed(store.get(), &AnswersStore::changed);
    ASSERT_TRUE(store->importFrom(exported)) << store->lastError().toStdString();
    EXPECT_EQ(store->answers(), before);
    EXPECT_EQ(changed.count(), 1);
    // Imported answers are saved like typed ones.
    EXPECT_EQ(openStore()->answers(), before);
}

TEST_F(AnswersStoreTest, ImportingABadFileChangesNothingAndSaysWhy) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("leg_burning"), text("yes"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    const QByteArray bytes =
        R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "no", "x": "yes"}})";
    write(bad, bytes);
    EXPECT_FALSE(store->importFrom(bad));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral("unknown question id \"x\"")))
        << store->lastError().toStdString();
    EXPECT_TRUE(store->answers().is("leg_burning", "yes"));
    EXPECT_EQ(fileBytes(bad), bytes);

    EXPECT_FALSE(store->importFrom(m_dir.filePath(QStringLiteral("missing.json"))));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral("could not be read")));
}

TEST_F(AnswersStoreTest, ExportToAnUnwritablePlaceSaysWhy) {
    auto store = openStore();
    store->setAnswer(QStringLiteral("leg_burning"), text("yes"));
    write(m_dir.filePath(QStringLiteral("a-file")), "x");
    EXPECT_FALSE(store->exportTo(m_dir.filePath(QStringLiteral("a-file/answers.json"))));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral("could not be written")));
}

TEST_F(AnswersStoreTest, ACorruptFileIsMovedAsideWithADatedNameAndReported) {
    const QString path = QDir(folder()).filePath(QStringLiteral("answers.json"));
    const QByteArray corrupt =
        R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_bu)";
    write(path, corrupt);

    auto store = std::make_unique<AnswersStore>(questionnaire(), folder());
    QSignalSpy noticed(store.get(), &AnswersStore::noticeChanged);
    EXPECT_FALSE(store->restore());
    EXPECT_TRUE(store->answers().empty());
    EXPECT_EQ(noticed.count(), 1);

    const QStringList files = filesInFolder();
    ASSERT_EQ(files.size(), 1) << files.join(QLatin1Char(' ')).toStdString();
    const QRegularExpression dated(QStringLiteral(R"(^answers\.corrupt-\d{8}-\d{6}\.json$)"));
    EXPECT_TRUE(dated.match(files.first()).hasMatch()) << files.first().toStdString();
    const QString aside = QDir(folder()).filePath(files.first());
    EXPECT_EQ(fileBytes(aside), corrupt) << "the file is kept byte for byte";

    const QString notice = store->notice();
    EXPECT_TRUE(notice.contains(QDir::toNativeSeparators(aside))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("could not be read"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("not valid JSON"))) << notice.toStdString();

    // The app carries on: new answers go to a new file, the old one stays untouched.
    EXPECT_TRUE(store->setAnswer(QStringLiteral("tiredness"), text("yes")));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(fileBytes(aside), corrupt);
    EXPECT_EQ(filesInFolder().size(), 2);
}

TEST_F(AnswersStoreTest, AFileWithUnknownIdsIsKeptAsideNotTrimmed) {
    const QString path = QDir(folder()).filePath(QStringLiteral("answers.json"));
    const QByteArray bytes =
        R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "yes", "future_question": "no"}})";
    write(path, bytes);
    auto store = std::make_unique<AnswersStore>(questionnaire(), folder());
    EXPECT_FALSE(store->restore());
    EXPECT_TRUE(store->notice().contains(QStringLiteral("future_question")));
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_EQ(filesInFolder().size(), 1);
    EXPECT_EQ(fileBytes(QDir(folder()).filePath(filesInFolder().first())), bytes);
}

TEST_F(AnswersStoreTest, NoFileIsNotAProblem) {
    auto store = std::make_unique<AnswersStore>(questionnaire(), folder());
    EXPECT_TRUE(store->restore());
    EXPECT_TRUE(store->notice().isEmpty());
    EXPECT_TRUE(filesInFolder().isEmpty());
}

TEST_F(AnswersStoreTest, AnUnwritableFolderIsReportedAndTheAnswersAreKept) {
    // A file where the folder should be: nothing can be saved there, whoever runs the test.
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    write(blocked, "not a folder");
    AnswersStore store(questionnaire(), blocked);
    store.restore();
    QSignalSpy noticed(&store, &AnswersStore::noticeChanged);
    EXPECT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), text("yes")));
    EXPECT_TRUE(store.answers().is("leg_burning", "yes"));
    EXPECT_EQ(noticed.count(), 1);
    EXPECT_TRUE(store.notice().contains(QStringLiteral("could not be saved")))
        << store.notice().toStdString();
    EXPECT_TRUE(store.notice().contains(QStringLiteral("Export answers")));
    EXPECT_EQ(fileBytes(blocked), QByteArray("not a folder"));
}

TEST_F(AnswersStoreTest, ClearIsFalseWhileAnUnreadableFileCouldNotBeSetAside) {
    const QByteArray corrupt = R"({"format": "b12guide-answers", "version": 1, "answ)";
    const b12::testing::LockedFolder locked(m_dir, folder(), QStringLiteral("answers.json"),
                                            corrupt);
    const b12::testing::AsPersonWithoutRoot person;
    AnswersStore store(questionnaire(), folder());
    EXPECT_FALSE(store.restore());
    EXPECT_TRUE(store.notice().contains(QStringLiteral("could not be moved aside")))
        << store.notice().toStdString();
    // Nothing is saved over it.
    EXPECT_TRUE(store.setAnswer(QStringLiteral("leg_burning"), text("yes")));
    EXPECT_EQ(fileBytes(store.filePath()), corrupt);

    QSignalSpy changed(&store, &AnswersStore::changed);
    EXPECT_FALSE(store.clear()) << "the unreadable file is still there";
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(store.answers().empty());
    EXPECT_TRUE(store.lastError().contains(QDir::toNativeSeparators(store.filePath())))
        << store.lastError().toStdString();
    EXPECT_EQ(fileBytes(store.filePath()), corrupt);
}
