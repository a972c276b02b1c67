// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "Low B12 by Age" page as a person meets it: the bars and their numbers, each figure
// drawn once across its age groups, the table with the same numbers, the highlighted age
// group, details by pointer and by keyboard, short names for screen readers, sources, dark
// palette, and no word of "risk" in either language.
#include "app/chart/riskchartpage.h"
#include "app/chart/riskchartview.h"
#include "app/chart/risktext.h"
#include "app/data/answersstore.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"
#include "tests/support/testservices.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <set>

using namespace b12;
using namespace b12::app;

namespace {

const core::RiskTable& riskTable() {
    static const core::RiskTable table = [] {
        auto loaded = ShippedData().riskTable();
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toString();
            return core::RiskTable{};
        }
        return loaded.value();
    }();
    return table;
}

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2c));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x34));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    return palette;
}

// Pixels that differ clearly from the picture's background (its top-left corner).
int paintedPixels(const QImage& image) {
    const QColor background = image.pixelColor(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                    std::abs(c.blue() - background.blue()) >
                60) {
                ++count;
            }
        }
    }
    return count;
}

class RiskChartPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(riskTable().series.empty());
        m_page = std::make_unique<RiskChartPage>(m_services.services());
        m_page->resize(1200, 900);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    RiskChartView* chartView() const {
        return m_page->findChild<RiskChartView*>(QStringLiteral("riskChartView"));
    }
    QTableWidget* table() const {
        return m_page->findChild<QTableWidget*>(QStringLiteral("riskTable"));
    }
    QString label(const char* objectName) const {
        auto* widget = m_page->findChild<QLabel*>(QLatin1String(objectName));
        return widget != nullptr ? widget->text()
                                 : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
    }
    // The figure of a series (by id) whose bar covers a band (by id), if any is drawn there.
    std::optional<ChartFigure> figureIn(std::string_view seriesId, std::string_view bandId) const {
        const core::RiskTable& data = riskTable();
        const QRectF column = chartView()->drawing().bandColumn(*data.bandIndex(bandId));
        for (const ChartFigure& figure : chartView()->drawing().figures()) {
            const QRectF bar = chartView()->drawing().barRect(figure);
            if (data.series[figure.series].id == seriesId && bar.left() < column.center().x() &&
                bar.right() > column.center().x()) {
                return figure;
            }
        }
        return std::nullopt;
    }

    b12::testing::TestServices m_services;
    std::unique_ptr<RiskChartPage> m_page;
};

} // namespace

TEST_F(RiskChartPageTest, AWideRangeFigureIsOneBarAcrossItsAgeGroupsAndNowhereElse) {
    ASSERT_NE(chartView(), nullptr);
    const RiskChartDrawing& drawing = chartView()->drawing();
    // Eight figures in the data, eight bars: Evatt 2, Qi 1 + 1, Clarke 2, Allen 1 + 1.
    EXPECT_EQ(drawing.figures().size(), 8U);
    // Qi reported 3.9% for everyone over 50: one bar over 51–59 to 75+, none for 18–50.
    const auto qi = figureIn("qi-2014-deficient", "51-59");
    ASSERT_TRUE(qi);
    for (const char* band : {"60-64", "65-74", "75-plus"}) {
        EXPECT_EQ(figureIn("qi-2014-deficient", band), qi) << band;
    }
    EXPECT_FALSE(figureIn("qi-2014-deficient", "18-50"));
    // Allen's "60 and over" starts at 60; Clarke has nothing under 65; Evatt's two figures
    // are two bars.
    EXPECT_FALSE(figureIn("allen-2009-deficient", "51-59"));
    EXPECT_EQ(figureIn("allen-2009-deficient", "60-64"),
              figureIn("allen-2009-deficient", "75-plus"));
    EXPECT_FALSE(figureIn("clarke-2004", "60-64"));
    EXPECT_NE(figureIn("clarke-2004", "65-74"), figureIn("clarke-2004", "75-plus"));
    EXPECT_NE(figureIn("evatt-2009", "18-50"), figureIn("evatt-2009", "51-59"));
    // Taller for the larger figure, within a row.
    EXPECT_GT(drawing.barRect(*figureIn("evatt-2009", "51-59")).height(),
              drawing.barRect(*figureIn("evatt-2009", "18-50")).height());

    // In the picture: Qi's row is painted over 60–64 and empty over 18–50.
    const QImage picture = chartView()->grab().toImage();
    const qreal ratio = picture.devicePixelRatio();
    const QRectF bar = drawing.barRect(*qi);
    const auto pixel = [&](std::string_view band) {
        const QPointF at(drawing.bandColumn(*riskTable().bandIndex(band)).center().x(),
                         bar.bottom() - 3);
        return picture.pixelColor((at * ratio).toPoint()).rgb();
    };
    const QRgb qiColour = chartView()->seriesColours().at(1).rgb();
    EXPECT_EQ(pixel("60-64"), qiColour);
    EXPECT_NE(pixel("18-50"), qiColour);
    EXPECT_EQ(pixel("18-50"), chartView()->palette().color(QPalette::Base).rgb());
}

