// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/coreproblems.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace b12::app {

namespace {

// "\"text\"" as core quotes it; the translation puts the captured text where it wants.
const QString kQuoted = QStringLiteral(R"re("([^"]*)")re");

struct Pattern {
    QString english;         ///< A regular expression over core's words.
    const char* translation; ///< With %1, %2 … for its captures, in order.
};

QString translated(const char* text) {
    return QCoreApplication::translate("b12::app::CoreProblems", text);
}

const std::array<Pattern, 9>& patterns() {
    static const std::array<Pattern, 9> kPatterns{{
        {QStringLiteral("pain must be 0 to (\\d+), not (-?\\d+)"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "pain must be 0 to %1, not %2")},
        {QStringLiteral("unknown symptom ") + kQuoted,
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "unknown symptom \"%1\"")},
        {QStringLiteral("symptom ") + kQuoted +
             QStringLiteral(" must be rated 0 to (\\d+), not (-?\\d+)"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems",
                           "symptom \"%1\" must be rated 0 to %2, not %3")},
        {QStringLiteral("unit must be one of (.*) for (.*), not ") + kQuoted,
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "unit must be one of %1 for %2, not \"%3\"")},
        {QStringLiteral("value must be above 0 and below (\\S+) (\\S+), not (\\S+)"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems",
                           "value must be above 0 and below %1 %2, not %3")},
        {kQuoted + QStringLiteral(" is not a real date and time"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "\"%1\" is not a real date and time")},
        {QStringLiteral("\\bentry (\\d+): "),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "entry %1: ")},
        {QStringLiteral("field ") + kQuoted + QStringLiteral(" is missing"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems", "field \"%1\" is missing")},
        {QStringLiteral("not valid JSON \\(the file may be cut short or damaged\\)"),
         QT_TRANSLATE_NOOP("b12::app::CoreProblems",
                           "not valid JSON (the file may be cut short or damaged)")},
    }};
    return kPatterns;
}

} // namespace

QString coreProblemText(std::string_view english) {
    QString text = QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size()));
    for (const Pattern& pattern : patterns()) {
        const QRegularExpression expression(pattern.english);
        const QRegularExpressionMatch match = expression.match(text);
        if (!match.hasMatch()) {
            continue;
        }
        QString replacement = translated(pattern.translation);
        for (int i = 1; i <= expression.captureCount(); ++i) {
            replacement = replacement.arg(match.captured(i));
        }
        text.replace(match.capturedStart(), match.capturedLength(), replacement);
    }
    return text;
}

} // namespace b12::app
