// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "Risk by Age" page as a person meets it: the bars and their numbers, the table with
// the same numbers, the highlighted age group, hover details, sources, dark palette.
#include "app/chart/riskchartpage.h"
#include "app/data/answersstore.h"
#include "app/shell/mainwindow.h"
#include "app/shell/pagehost.h"
#include "tests/support/testservices.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsRectItem>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

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

    QChartView* chartView() const {
        return m_page->findChild<QChartView*>(QStringLiteral("riskChartView"));
    }
    QBarSeries* barSeries() const {
        const QList<QAbstractSeries*> series = chartView()->chart()->series();
        return series.size() == 1 ? qobject_cast<QBarSeries*>(series.front()) : nullptr;
    }
    QTableWidget* table() const {
        return m_page->findChild<QTableWidget*>(QStringLiteral("riskTable"));
    }
    QString label(const char* objectName) const {
        auto* widget = m_page->findChild<QLabel*>(QLatin1String(objectName));
        return widget != nullptr ? widget->text()
                                 : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
    }
    QGraphicsRectItem* highlightRect() const {
        for (QGraphicsItem* item : chartView()->chart()->childItems()) {
            auto* rect = qgraphicsitem_cast<QGraphicsRectItem*>(item);
            if (rect != nullptr && item->data(0) == QStringLiteral("yourAgeGroup")) {
                return rect;
            }
        }
        return nullptr;
    }

    b12::testing::TestServices m_services;
    std::unique_ptr<RiskChartPage> m_page;
};

} // namespace

