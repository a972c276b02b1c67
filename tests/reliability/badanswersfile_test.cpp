// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// answers.json damaged in every way tried (tests/support/badsavedfile.h): the app starts
// with empty answers, says so in plain words, keeps the bad file byte for byte under a dated
// name, and goes on saving. Each case prints what the person is told; docs/reliability.md
// lists them.
#include "app/data/answersstore.h"
#include "app/data/questionnairelibrary.h"
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

class BadAnswersFile : public b12::testing::BadSavedFile {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        BadSavedFile::SetUp();
    }

    QuestionnaireLibrary m_library;
};

} // namespace

TEST_P(BadAnswersFile, AnswersStartEmptyAndTheFileIsKeptAside) {
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

INSTANTIATE_TEST_SUITE_P(Reliability, BadAnswersFile, ::testing::ValuesIn(b12::testing::kBadInputs),
                         b12::testing::badInputName);
