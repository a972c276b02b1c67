// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarytrenddrawing.h"

#include "app/data/calendardate.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <utility>

namespace b12::app {

namespace {
// Heights in lines of text, so that the chart grows with the font.
constexpr qreal kLegendRoom = 1.6;
// Two rows under the plot, treatments above blood tests, so that a treatment and a blood
// test on the same day do not cover each other: the middle of each row, and the room both
// take, in lines under the plot.
constexpr qreal kTreatmentRow = 0.85;
constexpr qreal kBloodTestRow = 2.05;
constexpr qreal kMarkRoom = 2.9;
constexpr qreal kDateRoom = 1.4;
constexpr qreal kPreferredLines = 13;
constexpr qreal kMarkSize = 0.32; // of a line: half a mark's width
constexpr int kMaxPainScale = 10;
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kDaysPerWeek = 7;

QPainterPath triangle(QPointF centre, qreal half) {
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - half);
    path.lineTo(centre.x() + half, centre.y() + half);
    path.lineTo(centre.x() - half, centre.y() + half);
    path.closeSubpath();
    return path;
}

QPainterPath diamond(QPointF centre, qreal half) {
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - half);
    path.lineTo(centre.x() + half, centre.y());
    path.lineTo(centre.x(), centre.y() + half);
    path.lineTo(centre.x() - half, centre.y());
    path.closeSubpath();
    return path;
}

QString dateText(const QLocale& locale, std::chrono::year_month_day day) {
    return locale.toString(toQDate(day), QLocale::ShortFormat);
}
} // namespace

struct DiaryTrendDrawing::Frame {
    QRectF plot;
    qreal line = 0;
    qreal treatmentY = 0;
    qreal bloodTestY = 0;
    QFont font;
    QColor ink;
    QColor paper;
    std::chrono::sys_days first;
    int days = kDaysPerWeek;
    int legendLines = 1;
};

DiaryTrendDrawing::DiaryTrendDrawing(core::DiarySummary summary, const QLocale& locale)
    : m_summary(std::move(summary))
    , m_locale(locale) {}

qreal DiaryTrendDrawing::preferredHeight(const QFont& font, const QPaintDevice* device) {
    return QFontMetricsF(font, device).height() * kPreferredLines;
}

std::array<qreal, DiaryTrendDrawing::kLegendGroups>
DiaryTrendDrawing::legendWidths(const QFontMetricsF& metrics, qreal line) {
    // The words, the two line samples with their marks and words, and the letters' meaning;
    // each with the space after it.
    return {metrics.horizontalAdvance(tr("Leg pain 0–10, by week:")) + line,
            metrics.horizontalAdvance(tr("mean")) + metrics.horizontalAdvance(tr("highest")) +
                line * 6,
            metrics.horizontalAdvance(tr("T treatment, B blood test")) + line};
}

int DiaryTrendDrawing::legendLines(const QFontMetricsF& metrics, qreal line, qreal width) {
    // As paintLegend() places the groups: a new line for a group that does not fit.
    int lines = 1;
    qreal x = 0;
    for (const qreal groupWidth : legendWidths(metrics, line)) {
        if (x > 0 && x + groupWidth > width) {
            ++lines;
            x = 0;
        }
        x += groupWidth;
    }
    return lines;
}

qreal DiaryTrendDrawing::xOf(const Frame& frame, std::chrono::sys_days day, int minutes) const {
    const qreal offset = static_cast<qreal>((day - frame.first).count()) +
                         static_cast<qreal>(minutes) / kMinutesPerDay;
    return frame.plot.left() + frame.plot.width() * offset / frame.days;
}

void DiaryTrendDrawing::paint(QPainter& painter, const QRectF& area, const QFont& font,
                              const QPalette& palette) const {
    if (m_summary.weeks.empty()) {
        return;
    }
    Frame frame;
    frame.font = font;
    frame.ink = palette.color(QPalette::WindowText);
    frame.paper = palette.color(QPalette::Base);
    const QFontMetricsF metrics(font, painter.device());
    frame.line = metrics.height();
    const qreal left = area.left() + metrics.horizontalAdvance(QStringLiteral("10")) + frame.line;
    const qreal right = area.right() - frame.line;
    // The legend starts a line's width left of the plot (see paintLegend()).
    frame.legendLines = legendLines(metrics, frame.line, right - (left - frame.line));
    const qreal top = area.top() + frame.line * (kLegendRoom + frame.legendLines - 1);
    const qreal bottom = area.bottom() - frame.line * (kMarkRoom + kDateRoom);
    frame.plot = QRectF(QPointF(left, top), QPointF(right, std::max(top + frame.line, bottom)));
    frame.treatmentY = frame.plot.bottom() + frame.line * kTreatmentRow;
    frame.bloodTestY = frame.plot.bottom() + frame.line * kBloodTestRow;
    frame.first = std::chrono::sys_days(m_summary.weeks.front().start);
    frame.days = static_cast<int>(m_summary.weeks.size()) * kDaysPerWeek;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    paintLegend(painter, frame);
    paintAxes(painter, frame);
    paintPain(painter, frame);
    paintMarks(painter, frame);
    painter.restore();
}