TEST_F(RiskChartPageTest, OneBarSetPerSeriesWithTheSourcesValues) {
    ASSERT_NE(chartView(), nullptr);
    QBarSeries* series = barSeries();
    ASSERT_NE(series, nullptr);
    const core::RiskTable& data = riskTable();
    ASSERT_EQ(series->count(), static_cast<int>(data.series.size()));

    auto* axis = qobject_cast<QBarCategoryAxis*>(chartView()->chart()->axes(Qt::Horizontal).at(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->categories(), (QStringList{QStringLiteral("18–50"), QStringLiteral("51–59"),
                                               QStringLiteral("60–64"), QStringLiteral("65–74"),
                                               QStringLiteral("75 and over")}));

    // The published figures, band by band (0 where the source gives none).
    const std::vector<std::pair<QString, QList<qreal>>> expected{
        {QStringLiteral("Evatt et al. 2009"), {2.6, 4.4, 4.4, 4.4, 4.4}},
        {QStringLiteral("Qi et al. 2014: below"), {0, 3.9, 3.9, 3.9, 3.9}},
        {QStringLiteral("Clarke et al. 2004"), {0, 0, 0, 5, 10}},
        {QStringLiteral("Allen 2009: below"), {0, 0, 6, 6, 6}},
        {QStringLiteral("Qi et al. 2014: marginal"), {0, 20.7, 20.7, 20.7, 20.7}},
        {QStringLiteral("Allen 2009: marginal"), {0, 0, 20, 20, 20}},
    };
    const QList<QBarSet*> sets = series->barSets();
    ASSERT_EQ(sets.size(), static_cast<qsizetype>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QBarSet* set = sets[static_cast<qsizetype>(i)];
        EXPECT_TRUE(set->label().startsWith(expected[i].first)) << set->label().toStdString();
        ASSERT_EQ(set->count(), 5);
        for (int band = 0; band < 5; ++band) {
            EXPECT_DOUBLE_EQ(set->at(band), expected[i].second[band])
                << set->label().toStdString() << " band " << band;
        }
    }
    // A legend names every source in full, in the colour of its bars.
    for (qsizetype i = 0; i < sets.size(); ++i) {
        auto* name = m_page->findChild<QLabel*>(QStringLiteral("legendName%1").arg(i));
        ASSERT_NE(name, nullptr);
        EXPECT_TRUE(name->isVisible());
        EXPECT_EQ(name->text(), sets[i]->label());
        auto* swatch = m_page->findChild<QLabel*>(QStringLiteral("legendSwatch%1").arg(i));
        ASSERT_NE(swatch, nullptr);
        const QImage square = swatch->pixmap().toImage();
        EXPECT_EQ(square.pixelColor(square.width() / 2, square.height() / 2).rgb(),
                  sets[i]->color().rgb());
    }
    // One colour per series.
    std::set<QRgb> colours;
    for (QBarSet* set : sets) {
        colours.insert(set->color().rgb());
    }
    EXPECT_EQ(colours.size(), sets.size());
    EXPECT_EQ(chartView()->chart()->animationOptions(), QChart::NoAnimation);
}

TEST_F(RiskChartPageTest, CaptionNamesEveryCutOffAndSourcesListEveryLink) {
    const QString caption = label("riskChartCaption");
    EXPECT_TRUE(caption.contains(QStringLiteral("Illustrative")));
    EXPECT_TRUE(caption.contains(QStringLiteral("cut-off")));
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

TEST_F(RiskChartPageTest, TableShowsTheSameNumbersAsTheBars) {
    auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("showAsTable"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->accessibleName().isEmpty());
    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(m_page->isShowingTable());
    QTableWidget* view = table();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(chartView()->isVisible());

    const QList<QBarSet*> sets = barSeries()->barSets();
    ASSERT_EQ(view->rowCount(), sets.size());
    ASSERT_EQ(view->columnCount(), 5);
    for (int row = 0; row < view->rowCount(); ++row) {
        EXPECT_EQ(view->verticalHeaderItem(row)->text(), sets[row]->label());
        for (int column = 0; column < view->columnCount(); ++column) {
            const QTableWidgetItem* item = view->item(row, column);
            const qreal bar = sets[row]->at(column);
            if (bar == 0) {
                EXPECT_EQ(item->text(), QStringLiteral("–"));
                EXPECT_FALSE(item->data(Qt::UserRole).isValid());
                continue;
            }
            EXPECT_DOUBLE_EQ(item->data(Qt::UserRole).toDouble(), bar);
            EXPECT_TRUE(item->text().contains(QLocale().toString(bar)))
                << item->text().toStdString() << " vs " << bar;
            const QString spoken = item->data(Qt::AccessibleTextRole).toString();
            EXPECT_TRUE(spoken.contains(QStringLiteral("Source:"))) << spoken.toStdString();
            EXPECT_TRUE(spoken.contains(QStringLiteral("Cut-off:"))) << spoken.toStdString();
        }
    }
    // Wide age ranges and approximate figures say so.
    EXPECT_EQ(view->item(0, 2)->text(), QStringLiteral("4.4%\n(all over 50)"));
    EXPECT_EQ(view->item(2, 3)->text(), QStringLiteral("about 5%"));
    EXPECT_EQ(view->item(2, 4)->text(), QStringLiteral("10% or more"));
    EXPECT_TRUE(view->item(0, 2)->toolTip().contains(
        QStringLiteral("reported for all ages over 50 as one group")));

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

TEST_F(RiskChartPageTest, HoveringABarShowsItsExactValueSourceAndCutOff) {
    QChartView* view = chartView();
    QBarSeries* series = barSeries();
    QBarSet* evatt = series->barSets().at(0);
    // The middle of Evatt's bar in the 60–64 group: the first of six bars in that group.
    const qreal groupWidth = 0.9;
    const qreal barX = 2 - groupWidth / 2 + groupWidth / 12;
    const QPointF inChart = view->chart()->mapToPosition(QPointF(barX, 2.0), series);
    const QPoint onScreen = view->mapFromScene(view->chart()->mapToScene(inChart));
    QSignalSpy hovered(evatt, &QBarSet::hovered);
    QTest::mouseMove(view->viewport(), onScreen - QPoint(0, 40));
    QTest::mouseMove(view->viewport(), onScreen);
    ASSERT_GE(hovered.count(), 1) << "no hover at " << onScreen.x() << "," << onScreen.y();
    EXPECT_EQ(hovered.last().at(1).toInt(), 2);
    const QString details = label("figureDetails");
    EXPECT_TRUE(details.contains(QStringLiteral("60–64: 4.4%"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("reported for all ages over 50 as one group")));
    EXPECT_TRUE(details.contains(QStringLiteral("Evatt ML")));
    EXPECT_TRUE(details.contains(QStringLiteral("below 148 pmol/L")));
    EXPECT_TRUE(details.contains(QStringLiteral("Table 3")));
}

TEST_F(RiskChartPageTest, ChartViewDescribesTheDataForScreenReaders) {
    QChartView* view = chartView();
    EXPECT_FALSE(view->accessibleName().isEmpty());
    const QString description = view->accessibleDescription();
    for (const char* figure : {"2.6%", "4.4%", "3.9%", "about 5%", "10% or more", "about 6%",
                               "20.7%", "about 20%", "Evatt", "Clarke", "Allen", "Qi"}) {
        EXPECT_TRUE(description.contains(QLatin1String(figure))) << figure;
    }
    EXPECT_TRUE(description.contains(QStringLiteral("Show as table")));
}

TEST_F(RiskChartPageTest, HighlightMarksTheBandAndSaysSo) {
    EXPECT_FALSE(m_page->highlightedBand());
    QGraphicsRectItem* rect = highlightRect();
    ASSERT_NE(rect, nullptr);
    EXPECT_FALSE(rect->isVisible());

    m_page->setAgeAnswer(std::string("65-74"));
    ASSERT_EQ(m_page->highlightedBand(), std::optional<std::string>("65-74"));
    EXPECT_TRUE(rect->isVisible());
    const QRectF plot = chartView()->chart()->plotArea();
    const qreal band = plot.width() / 5;
    EXPECT_NEAR(rect->rect().left(), plot.left() + 3 * band, 1.0);
    EXPECT_NEAR(rect->rect().width(), band, 1.0);
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("65–74")));
    EXPECT_TRUE(
        table()->horizontalHeaderItem(3)->text().contains(QStringLiteral("your age group")));
    EXPECT_FALSE(table()->horizontalHeaderItem(4)->text().contains(QStringLiteral("your age")));
    EXPECT_TRUE(chartView()->accessibleDescription().contains(QStringLiteral("65–74")));

    m_page->setAgeAnswer(std::string("under-18"));
    EXPECT_FALSE(m_page->highlightedBand());
    EXPECT_FALSE(rect->isVisible());
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("under 18")));

    m_page->setAgeAnswer(std::nullopt);
    EXPECT_FALSE(rect->isVisible());
    EXPECT_TRUE(label("yourAgeGroup").contains(QStringLiteral("Answer the age question")));
}

