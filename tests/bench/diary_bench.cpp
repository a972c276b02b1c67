// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's speed: importing 20,000 entries, and the summary over 5 years of 5 entries a
// day (9,135 entries), each in process (the store, the core) and as the whole command a
// person runs (`b12guide --diary-import`, `b12guide --diary-summary`); and the summary PDF
// for the doctor with the last 12 weeks of a diary of five entries a day against the same
// PDF without it. Wall time in ms.
// Prints a table; asserts nothing. The person's own data folder is never touched.
//
//   diary_bench B12GUIDE [--rounds N]
#include "app/data/calendardate.h"
#include "app/data/diarystore.h"
#include "app/data/questionnairelibrary.h"
#include "core/diary/diaryfile.h"
#include "core/diary/diarystats.h"
#include "tests/support/diarydata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

using namespace b12::app;

namespace {

struct Figure {
    QString operation;
    std::vector<double> ms;
};

double timedMs(const std::function<void()>& action) {
    QElapsedTimer timer;
    timer.start();
    action();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void writeFile(const QString& path, const std::string& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != qint64(text.size())) {
        qFatal("%s could not be written", qPrintable(path));
    }
}

// Runs b12guide with its data in `dataHome`; stops the benchmark when it fails.
void runApp(const QString& app, const QString& dataHome, const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.start(app, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        qFatal("b12guide %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
               process.readAllStandardError().constData());
    }
}

// `perDay` entries a day (the pattern of longDiary()) on each of the last `days` days.
b12::core::Diary recentDiary(int days, int perDay) {
    b12::core::Diary diary = b12::testing::longDiary(days, perDay);
    const auto first = std::chrono::sys_days(today()) - std::chrono::days(days - 1);
    for (std::size_t i = 0; i < diary.entries.size(); ++i) {
        const std::chrono::year_month_day day{first +
                                              std::chrono::days(static_cast<int>(i) / perDay)};
        b12::core::LocalDateTime& at = diary.entries[i].at;
        at.year = static_cast<int>(day.year());
        at.month = static_cast<int>(static_cast<unsigned>(day.month()));
        at.day = static_cast<int>(static_cast<unsigned>(day.day()));
    }
    return diary;
}

void print(const std::vector<Figure>& figures) {
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("operation"), -62)
               .arg(QStringLiteral("runs"), 5)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 10);
    for (const Figure& figure : figures) {
        std::vector<double> ms = figure.ms;
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(figure.operation, -62)
                   .arg(ms.size(), 5)
                   .arg(ms[ms.size() / 2], 10, 'f', 1)
                   .arg(ms.front(), 10, 'f', 1);
    }
}

} // namespace

