// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace b12::app {

/// The chart's legend as ordinary widgets: a colour swatch and the full, wrapping name of
/// each series. Qt Charts' own legend cuts long names short ("Evatt et al. 200…"), worse
/// at large zoom; this one wraps instead and screen readers can read it.
class RiskChartLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString name;
        QColor colour;
    };

    explicit RiskChartLegend(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    [[nodiscard]] QStringList names() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSwatches();

    QGridLayout* m_grid = nullptr;
    QList<Entry> m_entries;
    QList<QLabel*> m_swatches;
    QList<QLabel*> m_names;
};

} // namespace b12::app
