// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws the chart of low B12 by age for print.

#include "core/risk/riskdata.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <string>

class QPainter;
class QPalette;

namespace b12::app {

/// Draws the chart of low B12 by age (RiskChartDrawing: a row per source, each figure one
/// labelled bar across its age groups) into `target` on `painter`, as vector graphics
/// (lines, shapes and text, so that it stays sharp in a PDF). `bandId` marks the person's
/// age group; `language` chooses the texts. Text is about 8.5 pt, sized for paper. Without a
/// `palette` it is drawn in black on white, as for paper. Needs a QGuiApplication.
void paintRiskChart(QPainter& painter, const QRectF& target, const core::RiskTable& table,
                    const std::optional<std::string>& bandId, const QString& language,
                    const QPalette* palette = nullptr);

/// The height the printed chart needs for its width, as a fraction of the width, when the
/// width is `widthInPoints` points.
[[nodiscard]] qreal riskChartHeightForWidth(const core::RiskTable& table, qreal widthInPoints);

} // namespace b12::app
