// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Saves answers through AnswersStore without end, each change a whole new file, until it is
// killed: the other half of AnswersFile.KilledWhileSavingLeavesTheOldOrTheNewFile.
//   answers_writer FOLDER START
// Prints "saving" once the first answer is saved, then keeps changing every answer; START
// makes each run's files differ from every other run's.
#include "app/data/answersstore.h"
#include "app/data/questionnairelibrary.h"

#include <QCoreApplication>

#include <array>
#include <cstdio>
#include <string>

using b12::core::AnswerType;

int main(int argc, char* argv[]) {
    const QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: answers_writer FOLDER START\n", stderr);
        return 2;
    }
    b12::app::QuestionnaireLibrary library;
    if (!library.load()) {
        std::fputs(qPrintable(library.errorMessage()), stderr);
        return 1;
    }
    const b12::core::Questionnaire& questionnaire = library.questionnaire();
    b12::app::AnswersStore store(questionnaire, QString::fromLocal8Bit(argv[1]));
    store.restore();
    constexpr std::array<const char*, 3> kYesNo{"yes", "no", "unsure"};
    const unsigned start = QString::fromLocal8Bit(argv[2]).toUInt();
    for (unsigned round = start;; ++round) {
        unsigned i = 0;
        for (const b12::core::Question& question : questionnaire.questions) {
            const unsigned pick = round + i++;
            const QString id = QString::fromStdString(question.id);
            switch (question.type) {
            case AnswerType::YesNoUnsure:
                store.setAnswer(id, std::string(kYesNo.at(pick % kYesNo.size())));
                break;
            case AnswerType::Scale0To10:
                store.setAnswer(id, static_cast<int>(pick % 11));
                break;
            case AnswerType::Choice:
            case AnswerType::Duration:
                store.setAnswer(id, question.options.at(pick % question.options.size()).id);
                break;
            }
            if (round == start && i == 1) {
                std::puts("saving");
                std::fflush(stdout);
            }
        }
        if (!store.notice().isEmpty()) {
            std::fputs(qPrintable(store.notice()), stderr);
            return 1;
        }
    }
}
