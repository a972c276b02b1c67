// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's speed: importing 20,000 entries, and the summary over 5 years of 5 entries a
// day (9,135 entries), each in process (the store, the core) and as the whole command a
// person runs (`b12guide --diary-import`, `b12guide --diary-summary`); and the summary PDF
// for the doctor with the last 12 weeks of diary against the same PDF without it, for a
// diary as it is usually kept (two check-ins a day, an injection a week, a blood test every
// four weeks) and for one of five entries a day, a tablet and a blood test among them each
// day. Wall time in ms.
// Prints a table; asserts nothing. The person's own data folder is never touched.
//
//   diary_bench B12GUIDE [--rounds N] [--small]
//
// --small (ctest's run, which only checks that it works, under ASan too) imports 1,000
// entries and keeps 100 days of history instead.
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
#include <QLocale>
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
b12::core::Diary busyRecentDiary(int days, int perDay) {
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

// The last 84 days as a diary is usually kept: check-ins at 08:00 and 20:00 rating pain and
// two symptoms, an injection every 7th day, a total B12 test every 28th.
b12::core::Diary usualRecentDiary() {
    using namespace b12::core;
    Diary diary;
    const auto first = std::chrono::sys_days(today()) - std::chrono::days(83);
    for (int i = 0; i < 84; ++i) {
        const std::chrono::year_month_day day{first + std::chrono::days(i)};
        const auto at = [&](int hour) {
            return LocalDateTime{static_cast<int>(day.year()),
                                 static_cast<int>(static_cast<unsigned>(day.month())),
                                 static_cast<int>(static_cast<unsigned>(day.day())), hour, 0};
        };
        for (const int hour : {8, 20}) {
            diary.entries.push_back(
                {std::nullopt,
                 at(hour),
                 SymptomCheck{(i + hour) % 11, {{"leg_tingling", 2}, {"leg_numbness", 1}}},
                 {}});
        }
        if (i % 7 == 0) {
            diary.entries.push_back({std::nullopt,
                                     at(10),
                                     Treatment{TreatmentForm::Injection, "1 mg hydroxocobalamin"},
                                     {}});
        }
        if (i % 28 == 0) {
            diary.entries.push_back(
                {std::nullopt,
                 at(9),
                 BloodTestResult{BloodTest::TotalB12, 150.0 + i, "pmol/L", "145-569"},
                 {}});
        }
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
        qFatal("usage: diary_bench B12GUIDE [--rounds N] [--small]");
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
    const bool small = arguments.contains(QStringLiteral("--small"));
    const int importDays = small ? 200 : 4000;
    // 5 years to today's week: 1 January 2020 to 31 December 2024, 1,827 days.
    const int historyDays = small ? 100 : 1827;
    const QString imported = QLocale(QLocale::English).toString(importDays * 5);
    const QString history =
        QStringLiteral("%1 days x 5 a day").arg(QLocale(QLocale::English).toString(historyDays));
    const QString importFile = dir.filePath(QStringLiteral("import.json"));
    writeFile(importFile, b12::core::serializeDiary(b12::testing::longDiary(importDays, 5)));
    const QString fiveYearsFile = dir.filePath(QStringLiteral("five-years.json"));
    writeFile(fiveYearsFile, b12::core::serializeDiary(b12::testing::longDiary(historyDays, 5)));
    const QString fiveYearsHome = dir.filePath(QStringLiteral("five-years"));
    runApp(app, fiveYearsHome, {QStringLiteral("--diary-import"), fiveYearsFile});
    const QString fiveYearsFolder = fiveYearsHome + QStringLiteral("/b12guide/b12guide");
    // 12 weeks to today, kept as usual and busily, and the answers of a summary.
    const QString usualFile = dir.filePath(QStringLiteral("twelve-weeks-usual.json"));
    writeFile(usualFile, b12::core::serializeDiary(usualRecentDiary()));
    const QString usualHome = dir.filePath(QStringLiteral("twelve-weeks-usual"));
    runApp(app, usualHome, {QStringLiteral("--diary-import"), usualFile});
    const QString busyFile = dir.filePath(QStringLiteral("twelve-weeks-busy.json"));
    writeFile(busyFile, b12::core::serializeDiary(busyRecentDiary(84, 5)));
    const QString busyHome = dir.filePath(QStringLiteral("twelve-weeks-busy"));
    runApp(app, busyHome, {QStringLiteral("--diary-import"), busyFile});
    const QString answersFile = dir.filePath(QStringLiteral("answers.json"));
    writeFile(answersFile, R"({"format": "b12guide-answers", "version": 1, "answers": )"
                           R"({"age_band": "65-74", "leg_tingling": "yes", "metformin": "yes"}})");
    const QStringList summaryPdf{QStringLiteral("--summary-pdf"),
                                 dir.filePath(QStringLiteral("summary.pdf")),
                                 QStringLiteral("--answers"), answersFile};

    std::vector<Figure> figures{
        {QStringLiteral("parse a diary file of %1 entries (core)").arg(imported), {}},
        {QStringLiteral("DiaryStore::importEntries, %1 into an empty diary").arg(imported), {}},
        {QStringLiteral("b12guide --diary-import, %1 entries (whole process)").arg(imported), {}},
        {QStringLiteral("DiaryStore::restore, %1").arg(history), {}},
        {QStringLiteral("summarizeDiary + JSON, 12 weeks of %1 (core)").arg(history), {}},
        {QStringLiteral("summarizeDiary + JSON, all of %1 (core)").arg(history), {}},
        {QStringLiteral("b12guide --diary-summary, %1 (whole process)").arg(history), {}},
        {QStringLiteral("b12guide --diary-summary --weeks 261, %1 (whole)").arg(history), {}},
        {QStringLiteral("b12guide --summary-pdf, no diary (whole process)"), {}},
        {QStringLiteral("b12guide --summary-pdf --diary-weeks 12, kept as usual (whole)"), {}},
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
        const QStringList withDiary =
            summaryPdf + QStringList{QStringLiteral("--diary-weeks"), QStringLiteral("12")};
        figures[8].ms.push_back(timedMs([&] { runApp(app, usualHome, summaryPdf); }));
        figures[9].ms.push_back(timedMs([&] { runApp(app, usualHome, withDiary); }));
        figures[10].ms.push_back(timedMs([&] { runApp(app, busyHome, withDiary); }));
    }
    print(figures);
    return 0;
}
