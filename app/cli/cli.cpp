// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/commandline.h"
#include "app/cli/diarycommands.h"
#include "app/cli/qtoptions.h"
#include "app/cli/summarycli.h"
#include "app/data/answersstore.h"
#include "app/data/contentlibrary.h"
#include "app/data/coreproblems.h"
#include "app/data/localization.h"
#include "app/data/questionnairelibrary.h"
#include "app/shell/application.h"
#include "core/questionnaire/assessment.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace b12::app {

namespace {

// The command line's texts. A class of their own gives lupdate the context that
// QCoreApplication::translate() looks up at run time.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(b12::app::Cli)
};

struct Options {
    QCommandLineOption section{QStringLiteral("section"),
                               Cli::tr("Open the article at the section with this id."),
                               Cli::tr("id")};
    QCommandLineOption page{
        QStringLiteral("page"),
        Cli::tr("Open the window on this page: article, questionnaire, chart, summary, diary."),
        Cli::tr("page")};
    QCommandLineOption listSections{
        QStringLiteral("list-sections"),
        Cli::tr("Print each section as id<TAB>title<TAB>reviewed date, then exit.")};
    QCommandLineOption listGlossary{
        QStringLiteral("list-glossary"),
        Cli::tr("Print the glossary as JSON in the chosen language, then exit.")};
    QCommandLineOption listQuestions{
        QStringLiteral("list-questions"),
        Cli::tr("Print the questionnaire as JSON in the chosen language, then exit.")};
    QCommandLineOption assess{
        QStringLiteral("assess"),
        Cli::tr("Read an answers file (see docs/answers-format.md), print the result as JSON, "
                "then exit."),
        Cli::tr("file")};
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        Cli::tr("Show the window and quit once it has been painted (measures start-up).")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        Cli::tr("Use this language for this run: %1 (otherwise the one last chosen in the "
                "window, or the system's).")
            .arg(Localization::languageCodes().join(QStringLiteral(", "))),
        Cli::tr("code")};
    QCommandLineOption summaryPdf{
        QStringLiteral("summary-pdf"),
        Cli::tr("Write the summary for a doctor visit as a PDF file, then exit (needs "
                "--answers; no display needed)."),
        Cli::tr("file")};
    QCommandLineOption answers{QStringLiteral("answers"),
                               Cli::tr("The answers file the summary is made from."),
                               Cli::tr("file")};
    QCommandLineOption paper{QStringLiteral("paper"),
                             Cli::tr("Paper size of the summary: a4 or letter (otherwise the "
                                     "locale's)."),
                             Cli::tr("size")};
    QCommandLineOption name{QStringLiteral("name"),
                            Cli::tr("A name to print on the summary (optional)."), Cli::tr("text")};
    QCommandLineOption notes{QStringLiteral("notes"),
                             Cli::tr("Notes to print on the summary (optional)."), Cli::tr("text")};
    QCommandLineOption chart{QStringLiteral("chart"),
                             Cli::tr("Include the chart of low B12 by age in the summary.")};
    QCommandLineOption diaryWeeks{QStringLiteral("diary-weeks"),
                                  Cli::tr("Include the diary's last weeks in the summary, this "
                                          "one included."),
                                  Cli::tr("n")};
    QCommandLineOption diaryImport{
        QStringLiteral("diary-import"),
        Cli::tr("Add every entry of a diary file (see docs/diary-format.md) to the diary, all "
                "or nothing, then exit."),
        Cli::tr("file")};
    QCommandLineOption diaryExport{
        QStringLiteral("diary-export"),
        Cli::tr("Write the whole diary to a file ending in .json (a diary file) or .csv, "
                "then exit."),
        Cli::tr("file")};
    QCommandLineOption diarySummary{
        QStringLiteral("diary-summary"),
        Cli::tr("Print the diary's last weeks as JSON (see --weeks), then exit.")};
    QCommandLineOption weeks{QStringLiteral("weeks"),
                             Cli::tr("The weeks --diary-summary covers, this one included "
                                     "(default 12)."),
                             Cli::tr("n")};
};

QStringList argumentsOf(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// The --lang value as typed, before the parser runs: --help is printed in that language.
QString requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) &&
            i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")}) {
            if (argument.startsWith(prefix)) {
                return argument.mid(prefix.size());
            }
        }
    }
    return {};
}

// --lang when it names a language the app has, else the one last chosen, else the system's.
QString startLanguage(const QStringList& arguments) {
    QString requested = requestedLanguage(arguments);
    if (Localization::isAvailable(requested)) {
        return requested;
    }
    QSettings settings;
    return Localization(&settings).startLanguage();
}