int main(int argc, char* argv[]) {
    const QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        qFatal("usage: diary_bench B12GUIDE [--rounds N]");
    }
    const QString app = arguments.at(1);
    int rounds = 5;
    const qsizetype roundsAt = arguments.indexOf(QStringLiteral("--rounds"));
    if (roundsAt >= 0 && roundsAt + 1 < arguments.size()) {
        rounds = std::max(1, arguments.at(roundsAt + 1).toInt());
    }
    QuestionnaireLibrary library;
    if (!library.load()) {
        qFatal("%s", qPrintable(library.errorMessage()));
    }
    const std::vector<std::string> symptoms = DiaryStore::symptomIds(library.questionnaire());
    const QTemporaryDir dir;
    const QString importFile = dir.filePath(QStringLiteral("import-20000.json"));
    writeFile(importFile, b12::core::serializeDiary(b12::testing::longDiary(4000, 5)));
    // 5 years to today's week: 1 January 2020 to 31 December 2024, 1,827 days.
    const QString fiveYearsFile = dir.filePath(QStringLiteral("five-years.json"));
    writeFile(fiveYearsFile, b12::core::serializeDiary(b12::testing::longDiary(1827, 5)));
    const QString fiveYearsHome = dir.filePath(QStringLiteral("five-years"));
    runApp(app, fiveYearsHome, {QStringLiteral("--diary-import"), fiveYearsFile});
    const QString fiveYearsFolder = fiveYearsHome + QStringLiteral("/b12guide/b12guide");
    // 12 weeks to today of five entries a day, and the answers of a summary.
    const QString recentFile = dir.filePath(QStringLiteral("twelve-weeks.json"));
    writeFile(recentFile, b12::core::serializeDiary(recentDiary(84, 5)));
    const QString recentHome = dir.filePath(QStringLiteral("twelve-weeks"));
    runApp(app, recentHome, {QStringLiteral("--diary-import"), recentFile});
    const QString answersFile = dir.filePath(QStringLiteral("answers.json"));
    writeFile(answersFile, R"({"format": "b12guide-answers", "version": 1, "answers": )"
                           R"({"age_band": "65-74", "leg_tingling": "yes", "metformin": "yes"}})");
    const QStringList summaryPdf{QStringLiteral("--summary-pdf"),
                                 dir.filePath(QStringLiteral("summary.pdf")),
                                 QStringLiteral("--answers"), answersFile};

    std::vector<Figure> figures{
        {QStringLiteral("parse a diary file of 20,000 entries (core)"), {}},
        {QStringLiteral("DiaryStore::importEntries, 20,000 into an empty diary"), {}},
        {QStringLiteral("b12guide --diary-import, 20,000 entries (whole process)"), {}},
        {QStringLiteral("DiaryStore::restore, 5 years x 5 a day (9,135)"), {}},
        {QStringLiteral("summarizeDiary + JSON, 12 weeks of the 5 years (core)"), {}},
        {QStringLiteral("summarizeDiary + JSON, all 5 years (core)"), {}},
        {QStringLiteral("b12guide --diary-summary, 5 years (whole process)"), {}},
        {QStringLiteral("b12guide --diary-summary --weeks 261, 5 years (whole process)"), {}},
        {QStringLiteral("b12guide --summary-pdf, no diary (whole process)"), {}},
        {QStringLiteral("b12guide --summary-pdf --diary-weeks 12, 5 a day (whole process)"), {}},
    };
    const auto lastDay = std::chrono::year_month_day{std::chrono::year(2024), std::chrono::December,
                                                     std::chrono::day(31)};
    for (int round = 0; round < rounds; ++round) {
        b12::core::Diary parsed;
        figures[0].ms.push_back(
            timedMs([&] { parsed = DiaryStore::readFile(importFile, symptoms).value(); }));
        const QString folder = dir.filePath(QStringLiteral("store-%1").arg(round));
        DiaryStore store(library.questionnaire(), folder);
        store.restore();
        figures[1].ms.push_back(timedMs([&] {
            if (!store.importEntries(parsed)) {
                qFatal("%s", qPrintable(store.lastError()));
            }
        }));
        const QString home = dir.filePath(QStringLiteral("home-%1").arg(round));
        figures[2].ms.push_back(timedMs([&] {
            runApp(app, home, {QStringLiteral("--diary-import"), importFile});
        }));

        DiaryStore fiveYears(library.questionnaire(), fiveYearsFolder);
        figures[3].ms.push_back(timedMs([&] {
            if (!fiveYears.restore()) {
                qFatal("%s", qPrintable(fiveYears.notice()));
            }
        }));
        std::size_t length = 0;
        figures[4].ms.push_back(timedMs([&] {
            length += b12::core::diarySummaryJson(
                          b12::core::summarizeDiary(fiveYears.diary(), lastDay, 12))
                          .size();
        }));
        figures[5].ms.push_back(timedMs([&] {
            length += b12::core::diarySummaryJson(
                          b12::core::summarizeDiary(fiveYears.diary(), lastDay, 261))
                          .size();
        }));
        if (length == 0) {
            qFatal("an empty summary");
        }
        figures[6].ms.push_back(
            timedMs([&] { runApp(app, fiveYearsHome, {QStringLiteral("--diary-summary")}); }));
        figures[7].ms.push_back(timedMs([&] {
            runApp(app, fiveYearsHome,
                   {QStringLiteral("--diary-summary"), QStringLiteral("--weeks"),
                    QStringLiteral("261")});
        }));
        figures[8].ms.push_back(timedMs([&] { runApp(app, recentHome, summaryPdf); }));
        figures[9].ms.push_back(timedMs([&] {
            runApp(app, recentHome,
                   summaryPdf + QStringList{QStringLiteral("--diary-weeks"), QStringLiteral("12")});
        }));
    }
    print(figures);
    return 0;
}
