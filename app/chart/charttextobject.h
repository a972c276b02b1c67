// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"

#include <QObject>
#include <QPalette>
#include <QString>
#include <QTextObjectInterface>

#include <optional>
#include <string>
#include <string_view>

class QTextDocument;

namespace b12::app {

/// Puts an object of `objectType` where the HTML of `document` has <img src="`name`">, for
/// a QTextObjectInterface registered for that type to draw.
void replaceImagesByObject(QTextDocument& document, std::string_view name, int objectType);

/// The width of a chart in `document`: its text width, at most `maxMillimetres`, in the
/// units of the document's paint device.
[[nodiscard]] qreal chartWidth(const QTextDocument& document, qreal maxMillimetres);

/// The risk chart inside a rich-text document, drawn by paintRiskChart() whenever the
/// document is drawn: as vector graphics on paper and in a PDF, at any zoom on screen.
class ChartTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    /// The object type the chart's character carries in the document.
    static constexpr int kObjectType = QTextFormat::UserObject + 12;

    /// `palette` colours the chart for a screen; without one it is drawn for paper.
    ChartTextObject(core::RiskTable table, std::optional<std::string> bandId, QString language,
                    std::optional<QPalette> palette, QObject* parent = nullptr);

    /// Registers a chart object with `document` and puts the chart where its HTML has
    /// <img src="b12guide-chart:risk-by-age">. The document owns the object.
    static void install(QTextDocument& document, core::RiskTable table,
                        std::optional<std::string> bandId, const QString& language,
                        std::optional<QPalette> palette);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    core::RiskTable m_table;
    std::optional<std::string> m_bandId;
    QString m_language;
    std::optional<QPalette> m_palette;
};

} // namespace b12::app
