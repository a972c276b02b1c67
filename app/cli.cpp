// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include "app/appicon.h"
#include "app/articlepage.h"
#include "app/contentlibrary.h"
#include "app/disclaimer.h"
#include "app/firstpaintquitter.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace b12::app {

namespace {

constexpr int kUsageError = 1;
constexpr int kBadInput = 2;

QString tr(const char* text) {
    return QCoreApplication::translate("b12::app::Cli", text);
}

struct Options {
    QCommandLineOption section{QStringLiteral("section"),
                               tr("Open the article at the section with this id."), tr("id")};
    QCommandLineOption page{QStringLiteral("page"), tr("Open the window on this page: article."),
                            tr("page")};
    QCommandLineOption listSections{QStringLiteral("list-sections"),
                                    tr("Print each section as id<TAB>title, then exit.")};
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        tr("Show the window and quit once it has been painted (measures start-up).")};
};

void setApplicationInfo() {
    QCoreApplication::setOrganizationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B12_VERSION));
}

QStringList argumentsOf(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

int printError(const QString& message, int code) {
    QTextStream(stderr) << "b12guide: " << message << Qt::endl;
    return code;
}

// Commands that print and exit need no display: they run before any GUI object exists.
int listSections(const ContentLibrary& content) {
    QTextStream out(stdout);
    for (const core::Section& section : content.article().sections) {
        out << QString::fromStdString(section.id) << '\t' << QString::fromStdString(section.title)
            << '\n';
    }
    return 0;
}

int runWindow(int argc, char* argv[], const QCommandLineParser& parser, const Options& options) {
    QApplication app(argc, argv);
    setApplicationInfo();
    // The desktop matches the window to its launcher (and icon) by this name.
    QGuiApplication::setDesktopFileName(appId());
    QApplication::setWindowIcon(appIcon());
    QSettings settings;
    ContentLibrary content;
    if (!content.load()) {
        QMessageBox::critical(
            nullptr, tr("B12 Guide"),
            tr("The article could not be loaded:\n%1").arg(content.errorMessage()));
        return kBadInput;
    }
    MainWindow window(AppContext{&settings, &content});
    if (parser.isSet(options.page) && !window.showPage(parser.value(options.page))) {
        return printError(
            tr("unknown page \"%1\"; pages: %2")
                .arg(parser.value(options.page), window.pageIds().join(QStringLiteral(", "))),
            kUsageError);
    }
    if (parser.isSet(options.section)) {
        window.showPage(QStringLiteral("article"));
        if (!window.articlePage()->showSection(parser.value(options.section))) {
            return printError(tr("unknown section \"%1\"; see --list-sections")
                                  .arg(parser.value(options.section)),
                              kUsageError);
        }
    }
    const bool measuring = parser.isSet(options.quitAfterFirstPaint);
    if (measuring) {
        new FirstPaintQuitter(&window);
    }
    window.show();
    if (!measuring) { // a measurement, not a visit: the disclaimer is not shown nor marked seen
        showDisclaimerOnFirstStart(&window, settings);
    }
    return QApplication::exec();
}

} // namespace

int run(int argc, char* argv[]) {
    // The parser needs an application object for --help and --version; a core one is
    // enough and needs no display.
    auto coreApp = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("B12 Guide: learn about vitamin B12 deficiency and leg pain, check your symptoms "
           "and prepare a doctor visit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions(
        {options.section, options.page, options.listSections, options.quitAfterFirstPaint});
    parser.process(argumentsOf(argc, argv)); // prints and exits on --help, --version, errors

    if (parser.isSet(options.listSections)) {
        ContentLibrary content;
        if (!content.load()) {
            return printError(content.errorMessage(), kBadInput);
        }
        return listSections(content);
    }
    coreApp.reset();
    return runWindow(argc, argv, parser, options);
}

} // namespace b12::app
