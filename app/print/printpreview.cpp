// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/print/printpreview.h"

#include "app/data/papersize.h"

#include <QAction>
#include <QCoreApplication>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QToolButton>

namespace b12::app {

void showPrintPreview(const PrintJob& job, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(printPageLayout(job.paper));
    printer.setDocName(job.documentName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(job.previewName);
    dialog.setWindowTitle(job.windowTitle);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job](QPrinter* target) { job.paint(*target); });
    makeKeyboardUsable(dialog);
    if (parent != nullptr && parent->screen() != nullptr) {
        // Large enough for every toolbar button: none is hidden in an overflow menu.
        dialog.resize(parent->screen()->availableGeometry().size() * 0.85);
    }
    dialog.exec();
}

void makeKeyboardUsable(QPrintPreviewDialog& dialog) {
    // Qt's preview names its actions in its own context, translated by Qt's own file; its
    // "Print" is the one that prints. (Through a variable, so that the app's file does not
    // take the text over.)
    static const char* const kPrintText = "Print";
    const QString print = QCoreApplication::translate("QPrintPreviewDialog", kPrintText);
    QToolButton* printButton = nullptr;
    for (QToolButton* button : dialog.findChildren<QToolButton*>()) {
        QAction* action = button->defaultAction();
        if (action == nullptr) {
            continue;
        }
        button->setFocusPolicy(Qt::StrongFocus);
        const QString name = QString(action->text()).remove(QLatin1Char('&'));
        button->setAccessibleName(name);
        if (name == print) {
            printButton = button;
            action->setShortcut(QKeySequence::Print);
            button->setObjectName(QStringLiteral("previewPrintButton"));
        }
    }
    if (printButton != nullptr) {
        printButton->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace b12::app
