// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QTextObjectInterface>

#include <memory>
#include <optional>

class QTextDocument;

namespace b12::app {

class DiaryTrendDrawing;

/// The diary's trend chart inside the summary's rich text, drawn by DiaryTrendDrawing
/// whenever the document is drawn: as vector graphics on paper and in a PDF.
class DiaryChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 13;

    /// `palette` colours the chart for a screen; without one it is drawn black on white.
    DiaryChartObject(std::unique_ptr<DiaryTrendDrawing> drawing, std::optional<QPalette> palette,
                     QObject* parent);
    ~DiaryChartObject() override;
    DiaryChartObject(const DiaryChartObject&) = delete;
    DiaryChartObject& operator=(const DiaryChartObject&) = delete;
    DiaryChartObject(DiaryChartObject&&) = delete;
    DiaryChartObject& operator=(DiaryChartObject&&) = delete;

    /// Registers a chart object with `document` and puts the chart where its HTML has
    /// <img src="b12guide-chart:diary-trend">. The document owns the object.
    static void install(QTextDocument& document, std::unique_ptr<DiaryTrendDrawing> drawing,
                        std::optional<QPalette> palette);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    std::unique_ptr<DiaryTrendDrawing> m_drawing;
    std::optional<QPalette> m_palette;
};

} // namespace b12::app
