// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/diarystore.h"
#include "app/data/questionnairelibrary.h"
#include "app/data/saveddata.h"
#include "core/diary/diaryfile.h"
#include "tests/support/asperson.h"
#include "tests/support/filebytes.h"
#include "tests/support/rawdatabase.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <sys/stat.h>

using namespace b12::app;
using b12::core::BloodTest;
using b12::core::BloodTestResult;
using b12::core::Diary;
using b12::core::DiaryEntry;
using b12::core::LocalDateTime;
using b12::core::SymptomCheck;
using b12::core::Treatment;
using b12::core::TreatmentForm;
using b12::testing::fileBytes;
using b12::testing::RawDatabase;

namespace {

DiaryEntry checkIn(LocalDateTime at, int pain, std::string note = {}) {
    SymptomCheck check;
    check.pain = pain;
    check.symptoms = {{"leg_tingling", 2}, {"leg_numbness", 1}};
    return {std::nullopt, at, check, std::move(note)};
}

DiaryEntry injection(LocalDateTime at) {
    return {std::nullopt, at, Treatment{TreatmentForm::Injection, "1 mg hydroxocobalamin"}, {}};
}

DiaryEntry b12Test(LocalDateTime at) {
    return {std::nullopt, at, BloodTestResult{BloodTest::TotalB12, 140, "pmol/L", "145-569"},
            "fasting"};
}

// The entries without their database ids, to compare with what was added.
Diary withoutIds(Diary diary) {
    for (DiaryEntry& entry : diary.entries) {
        entry.id.reset();
    }
    return diary;
}

unsigned modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0;
    }
    return info.st_mode & 07777U;
}

class DiaryStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        ASSERT_TRUE(m_dir.isValid());
    }
    const b12::core::Questionnaire& questionnaire() const { return m_library.questionnaire(); }
    QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString dbPath() const { return QDir(folder()).filePath(QStringLiteral("diary.sqlite")); }
    std::unique_ptr<DiaryStore> openStore(bool expectRestored = true) {
        auto store = std::make_unique<DiaryStore>(questionnaire(), folder());
        EXPECT_EQ(store->restore(), expectRestored) << store->notice().toStdString();
        return store;
    }
    QStringList files() const {
        return QDir(folder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    /// Puts `bytes` in place of the database and opens it: the store must set them aside,
    /// unchanged, say where, and start empty.
    std::unique_ptr<DiaryStore> expectSetAside(const QByteArray& bytes) {
        writeFile(dbPath(), bytes);
        auto store = openStore(false);
        EXPECT_TRUE(store->diary().entries.empty());
        EXPECT_TRUE(store->notice().contains(QStringLiteral("could not be read")))
            << store->notice().toStdString();
        const QStringList aside =
            QDir(folder()).entryList({QStringLiteral("diary.corrupt-*.sqlite")});
        EXPECT_EQ(aside.size(), 1) << files().join(QLatin1Char(' ')).toStdString();
        m_aside = QDir(folder()).filePath(aside.value(0));
        EXPECT_TRUE(store->notice().contains(QDir::toNativeSeparators(m_aside)))
            << store->notice().toStdString();
        EXPECT_EQ(fileBytes(m_aside), bytes);
        EXPECT_FALSE(QFile::exists(dbPath()));
        return store;
    }
    void writeFile(const QString& path, const QByteArray& bytes) const {
        ASSERT_TRUE(QDir().mkpath(folder()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    QuestionnaireLibrary m_library;
    QTemporaryDir m_dir;
    QString m_aside; ///< Where expectSetAside() found the file set aside.
};

} // namespace

TEST_F(DiaryStoreTest, EntriesAreKeptByTimeWithTheirIdsAcrossStarts) {
    {
        auto store = openStore();
        EXPECT_FALSE(QFile::exists(dbPath())) << "a file before anything was noted";
        QSignalSpy changed(store.get(), &DiaryStore::changed);
        const auto later = store->add(b12Test({2026, 11, 4, 8, 30}));
        const auto first = store->add(checkIn({2026, 11, 2, 8, 15}, 6, "bad night"));
        const auto middle = store->add(injection({2026, 11, 3, 10, 0}));
        ASSERT_TRUE(later && first && middle) << store->lastError().toStdString();
        EXPECT_EQ(changed.count(), 3);
        EXPECT_NE(*first, *middle);
        ASSERT_EQ(store->diary().entries.size(), 3U);
        EXPECT_EQ(store->diary().entries[0].id, first);
        EXPECT_EQ(store->diary().entries[2].id, later);
        ASSERT_NE(store->find(*middle), nullptr);
        EXPECT_EQ(store->find(*middle)->treatment()->dose, "1 mg hydroxocobalamin");
    }
    auto again = openStore();
    const Diary expected{{checkIn({2026, 11, 2, 8, 15}, 6, "bad night"),
                          injection({2026, 11, 3, 10, 0}), b12Test({2026, 11, 4, 8, 30})}};
    EXPECT_EQ(withoutIds(again->diary()), expected);
    EXPECT_TRUE(again->notice().isEmpty());
}

TEST_F(DiaryStoreTest, EditingChangesThatEntryAndItsRatingsOnly) {
    auto store = openStore();
    const auto id = store->add(checkIn({2026, 11, 2, 8, 15}, 6));
    ASSERT_TRUE(store->add(injection({2026, 11, 3, 10, 0})));
    ASSERT_TRUE(id);
    DiaryEntry edited = checkIn({2026, 11, 5, 21, 0}, 3, "better");
    std::get<SymptomCheck>(edited.details).symptoms = {{"tiredness", 3}};
    edited.id = id;
    ASSERT_TRUE(store->update(edited)) << store->lastError().toStdString();
    EXPECT_EQ(store->diary().entries.back(), edited) << "the entry moves to its new time";

    auto again = openStore();
    ASSERT_EQ(again->diary().entries.size(), 2U);
    EXPECT_EQ(again->diary().entries[1], edited);
    EXPECT_EQ(again->diary().entries[0].kind(), b12::core::EntryKind::Treatment);

    DiaryEntry unknown = edited;
    unknown.id = 999;
    EXPECT_FALSE(again->update(unknown));
    EXPECT_FALSE(again->lastError().isEmpty());
}

TEST_F(DiaryStoreTest, DeletingRemovesTheEntryAndItsRatings) {
    auto store = openStore();
    const auto gone = store->add(checkIn({2026, 11, 2, 8, 15}, 6));
    const auto kept = store->add(checkIn({2026, 11, 3, 8, 15}, 4));
    ASSERT_TRUE(gone && kept);
    ASSERT_TRUE(store->remove(*gone)) << store->lastError().toStdString();
    EXPECT_FALSE(store->remove(*gone)) << "it is gone already";
    ASSERT_EQ(store->diary().entries.size(), 1U);
    EXPECT_EQ(store->diary().entries[0].id, kept);
    store.reset();

    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM entries")).toInt(), 1);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM symptom_ratings WHERE entry_id = %1")
                            .arg(*gone))
                  .toInt(),
              0);
}

TEST_F(DiaryStoreTest, AnEntryThatIsNotValidIsRefusedAndNothingIsWritten) {
    auto store = openStore();
    EXPECT_FALSE(store->add(checkIn({2026, 11, 2, 8, 15}, 11)));
    EXPECT_EQ(store->lastError(), QStringLiteral("pain must be 0 to 10, not 11"));
    EXPECT_FALSE(store->add(checkIn({2026, 2, 30, 8, 15}, 1)));
    DiaryEntry unknownSymptom = checkIn({2026, 11, 2, 8, 15}, 1);
    std::get<SymptomCheck>(unknownSymptom.details).symptoms = {{"leg_itching", 1}};
    EXPECT_FALSE(store->add(unknownSymptom));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral("leg_itching")))
        << store->lastError().toStdString();
    EXPECT_TRUE(store->diary().entries.empty());
    EXPECT_FALSE(QFile::exists(dbPath()));
}

TEST_F(DiaryStoreTest, TheSymptomsAreTheQuestionnairesRatedSymptoms) {
    const auto ids = DiaryStore::symptomIds(questionnaire());
    EXPECT_NE(std::find(ids.begin(), ids.end(), "leg_tingling"), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), "tiredness"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "leg_pain_score"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "metformin"), ids.end());
}