TEST_F(RiskChartPageTest, EveryBarSaysItsValueAndEachPanelWhatItCounts) {
    const QStringList texts = chartView()->drawing().texts();
    for (const char* expected :
         {"2.6%", "over 50: 4.4%", "over 50: 3.9%", "about 5%", "≥10%", "60 and over: about 6%",
          "over 50: 20.7%", "60 and over: about 20%", "People with B12 below the cut-off (%)",
          "People with B12 in the “marginal” range just above it (%)", "Age group (years)",
          "Qi et al. 2014: below 148 pmol/L, without anaemia"}) {
        EXPECT_TRUE(texts.contains(QString::fromUtf8(expected))) << expected;
    }
    // "10% or more" is not drawn as exactly 10.
    EXPECT_FALSE(texts.contains(QStringLiteral("10%")));
    // The deficiency panel comes first and holds no marginal series.
    const qsizetype marginalTitle =
        texts.indexOf(QStringLiteral("People with B12 in the “marginal” range just above it (%)"));
    EXPECT_GT(marginalTitle, texts.indexOf(QStringLiteral("Allen 2009: below 148 pmol/L")));
    EXPECT_LT(marginalTitle,
              texts.indexOf(QStringLiteral("Qi et al. 2014: marginal, 148–258 pmol/L, without "
                                           "anaemia")));
    // One colour per series, in the swatch at the start of each row.
    const QList<QColor> colours = chartView()->seriesColours();
    std::set<QRgb> distinct;
    for (const QColor& colour : colours) {
        distinct.insert(colour.rgb());
    }
    EXPECT_EQ(distinct.size(), static_cast<std::size_t>(colours.size()));
}

TEST_F(RiskChartPageTest, CaptionNamesEveryCutOffAndSourcesListEveryLink) {
    const QString caption = label("riskChartCaption");
    EXPECT_TRUE(caption.startsWith(QStringLiteral("In these studies low vitamin B12 was more "
                                                  "common at older ages.")));
    EXPECT_TRUE(caption.contains(QStringLiteral("is one bar across the age groups it covers")));
    EXPECT_FALSE(caption.contains(QStringLiteral("colour"))) << caption.toStdString();
    for (const char* cutOff :
         {"below 148 pmol/L", "below 150 pmol/L", "148 to 258 pmol/L", "148 to 221 pmol/L"}) {
        EXPECT_TRUE(caption.contains(QLatin1String(cutOff))) << cutOff;
    }
    const QString sources = label("riskSources");
    for (const core::RiskSeries& series : riskTable().series) {
        EXPECT_TRUE(sources.contains(QString::fromStdString(series.citation.url))) << series.id;
    }
    EXPECT_TRUE(label("articleFiguresNote").contains(QStringLiteral("no published source")));
}

