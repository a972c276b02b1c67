// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diary/diarystats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

#include <array>

class QFont;
class QFontMetricsF;
class QPaintDevice;
class QPainter;
class QPalette;

namespace b12::app {

/// The diary's trend over its last weeks, drawn with a QPainter for the screen and for
/// paper alike: leg pain 0–10 up the side, the weeks across; the weekly mean pain as a solid
/// line with round dots, the weekly highest as a dashed line with triangles; below the
/// axis, each treatment as a "T" in a square and each blood test as a "B" in a diamond, on
/// its day. Shapes, line styles, letters and a legend tell the marks apart without colour.
class DiaryTrendDrawing {
    Q_DECLARE_TR_FUNCTIONS(DiaryTrendDrawing)
public:
    /// `summary` holds the weeks to draw, oldest first (core::summarizeDiary()).
    DiaryTrendDrawing(core::DiarySummary summary, const QLocale& locale);

    /// The height the chart wants with text in `font` on `device` (the screen when null).
    [[nodiscard]] static qreal preferredHeight(const QFont& font,
                                               const QPaintDevice* device = nullptr);
    /// Draws the chart into `area` with text in `font` and the colours of `palette`.
    void paint(QPainter& painter, const QRectF& area, const QFont& font,
               const QPalette& palette) const;
    [[nodiscard]] const core::DiarySummary& summary() const { return m_summary; }

private:
    struct Frame;
    /// The legend's groups: the words, the two lines' samples, the letters' meaning.
    static constexpr int kLegendGroups = 3;
    [[nodiscard]] static std::array<qreal, kLegendGroups> legendWidths(const QFontMetricsF& metrics,
                                                                       qreal line);
    /// How many lines the legend takes in `width`; a group that does not fit on a line
    /// starts the next.
    [[nodiscard]] static int legendLines(const QFontMetricsF& metrics, qreal line, qreal width);
    [[nodiscard]] qreal xOf(const Frame& frame, std::chrono::sys_days day, int minutes) const;
    void paintAxes(QPainter& painter, const Frame& frame) const;
    void paintPain(QPainter& painter, const Frame& frame) const;
    void paintMarks(QPainter& painter, const Frame& frame) const;
    void paintLegend(QPainter& painter, const Frame& frame) const;

    core::DiarySummary m_summary;
    QLocale m_locale;
};

} // namespace b12::app
