// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/summarycli.h"

#include "app/chart/riskdatafile.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "app/data/questionnairelibrary.h"
#include "app/summary/summaryreport.h"
#include "core/questionnaire/answers.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace b12::app {

namespace {

constexpr int kUsageError = 1;
constexpr int kBadInput = 2;

// The texts of the command; a class gives lupdate their context.
class SummaryCli {
    Q_DECLARE_TR_FUNCTIONS(b12::app::SummaryCli)
};

int fail(const QString& message, int code) {
    QTextStream(stderr) << "b12guide: " << message << Qt::endl;
    return code;
}

// The answers file, or an error message that names it.
std::optional<core::Answers> readAnswers(const QString& path,
                                         const core::Questionnaire& questionnaire, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // One byte more than an answers file may hold is enough to report it as too large.
    const QByteArray bytes = file.read(static_cast<qint64>(core::kMaxAnswersBytes) + 1);
    auto parsed = core::parseAnswers(std::string_view(bytes.constData(), bytes.size()),
                                     questionnaire, path.toStdString());
    if (!parsed) {
        *error = QString::fromStdString(parsed.error().toString());
        return std::nullopt;
    }
    return std::move(parsed).value();
}

} // namespace

int runSummaryPdfCommand(int argc, char* argv[], const SummaryPdfCommand& command) {
    if (command.answersFile.isEmpty()) {
        return fail(SummaryCli::tr("--summary-pdf needs --answers FILE"), kUsageError);
    }
    std::optional<QPageSize::PageSizeId> paper;
    if (!command.paper.isEmpty()) {
        paper = paperFromId(command.paper);
        if (!paper) {
            return fail(SummaryCli::tr("unknown paper size \"%1\"; paper sizes: a4, letter")
                            .arg(command.paper),
                        kUsageError);
        }
    }
    // No display is needed: the pages are drawn off screen. Fonts come from fontconfig.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // A QApplication rather than a QGuiApplication: the chart is drawn by Qt Charts widgets.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B12_VERSION));
    Localization localization(nullptr);
    localization.apply(command.language);

    QuestionnaireLibrary questionnaire;
    if (!questionnaire.load()) {
        return fail(questionnaire.errorMessage(), kBadInput);
    }
    QString error;
    const auto answers = readAnswers(command.answersFile, questionnaire.questionnaire(), &error);
    if (!answers) {
        return fail(error, kBadInput);
    }
    const auto texts = loadSummaryTexts();
    if (!texts) {
        return fail(QString::fromStdString(texts.error().toString()), kBadInput);
    }
    std::optional<core::Result<core::RiskTable>> riskTable;
    if (command.chart) {
        riskTable = loadRiskTable();
        if (!riskTable->ok()) {
            return fail(QString::fromStdString(riskTable->error().toString()), kBadInput);
        }
    }

    SummaryRequest request;
    request.questionnaire = &questionnaire.questionnaire();
    request.answers = *answers;
    request.personal.name = command.name.toStdString();
    request.personal.notes = command.notes.toStdString();
    request.parts.chart = command.chart;
    request.language = localization.language();
    request.locale = localization.locale();
    request.createdAt = QDateTime::currentDateTime();
    const SummaryReport report(request, texts.value(), riskTable ? &riskTable->value() : nullptr);
    if (!report.writePdf(command.output, paper.value_or(defaultPaperSize(localization.locale())),
                         &error)) {
        return fail(error, kBadInput);
    }
    return 0;
}

} // namespace b12::app
