// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/personalnotesstore.h"
#include "tests/support/asperson.h"
#include "tests/support/filebytes.h"
#include "tests/support/savedfilefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace b12::app;
using b12::testing::fileBytes;

namespace {

class PersonalNotesStoreTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString inFolder(const QString& name) const { return QDir(folder()).filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PersonalNotesStoreTest, NotesAreKeptWithTheAnswersAndAnUnreadableFileIsSetAside) {
    {
        PersonalNotesStore store(folder());
        EXPECT_TRUE(store.restore());
        EXPECT_TRUE(store.setNotes({"Ada", "1950", "Notes", "Metformin"}));
    }
    PersonalNotesStore again(folder());
    EXPECT_TRUE(again.restore());
    EXPECT_EQ(again.notes().medicines, "Metformin");

    QFile broken(again.filePath());
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    PersonalNotesStore third(folder());
    EXPECT_FALSE(third.restore());
    EXPECT_TRUE(third.notice().contains(QStringLiteral("could not be read")));
    EXPECT_EQ(QDir(folder()).entryList({QStringLiteral("notes.unreadable-*.json")}).size(), 1);
    EXPECT_TRUE(third.notes().notes.empty());
}

TEST_F(PersonalNotesStoreTest, AnUnreadableFileNeverTakesTheNameOfOneSetAsideBefore) {
    // Files set aside earlier under every name this second (and the next two) could give.
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QDateTime now = QDateTime::currentDateTime();
    QStringList earlier;
    for (int second = 0; second < 3; ++second) {
        const QString stamp = now.addSecs(second).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        earlier << QStringLiteral("notes.unreadable-%1.json").arg(stamp);
        QFile file(inFolder(earlier.last()));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("earlier");
    }
    QFile broken(inFolder(QStringLiteral("notes.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();

    PersonalNotesStore store(folder());
    EXPECT_FALSE(store.restore());
    for (const QString& name : earlier) {
        EXPECT_EQ(fileBytes(inFolder(name)), QByteArray("earlier")) << name.toStdString();
    }
    const QStringList aside =
        QDir(folder()).entryList({QStringLiteral("notes.unreadable-*-2.json")});
    ASSERT_EQ(aside.size(), 1) << "the new one is numbered";
    EXPECT_EQ(fileBytes(inFolder(aside.first())), QByteArray("{ not json"));
    EXPECT_TRUE(store.notice().contains(QDir::toNativeSeparators(inFolder(aside.first()))))
        << store.notice().toStdString();
}

TEST_F(PersonalNotesStoreTest, ClearIsFalseWhileAnUnreadableFileCouldNotBeSetAside) {
    const b12::testing::LockedFolder locked(m_dir, folder(), QStringLiteral("notes.json"),
                                            "{ not json");
    const b12::testing::AsPersonWithoutRoot person;
    PersonalNotesStore store(folder());
    QSignalSpy cleared(&store, &PersonalNotesStore::cleared);
    EXPECT_FALSE(store.restore());
    EXPECT_TRUE(store.notice().contains(QStringLiteral("is not saved")))
        << store.notice().toStdString();
    EXPECT_FALSE(store.setNotes({"Bert", "", "", ""}));

    EXPECT_FALSE(store.clear()) << "the unreadable file is still there";
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_TRUE(store.notes().name.empty());
    EXPECT_TRUE(store.notice().contains(QDir::toNativeSeparators(store.filePath())));
    EXPECT_EQ(fileBytes(store.filePath()), QByteArray("{ not json"));
}
