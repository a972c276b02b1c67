// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/disclaimer.h"

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
        "<p><b>Get medical help the same day</b> if your legs become weak or numb quickly, "
        "if you have numbness around your genitals or back passage, if you cannot "
        "control your bladder or bowel, or if your sight changes suddenly. In an "
        "emergency call your local emergency number (112 in Europe, 999 in the UK, "
        "911 in the US).</p>");
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
            "<p>Every medical statement comes from the sources listed in the article's "
            "<i>Sources</i> section, chiefly the NICE guideline NG239 (2024).</p>"
            "<p>This program is free software: you can redistribute it and/or modify it under "
            "the terms of the GNU General Public License, version 3 or later. It comes with "
            "no warranty.</p>")
            .arg(QStringLiteral(B12_VERSION)));
}

} // namespace b12::app
