// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// notes.json damaged in every way tried (tests/support/badsavedfile.h): the summary form
// starts empty, says so in plain words, keeps the bad file byte for byte under a dated name,
// and goes on saving. Each case prints what the person is told; docs/reliability.md lists
// them.
#include "app/data/personalnotesstore.h"
#include "tests/support/asperson.h"
#include "tests/support/badsavedfile.h"
#include "tests/support/filebytes.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>

using namespace b12::app;
using b12::testing::AsPersonWithoutRoot;
using b12::testing::fileBytes;

namespace {

class BadNotesFile : public b12::testing::BadSavedFile {};

} // namespace

TEST_P(BadNotesFile, NotesStartEmptyAndTheFileIsKeptAside) {
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

INSTANTIATE_TEST_SUITE_P(Reliability, BadNotesFile, ::testing::ValuesIn(b12::testing::kBadInputs),
                         b12::testing::badInputName);
