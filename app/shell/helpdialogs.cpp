// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/helpdialogs.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>

namespace b12::app {

namespace {
const QString kDisclaimerSeenKey = QStringLiteral("disclaimer/seen");

// A class of its own gives lupdate the context QCoreApplication::translate() looks up.
class Disclaimer {
    Q_DECLARE_TR_FUNCTIONS(b12::app::Disclaimer)
};
} // namespace

QString disclaimerText() {
    return Disclaimer::tr(
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
    QMessageBox box(QMessageBox::Information, Disclaimer::tr("Before you start"), disclaimerText(),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("disclaimerDialog"));
    box.setTextFormat(Qt::RichText);
    box.button(QMessageBox::Ok)->setText(Disclaimer::tr("I understand"));
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
        parent, Disclaimer::tr("About B12 Guide"),
        Disclaimer::tr(
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

} // namespace b12::app
