// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The person's saved files (answers.json, notes.json) damaged in every way tried: the app
// starts with empty answers and notes, says so in plain words, keeps the bad file byte for
// byte under a dated name, and goes on saving. Each case prints what the person is told;
// docs/reliability.md lists them.
#include "app/data/answersstore.h"
#include "app/data/personalnotesstore.h"
#include "app/data/questionnairelibrary.h"
#include "tests/app/filebytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <ostream>
#include <string>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace b12::app;
using b12::testing::fileBytes;

namespace {

const QByteArray kGoodAnswers =
    R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "yes"}})";
const QByteArray kGoodNotes = R"({"format": "b12guide-notes", "version": 1, "name": "Anna"})";

// How to spoil a file, given the good one; an empty result makes a folder in its place.
struct BadInput {
    const char* name;
    QByteArray (*answers)();
    QByteArray (*notes)();
    bool unreadable = false; ///< The good file, with no read permission.
};

// gtest names a case by this, not by its bytes.
void PrintTo(const BadInput& input, std::ostream* out) {
    *out << input.name;
}

QByteArray folderInstead() {
    return {};
}

const BadInput kBadInputs[] = {
    {"Truncated", [] { return kGoodAnswers.left(40); }, [] { return kGoodNotes.left(30); }},
    {"Empty", [] { return QByteArray(""); }, [] { return QByteArray(" \n"); }},
    {"NotUtf8", [] { return QByteArray(kGoodAnswers).replace("yes", "y\xff"); },
     [] { return QByteArray(kGoodNotes).replace("Anna", "Ann\xe4"); }},
    {"WrongTypes", [] { return QByteArray(kGoodAnswers).replace("\"yes\"", "[5]"); },
     [] { return QByteArray(kGoodNotes).replace("\"Anna\"", "5"); }},
    {"UnknownIds", [] { return QByteArray(kGoodAnswers).replace("leg_burning", "leg_burnin"); },
     [] { return QByteArray(kGoodNotes).replace("b12guide-notes", "b12guide-note"); }},
    {"DeeplyNested",
     [] {
         return QByteArray(kGoodAnswers)
             .replace("\"yes\"", QByteArray(100000, '[') + QByteArray(100000, ']'));
     },
     [] {
         return QByteArray(kGoodNotes)
             .replace("\"Anna\"", QByteArray(100000, '[') + QByteArray(100000, ']'));
     }},
    {"VeryLarge", [] { return kGoodAnswers + QByteArray(2 * 1024 * 1024, ' '); },
     [] { return kGoodNotes + QByteArray(2 * 1024 * 1024, ' '); }},
    {"DuplicatedKeys",
     [] { return QByteArray(kGoodAnswers).replace("}}", ", \"leg_burning\": \"no\"}}"); },
     [] { return QByteArray(kGoodNotes).replace("}", ", \"name\": \"Bert\"}"); }},
    {"AFolderInstead", folderInstead, folderInstead},
    {"NoReadPermission", [] { return kGoodAnswers; }, [] { return kGoodNotes; }, true},
};

