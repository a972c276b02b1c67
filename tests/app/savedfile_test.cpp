// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/savedfile.h"
#include "tests/support/filebytes.h"
#include "tests/support/savedfilefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace b12::app;
using b12::testing::fileBytes;
using b12::testing::writeLeftover;

namespace {

QString words(const QString& what, const QString& first, const QString& second) {
    return QStringLiteral("%1: %2 / %3").arg(what, first, second);
}

class SavedFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(folder()));
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString inFolder(const QString& name) const { return QDir(folder()).filePath(name); }
    std::unique_ptr<SavedFile> file() const {
        SavedFile::Wording wording;
        wording.setAside = [](const QString& a, const QString& b) {
            return words(QStringLiteral("aside"), a, b);
        };
        wording.notSetAside = [](const QString& a, const QString& b) {
            return words(QStringLiteral("blocked"), a, b);
        };
        wording.notSaved = [](const QString& a, const QString& b) {
            return words(QStringLiteral("unsaved"), a, b);
        };
        wording.notDeleted = [](const QString& a, const QString& b) {
            return words(QStringLiteral("undeleted"), a, b);
        };
        return std::make_unique<SavedFile>(folder(), QStringLiteral("things.json"),
                                           QStringLiteral("corrupt"), 100, wording);
    }
    static QString accept(const QByteArray& /*bytes*/) { return {}; }
    QStringList filesInFolder() const {
        return QDir(folder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SavedFileTest, RestoreRemovesLeftoverCopiesOlderThanAMinuteOnly) {
    writeLeftover(inFolder(QStringLiteral("things.json.aB3dE6")), "old copy", 90);
    writeLeftover(inFolder(QStringLiteral("things.json.Fg7hI9")), "fresh copy", 10);
    // Not QSaveFile's: another file's copy, and names of another length.
    writeLeftover(inFolder(QStringLiteral("other.json.aB3dE6")), "other", 90);
    writeLeftover(inFolder(QStringLiteral("things.json.aB3dE")), "short", 90);
    writeLeftover(inFolder(QStringLiteral("things.json.aB3dE6x")), "long", 90);

    const auto saved = file();
    EXPECT_TRUE(saved->restore(accept)) << "no file is not a problem";
    EXPECT_EQ(
        filesInFolder(),
        (QStringList{QStringLiteral("other.json.aB3dE6"), QStringLiteral("things.json.Fg7hI9"),
                     QStringLiteral("things.json.aB3dE"), QStringLiteral("things.json.aB3dE6x")}));
    EXPECT_TRUE(saved->notice().isEmpty()) << saved->notice().toStdString();
}

TEST_F(SavedFileTest, ClearRemovesTheFileAndLeftoverCopiesOlderThanAMinuteOnly) {
    const auto saved = file();
    EXPECT_TRUE(saved->restore(accept));
    ASSERT_TRUE(saved->save("{}"));
    writeLeftover(inFolder(QStringLiteral("things.json.aB3dE6")), "old copy", 3600);
    writeLeftover(inFolder(QStringLiteral("things.json.Fg7hI9")), "fresh copy", 0);

    EXPECT_TRUE(saved->clear()) << saved->error().toStdString();
    EXPECT_EQ(filesInFolder(), QStringList{QStringLiteral("things.json.Fg7hI9")});
    EXPECT_TRUE(saved->error().isEmpty());
}

TEST_F(SavedFileTest, AnUnreadableFileIsSetAsideAndTheReaderSaysWhy) {
    ASSERT_TRUE(file()->save("bad"));
    const auto saved = file();
    QSignalSpy noticed(saved.get(), &SavedFile::noticeChanged);
    EXPECT_FALSE(saved->restore([](const QByteArray& bytes) {
        return bytes == "bad" ? QStringLiteral("it says bad") : QString();
    }));
    EXPECT_EQ(noticed.count(), 1);
    const QStringList files = filesInFolder();
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().startsWith(QStringLiteral("things.corrupt-")))
        << files.first().toStdString();
    EXPECT_EQ(saved->notice(), words(QStringLiteral("aside"), QStringLiteral("it says bad"),
                                     QDir::toNativeSeparators(inFolder(files.first()))));
    EXPECT_FALSE(saved->savingBlocked());
    EXPECT_TRUE(saved->save("good"));
    EXPECT_EQ(fileBytes(saved->filePath()), QByteArray("good"));
}

TEST_F(SavedFileTest, AFailedSaveIsInTheNoticeInTheStoresWords) {
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    {
        QFile notAFolder(blocked);
        ASSERT_TRUE(notAFolder.open(QIODevice::WriteOnly));
    }
    SavedFile::Wording wording;
    wording.notSaved = [](const QString& a, const QString& b) {
        return words(QStringLiteral("unsaved"), a, b);
    };
    SavedFile saved(blocked, QStringLiteral("things.json"), QStringLiteral("corrupt"), 100,
                    wording);
    EXPECT_FALSE(saved.save("{}"));
    EXPECT_TRUE(saved.error().startsWith(QStringLiteral("unsaved: ")))
        << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(QStringLiteral("could not be made")));
    EXPECT_EQ(saved.notice(), saved.error());
}