TEST_F(RiskChartPageTest, DarkPaletteSwitchesTheChartTheme) {
    EXPECT_EQ(chartView()->chart()->theme(), QChart::ChartThemeLight);
    m_page->setPalette(darkPalette());
    EXPECT_EQ(chartView()->chart()->theme(), QChart::ChartThemeDark);
    // Text stays readable: axis labels take the palette's text colour, not the theme's.
    auto* axis = chartView()->chart()->axes(Qt::Vertical).at(0);
    EXPECT_EQ(axis->labelsBrush().color(), darkPalette().color(QPalette::Text));
    const QImage dark = m_page->renderChart(QSize(800, 500));
    EXPECT_LT(dark.pixelColor(2, 2).lightness(), 128);
    EXPECT_GT(paintedPixels(dark), 800 * 500 / 50);

    m_page->setPalette(QPalette());
    EXPECT_EQ(chartView()->chart()->theme(), QChart::ChartThemeLight);
}

TEST_F(RiskChartPageTest, RenderedChartIsNotBlank) {
    const QImage image = m_page->renderChart(QSize(800, 500));
    ASSERT_EQ(image.size(), QSize(800, 500));
    // Bars, axes, labels and legend: well over 2% of the picture.
    EXPECT_GT(paintedPixels(image), 800 * 500 / 50);
}

TEST_F(RiskChartPageTest, ChartTextFollowsTheWidgetFont) {
    QFont big = m_page->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_page->setFont(big);
    auto* axis = chartView()->chart()->axes(Qt::Horizontal).at(0);
    EXPECT_DOUBLE_EQ(axis->labelsFont().pointSizeF(), big.pointSizeF());
    // At large text in a narrow window long band labels wrap instead of being cut short.
    m_page->resize(700, 900);
    QTest::qWait(50);
    auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
    ASSERT_NE(categories, nullptr);
    const QString wrapped = categories->categories().last();
    EXPECT_TRUE(wrapped.contains(QStringLiteral("<br>"))) << wrapped.toStdString();
    EXPECT_EQ(QString(wrapped).replace(QStringLiteral("<br>"), QStringLiteral(" ")),
              QStringLiteral("75 and over"));
    auto* legendName = m_page->findChild<QLabel*>(QStringLiteral("legendName0"));
    ASSERT_NE(legendName, nullptr);
    EXPECT_DOUBLE_EQ(legendName->font().pointSizeF(), big.pointSizeF());
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
    EXPECT_EQ(page.findChild<QChartView*>(), nullptr);
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
    EXPECT_EQ(window.findChild<QChartView*>(), nullptr);
    ASSERT_TRUE(window.showPage(QStringLiteral("chart")));
    EXPECT_NE(qobject_cast<RiskChartPage*>(window.pageHost()->pageWidget(QStringLiteral("chart"))),
              nullptr);
    EXPECT_NE(window.findChild<QChartView*>(), nullptr);
}
