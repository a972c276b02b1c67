// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"

#include <QCoreApplication>
#include <QString>

namespace b12::app {

/// The words the chart, its table and its tooltips use for one figure of the risk data, so
/// that all three say the same thing.
class RiskText {
    Q_DECLARE_TR_FUNCTIONS(RiskText)
public:
    RiskText(const core::RiskTable& table, QString language);

    [[nodiscard]] QString text(const core::LocalizedText& text) const;
    [[nodiscard]] QString bandLabel(const core::AgeBand& band) const;
    [[nodiscard]] QString seriesName(const core::RiskSeries& series) const;

    /// "4.4%", "about 6%", "10% or more".
    [[nodiscard]] QString percent(const core::RiskValue& value) const;
    /// The source's age range in words: "over 50", "18 to 50", "75 and over".
    [[nodiscard]] QString ages(const core::RiskValue& value) const;
    /// True when the source reported this figure for more than one chart band at once.
    [[nodiscard]] bool coversSeveralBands(const core::RiskValue& value) const;

    /// The words on a bar: "4.4%", "about 5%", "≥10%"; a figure for a wide age range says
    /// the range: "over 50: 4.4%".
    [[nodiscard]] QString barLabel(const core::RiskValue& value) const;
    /// A figure's short name for screen readers: "over 50: 4.4%, Evatt et al. 2009: below
    /// 148 pmol/L" (age group, value, source and cut-off; no citation).
    [[nodiscard]] QString figureName(const core::RiskSeries& series,
                                     const core::RiskValue& value) const;
    /// A table cell: "4.4%\n(all over 50)" or "–" when the source gives no figure.
    [[nodiscard]] QString cell(const core::RiskSeries& series, const core::AgeBand& band) const;
    /// Everything about one figure in plain text: ages, exact value, source, cut-off, people.
    [[nodiscard]] QString details(const core::RiskSeries& series, const core::AgeBand& band) const;
    [[nodiscard]] QString details(const core::RiskSeries& series,
                                  const core::RiskValue& value) const;
    /// A shorter form for a tooltip: ages and value, the source's name, the cut-off.
    [[nodiscard]] QString tooltip(const core::RiskSeries& series,
                                  const core::RiskValue& value) const;
    /// The sources of the figures as an HTML list: each citation once with its link, and
    /// the series shown from it.
    [[nodiscard]] QString sourcesHtml() const;
    /// Every source once, in plain text, for a screen reader's description.
    [[nodiscard]] QString sourcesText() const;

    /// "Evatt ML, … (2009). Title. Journal." without the link.
    [[nodiscard]] QString citation(const core::Citation& citation) const;
    /// The distinct cut-offs of all series, in the order they first appear.
    [[nodiscard]] QStringList cutOffs() const;
    /// A summary of every figure for the chart's accessible description.
    [[nodiscard]] QString summary() const;

private:
    /// The age group of a one-group figure ("65–74"), the source's range of a wider one.
    [[nodiscard]] QString agesOf(const core::RiskValue& value) const;
    /// Source, cut-off and people, one a line.
    [[nodiscard]] QStringList aboutSeries(const core::RiskSeries& series,
                                          const core::RiskValue* value) const;

    const core::RiskTable& m_table;
    QString m_language;
};

} // namespace b12::app
