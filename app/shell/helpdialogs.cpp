// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/helpdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace b12::app {

namespace {
const QString kDisclaimerSeenKey = QStringLiteral("disclaimer/seen");

// A class of its own gives lupdate the context QCoreApplication::translate() looks up.
class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(b12::app::HelpDialogs)
};
} // namespace

QString disclaimerText() {
    return HelpDialogs::tr(
        "<p><b>B12 Guide gives information, not a diagnosis.</b></p>"
        "<p>It cannot tell whether you are short of vitamin B12 or what causes your "
        "symptoms. Leg pain, tingling and numbness have many causes. Only a doctor, "
        "with an examination and blood tests, can find out.</p>"
        "<p>Do not start, stop or change any medicine because of this app.</p>"
        "<p><b>Emergency: get help now.</b> Call 999 (UK), 112 (Europe) or 911 (US) now, "
        "or go to the nearest emergency department (A&amp;E), if:</p>"
        "<ul><li>both legs are weak or numb, and it is severe or getting worse</li>"
        "<li>you have pain in both legs, like sciatica on both sides</li>"
        "<li>the skin around your genitals or back passage is numb</li>"
        "<li>you cannot pee, or have new problems controlling your bladder or bowel</li>"
        "<li>you suddenly cannot see with one or both eyes</li></ul>"
        "<p><b>Urgent: see a doctor today</b> if your sight has changed, or your walking "
        "has newly or increasingly become unsteady, stiff or weak. Contact your GP surgery "
        "and ask to be seen today. If it is closed, call NHS 111 (UK) or 116 117 "
        "(Germany).</p>");
}

void showDisclaimer(QWidget* parent) {
    QMessageBox box(QMessageBox::Information, HelpDialogs::tr("Before you start"), disclaimerText(),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("disclaimerDialog"));
    box.setTextFormat(Qt::RichText);
    box.button(QMessageBox::Ok)->setText(HelpDialogs::tr("I understand"));
    box.exec();
}

void showDisclaimerOnFirstStart(QWidget* parent, QSettings& settings) {
    if (settings.value(kDisclaimerSeenKey, false).toBool()) {
        return;
    }
    showDisclaimer(parent);
    settings.setValue(kDisclaimerSeenKey, true);
}

void showAbout(QWidget* parent) {
    QMessageBox::about(
        parent, HelpDialogs::tr("About B12 Guide"),
        HelpDialogs::tr(
            "<h3>B12 Guide %1</h3>"
            "<p>Learn about vitamin B12 deficiency and the leg pain it can cause, check your "
            "symptoms and risk factors, and prepare a visit to your doctor.</p>"
            "<p>The article names the source of its medical statements in brackets; the "
            "<i>Sources</i> section lists each source with a link. The main source is the NICE "
            "guideline NG239 (2024).</p>"
            "<p>B12 Guide is free software: you can redistribute it and/or modify it under "
            "the terms of the GNU General Public License, version 3 or later. It comes with "
            "no warranty.</p>")
            .arg(QStringLiteral(B12_VERSION)));
}

void showKeyboardShortcuts(QWidget* parent, const QList<QMenu*>& menus) {
    const auto row = [](const QString& what, const QString& keys) {
        return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
            .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const QMenu* menu : menus) {
        QString rows;
        for (const QAction* action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts()) {
                keys << key.toString(QKeySequence::NativeText);
            }
            if (!keys.isEmpty()) {
                rows += row(QString(action->text()).remove(QLatin1Char('&')),
                            keys.join(HelpDialogs::tr(" or ")));
            }
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<tr><th colspan=\"2\" align=\"left\">%1</th></tr>")
                        .arg(QString(menu->title()).remove(QLatin1Char('&')).toHtmlEscaped()) +
                    rows;
        }
    }
    html += QStringLiteral("<tr><th colspan=\"2\" align=\"left\">%1</th></tr>")
                .arg(HelpDialogs::tr("On every page").toHtmlEscaped());
    html += row(HelpDialogs::tr("Next or previous control"), HelpDialogs::tr("Tab, Shift+Tab"));
    html += row(HelpDialogs::tr("Press a button, tick a box, choose an answer"),
                HelpDialogs::tr("Space"));
    html += row(HelpDialogs::tr("Move between answers, list entries or table cells"),
                HelpDialogs::tr("Arrow keys"));
    html += row(HelpDialogs::tr("Use the underlined letter of a button or menu"),
                HelpDialogs::tr("Alt + the letter"));
    html += QStringLiteral("</table>");

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("keyboardShortcuts"));
    dialog.setWindowTitle(HelpDialogs::tr("Keyboard Shortcuts"));
    auto* text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("keyboardShortcutsText"));
    text->setAccessibleName(HelpDialogs::tr("Keyboard shortcuts"));
    text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics(dialog.font());
    dialog.resize(metrics.averageCharWidth() * 70, metrics.height() * 30);
    dialog.exec();
}

} // namespace b12::app