TEST_F(DiaryStoreTest, AnImportWithABadEntryAddsNothing) {
    auto store = openStore();
    ASSERT_TRUE(store->add(injection({2026, 1, 1, 9, 0})));
    const QByteArray before = fileBytes(dbPath());
    Diary diary;
    for (int day = 1; day <= 20; ++day) {
        diary.entries.push_back(checkIn({2026, 3, day, 8, 0}, day % 11));
    }
    std::get<SymptomCheck>(diary.entries[6].details).pain = 12;
    EXPECT_FALSE(store->importEntries(diary));
    EXPECT_EQ(store->lastError(), QStringLiteral("entry 7: pain must be 0 to 10, not 12"));
    EXPECT_EQ(store->diary().entries.size(), 1U);
    EXPECT_EQ(fileBytes(dbPath()), before);
}

// The database itself refuses the 150th entry (a trigger the test adds): the 149 before it,
// written in the same transaction, must go too.
TEST_F(DiaryStoreTest, AnImportThatFailsHalfWayIsRolledBackWhole) {
    {
        auto store = openStore();
        ASSERT_TRUE(store->add(injection({2026, 1, 1, 9, 0})));
    }
    {
        RawDatabase raw(dbPath());
        raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries WHEN NEW.note = "
                                "'refuse' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    }
    auto store = openStore();
    Diary diary;
    for (int i = 0; i < 200; ++i) {
        diary.entries.push_back(checkIn({2026, 3, 1 + i % 28, i % 24, 0}, i % 11));
    }
    diary.entries[149].note = "refuse";
    QSignalSpy changed(store.get(), &DiaryStore::changed);
    EXPECT_FALSE(store->importEntries(diary));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral("refused by the test")))
        << store->lastError().toStdString();
    EXPECT_TRUE(store->notice().contains(QStringLiteral("could not be saved")));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(store->diary().entries.size(), 1U);
    store.reset();
    EXPECT_EQ(openStore()->diary().entries.size(), 1U);
    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM symptom_ratings")).toInt(), 0);
}

TEST_F(DiaryStoreTest, AFileThatIsNotADatabaseIsSetAsideUnchangedAndTheDiaryStartsEmpty) {
    const QByteArray junk = "{\"format\": \"b12guide-diary\"} this is not SQLite at all, padded "
                            "so that SQLite reads a whole header .......................";
    auto store = expectSetAside(junk);

    // The diary goes on in a new file; the one set aside stays.
    ASSERT_TRUE(store->add(injection({2026, 1, 1, 9, 0}))) << store->lastError().toStdString();
    EXPECT_EQ(openStore()->diary().entries.size(), 1U);
    EXPECT_EQ(fileBytes(m_aside), junk);
}

TEST_F(DiaryStoreTest, AFileFailingTheIntegrityCheckIsSetAside) {
    {
        auto store = openStore();
        Diary diary;
        for (int i = 0; i < 2000; ++i) {
            diary.entries.push_back(checkIn({2025, 1 + i % 12, 1 + i % 28, i % 24, 0}, i % 11,
                                            "a note long enough to fill the pages"));
        }
        ASSERT_TRUE(store->importEntries(diary)) << store->lastError().toStdString();
    }
    QByteArray bytes = fileBytes(dbPath());
    ASSERT_GT(bytes.size(), 16 * 4096);
    // A run of pages in the middle overwritten, as a bad disk sector or a stray write would.
    for (qsizetype i = 8 * 4096; i < 12 * 4096; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    expectSetAside(bytes);
}

// An older layout: user_version 0, the entries table without the reference range and the
// ratings table missing. Opening brings it to the current schema and keeps every row.
TEST_F(DiaryStoreTest, AnOlderSchemaIsMigratedKeepingItsEntries) {
    ASSERT_TRUE(QDir().mkpath(folder()));
    {
        RawDatabase raw(dbPath());
        raw.exec(QStringLiteral(
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
            "pain INTEGER, form TEXT, dose TEXT, test TEXT, value REAL, unit TEXT, note TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO entries (at, kind, pain, note) VALUES "
                                "('2026-11-02T08:15', 'symptoms', 6, 'bad night')"));
        raw.exec(QStringLiteral("INSERT INTO entries (at, kind, test, value, unit) VALUES "
                                "('2026-11-04T08:30', 'blood_test', 'total_b12', 140, 'pmol/L')"));
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    {
        auto store = openStore();
        ASSERT_EQ(store->diary().entries.size(), 2U);
        EXPECT_EQ(store->diary().entries[0].symptomCheck()->pain, 6);
        EXPECT_EQ(store->diary().entries[0].note, "bad night");
        EXPECT_EQ(store->diary().entries[1].bloodTest()->value, 140);
        EXPECT_EQ(store->diary().entries[1].bloodTest()->referenceRange, "");
        // The new column and table are in use at once.
        ASSERT_TRUE(store->add(b12Test({2026, 12, 1, 9, 0}))) << store->lastError().toStdString();
        ASSERT_TRUE(store->add(checkIn({2026, 12, 2, 9, 0}, 2)));
    }
    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), DiaryStore::kSchemaVersion);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM symptom_ratings")).toInt(), 2);
    auto again = openStore();
    ASSERT_EQ(again->diary().entries.size(), 4U);
    EXPECT_EQ(again->diary().entries[2].bloodTest()->referenceRange, "145-569");
    EXPECT_EQ(again->diary().entries[3], [&] {
        DiaryEntry expected = checkIn({2026, 12, 2, 9, 0}, 2);
        expected.id = again->diary().entries[3].id;
        return expected;
    }());
}

