// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files hold a finished translation of every string the current sources show:
// lupdate runs on a copy, so a string added to the code and not yet translated fails here.
#include "tests/i18n/tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using b12::testing::problemsIn;

namespace {

const QString kSourceDir = QStringLiteral(B12_SOURCE_DIR);

QStringList tsFiles() {
    const QDir dir(kSourceDir + QStringLiteral("/translations"));
    QStringList files;
    for (const QString& name :
         dir.entryList({QStringLiteral("b12guide_*.ts")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

// The same lupdate call as the update_translations target (app/CMakeLists.txt).
QString runLupdate(const QString& tsFile) {
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(B12_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-I"), kSourceDir,
                   kSourceDir + QStringLiteral("/app"), QStringLiteral("-ts"), tsFile});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        ADD_FAILURE() << "lupdate failed: " << lupdate.errorString().toStdString() << "\n"
                      << lupdate.readAll().toStdString();
    }
    return QString::fromLocal8Bit(lupdate.readAll());
}

} // namespace

TEST(TranslationFile, EveryStringOfTheSourcesIsTranslated) {
    const QStringList files = tsFiles();
    ASSERT_FALSE(files.isEmpty()) << "no translations/b12guide_*.ts";
    for (const QString& original : files) {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(original).fileName());
        ASSERT_TRUE(QFile::copy(original, copy));
        const QString output = runLupdate(copy);
        // tr() outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS gets a context the app
        // never looks up: the string would stay English whatever the .ts says.
        for (const QString& line : output.split(QLatin1Char('\n'))) {
            EXPECT_FALSE(line.contains(QLatin1String("lacks Q_OBJECT")) ||
                         line.contains(QLatin1String("Cannot invoke tr()")) ||
                         line.contains(QLatin1String("unknown namespace/class")))
                << line.toStdString();
        }
        const QStringList problems = problemsIn(copy, 2);
        EXPECT_TRUE(problems.isEmpty())
            << QFileInfo(original).fileName().toStdString() << ": " << problems.size()
            << " strings to translate (cmake --build <dir> --target update_translations, then "
               "linguist):\n"
            << problems.join(QLatin1Char('\n')).toStdString();
    }
}

TEST(TranslationFile, TheCheckFindsWhatIsLeftToDo) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b12guide_xx.ts"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ctx</name>
    <message><source>Done</source><translation>Fertig</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="vanished">Alt</translation></message>
    <message><source>Gone</source><translation type="obsolete">Weg</translation></message>
    <message><source>Blank</source><translation></translation></message>
    <message><source>Hello %1</source><translation>Hallo</translation></message>
    <message><source>&amp;File</source><translation>Datei</translation></message>
    <message><source>&lt;p&gt;Go to A&amp;amp;E.&lt;/p&gt;</source><translation>&lt;p&gt;Notaufnahme.&lt;/p&gt;</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation>
        <numerusform>%n Datei</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    const QStringList problems = problemsIn(path, 2);
    const QString all = problems.join(QLatin1Char('\n'));
    EXPECT_EQ(problems.size(), 7) << all.toStdString();
    for (const char* expected :
         {"\"New\" is unfinished", "\"Old\" is vanished", "\"Gone\" is obsolete",
          "\"Blank\" has an empty translation", "\"Hello %1\" has other placeholders",
          "\"&File\" loses or adds a keyboard mnemonic",
          "\"%n file(s)\" has an empty translation"}) {
        EXPECT_TRUE(all.contains(QLatin1String(expected))) << expected;
    }
    EXPECT_FALSE(all.contains(QLatin1String("Done")));
}

TEST(TranslationFile, TheCompiledTranslationsAreEmbedded) {
    for (const QString& ts : tsFiles()) {
        const QString qm =
            QStringLiteral(":/i18n/") + QFileInfo(ts).completeBaseName() + QStringLiteral(".qm");
        QTranslator translator;
        EXPECT_TRUE(translator.load(qm)) << qm.toStdString();
        EXPECT_FALSE(translator.isEmpty()) << qm.toStdString();
    }
}
