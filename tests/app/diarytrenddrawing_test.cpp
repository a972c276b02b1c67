// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarytrenddrawing.h"
#include "core/diary/diaryfile.h"
#include "core/diary/diarystats.h"

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSize>
#include <QStringList>

#include <gtest/gtest.h>

#include <chrono>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::chrono_literals;
using b12::app::DiaryTrendDrawing;

// The chart of four weeks to Friday 27 November 2026 with these entries, drawn black on
// white as on paper, in the application's font or one `pixelSize` pixels high.
QImage chartOf(std::initializer_list<std::string_view> entries, QSize size = {600, 260},
               int pixelSize = 0) {
    QStringList list;
    for (const std::string_view entry : entries) {
        list << QString::fromUtf8(entry.data(), static_cast<qsizetype>(entry.size()));
    }
    const QString file =
        QStringLiteral(R"({"format": "b12guide-diary", "version": 1, "entries": [%1]})")
            .arg(list.join(QStringLiteral(", ")));
    const std::vector<std::string> symptoms{"leg_tingling"};
    const auto diary = b12::core::parseDiary(file.toStdString(), symptoms, "test.json");
    if (!diary) {
        ADD_FAILURE() << diary.error().message;
        return {};
    }
    const DiaryTrendDrawing drawing(
        b12::core::summarizeDiary(diary.value(), 2026y / std::chrono::November / 27d, 4),
        QLocale(QLocale::English, QLocale::UnitedKingdom));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPalette palette;
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    QFont font = QGuiApplication::font();
    if (pixelSize > 0) {
        font.setPixelSize(pixelSize);
    }
    QPainter painter(&image);
    drawing.paint(painter, QRectF(image.rect()), font, palette);
    return image;
}

constexpr std::string_view kPain = R"({"at": "2026-11-10T08:00", "kind": "symptoms", "pain": 6})";
constexpr std::string_view kTreatment =
    R"({"at": "2026-11-12T09:00", "kind": "treatment", "form": "injection"})";
constexpr std::string_view kBloodTest = R"({"at": "2026-11-12T09:00", "kind": "blood_test", )"
                                        R"("test": "total_b12", "value": 180, "unit": "pmol/L"})";

} // namespace

TEST(DiaryTrendDrawing, ABloodTestOnTheDayOfATreatmentLeavesTheTreatmentsMarkReadable) {
    const QImage treatmentOnly = chartOf({kPain, kTreatment});
    const QImage both = chartOf({kPain, kTreatment, kBloodTest});
    ASSERT_EQ(treatmentOnly.size(), both.size());
    int inked = 0;
    int covered = 0;
    for (int y = 0; y < treatmentOnly.height(); ++y) {
        for (int x = 0; x < treatmentOnly.width(); ++x) {
            if (treatmentOnly.pixel(x, y) == qRgb(255, 255, 255)) {
                continue;
            }
            ++inked;
            if (both.pixel(x, y) != treatmentOnly.pixel(x, y)) {
                ++covered;
            }
        }
    }
    EXPECT_GT(inked, 0);
    EXPECT_EQ(covered, 0) << "the blood test's mark is drawn over the treatment's";
    EXPECT_NE(treatmentOnly, both) << "the blood test has a mark of its own";
}

TEST(DiaryTrendDrawing, InLargeTextTheLegendTakesMoreLinesInsteadOfRunningOffTheEdge) {
    const QImage chart = chartOf({kPain, kTreatment}, {420, 460}, 24);
    int inkAtTheEdge = 0;
    for (int y = 0; y < chart.height(); ++y) {
        for (int x = chart.width() - 3; x < chart.width(); ++x) {
            inkAtTheEdge += chart.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    EXPECT_EQ(inkAtTheEdge, 0);
}