// Commands that print and exit need no display: they run before any GUI object exists.
int listSections(const ContentLibrary& content) {
    QTextStream out(stdout);
    for (const core::Section& section : content.article().sections) {
        out << QString::fromStdString(section.id) << '\t' << QString::fromStdString(section.title)
            << '\t' << QString::fromStdString(section.reviewed) << '\n';
    }
    return 0;
}

int listQuestions(const core::Questionnaire& questionnaire, const QString& language) {
    printBytes(core::questionsToJson(questionnaire, language.toStdString()));
    return 0;
}

// Reads the file without changing it, whatever it holds.
int assessFile(const core::Questionnaire& questionnaire, const QString& path,
               const QString& language) {
    const auto answers = AnswersStore::readFile(path, questionnaire);
    if (!answers) {
        return printError(coreProblemText(answers.error().toString()), kBadInput);
    }
    printBytes(core::assessmentToJson(core::assess(questionnaire, answers.value()),
                                      language.toStdString()));
    return 0;
}

} // namespace

int run(int argc, char* argv[]) {
    // The parser needs an application object for --help and --version; a core one is
    // enough and needs no display.
    auto coreApp = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();
    const QStringList arguments = argumentsOf(argc, argv);
    auto localization = std::make_unique<Localization>(nullptr);
    localization->apply(startLanguage(arguments));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("B12 Guide: learn about vitamin B12 deficiency and leg pain, check your "
                "symptoms and prepare a doctor visit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({options.section, options.page, options.listSections, options.listGlossary,
                       options.quitAfterFirstPaint, options.lang, options.listQuestions,
                       options.assess, options.summaryPdf, options.answers, options.paper,
                       options.name, options.notes, options.chart, options.diaryWeeks,
                       options.diaryImport, options.diaryExport, options.diarySummary,
                       options.weeks});
    // prints and exits on --help, --version, errors; Qt's own options are QApplication's
    parser.process(withoutQtOptions(arguments));
    if (parser.isSet(options.lang) && !Localization::isAvailable(parser.value(options.lang))) {
        return printError(Cli::tr("unknown language \"%1\"; languages: %2")
                              .arg(parser.value(options.lang),
                                   Localization::languageCodes().join(QStringLiteral(", "))),
                          kUsageError);
    }
    const QString language = localization->language();

    if (parser.isSet(options.listSections) || parser.isSet(options.listGlossary)) {
        ContentLibrary content;
        if (!content.load(language)) {
            return printError(content.errorMessage(), kBadInput);
        }
        if (parser.isSet(options.listSections)) {
            return listSections(content);
        }
        if (!content.glossaryProblem().isEmpty()) {
            return printError(content.glossaryProblem(), kBadInput);
        }
        printBytes(core::glossaryToJson(content.glossary(), language.toStdString()));
        return 0;
    }
    if (parser.isSet(options.listQuestions) || parser.isSet(options.assess)) {
        QuestionnaireLibrary questionnaire;
        if (!questionnaire.load()) {
            return printError(questionnaire.errorMessage(), kBadInput);
        }
        return parser.isSet(options.assess)
                   ? assessFile(questionnaire.questionnaire(), parser.value(options.assess),
                                language)
                   : listQuestions(questionnaire.questionnaire(), language);
    }
    if (parser.isSet(options.diaryImport) || parser.isSet(options.diaryExport) ||
        parser.isSet(options.diarySummary) || parser.isSet(options.weeks)) {
        return runDiaryCommand({parser.value(options.diaryImport),
                                parser.value(options.diaryExport),
                                parser.isSet(options.diarySummary), parser.value(options.weeks),
                                AnswersStore::defaultFolder()});
    }
    localization.reset(); // its translators belong to the application object that goes now
    coreApp.reset();
    if (parser.isSet(options.summaryPdf)) {
        return runSummaryPdfCommand(
            argc, argv,
            {parser.value(options.summaryPdf), parser.value(options.answers),
             parser.value(options.paper), parser.value(options.name), parser.value(options.notes),
             language, parser.isSet(options.chart), parser.value(options.diaryWeeks),
             AnswersStore::defaultFolder()});
    }
    const WindowStart start{language, parser.value(options.page), parser.value(options.section),
                            parser.isSet(options.quitAfterFirstPaint)};
    return runApplication(argc, argv, start,
                          [](const QString& problem) { return printError(problem, kUsageError); });
}

} // namespace b12::app
