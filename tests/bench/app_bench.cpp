// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window takes to respond: opening each page the first time, switching pages,
// switching sections of the article and searching all sections. Each figure runs from the
// call to the end of the repaint that shows the result, on the offscreen platform, as wall
// time and as the CPU time of the GUI thread (which a busy machine inflates less).
// Prints a table; asserts nothing.
//
//   app_bench [--rounds N]
#include "app/article/articlepage.h"
#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/data/services.h"
#include "app/data/shippeddata.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <vector>

using namespace b12::app;

namespace {

struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
};

struct Figure {
    QString operation;
    std::vector<Sample> samples;
};

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Runs `action`, then delivers what it posted: the layout requests, then the update request
// that paints what changed (as the event loop would next).
Sample timed(const std::function<void()>& action) {
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = threadCpuMs();
    action();
    QCoreApplication::sendPostedEvents();
    return {static_cast<double>(wall.nsecsElapsed()) / 1e6, threadCpuMs() - cpuStart};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The value 95% of the runs stay under (nearest rank).
double percentile95(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto rank =
        static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
    return values[std::max<std::size_t>(rank, 1) - 1];
}

void print(const std::vector<Figure>& figures) {
    QTextStream out(stdout);
    const QStringList header{QStringLiteral("runs"),       QStringLiteral("median ms"),
                             QStringLiteral("p95 ms"),     QStringLiteral("max ms"),
                             QStringLiteral("CPU median"), QStringLiteral("CPU p95")};
    out << QStringLiteral("%1").arg(QStringLiteral("operation"), -44);
    for (const QString& column : header) {
        out << QStringLiteral(" %1").arg(column, column == header.front() ? 5 : 10);
    }
    out << '\n';
    for (const Figure& figure : figures) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (const Sample& sample : figure.samples) {
            wall.push_back(sample.wallMs);
            cpu.push_back(sample.cpuMs);
        }
        out << QStringLiteral("%1 %2").arg(figure.operation, -44).arg(wall.size(), 5);
        for (const double value :
             {median(wall), percentile95(wall), *std::max_element(wall.begin(), wall.end()),
              median(cpu), percentile95(cpu)}) {
            out << QStringLiteral(" %1").arg(value, 10, 'f', 3);
        }
        out << '\n';
    }
}

// The offscreen platform warns about every window size hint; that says nothing here.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext& context,
                            const QString& message) {
    if (!message.contains(QLatin1String("propagateSizeHints"))) {
        QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
    }
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(quietOffscreenWarnings);
    QApplication app(argc, argv);
    int rounds = 20;
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype roundsAt = arguments.indexOf(QStringLiteral("--rounds"));
    if (roundsAt >= 0 && roundsAt + 1 < arguments.size()) {
        rounds = std::max(1, arguments.at(roundsAt + 1).toInt());
    }

    // The person's settings and answers are never touched.
    QTemporaryDir dataDir;
    QSettings settings(dataDir.filePath(QStringLiteral("b12guide.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("disclaimer/seen"), true);

    // The same collaborators as the app's window, in English.
    std::vector<Figure> figures;
    Localization localization(&settings);
    ContentLibrary content;
    ShippedData shipped;
    SavedData saved(dataDir.path());
    bool loaded = false;
    figures.push_back({QStringLiteral("start: load content and questionnaire"), {timed([&] {
                           localization.apply(QStringLiteral("en"));
                           loaded = content.load(localization.language()) && saved.read();
                       })}});
    if (!loaded) {
        QTextStream(stderr) << content.errorMessage() << saved.errorMessage() << Qt::endl;
        return 1;
    }
    const Services services{settings, localization, content, shipped, saved};
    std::unique_ptr<MainWindow> created;
    figures.push_back({QStringLiteral("start: create main window"),
                       {timed([&] { created = std::make_unique<MainWindow>(services); })}});
    MainWindow& window = *created;
    // The window paints only once the platform has exposed it, a turn of the event loop
    // later: wait for that, or no figure below would include any painting.
    figures.push_back({QStringLiteral("start: show and paint main window"), {timed([&] {
                           window.show();
                           QElapsedTimer waited;
                           waited.start();
                           while (!window.windowHandle()->isExposed() && waited.elapsed() < 5000) {
                               QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                           }
                       })}});
    if (!window.windowHandle()->isExposed()) {
        QTextStream(stderr) << "app_bench: the window was never exposed, so nothing was painted"
                            << Qt::endl;
        return 1;
    }

    // Every page, the first time it is shown (created then), and switching back to it.
    const QStringList pages = window.pageIds();
    for (const QString& page : pages) {
        figures.push_back({QStringLiteral("page: open %1 the first time").arg(page),
                           {timed([&] { window.showPage(page); })}});
    }
    std::vector<Figure> pageSwitches;
    for (const QString& page : pages) {
        pageSwitches.push_back({QStringLiteral("page: switch to %1").arg(page), {}});
    }
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            pageSwitches[static_cast<std::size_t>(i)].samples.push_back(
                timed([&] { window.showPage(pages.at(i)); }));
        }
    }
    figures.insert(figures.end(), pageSwitches.begin(), pageSwitches.end());

    // Sections as a reader jumps between them in the table of contents, then in order.
    window.showPage(QStringLiteral("article"));
    ArticlePage* article = window.articlePage();
    QStringList sections;
    for (const auto& section : content.article().sections) {
        sections << QString::fromStdString(section.id);
    }
    Figure sectionSwitch{QStringLiteral("article: jump to another section"), {}};
    const qsizetype stride = sections.size() > 5 ? 5 : 1;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString& section = sections.at((i * stride + round) % sections.size());
            sectionSwitch.samples.push_back(timed([&] { article->showSection(section); }));
        }
    }
    figures.push_back(sectionSwitch);

    Figure nextSection{QStringLiteral("article: next section (Ctrl+PgDown)"), {}};
    for (int round = 0; round < rounds; ++round) {
        article->showSection(sections.front());
        for (qsizetype i = 1; i < sections.size(); ++i) {
            nextSection.samples.push_back(timed([&] { article->showNextSection(); }));
        }
    }
    figures.push_back(nextSection);

    // Typing in "Search all sections": each keystroke searches again.
    const QString query = QStringLiteral("leg pain");
    Figure search{QStringLiteral("article: search all sections, per keystroke"), {}};
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            search.samples.push_back(
                timed([&] { article->searchAllSections(query.left(length)); }));
        }
        timed([&] { article->searchAllSections(QString()); });
    }
    figures.push_back(search);

    print(figures);
    return 0;
}
