// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/risktext.h"
#include "app/widgets/fromstd.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace b12::app {

RiskText::RiskText(const core::RiskTable& table, QString language)
    : m_table(table)
    , m_language(std::move(language)) {}

QString RiskText::text(const core::LocalizedText& text) const {
    return fromStd(text.get(m_language.toStdString()));
}

QString RiskText::bandLabel(const core::AgeBand& band) const {
    return text(band.label);
}

QString RiskText::seriesName(const core::RiskSeries& series) const {
    return text(series.name);
}

QString RiskText::percent(const core::RiskValue& value) const {
    const QLocale locale;
    const QString number = value.percent == std::round(value.percent)
                               ? locale.toString(static_cast<int>(value.percent))
                               : locale.toString(value.percent, 'g', 6);
    switch (value.qualifier) {
    case core::Qualifier::About:
        return tr("about %1%").arg(number);
    case core::Qualifier::OrMore:
        return tr("%1% or more").arg(number);
    case core::Qualifier::Exact:
        break;
    }
    return tr("%1%").arg(number);
}

QString RiskText::ages(const core::RiskValue& value) const {
    if (!value.agesLabel.empty()) {
        return text(value.agesLabel);
    }
    if (value.ages.to) {
        return tr("%1 to %2").arg(value.ages.from).arg(*value.ages.to);
    }
    return tr("%1 and over").arg(value.ages.from);
}

bool RiskText::coversSeveralBands(const core::RiskValue& value) const {
    return std::count_if(
               m_table.bands.begin(), m_table.bands.end(),
               [&](const core::AgeBand& band) { return value.ages.contains(band.ages); }) > 1;
}

QString RiskText::cell(const core::RiskSeries& series, const core::AgeBand& band) const {
    const core::RiskValue* value = series.valueFor(band);
    if (value == nullptr) {
        return QStringLiteral("–");
    }
    if (coversSeveralBands(*value)) {
        return tr("%1\n(all %2)", "table cell: percent, the source's age range")
            .arg(percent(*value), ages(*value));
    }
    return percent(*value);
}

QString RiskText::barLabel(const core::RiskValue& value) const {
    const QString number =
        value.qualifier == core::Qualifier::OrMore
            ? tr("≥%1%", "at least this percent").arg(QLocale().toString(value.percent))
            : percent(value);
    return coversSeveralBands(value) ? tr("%1: %2", "ages: percent").arg(ages(value), number)
                                     : number;
}

QString RiskText::agesOf(const core::RiskValue& value) const {
    if (!coversSeveralBands(value)) {
        if (const auto span = m_table.bandsCovered(value.ages)) {
            return bandLabel(m_table.bands[span->first]);
        }
    }
    return ages(value);
}

QString RiskText::figureName(const core::RiskSeries& series, const core::RiskValue& value) const {
    return tr("%1: %2, %3", "ages: percent, series name")
        .arg(agesOf(value), percent(value), seriesName(series));
}

QString RiskText::details(const core::RiskSeries& series, const core::AgeBand& band) const {
    if (const core::RiskValue* value = series.valueFor(band)) {
        return details(series, *value);
    }
    QStringList lines{
        tr("%1: this source gives no figure for this age group").arg(bandLabel(band))};
    lines << aboutSeries(series, nullptr);
    return lines.join(QLatin1Char('\n'));
}

QString RiskText::details(const core::RiskSeries& series, const core::RiskValue& value) const {
    QStringList lines{tr("%1: %2", "ages: percent").arg(agesOf(value), percent(value))};
    if (coversSeveralBands(value)) {
        lines << tr("Reported for all ages %1 as one group, not for each age group.")
                     .arg(ages(value));
    }
    lines << aboutSeries(series, &value);
    return lines.join(QLatin1Char('\n'));
}

