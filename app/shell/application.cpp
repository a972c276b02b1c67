// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/application.h"

#include "app/data/contentlibrary.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/data/services.h"
#include "app/data/shippeddata.h"
#include "app/shell/appicon.h"
#include "app/shell/firstpaint.h"
#include "app/shell/helpdialogs.h"
#include "app/shell/mainwindow.h"
#include "app/widgets/textscaledstyle.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace b12::app {

namespace {
// The texts said while the app starts. A class of their own gives lupdate the context that
// QCoreApplication::translate() looks up at run time.
class Application {
    Q_DECLARE_TR_FUNCTIONS(b12::app::Application)
};
} // namespace

void setApplicationInfo() {
    QCoreApplication::setOrganizationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationName(QStringLiteral("b12guide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B12_VERSION));
}

int runApplication(int argc, char* argv[], const WindowStart& start,
                   const std::function<int(const QString&)>& refuse) {
    QApplication app(argc, argv);
    setApplicationInfo();
    // Every check box and radio button outlined in the text's colour and sized by its text.
    QApplication::setStyle(new TextScaledStyle);
    // The desktop matches the window to its launcher (and icon) by this name.
    QGuiApplication::setDesktopFileName(appId());
    QSettings settings;
    Localization localization(&settings);
    localization.apply(start.language);
    ContentLibrary content;
    if (!content.load(localization.language())) {
        QMessageBox::critical(
            nullptr, Application::tr("B12 Guide"),
            Application::tr("The article could not be loaded:\n%1").arg(content.errorMessage()));
        return kBadInput;
    }
    ShippedData shipped;
    // Read before any page exists, so that every page finds it ready (Services).
    SavedData saved;
    if (!saved.read()) {
        QMessageBox::critical(nullptr, Application::tr("B12 Guide"),
                              Application::tr("The questionnaire could not be loaded:\n%1")
                                  .arg(saved.errorMessage()));
        return kBadInput;
    }
    MainWindow window(Services{settings, localization, content, shipped, saved});
    if (!start.page.isEmpty() && !window.showPage(start.page)) {
        return refuse(Application::tr("unknown page \"%1\"; pages: %2")
                          .arg(start.page, window.pageIds().join(QStringLiteral(", "))));
    }
    if (!start.section.isEmpty() && !window.openSection(start.section)) {
        return refuse(
            Application::tr("unknown section \"%1\"; see --list-sections").arg(start.section));
    }
    if (start.quitAfterFirstPaint) {
        // A measurement, not a visit: nothing after the first paint, so the disclaimer is
        // neither shown nor marked seen.
        quitAfterFirstPaint(&window);
    } else {
        // The first paint does not need the icon (the SVG icon engine and every image format
        // plugin load for it; docs/performance.md); the disclaimer and any notice about a
        // damaged file come over the painted window, in turn.
        afterFirstPaint(&window, [&] {
            QApplication::setWindowIcon(appIcon());
            showDisclaimerOnFirstStart(&window, settings);
            if (!content.glossaryProblem().isEmpty()) {
                QMessageBox::warning(&window, Application::tr("Glossary"),
                                     Application::tr("The glossary could not be read, so the "
                                                     "article is shown without its explanations "
                                                     "of words:\n%1")
                                         .arg(content.glossaryProblem()));
            }
            if (!saved.answers().notice().isEmpty()) {
                QMessageBox::warning(&window, Application::tr("Your saved answers"),
                                     saved.answers().notice());
            }
        });
    }
    window.show();
    return QApplication::exec();
}

} // namespace b12::app