TEST_F(DiaryStoreTest, ADiaryOfANewerVersionIsNeitherShownNorChanged) {
    ASSERT_TRUE(QDir().mkpath(folder()));
    {
        RawDatabase raw(dbPath());
        raw.exec(QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT, kind TEXT, "
                                "mood INTEGER)"));
        raw.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    const QByteArray before = fileBytes(dbPath());
    auto store = openStore(false);
    EXPECT_TRUE(store->notice().contains(QStringLiteral("newer version")))
        << store->notice().toStdString();
    EXPECT_FALSE(store->add(injection({2026, 1, 1, 9, 0})));
    EXPECT_FALSE(store->clear());
    EXPECT_EQ(fileBytes(dbPath()), before);
    EXPECT_TRUE(QDir(folder()).entryList({QStringLiteral("diary.corrupt-*")}).isEmpty());
}

TEST_F(DiaryStoreTest, OnlyThePersonCanReadTheDatabase) {
    auto store = openStore();
    ASSERT_TRUE(store->add(injection({2026, 1, 1, 9, 0})));
    EXPECT_EQ(modeOf(dbPath()), 0600U) << "diary.sqlite is readable by others";
    EXPECT_EQ(modeOf(folder()), 0700U) << "the data folder is open to others";
    store.reset();
    // A file opened up by someone is closed up again at the next start.
    ASSERT_TRUE(QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadGroup | QFile::ReadOther));
    auto again = openStore();
    EXPECT_EQ(modeOf(dbPath()), 0600U);
    const QString exported = m_dir.filePath(QStringLiteral("my-diary.json"));
    ASSERT_TRUE(again->exportTo(exported)) << again->lastError().toStdString();
    EXPECT_EQ(modeOf(exported), 0600U);
}