TEST_F(RiskChartPageTest, SourceLinksOpenOnlyThroughTheSystemBrowser) {
    QList<QUrl> opened;
    m_page->setUrlOpener([&opened](const QUrl& url) { opened << url; });
    auto* sources = m_page->findChild<QLabel*>(QStringLiteral("riskSources"));
    ASSERT_NE(sources, nullptr);
    EXPECT_EQ(sources->openExternalLinks(), false);
    emit sources->linkActivated(QStringLiteral("https://www.nice.org.uk/guidance/ng239"));
    emit sources->linkActivated(QStringLiteral("file:///etc/passwd"));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0], QUrl(QStringLiteral("https://www.nice.org.uk/guidance/ng239")));
}

TEST_F(RiskChartPageTest, TableShowsEachFigureOnceWithAShortName) {
    auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("showAsTable"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->accessibleName().isEmpty());
    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(m_page->isShowingTable());
    QTableWidget* view = table();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(chartView()->isVisible());

    const core::RiskTable& data = riskTable();
    ASSERT_EQ(view->rowCount(), static_cast<int>(data.series.size()));
    ASSERT_EQ(view->columnCount(), 5);
    const RiskText words(data, QStringLiteral("en"));
    for (int row = 0; row < view->rowCount(); ++row) {
        const core::RiskSeries& series = data.series[static_cast<std::size_t>(row)];
        EXPECT_EQ(view->verticalHeaderItem(row)->text(), words.seriesName(series));
        for (int column = 0; column < view->columnCount(); ++column) {
            const QString spoken = view->item(row, column)->data(Qt::AccessibleTextRole).toString();
            // Short: ages, value and source; the citation is in the table's description.
            EXPECT_LT(spoken.size(), 90) << spoken.toStdString();
            EXPECT_FALSE(spoken.contains(QString::fromStdString(series.citation.title)));
            EXPECT_TRUE(spoken.contains(words.seriesName(series))) << spoken.toStdString();
        }
    }
    // A wide age range is one cell across its age groups; approximate figures say so.
    EXPECT_EQ(view->columnSpan(0, 1), 4);
    EXPECT_EQ(view->columnSpan(0, 0), 1);
    EXPECT_EQ(view->columnSpan(3, 2), 3);
    EXPECT_EQ(view->item(0, 1)->text(), QStringLiteral("4.4%\n(all over 50)"));
    EXPECT_EQ(view->item(0, 1)->data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("over 50: 4.4%, Evatt et al. 2009: below 148 pmol/L"));
    EXPECT_EQ(view->item(1, 0)->text(), QStringLiteral("–"));
    EXPECT_EQ(view->item(2, 3)->text(), QStringLiteral("about 5%"));
    EXPECT_EQ(view->item(2, 4)->text(), QStringLiteral("10% or more"));
    // Each citation once, in the description.
    const QString description = view->accessibleDescription();
    EXPECT_EQ(description.count(QStringLiteral("Evatt ML")), 1) << description.toStdString();
    EXPECT_EQ(description.count(QStringLiteral("Allen LH")), 1);

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(m_page->isShowingTable());
    EXPECT_TRUE(chartView()->isVisible());
}

