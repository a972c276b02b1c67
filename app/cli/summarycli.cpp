// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/summarycli.h"

#include "app/cli/commandline.h"
#include "app/data/answersstore.h"
#include "app/data/calendardate.h"
#include "app/data/coreproblems.h"
#include "app/data/diarystore.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "app/data/questionnairelibrary.h"
#include "app/data/shippeddata.h"
#include "app/summary/summaryreport.h"
#include "core/diary/diarystats.h"

#include <QApplication>

#include <optional>

namespace b12::app {

namespace {

// The texts of the command; a class gives lupdate their context.
class SummaryCli {
    Q_DECLARE_TR_FUNCTIONS(b12::app::SummaryCli)
};

// The number of --diary-weeks, 0 without the option; nothing when it is not 1 to the most.
std::optional<int> diaryWeeks(const QString& value) {
    if (value.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const int weeks = value.toInt(&ok);
    return ok && weeks >= 1 && weeks <= core::kMaxSummaryWeeks ? std::optional(weeks)
                                                               : std::nullopt;
}

// The saved diary's last `weeks` in `request`; false, having said why, when it is unusable.
bool addDiary(const core::Questionnaire& questionnaire, const QString& folder, int weeks,
              SummaryRequest& request) {
    DiaryStore store(questionnaire, folder);
    if (!store.restore()) {
        printError(store.notice(), kBadInput);
        return false;
    }
    request.diary = core::summarizeDiary(store.diary(), today(), weeks);
    return true;
}

} // namespace

int runSummaryPdfCommand(int argc, char* argv[], const SummaryPdfCommand& command) {
    if (command.answersFile.isEmpty()) {
        return printError(SummaryCli::tr("--summary-pdf needs --answers FILE"), kUsageError);
    }
    const auto weeks = diaryWeeks(command.diaryWeeks);
    if (!weeks) {
        return printError(SummaryCli::tr("--diary-weeks needs a number of weeks from 1 to %1")
                              .arg(core::kMaxSummaryWeeks),
                          kUsageError);
    }
    std::optional<QPageSize::PageSizeId> paper;
    if (!command.paper.isEmpty()) {
        paper = paperFromId(command.paper);
        if (!paper) {
            return printError(SummaryCli::tr("unknown paper size \"%1\"; paper sizes: a4, letter")
                                  .arg(command.paper),
                              kUsageError);
        }
    }
    // No display is needed: the pages are drawn off screen. Fonts come from fontconfig.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // A QApplication rather than a QGuiApplication: the printed chart is drawn by widgets.
    QApplication app(argc, argv);
    setApplicationInfo();
    Localization localization(nullptr);
    localization.apply(command.language);

    QuestionnaireLibrary questionnaire;
    if (!questionnaire.load()) {
        return printError(questionnaire.errorMessage(), kBadInput);
    }
    const auto answers = AnswersStore::readFile(command.answersFile, questionnaire.questionnaire());
    if (!answers) {
        return printError(coreProblemText(answers.error().toString()), kBadInput);
    }
    ShippedData shipped;
    const auto& texts = shipped.summaryTexts();
    if (!texts) {
        return printError(QString::fromStdString(texts.error().toString()), kBadInput);
    }
    const auto& riskTable = shipped.riskTable();
    if (command.chart && !riskTable) {
        return printError(QString::fromStdString(riskTable.error().toString()), kBadInput);
    }

    SummaryRequest request;
    if (*weeks > 0 && !addDiary(questionnaire.questionnaire(), command.folder, *weeks, request)) {
        return kBadInput;
    }
    request.questionnaire = &questionnaire.questionnaire();
    request.answers = answers.value();
    request.personal.name = command.name.toStdString();
    request.personal.notes = command.notes.toStdString();
    request.parts.chart = command.chart;
    request.language = localization.language();
    request.locale = localization.locale();
    request.createdAt = QDateTime::currentDateTime();
    const SummaryReport report(request, texts.value(),
                               command.chart ? &riskTable.value() : nullptr);
    QString error;
    if (!report.writePdf(command.output, paper.value_or(defaultPaperSize(localization.locale())),
                         &error)) {
        return printError(error, kBadInput);
    }
    return 0;
}

} // namespace b12::app
