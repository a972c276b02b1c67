// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/risktableview.h"

#include "app/chart/risktext.h"

#include <QHeaderView>

namespace b12::app {

namespace {
constexpr int kPercentRole = Qt::UserRole;
} // namespace

RiskTableView::RiskTableView(const core::RiskTable& table, QWidget* parent)
    : QTableWidget(static_cast<int>(table.series.size()), static_cast<int>(table.bands.size()),
                   parent)
    , m_table(table) {
    setObjectName(QStringLiteral("riskTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    // Tab leaves the table; the arrow keys move between its cells.
    setTabKeyNavigation(false);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (std::size_t s = 0; s < m_table.series.size(); ++s) {
        setVerticalHeaderItem(static_cast<int>(s), new QTableWidgetItem);
        for (std::size_t b = 0; b < m_table.bands.size(); ++b) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (const core::RiskValue* value = m_table.series[s].valueFor(m_table.bands[b])) {
                item->setData(kPercentRole, value->percent);
            }
            setItem(static_cast<int>(s), static_cast<int>(b), item);
        }
    }
    for (std::size_t b = 0; b < m_table.bands.size(); ++b) {
        setHorizontalHeaderItem(static_cast<int>(b), new QTableWidgetItem);
    }
    // A figure a source reported for a wide age range is one cell across its age groups.
    for (std::size_t s = 0; s < m_table.series.size(); ++s) {
        for (const core::RiskValue& value : m_table.series[s].values) {
            const std::optional<core::BandSpan> span = m_table.bandsCovered(value.ages);
            if (span && span->count() > 1) {
                setSpan(static_cast<int>(s), static_cast<int>(span->first), 1,
                        static_cast<int>(span->count()));
            }
        }
    }
}

void RiskTableView::retranslate(const RiskText& words) {
    setAccessibleName(tr("Table of low vitamin B12 by age group"));
    setAccessibleDescription(
        tr("One row per source and cut-off, one column per age group; each cell holds the "
           "percentage of people with low vitamin B12, a figure for a wide age range one cell "
           "across its age groups.") +
        QLatin1Char(' ') + words.sourcesText());
    for (std::size_t s = 0; s < m_table.series.size(); ++s) {
        const core::RiskSeries& series = m_table.series[s];
        QTableWidgetItem* header = verticalHeaderItem(static_cast<int>(s));
        header->setText(words.seriesName(series));
        header->setToolTip(words.citation(series.citation));
        for (std::size_t b = 0; b < m_table.bands.size(); ++b) {
            QTableWidgetItem* cell = item(static_cast<int>(s), static_cast<int>(b));
            cell->setText(words.cell(series, m_table.bands[b]));
            cell->setToolTip(words.details(series, m_table.bands[b]));
            const core::RiskValue* value = series.valueFor(m_table.bands[b]);
            cell->setData(
                Qt::AccessibleTextRole,
                value != nullptr
                    ? words.figureName(series, *value)
                    : tr("%1: no figure, %2", "age group: no figure, series name")
                          .arg(words.bandLabel(m_table.bands[b]), words.seriesName(series)));
        }
    }
}

void RiskTableView::setHighlightedBand(std::optional<std::size_t> band, const RiskText& words) {
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    for (std::size_t b = 0; b < m_table.bands.size(); ++b) {
        const bool mine = band == b;
        const QString label = words.bandLabel(m_table.bands[b]);
        horizontalHeaderItem(static_cast<int>(b))
            ->setText(mine ? tr("%1\n(your age group)").arg(label) : label);
        for (int row = 0; row < rowCount(); ++row) {
            const int column = static_cast<int>(b);
            const bool covers =
                band && *band >= b && *band < b + static_cast<std::size_t>(columnSpan(row, column));
            item(row, column)->setFont(covers ? bold : normal);
        }
    }
}

} // namespace b12::app
