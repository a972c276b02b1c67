// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diarycommands.h"

#include "app/cli/commandline.h"
#include "app/data/calendardate.h"
#include "app/data/coreproblems.h"
#include "app/data/diarystore.h"
#include "app/data/questionnairelibrary.h"
#include "core/diary/diarystats.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>

namespace b12::app {

namespace {

// The texts of the commands; a class gives lupdate their context.
class DiaryCli {
    Q_DECLARE_TR_FUNCTIONS(b12::app::DiaryCli)
};

constexpr int kDefaultWeeks = 12;

// The usage problem of `command`, or an empty text.
QString usageProblem(const DiaryCommand& command, int* weeks) {
    const int actions = int(!command.importFile.isEmpty()) + int(!command.exportFile.isEmpty()) +
                        int(command.summary);
    if (actions != 1) {
        return actions == 0 ? DiaryCli::tr("--weeks needs --diary-summary")
                            : DiaryCli::tr("give only one of --diary-import, --diary-export and "
                                           "--diary-summary");
    }
    if (!command.weeks.isEmpty()) {
        bool number = false;
        *weeks = command.weeks.toInt(&number);
        if (!command.summary) {
            return DiaryCli::tr("--weeks needs --diary-summary");
        }
        if (!number || *weeks < 1 || *weeks > core::kMaxSummaryWeeks) {
            return DiaryCli::tr("--weeks must be a whole number from 1 to %1, not \"%2\"")
                .arg(core::kMaxSummaryWeeks)
                .arg(command.weeks);
        }
    }
    const QString suffix = QFileInfo(command.exportFile).suffix().toLower();
    if (!command.exportFile.isEmpty() && suffix != QLatin1String("json") &&
        suffix != QLatin1String("csv")) {
        return DiaryCli::tr("the file of --diary-export must end in .json or .csv: %1")
            .arg(command.exportFile);
    }
    return {};
}

} // namespace

int runDiaryCommand(const DiaryCommand& command) {
    int weeks = kDefaultWeeks;
    if (const QString problem = usageProblem(command, &weeks); !problem.isEmpty()) {
        return printError(problem, kUsageError);
    }
    QuestionnaireLibrary questionnaire;
    if (!questionnaire.load()) {
        return printError(questionnaire.errorMessage(), kBadInput);
    }
    core::Diary imported;
    if (!command.importFile.isEmpty()) {
        // The whole file is read and checked before the diary is touched.
        auto parsed = DiaryStore::readFile(command.importFile,
                                           DiaryStore::symptomIds(questionnaire.questionnaire()));
        if (!parsed) {
            return printError(coreProblemText(parsed.error().toString()), kBadInput);
        }
        imported = std::move(parsed).value();
    }
    DiaryStore store(questionnaire.questionnaire(), command.folder);
    if (!store.restore()) {
        return printError(store.notice(), kBadInput);
    }
    if (!command.importFile.isEmpty()) {
        if (!store.importEntries(imported)) {
            return printError(store.lastError(), kBadInput);
        }
        printBytes(DiaryCli::tr("%1 entries added to the diary; it now holds %2.")
                       .arg(imported.entries.size())
                       .arg(store.diary().entries.size())
                       .toStdString() +
                   '\n');
        return 0;
    }
    if (!command.exportFile.isEmpty()) {
        return store.exportTo(command.exportFile) ? 0 : printError(store.lastError(), kBadInput);
    }
    printBytes(core::diarySummaryJson(core::summarizeDiary(store.diary(), today(), weeks)));
    return 0;
}

} // namespace b12::app