TEST_F(RiskChartPageTest, KeyboardReachesEveryFigureThroughTheTable) {
    auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("showAsTable"));
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    ASSERT_TRUE(m_page->isShowingTable());
    QTableWidget* view = table();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(view->currentRow(), 2);
    EXPECT_EQ(view->currentColumn(), 3);
    const QString details = label("figureDetails");
    EXPECT_TRUE(details.contains(QStringLiteral("65–74: about 5%"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Clarke R"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("below 150 pmol/L"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("3,511"))) << details.toStdString();
}

TEST_F(RiskChartPageTest, ArrowKeysMoveOverTheBarsAndShowTheirDetails) {
    RiskChartView* view = chartView();
    EXPECT_EQ(view->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    view->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(view->hasFocus());
    // Focus lands on the first bar.
    EXPECT_TRUE(label("figureDetails").startsWith(QStringLiteral("18–50: 2.6%")))
        << label("figureDetails").toStdString();
    EXPECT_EQ(view->accessibleName(),
              QStringLiteral("18–50: 2.6%, Evatt et al. 2009: below 148 pmol/L"));

    QTest::keyClick(view, Qt::Key_Right);
    QString details = label("figureDetails");
    EXPECT_TRUE(details.startsWith(QStringLiteral("over 50: 4.4%"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Reported for all ages over 50 as one group")));
    EXPECT_TRUE(details.contains(QStringLiteral("Evatt ML")));
    EXPECT_TRUE(details.contains(QStringLiteral("Table 3")));

    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_TRUE(label("figureDetails").startsWith(QStringLiteral("over 50: 3.9%")));
    EXPECT_TRUE(view->accessibleName().contains(QStringLiteral("without anaemia")));
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_TRUE(label("figureDetails").startsWith(QStringLiteral("65–74: about 5%")))
        << label("figureDetails").toStdString();
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_TRUE(label("figureDetails").startsWith(QStringLiteral("75 and over: 10% or more")));
    QTest::keyClick(view, Qt::Key_Right); // the end of the row: stays
    EXPECT_TRUE(label("figureDetails").startsWith(QStringLiteral("75 and over: 10% or more")));
    QTest::keyClick(view, Qt::Key_End);
    EXPECT_TRUE(label("figureDetails").contains(QStringLiteral("148 to 221 pmol/L")));
    EXPECT_TRUE(label("figureDetails").contains(QStringLiteral("“marginal” range")));
    EXPECT_LT(view->accessibleName().size(), 80) << view->accessibleName().toStdString();

    // The focus mark is drawn round the current bar only while the chart has the focus.
    const ChartFigure current = *view->currentFigure();
    const QRectF bar = view->drawing().barRect(current);
    const qreal line = QFontMetricsF(view->font()).lineSpacing();
    const auto markPixel = [&] {
        const QImage picture = view->grab().toImage();
        const QPointF at(bar.left() - line * 0.22, bar.center().y());
        return picture.pixelColor((at * picture.devicePixelRatio()).toPoint()).lightness();
    };
    ASSERT_LT(view->palette().color(QPalette::Text).lightness(), 80);
    EXPECT_LT(markPixel(), 80); // drawn in the text colour
    view->clearFocus();
    EXPECT_GT(markPixel(), 200); // the background
}

TEST_F(RiskChartPageTest, HoveringABarShowsItsExactValueSourceAndCutOff) {
    RiskChartView* view = chartView();
    const auto evatt = figureIn("evatt-2009", "60-64");
    ASSERT_TRUE(evatt);
    const QPoint onBar = view->drawing().barRect(*evatt).center().toPoint();
    QSignalSpy hovered(view, &RiskChartView::figureHovered);
    QTest::mouseMove(view, onBar + QPoint(0, view->height()));
    QTest::mouseMove(view, onBar);
    ASSERT_GE(hovered.count(), 1) << "no hover at " << onBar.x() << "," << onBar.y();
    const QString details = label("figureDetails");
    EXPECT_TRUE(details.startsWith(QStringLiteral("over 50: 4.4%"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Evatt ML")));
    EXPECT_TRUE(details.contains(QStringLiteral("below 148 pmol/L")));
}

TEST_F(RiskChartPageTest, ChartViewDescribesTheDataForScreenReaders) {
    RiskChartView* view = chartView();
    EXPECT_EQ(view->accessibleName(), QStringLiteral("Chart of low vitamin B12 by age group"));
    const QString description = view->accessibleDescription();
    for (const char* figure : {"2.6%", "4.4%", "3.9%", "about 5%", "10% or more", "about 6%",
                               "20.7%", "about 20%", "Evatt", "Clarke", "Allen", "Qi"}) {
        EXPECT_TRUE(description.contains(QLatin1String(figure))) << figure;
    }
    EXPECT_EQ(description.count(QStringLiteral("Clarke R")), 1);
    EXPECT_TRUE(description.contains(QStringLiteral("Show as table")));
    EXPECT_TRUE(description.contains(QStringLiteral("arrow keys")));
}

TEST_F(RiskChartPageTest, HighlightMarksTheBandAndSaysSo) {
    EXPECT_FALSE(m_page->highlightedBand());
    EXPECT_FALSE(chartView()->highlightedBand());
    const QImage before = chartView()->grab().toImage();

    m_page->setAgeAnswer(std::string("65-74"));
    ASSERT_EQ(m_page->highlightedBand(), std::optional<std::string>("65-74"));
    EXPECT_EQ(chartView()->highlightedBand(), std::optional<std::size_t>(3));
    const QImage after = chartView()->grab().toImage();
    const QRectF column = chartView()->drawing().bandColumn(3);
    const QPoint inColumn =
        (QPointF(column.left() + 2, column.top() + 2) * after.devicePixelRatio()).toPoint();
    EXPECT_NE(after.pixelColor(inColumn), before.pixelColor(inColumn));
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("65–74")));
    EXPECT_TRUE(
        table()->horizontalHeaderItem(3)->text().contains(QStringLiteral("your age group")));
    EXPECT_FALSE(table()->horizontalHeaderItem(4)->text().contains(QStringLiteral("your age")));
    EXPECT_TRUE(chartView()->accessibleDescription().contains(QStringLiteral("65–74")));

    m_page->setAgeAnswer(std::string("under-18"));
    EXPECT_FALSE(m_page->highlightedBand());
    EXPECT_FALSE(chartView()->highlightedBand());
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("under 18")));

    m_page->setAgeAnswer(std::nullopt);
    EXPECT_FALSE(chartView()->highlightedBand());
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("Answer the age question")));
}

TEST_F(RiskChartPageTest, DarkPaletteDrawsLightOnDark) {
    const QList<QColor> light = chartView()->seriesColours();
    m_page->setPalette(darkPalette());
    EXPECT_NE(chartView()->seriesColours(), light);
    const QImage dark = m_page->renderChart(QSize(800, 700));
    EXPECT_LT(dark.pixelColor(2, 2).lightness(), 128);
    EXPECT_GT(paintedPixels(dark), 800 * 700 / 50);

    m_page->setPalette(QPalette());
    EXPECT_EQ(chartView()->seriesColours(), light);
}

TEST_F(RiskChartPageTest, RenderedChartIsNotBlank) {
    const QImage image = m_page->renderChart(QSize(800, 700));
    ASSERT_EQ(image.size(), QSize(800, 700));
    // Bars, axes, labels and names: well over 2% of the picture.
    EXPECT_GT(paintedPixels(image), 800 * 700 / 50);
}

TEST_F(RiskChartPageTest, ChartGrowsWithTheWidgetFont) {
    const int before = chartView()->heightForWidth(800);
    QFont big = m_page->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_page->setFont(big);
    QTest::qWait(50);
    EXPECT_DOUBLE_EQ(chartView()->font().pointSizeF(), big.pointSizeF());
    EXPECT_GT(chartView()->heightForWidth(800), before * 3 / 2);
    EXPECT_GE(chartView()->height(), chartView()->heightForWidth(chartView()->width()) - 1);
}

// The chart shows how common low B12 was in surveys, not anyone's risk: no name says so.
TEST(RiskChartPage, NoNameSaysRiskInEitherLanguage) {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        b12::testing::TestServices services;
        ASSERT_TRUE(services.localization().apply(language));
        MainWindow window(services.services());
        ASSERT_TRUE(window.showPage(QStringLiteral("chart")));
        QStringList names;
        for (const QTabBar* tabs : window.findChildren<QTabBar*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                names << tabs->tabText(i) << tabs->accessibleName();
            }
        }
        for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
            names << button->text();
        }
        // The summary's option to print the chart (its page is not made here).
        names << QCoreApplication::translate("b12::app::SummaryForm", "&Chart of low B12 by age");
        auto* page = window.findChild<RiskChartPage*>();
        ASSERT_NE(page, nullptr);
        for (const QWidget* widget : page->findChildren<QWidget*>()) {
            names << widget->accessibleName() << widget->accessibleDescription();
            if (const auto* text = qobject_cast<const QLabel*>(widget);
                text != nullptr && text->objectName() != QStringLiteral("riskSources")) {
                names << text->text();
            }
        }
        names << page->findChild<RiskChartView*>()->drawing().texts();
        const QString all = names.join(QLatin1Char('\n'));
        EXPECT_TRUE(all.contains(language == QStringLiteral("de") ? QStringLiteral("nach Alter")
                                                                  : QStringLiteral("by Age")))
            << all.toStdString();
        for (const char* word : {"risk", "Risiko"}) {
            EXPECT_FALSE(all.contains(QLatin1String(word), Qt::CaseInsensitive))
                << language.toStdString() << ": " << word << " in\n"
                << all.toStdString();
        }
    }
}