void DiaryTrendDrawing::paintAxes(QPainter& painter, const Frame& frame) const {
    const QRectF& plot = frame.plot;
    QColor grid = frame.ink;
    grid.setAlphaF(0.25F);
    for (const int pain : {0, 5, kMaxPainScale}) {
        const qreal y = plot.bottom() - plot.height() * pain / kMaxPainScale;
        painter.setPen(QPen(pain == 0 ? frame.ink : grid, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(frame.ink);
        painter.drawText(QRectF(plot.left() - frame.line * 2.5, y - frame.line / 2,
                                frame.line * 2.5 - frame.line * 0.3, frame.line),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(pain));
    }
    const qreal dateTop = plot.bottom() + frame.line * kMarkRoom;
    const qreal half = plot.width() / 2;
    const auto& weeks = m_summary.weeks;
    painter.drawText(QRectF(plot.left(), dateTop, half, frame.line), Qt::AlignLeft,
                     dateText(m_locale, weeks.front().start));
    //: Under the right end of the diary's trend chart: the start of the current week.
    painter.drawText(QRectF(plot.left() + half, dateTop, half, frame.line), Qt::AlignRight,
                     tr("week of %1").arg(dateText(m_locale, weeks.back().start)));
}

void DiaryTrendDrawing::paintPain(QPainter& painter, const Frame& frame) const {
    const QRectF& plot = frame.plot;
    const qreal mark = frame.line * kMarkSize;
    QPainterPath meanLine;
    QPainterPath maxLine;
    std::vector<QPointF> means;
    std::vector<QPointF> maxima;
    for (const core::DiaryWeek& week : m_summary.weeks) {
        const qreal x = xOf(frame, std::chrono::sys_days(week.start) + std::chrono::days(3),
                            kMinutesPerDay / 2);
        if (week.meanPain) {
            means.emplace_back(x, plot.bottom() - plot.height() * *week.meanPain / kMaxPainScale);
        }
        if (week.maxPain) {
            maxima.emplace_back(x, plot.bottom() - plot.height() * *week.maxPain / kMaxPainScale);
        }
    }
    const auto polyline = [&painter](const std::vector<QPointF>& points, const QPen& pen) {
        painter.setPen(pen);
        for (std::size_t i = 1; i < points.size(); ++i) {
            painter.drawLine(points[i - 1], points[i]);
        }
    };
    polyline(maxima, QPen(frame.ink, frame.line * 0.08, Qt::DashLine));
    polyline(means, QPen(frame.ink, frame.line * 0.14));
    painter.setPen(QPen(frame.ink, frame.line * 0.08));
    painter.setBrush(frame.paper);
    for (const QPointF& point : maxima) {
        painter.drawPath(triangle(point, mark));
    }
    painter.setBrush(frame.ink);
    for (const QPointF& point : means) {
        painter.drawEllipse(point, mark * 0.8, mark * 0.8);
    }
}

void DiaryTrendDrawing::paintMarks(QPainter& painter, const Frame& frame) const {
    const qreal half = frame.line * 0.45;
    QFont small = frame.font;
    small.setPointSizeF(small.pointSizeF() * 0.75);
    painter.setFont(small);
    painter.setPen(QPen(frame.ink, frame.line * 0.06));
    painter.setBrush(frame.paper);
    const auto xAt = [this, &frame](const core::DiaryEntry& entry) {
        return xOf(frame, std::chrono::sys_days(entry.at.date()),
                   entry.at.hour * 60 + entry.at.minute);
    };
    for (const core::DiaryEntry& entry : m_summary.treatments) {
        const QRectF box(xAt(entry) - half, frame.treatmentY - half, 2 * half, 2 * half);
        painter.drawRect(box);
        //: The letter that marks a treatment in the diary's trend chart.
        painter.drawText(box, Qt::AlignCenter, tr("T"));
    }
    for (const core::DiaryEntry& entry : m_summary.bloodTests) {
        const QPointF centre(xAt(entry), frame.bloodTestY);
        painter.drawPath(diamond(centre, half * 1.2));
        //: The letter that marks a blood test in the diary's trend chart.
        painter.drawText(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half),
                         Qt::AlignCenter, tr("B"));
    }
    painter.setFont(frame.font);
}

void DiaryTrendDrawing::paintLegend(QPainter& painter, const Frame& frame) const {
    const QFontMetricsF metrics(frame.font, painter.device());
    const qreal top =
        frame.plot.top() - frame.line * (kLegendRoom + frame.legendLines - 1) + frame.line / 2;
    const qreal mark = frame.line * kMarkSize;
    const qreal start = frame.plot.left() - frame.line;
    const std::array<qreal, kLegendGroups> widths = legendWidths(metrics, frame.line);
    const qreal width = frame.plot.right() - start;
    qreal x = start;
    qreal y = top;
    // Each group starts a line of its own when the rest of the line is too short for it.
    const auto place = [&](int group) {
        if (x > start && x - start + widths.at(group) > width) {
            x = start;
            y += frame.line;
        }
    };
    const auto label = [&](const QString& text) {
        painter.setPen(frame.ink);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), text);
        x += metrics.horizontalAdvance(text) + frame.line;
    };
    place(0);
    label(tr("Leg pain 0–10, by week:"));
    place(1);
    painter.setPen(QPen(frame.ink, frame.line * 0.14));
    painter.drawLine(QPointF(x, y), QPointF(x + frame.line * 1.5, y));
    painter.setBrush(frame.ink);
    painter.drawEllipse(QPointF(x + frame.line * 0.75, y), mark * 0.8, mark * 0.8);
    x += frame.line * 2;
    label(tr("mean"));
    painter.setPen(QPen(frame.ink, frame.line * 0.08, Qt::DashLine));
    painter.drawLine(QPointF(x, y), QPointF(x + frame.line * 1.5, y));
    painter.setPen(QPen(frame.ink, frame.line * 0.08));
    painter.setBrush(frame.paper);
    painter.drawPath(triangle(QPointF(x + frame.line * 0.75, y), mark));
    x += frame.line * 2;
    label(tr("highest"));
    place(2);
    label(tr("T treatment, B blood test"));
}

} // namespace b12::app