// Root reads any file: for the unreadable case, file access runs as nobody (the file system
// uid alone, this thread only) while the store reads, as it would for the person.
class AsPersonWithoutRoot {
public:
    explicit AsPersonWithoutRoot(bool needed)
        : m_active(needed && ::geteuid() == 0) {
        if (m_active) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
    }
    ~AsPersonWithoutRoot() {
        if (m_active) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
    AsPersonWithoutRoot(const AsPersonWithoutRoot&) = delete;
    AsPersonWithoutRoot& operator=(const AsPersonWithoutRoot&) = delete;

private:
    bool m_active;
};

class BadSavedFile : public ::testing::TestWithParam<BadInput> {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        ASSERT_TRUE(QDir().mkpath(folder()));
        // The unreadable case runs as nobody: the data folder is theirs to change, as a
        // person's own folder is to them.
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)));
        ASSERT_TRUE(QFile::setPermissions(folder(), QFileDevice::Permissions(0x7777)));
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString path(const char* name) const { return QDir(folder()).filePath(QLatin1String(name)); }

    // Writes the bad file, or makes a folder in its place when `bytes` is null.
    void spoil(const QString& file, const QByteArray& bytes) const {
        if (bytes.isNull()) {
            ASSERT_TRUE(QDir().mkpath(file));
            return;
        }
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_EQ(out.write(bytes), bytes.size());
        out.close();
        if (GetParam().unreadable) {
            ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::Permissions()));
        }
    }

    // The one entry beside the new files whose name starts with `prefix`, which must hold
    // `bytes` unchanged (or be a folder, for a folder).
    void expectKeptAside(const QString& prefix, const QByteArray& bytes, const QString& notice) {
        const QStringList aside =
            QDir(folder()).entryList({prefix + QStringLiteral("*")}, QDir::AllEntries);
        ASSERT_EQ(aside.size(), 1) << "the bad file was not kept, or kept twice";
        const QString kept = QDir(folder()).filePath(aside.first());
        EXPECT_TRUE(notice.contains(QDir::toNativeSeparators(kept))) << "the notice says where";
        if (bytes.isNull()) {
            EXPECT_TRUE(QFileInfo(kept).isDir());
        } else {
            EXPECT_EQ(fileBytes(kept), bytes) << "the kept file was changed";
        }
    }

    QuestionnaireLibrary m_library;
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(BadSavedFile, AnswersStartEmptyAndTheFileIsKeptAside) {
    const QByteArray bytes = GetParam().answers();
    spoil(path("answers.json"), bytes);
    AnswersStore store(m_library.questionnaire(), folder());
    {
        const AsPersonWithoutRoot person(GetParam().unreadable);
        EXPECT_FALSE(store.restore());
        // It goes on: a new answer is saved in a new file.
        EXPECT_TRUE(store.setAnswer(QStringLiteral("tiredness"), std::string("yes")));
    }
    EXPECT_TRUE(store.answers().is("tiredness", "yes"));
    EXPECT_EQ(store.answers().size(), 1U);
    const QString notice = store.notice();
    EXPECT_TRUE(notice.contains(QStringLiteral("could not be read"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("starts empty"))) << notice.toStdString();
    expectKeptAside(QStringLiteral("answers.corrupt-"), bytes, notice);
    EXPECT_TRUE(fileBytes(path("answers.json")).contains("tiredness"));
    std::cout << "answers.json, " << GetParam().name << ": "
              << QString(notice).replace(QLatin1Char('\n'), QLatin1Char(' ')).toStdString() << '\n';
}

TEST_P(BadSavedFile, NotesStartEmptyAndTheFileIsKeptAside) {
    const QByteArray bytes = GetParam().notes();
    spoil(path("notes.json"), bytes);
    PersonalNotesStore store(folder());
    {
        const AsPersonWithoutRoot person(GetParam().unreadable);
        EXPECT_FALSE(store.restore());
        EXPECT_TRUE(store.setNotes({"Bert", "", "", ""}));
    }
    const QString notice = store.notice();
    EXPECT_TRUE(notice.contains(QStringLiteral("could not be read"))) << notice.toStdString();
    expectKeptAside(QStringLiteral("notes.unreadable-"), bytes, notice);
    EXPECT_TRUE(fileBytes(path("notes.json")).contains("Bert"));
    std::cout << "notes.json, " << GetParam().name << ": "
              << QString(notice).replace(QLatin1Char('\n'), QLatin1Char(' ')).toStdString() << '\n';
}

INSTANTIATE_TEST_SUITE_P(Reliability, BadSavedFile, ::testing::ValuesIn(kBadInputs),
                         [](const ::testing::TestParamInfo<BadInput>& info) {
                             return std::string(info.param.name);
                         });