QStringList RiskText::aboutSeries(const core::RiskSeries& series,
                                  const core::RiskValue* value) const {
    QStringList lines;
    if (series.measure == core::Measure::Marginal) {
        lines << tr("Counts people in the “marginal” range just above the deficiency cut-off, "
                    "not people below it.");
    }
    QString source = citation(series.citation);
    if (value != nullptr && !value->sourceLocation.empty()) {
        source += QLatin1Char(' ') + fromStd(value->sourceLocation) + QLatin1Char('.');
    }
    lines << tr("Source: %1").arg(source);
    lines << tr("Cut-off: %1").arg(text(series.cutOff));
    QString people = text(series.population);
    if (!series.surveyYears.empty()) {
        people += tr(", surveyed %1").arg(fromStd(series.surveyYears));
    }
    const std::optional<int> n = value != nullptr && value->n ? value->n : series.n;
    if (n) {
        people += tr(", %1 people measured").arg(QLocale().toString(*n));
    }
    lines << tr("People: %1").arg(people);
    return lines;
}

QString RiskText::tooltip(const core::RiskSeries& series, const core::RiskValue& value) const {
    return QStringList{tr("%1: %2", "ages: percent").arg(agesOf(value), percent(value)),
                       seriesName(series), tr("Cut-off: %1").arg(text(series.cutOff))}
        .join(QLatin1Char('\n'));
}

QString RiskText::sourcesText() const {
    QStringList out;
    std::set<std::string> listed;
    for (const core::RiskSeries& series : m_table.series) {
        if (listed.insert(series.citation.url).second) {
            out << citation(series.citation);
        }
    }
    return tr("Sources: %1").arg(out.join(QLatin1Char(' ')));
}

QString RiskText::citation(const core::Citation& citation) const {
    QString title = fromStd(citation.title);
    if (!title.isEmpty() && !QStringLiteral(".?!").contains(title.back())) {
        title += QLatin1Char('.');
    }
    QString out = tr("%1 (%2). %3", "authors (year). title")
                      .arg(fromStd(citation.authors))
                      .arg(citation.year)
                      .arg(title);
    if (!citation.journal.empty()) {
        out += QLatin1Char(' ') + fromStd(citation.journal) + QLatin1Char('.');
    }
    return out;
}

QStringList RiskText::cutOffs() const {
    QStringList out;
    for (const core::RiskSeries& series : m_table.series) {
        const QString cutOff = text(series.cutOff);
        if (!out.contains(cutOff)) {
            out << cutOff;
        }
    }
    return out;
}

QString RiskText::summary() const {
    QStringList bands;
    for (const core::AgeBand& band : m_table.bands) {
        bands << bandLabel(band);
    }
    QStringList parts;
    parts << tr("Chart of how many people had low vitamin B12 in published studies, by age "
                "group (%1): one row per source and cut-off, one bar per figure across the age "
                "groups it was reported for; the figures below the deficiency cut-off apart "
                "from the “marginal” ones just above it.")
                 .arg(bands.join(QStringLiteral(", ")));
    for (const core::RiskSeries& series : m_table.series) {
        QStringList values;
        for (const core::RiskValue& value : series.values) {
            values << tr("%1: %2", "ages: percent").arg(ages(value), percent(value));
        }
        parts << tr("%1 — %2.").arg(seriesName(series), values.join(QStringLiteral("; ")));
    }
    return parts.join(QLatin1Char(' '));
}

QString RiskText::sourcesHtml() const {
    QString html = QStringLiteral("<ol>");
    std::set<std::string> listed;
    for (const core::RiskSeries& series : m_table.series) {
        const core::Citation& source = series.citation;
        if (!listed.insert(source.url).second) {
            continue;
        }
        const QString url = fromStd(source.url);
        html +=
            QStringLiteral("<li>%1 <a href=\"%2\">%3</a>")
                .arg(citation(source).toHtmlEscaped(), url.toHtmlEscaped(), url.toHtmlEscaped());
        if (!source.seeAlsoUrl.empty()) {
            const QString seeAlso = fromStd(source.seeAlsoUrl);
            html += QStringLiteral("<br>%1: <a href=\"%2\">%3</a>")
                        .arg(text(source.seeAlsoText).toHtmlEscaped(), seeAlso.toHtmlEscaped(),
                             seeAlso.toHtmlEscaped());
        }
        for (const core::RiskSeries& shown : m_table.series) {
            if (shown.citation.url != source.url) {
                continue;
            }
            QString people = text(shown.population);
            if (!shown.surveyYears.empty()) {
                people += tr(", surveyed %1").arg(fromStd(shown.surveyYears));
            }
            html += QStringLiteral("<br>") +
                    tr("Shown as “%1”: %2.").arg(seriesName(shown), people).toHtmlEscaped();
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace b12::app