// A folder the person may not write to: the change is refused with a clear message and
// nothing saved before is lost.
TEST_F(DiaryStoreTest, AReadOnlyFolderRefusesTheChangeAndKeepsTheDiary) {
    auto store = openStore();
    ASSERT_TRUE(store->add(injection({2026, 1, 1, 9, 0})));
    ASSERT_TRUE(store->add(checkIn({2026, 1, 2, 9, 0}, 3)));
    // The person (nobody, for root) may pass through and read, not write.
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)));
    ASSERT_TRUE(QFile::setPermissions(dbPath(), QFileDevice::Permissions(0x6666)));
    ASSERT_TRUE(QFile::setPermissions(folder(), QFileDevice::Permissions(0x5555)));
    {
        const b12::testing::AsPersonWithoutRoot person;
        QSignalSpy noticed(store.get(), &DiaryStore::noticeChanged);
        EXPECT_FALSE(store->add(checkIn({2026, 1, 3, 9, 0}, 4)));
        EXPECT_TRUE(store->lastError().contains(QStringLiteral("could not be saved")))
            << store->lastError().toStdString();
        EXPECT_TRUE(
            store->lastError().contains(QStringLiteral("entries saved before it are kept")));
        EXPECT_EQ(noticed.count(), 1);
        EXPECT_EQ(store->diary().entries.size(), 2U);

        // A new diary cannot even be made there.
        const QString otherFolder = QDir(folder()).filePath(QStringLiteral("sub"));
        DiaryStore fresh(questionnaire(), otherFolder);
        EXPECT_TRUE(fresh.restore());
        EXPECT_FALSE(fresh.add(injection({2026, 1, 1, 9, 0})));
        EXPECT_TRUE(fresh.notice().contains(QStringLiteral("could not be saved")))
            << fresh.notice().toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(folder(), QFileDevice::Permissions(0x7700)));
    store.reset();
    EXPECT_EQ(openStore()->diary().entries.size(), 2U);
}

TEST_F(DiaryStoreTest, ExportingAndImportingGivesTheSameDiary) {
    auto store = openStore();
    ASSERT_TRUE(store->add(checkIn({2026, 11, 2, 8, 15}, 6, "bad night, \"very\"")));
    ASSERT_TRUE(store->add(injection({2026, 11, 3, 10, 0})));
    ASSERT_TRUE(store->add(b12Test({2026, 11, 4, 8, 30})));
    const QString json = m_dir.filePath(QStringLiteral("out/diary.json"));
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
    ASSERT_TRUE(store->exportTo(json)) << store->lastError().toStdString();
    const auto read = DiaryStore::readFile(json, store->symptomIds());
    ASSERT_TRUE(read.ok()) << read.error().toString();

    DiaryStore other(questionnaire(), m_dir.filePath(QStringLiteral("other")));
    ASSERT_TRUE(other.restore());
    ASSERT_TRUE(other.importEntries(read.value())) << other.lastError().toStdString();
    EXPECT_EQ(withoutIds(other.diary()), withoutIds(store->diary()));

    const QString csv = m_dir.filePath(QStringLiteral("out/diary.csv"));
    ASSERT_TRUE(store->exportTo(csv));
    EXPECT_TRUE(fileBytes(csv).startsWith("at,kind,pain,leg_burning,"));
    EXPECT_FALSE(store->exportTo(m_dir.filePath(QStringLiteral("out/diary.txt"))));
    EXPECT_TRUE(store->lastError().contains(QStringLiteral(".json or .csv")));
}

TEST_F(DiaryStoreTest, DeletingAllMyDataDeletesTheDiaryToo) {
    SavedData saved(folder(), ShippedData::kFolder);
    ASSERT_TRUE(saved.read()) << saved.errorMessage().toStdString();
    ASSERT_TRUE(saved.diary().add(injection({2026, 1, 1, 9, 0})));
    ASSERT_TRUE(saved.answers().setAnswer(QStringLiteral("leg_burning"), std::string("yes")));
    ASSERT_TRUE(QFile::exists(dbPath()));
    EXPECT_TRUE(saved.deleteAll().isEmpty());
    EXPECT_TRUE(saved.diary().diary().entries.empty());
    EXPECT_TRUE(files().isEmpty()) << files().join(QLatin1Char(' ')).toStdString();

    SavedData nextStart(folder(), ShippedData::kFolder);
    ASSERT_TRUE(nextStart.read());
    EXPECT_TRUE(nextStart.diary().diary().entries.empty());
}

TEST_F(DiaryStoreTest, StoresOnTwoFoldersWorkSideBySide) {
    auto first = openStore();
    DiaryStore second(questionnaire(), m_dir.filePath(QStringLiteral("second")));
    ASSERT_TRUE(second.restore());
    ASSERT_TRUE(first->add(injection({2026, 1, 1, 9, 0})));
    ASSERT_TRUE(second.add(injection({2026, 1, 2, 9, 0})));
    ASSERT_TRUE(second.add(injection({2026, 1, 3, 9, 0})));
    EXPECT_EQ(openStore()->diary().entries.size(), 1U);
    EXPECT_EQ(second.diary().entries.size(), 2U);
}