TEST(RiskChartPage, DataThatFailedToLoadIsExplainedNotDrawn) {
    QTemporaryDir data;
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/data/questionnaire.json"),
                            data.filePath(QStringLiteral("questionnaire.json"))));
    QFile broken(data.filePath(QStringLiteral("risk-by-age.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"series": "x"})");
    broken.close();
    b12::testing::TestServices services(data.path());
    RiskChartPage page(services.services());
    page.show();
    EXPECT_EQ(page.findChild<RiskChartView*>(), nullptr);
    auto* error = page.findChild<QLabel*>(QStringLiteral("riskChartError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(QStringLiteral("risk-by-age.json")))
        << error->text().toStdString();
    EXPECT_FALSE(page.renderChart(QSize(100, 100)).isNull());
}

TEST(RiskChartPage, HighlightFollowsTheStoredAnswer) {
    b12::testing::TestServices services;
    AnswersStore& answers = services.answers();
    ASSERT_TRUE(answers.setAnswer(QStringLiteral("age_band"), std::string("60-64")));

    auto page = std::make_unique<RiskChartPage>(services.services());
    EXPECT_EQ(page->highlightedBand(), std::optional<std::string>("60-64"));
    ASSERT_TRUE(answers.setAnswer(QStringLiteral("age_band"), std::string("75-plus")));
    EXPECT_EQ(page->highlightedBand(), std::optional<std::string>("75-plus"));
    ASSERT_TRUE(answers.setAnswer(QStringLiteral("age_band"), std::string("under-18")));
    EXPECT_FALSE(page->highlightedBand());
    answers.clearAnswer(QStringLiteral("age_band"));
    EXPECT_FALSE(page->highlightedBand());
}

TEST(RiskChartPage, MainWindowCreatesTheChartOnlyWhenShown) {
    b12::testing::TestServices services;
    MainWindow window(services.services());
    EXPECT_TRUE(window.pageIds().contains(QStringLiteral("chart")));
    EXPECT_EQ(window.pageHost()->pageWidget(QStringLiteral("chart")), nullptr);
    EXPECT_EQ(window.findChild<RiskChartView*>(), nullptr);
    ASSERT_TRUE(window.showPage(QStringLiteral("chart")));
    EXPECT_NE(qobject_cast<RiskChartPage*>(window.pageHost()->pageWidget(QStringLiteral("chart"))),
              nullptr);
    EXPECT_NE(window.findChild<RiskChartView*>(), nullptr);
}
