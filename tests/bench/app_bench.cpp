// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window takes to respond: opening each page the first time, switching pages,
// switching sections of the article and searching all sections. Each figure is the time
// from the call to the end of the repaint that shows the result, on the offscreen platform.
// Prints a table; asserts nothing.
//
//   app_bench [--rounds N]
#include "app/articlepage.h"
#include "app/contentlibrary.h"
#include "app/mainwindow.h"
#include "app/pagehost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace b12::app;

namespace {

struct Figure {
    QString operation;
    std::vector<double> milliseconds;
};

// Runs `action`, lets Qt lay out and repaint what changed, and returns the time in ms.
double timed(QWidget& window, const std::function<void()>& action) {
    QElapsedTimer timer;
    timer.start();
    action();
    QCoreApplication::sendPostedEvents(); // layout requests, then the posted update request
    window.repaint();                     // and paint the whole window, to be safe
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void print(const std::vector<Figure>& figures) {
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("operation"), -44)
               .arg(QStringLiteral("runs"), 6)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("max ms"), 10);
    for (const Figure& figure : figures) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(figure.operation, -44)
                   .arg(figure.milliseconds.size(), 6)
                   .arg(median(figure.milliseconds), 10, 'f', 3)
                   .arg(*std::max_element(figure.milliseconds.begin(), figure.milliseconds.end()),
                        10, 'f', 3);
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

    // The person's settings are never touched.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("b12guide.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("disclaimer/seen"), true);

    std::vector<Figure> figures;
    QElapsedTimer timer;
    timer.start();
    ContentLibrary content;
    if (!content.load()) {
        QTextStream(stderr) << content.errorMessage() << Qt::endl;
        return 1;
    }
    figures.push_back({QStringLiteral("start: load content"), {timer.nsecsElapsed() / 1e6}});
    timer.restart();
    MainWindow window(AppContext{&settings, &content});
    figures.push_back({QStringLiteral("start: create main window"), {timer.nsecsElapsed() / 1e6}});
    figures.push_back({QStringLiteral("start: show and paint main window"),
                       {timed(window, [&] { window.show(); })}});

    // Every page, the first time it is shown (created then), and switching back to it.
    const QStringList pages = window.pageIds();
    for (const QString& page : pages) {
        figures.push_back({QStringLiteral("page: open %1 the first time").arg(page),
                           {timed(window, [&] { window.showPage(page); })}});
    }
    Figure pageSwitch{QStringLiteral("page: switch to another page"), {}};
    for (int round = 0; round < rounds; ++round) {
        for (const QString& page : pages) {
            pageSwitch.milliseconds.push_back(timed(window, [&] { window.showPage(page); }));
        }
    }
    figures.push_back(pageSwitch);

    // Every section, in reading order and back, as the table of contents opens them.
    window.showPage(QStringLiteral("article"));
    ArticlePage* article = window.articlePage();
    QStringList sections;
    for (const auto& section : content.article().sections) {
        sections << QString::fromStdString(section.id);
    }
    Figure sectionSwitch{QStringLiteral("article: switch to another section"), {}};
    for (int round = 0; round < rounds; ++round) {
        for (const QString& section : sections) {
            sectionSwitch.milliseconds.push_back(
                timed(window, [&] { article->showSection(section); }));
        }
    }
    figures.push_back(sectionSwitch);

    Figure nextSection{QStringLiteral("article: next section (Ctrl+PgDown)"), {}};
    for (int round = 0; round < rounds; ++round) {
        article->showSection(sections.front());
        for (qsizetype i = 1; i < sections.size(); ++i) {
            nextSection.milliseconds.push_back(timed(window, [&] { article->showNextSection(); }));
        }
    }
    figures.push_back(nextSection);

    // Typing in "Search all sections": each keystroke searches again.
    const QString query = QStringLiteral("leg pain");
    Figure search{QStringLiteral("article: search all sections, per keystroke"), {}};
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            search.milliseconds.push_back(
                timed(window, [&] { article->searchAllSections(query.left(length)); }));
        }
        timed(window, [&] { article->searchAllSections(QString()); });
    }
    figures.push_back(search);

    print(figures);
    return 0;
}
