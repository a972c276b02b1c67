// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the person's saved files (answers.json, notes.json) damaged in every way
// tried, and a fixture that spoils one and checks that it was kept aside unchanged.

#include "tests/support/filebytes.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

namespace b12::testing {

inline const QByteArray kGoodAnswers =
    R"({"format": "b12guide-answers", "version": 1, "answers": {"leg_burning": "yes"}})";
inline const QByteArray kGoodNotes =
    R"({"format": "b12guide-notes", "version": 1, "name": "Anna"})";

// How to spoil a file, given the good one; an empty result makes a folder in its place.
struct BadInput {
    const char* name;
    QByteArray (*answers)();
    QByteArray (*notes)();
    bool unreadable = false; ///< The good file, with no read permission.
};

// gtest names a case by this, not by its bytes.
inline void PrintTo(const BadInput& input, std::ostream* out) {
    *out << input.name;
}

inline QByteArray folderInstead() {
    return {};
}

inline const BadInput kBadInputs[] = {
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

inline std::string badInputName(const ::testing::TestParamInfo<BadInput>& info) {
    return info.param.name;
}

class BadSavedFile : public ::testing::TestWithParam<BadInput> {
protected:
    void SetUp() override {
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

    QTemporaryDir m_dir;
};

} // namespace b12::testing
