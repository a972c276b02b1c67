// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"

#include <QTableWidget>

#include <cstddef>
#include <optional>

namespace b12::app {

class RiskText;

/// The chart's figures as a table: one row per series, one column per age band, each cell
/// the figure with the full details as its screen-reader text. Arrow keys move between the
/// cells; Tab leaves the table.
class RiskTableView : public QTableWidget {
    Q_OBJECT
public:
    /// `table` must outlive the view.
    RiskTableView(const core::RiskTable& table, QWidget* parent = nullptr);

    /// Every text in the words (and the language) of `words`.
    void retranslate(const RiskText& words);
    /// Marks a band's column (bold, "your age group" in its header); nothing clears it.
    void setHighlightedBand(std::optional<std::size_t> band, const RiskText& words);

private:
    const core::RiskTable& m_table;
};

} // namespace b12::app
