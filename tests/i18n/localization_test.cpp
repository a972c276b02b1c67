// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/coreproblems.h"
#include "app/data/localization.h"
#include "app/data/papersize.h"
#include "tests/app/testsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

#include <gtest/gtest.h>

using b12::app::Localization;

namespace {

QString translated(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

class LanguageChangeCounter : public QWidget {
public:
    int count = 0;

protected:
    void changeEvent(QEvent* event) override {
        count += event->type() == QEvent::LanguageChange ? 1 : 0;
        QWidget::changeEvent(event);
    }
};

} // namespace

TEST(Localization, TheSystemLocaleChoosesTheDefaultLanguage) {
    EXPECT_EQ(Localization::languageForLocale(QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("de"));
    EXPECT_EQ(Localization::languageForLocale(QLocale(QStringLiteral("de_AT"))),
              QStringLiteral("de"));
    EXPECT_EQ(Localization::languageForLocale(QLocale(QStringLiteral("de_CH"))),
              QStringLiteral("de"));
    EXPECT_EQ(Localization::languageForLocale(QLocale(QStringLiteral("en_US"))),
              QStringLiteral("en"));
    EXPECT_EQ(Localization::languageForLocale(QLocale(QStringLiteral("fr_FR"))),
              QStringLiteral("en"));
    EXPECT_EQ(Localization::languageForLocale(QLocale::c()), QStringLiteral("en"));
}

TEST(Localization, TheChoiceIsRememberedButARunOfItsOwnIsNot) {
    b12::testing::TestSettings settings;
    {
        Localization localization(settings.get());
        ASSERT_TRUE(localization.choose(QStringLiteral("de")));
        EXPECT_EQ(localization.language(), QStringLiteral("de"));
    }
    auto reopened = settings.reopen();
    Localization next(reopened.get());
    EXPECT_EQ(next.startLanguage(), QStringLiteral("de"));
    next.apply(QStringLiteral("en")); // e.g. --lang en: this run only
    auto again = settings.reopen();
    EXPECT_EQ(Localization(again.get()).startLanguage(), QStringLiteral("de"));
}

TEST(Localization, AnUnknownLanguageChangesNothing) {
    b12::testing::TestSettings settings;
    Localization localization(settings.get());
    ASSERT_TRUE(localization.apply(QStringLiteral("en")));
    EXPECT_FALSE(localization.choose(QStringLiteral("xx")));
    EXPECT_EQ(localization.language(), QStringLiteral("en"));
    EXPECT_FALSE(settings.get()->contains(Localization::kSettingsKey));
    settings.get()->setValue(Localization::kSettingsKey, QStringLiteral("xx"));
    EXPECT_TRUE(Localization::isAvailable(localization.startLanguage()));
}

TEST(Localization, GermanTranslatesTheAppAndQtsOwnDialogs) {
    Localization localization(nullptr);
    ASSERT_TRUE(localization.apply(QStringLiteral("de")));
    EXPECT_TRUE(localization.appTranslationLoaded());
    EXPECT_TRUE(localization.qtTranslationLoaded()) << "install qt6-translations-l10n";
    EXPECT_EQ(translated("b12::app::MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    ASSERT_TRUE(localization.apply(QStringLiteral("en")));
    EXPECT_EQ(translated("b12::app::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(translated("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST(Localization, CoresProblemsAreShownInGerman) {
    Localization localization(nullptr);
    ASSERT_TRUE(localization.apply(QStringLiteral("de")));
    EXPECT_EQ(b12::app::coreProblemText("diary.json: entry 51: pain must be 0 to 10, not 11"),
              QStringLiteral("diary.json: Eintrag 51: Schmerz muss 0 bis 10 sein, nicht 11"));
    EXPECT_EQ(b12::app::coreProblemText("value must be above 0 and below 10000 pmol/L, not 0"),
              QStringLiteral("Wert muss über 0 und unter 10000 pmol/L liegen, nicht 0"));
    EXPECT_EQ(b12::app::coreProblemText("answers.json: field \"answers\" is missing"),
              QStringLiteral("answers.json: Feld „answers“ fehlt"));
    // What has no translation is shown as core wrote it.
    EXPECT_EQ(b12::app::coreProblemText("something new"), QStringLiteral("something new"));
    ASSERT_TRUE(localization.apply(QStringLiteral("en")));
    EXPECT_EQ(b12::app::coreProblemText("entry 2: pain must be 0 to 10, not 11"),
              QStringLiteral("entry 2: pain must be 0 to 10, not 11"));
}

TEST(Localization, TranslatorsGoWithTheObject) {
    {
        Localization localization(nullptr);
        localization.apply(QStringLiteral("de"));
        EXPECT_EQ(translated("b12::app::MainWindow", "&Help"), QStringLiteral("&Hilfe"));
    }
    EXPECT_EQ(translated("b12::app::MainWindow", "&Help"), QStringLiteral("&Help"));
}

TEST(Localization, GermanNumbersDatesAndPaper) {
    const QLocale before;
    {
        Localization localization(nullptr);
        localization.apply(QStringLiteral("de"));
        const QLocale& locale = localization.locale();
        EXPECT_EQ(locale.toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        EXPECT_EQ(locale.toString(QDate(2026, 3, 7), QLocale::ShortFormat),
                  QStringLiteral("07.03.26"));
        EXPECT_EQ(b12::app::defaultPaperSize(locale), QPageSize::A4);
        EXPECT_EQ(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"))
            << "the default locale follows";
    }
    EXPECT_EQ(QLocale(), before) << "the default locale is given back";
}

TEST(Localization, EachLanguageKeepsTheSystemsRegionWhenItSpeaksIt) {
    using L = Localization;
    EXPECT_EQ(L::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name(),
              QStringLiteral("de_AT"));
    EXPECT_EQ(L::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))).name(),
              QStringLiteral("de_DE"));
    EXPECT_EQ(L::localeFor(QStringLiteral("de"), QLocale::c()).name(), QStringLiteral("de_DE"));
    EXPECT_EQ(L::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))).name(),
              QStringLiteral("en_US"));
    EXPECT_EQ(L::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))).name(),
              QStringLiteral("en_GB"));
    EXPECT_EQ(
        L::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))).measurementSystem(),
        QLocale::ImperialUSSystem)
        << "US English prints on Letter";
}

// The one way a new language travels: each widget hears of it once per switch.
TEST(Localization, SwitchingTellsEveryWidgetOnce) {
    LanguageChangeCounter widget;
    Localization localization(nullptr);
    localization.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    const int before = widget.count;
    localization.apply(QStringLiteral("de"));
    QCoreApplication::processEvents();
    EXPECT_EQ(widget.count, before + 1);
    localization.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(widget.count, before + 2);
}
