// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/assessment.h"

#include <QColor>
#include <QString>

#include <string>

class QPalette;

namespace b12::core {
struct Article;
}

namespace b12::app {

/// The "section:" links in the result open these article sections.
inline const QString kSectionScheme = QStringLiteral("section");

/// How a level's box is drawn: a tint of the palette's base and a border strong enough to
/// see, lighter on dark palettes.
struct LevelColours {
    QColor border;
    QColor background;
};
[[nodiscard]] LevelColours levelColours(core::Level level, const QPalette& palette);

/// The result as rich text for a QTextBrowser: the level in a tinted box (colours taken
/// from `palette`, so they work in a dark palette too), each reason with the answers behind
/// it and links ("section:<id>") to the article sections that explain it, and the
/// disclaimer, and when the questionnaire was last reviewed (in the default locale's words).
/// An emergency result stands alone: what to do now and the signs behind it, with no link
/// away. Every text from data is escaped.
QString resultHtml(const core::Questionnaire& questionnaire, const core::Answers& answers,
                   const core::Assessment& assessment, const core::Article& article,
                   const std::string& language, const QPalette& palette);

} // namespace b12::app
