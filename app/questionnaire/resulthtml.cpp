// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/questionnaire/resulthtml.h"

#include "app/print/sectionprinter.h"
#include "app/widgets/palette.h"
#include "core/article/article.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace b12::app {

namespace {

// A class of its own gives lupdate the context QCoreApplication::translate() looks up.
class Result {
    Q_DECLARE_TR_FUNCTIONS(b12::app::Result)
};

QString html(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QColor mix(const QColor& a, const QColor& b, double amount) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - amount) + b.redF() * amount),
                            static_cast<float>(a.greenF() * (1 - amount) + b.greenF() * amount),
                            static_cast<float>(a.blueF() * (1 - amount) + b.blueF() * amount));
}

// A tint of the page's own background and a border strong enough to see, lighter on dark
// palettes: clear without flashing red at the reader.
} // namespace

LevelColours levelColours(core::Level level, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDarkPalette(palette);
    QColor hue;
    switch (level) {
    case core::Level::Emergency:
        hue = dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0x8e, 0x00, 0x00);
        break;
    case core::Level::Urgent:
        hue = dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
        break;
    case core::Level::Routine:
        hue = dark ? QColor(0xff, 0xb9, 0x5c) : QColor(0x9a, 0x5b, 0x00);
        break;
    case core::Level::Information:
        hue = palette.color(QPalette::Highlight);
        break;
    }
    return {hue, mix(base, hue, dark ? 0.22 : 0.10)};
}

namespace {

QString sectionLinks(const std::vector<std::string>& ids, const core::Article& article) {
    QStringList links;
    for (const std::string& id : ids) {
        const core::Section* section = article.find(id);
        const QString title = section != nullptr ? html(section->title) : html(id);
        links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                     .arg(kSectionScheme, QString::fromStdString(id).toHtmlEscaped(), title);
    }
    return links.join(QStringLiteral(" · "));
}

} // namespace

QString resultHtml(const core::Questionnaire& questionnaire, const core::Answers& answers,
                   const core::Assessment& assessment, const core::Article& article,
                   const std::string& language, const QPalette& palette) {
    const LevelColours colours = levelColours(assessment.level, palette);
    const core::LevelTexts& level = core::levelTexts(questionnaire, assessment);
    const bool emergency = assessment.level == core::Level::Emergency;
    QString out;
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"14\" "
                          "style=\"border-style: solid; border-width: %3px; border-color: %1; "
                          "background-color: %2;\"><tr><td>")
               .arg(colours.border.name(), colours.background.name(),
                    QString::number(emergency ? 5 : 3));
    out += QStringLiteral("<h2>%1</h2>").arg(html(level.title.get(language)));
    out += QStringLiteral("<p><b>%1</b></p>").arg(html(level.advice.get(language)));
    if (emergency) {
        // An emergency result stands alone: what to do now, the signs behind it, and no
        // links away from it (NHS care cards).
        const core::Reason& reason = assessment.reasons.front();
        out += QStringLiteral("<p>%1</p><ul>").arg(html(reason.text.get(language)));
        for (const std::string& id : reason.answers) {
            if (const core::Question* question = questionnaire.find(id)) {
                out += QStringLiteral("<li>%1</li>").arg(html(question->label.get(language)));
            }
        }
        return out + QStringLiteral("</ul></td></tr></table>");
    }
    out += QStringLiteral("</td></tr></table>");

    out += QStringLiteral("<h3>%1</h3>").arg(Result::tr("Why this result").toHtmlEscaped());
    for (const core::Reason& reason : assessment.reasons) {
        if (&reason != &assessment.reasons.front()) {
            out += QStringLiteral("<hr>");
        }
        out += QStringLiteral("<p>%1</p>").arg(html(reason.text.get(language)));
        if (!reason.answers.empty()) {
            out += QStringLiteral("<p><i>%1</i></p><ul>")
                       .arg(Result::tr("Your answers behind it:").toHtmlEscaped());
            for (const std::string& id : reason.answers) {
                const core::Question* question = questionnaire.find(id);
                if (question == nullptr) {
                    continue;
                }
                out += QStringLiteral("<li>%1: <b>%2</b></li>")
                           .arg(html(question->label.get(language)),
                                html(core::describeAnswer(questionnaire, *question, answers,
                                                          language)));
            }
            out += QStringLiteral("</ul>");
        }
        if (!reason.sectionIds.empty()) {
            out += QStringLiteral("<p>%1 %2</p>")
                       .arg(Result::tr("Read more:").toHtmlEscaped(),
                            sectionLinks(reason.sectionIds, article));
        }
    }

    if (const std::size_t unanswered =
            questionnaire.questions.size() - core::answeredCount(questionnaire, answers);
        unanswered > 0) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(Result::tr("Questions not answered: %1. They count for nothing in this "
                                   "result; go back to answer them.")
                            .arg(unanswered)
                            .toHtmlEscaped());
    }
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(Result::tr("Please note").toHtmlEscaped(),
                    html(questionnaire.result.disclaimer.get(language)));
    // The app's default locale is the chosen language's (Localization::apply()).
    return out + QStringLiteral("<p>%1</p>")
                     .arg(lastReviewedText(questionnaire.reviewed, QLocale()).toHtmlEscaped());
}

} // namespace b12::app
