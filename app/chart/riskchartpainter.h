// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws the risk chart for print, through the chart library. Like riskchartpage.h it
// includes no Qt Charts header.

#include "core/risk/riskdata.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <string>

class QPainter;
class QPalette;

namespace b12::app {

/// Draws the risk-by-age bar chart with a legend under it into `target` on `painter`, as
/// vector graphics (lines, shapes and text, so that it stays sharp in a PDF). `bandId`
/// marks the person's age group; `language` chooses the texts. Text is sized for paper:
/// about 9 pt when `target` is as wide as a printed page's text. Without a `palette` it is
/// drawn in black on white, as for paper. Needs a QApplication.
void paintRiskChart(QPainter& painter, const QRectF& target, const core::RiskTable& table,
                    const std::optional<std::string>& bandId, const QString& language,
                    const QPalette* palette = nullptr);

} // namespace b12::app
