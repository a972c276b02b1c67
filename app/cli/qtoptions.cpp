// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/qtoptions.h"

#include <algorithm>
#include <array>

namespace b12::app {

namespace {
// From the QGuiApplication and QApplication documentation (Qt 6.4).
constexpr std::array kWithValue{
    "platform",    "platformpluginpath", "platformtheme", "plugin",  "qwindowgeometry", "geometry",
    "qwindowicon", "qwindowtitle",       "title",         "session", "display",         "name",
    "style",       "stylesheet",         "qmljsdebugger"};
constexpr std::array kWithoutValue{"reverse", "widgetcount", "nograb", "dograb", "sync"};

template <std::size_t N>
bool contains(const std::array<const char*, N>& names, const QString& name) {
    return std::any_of(names.begin(), names.end(),
                       [&name](const char* candidate) { return name == QLatin1String(candidate); });
}
} // namespace

QStringList withoutQtOptions(const QStringList& arguments) {
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) { // the rest are not options
            kept << arguments.mid(i);
            break;
        }
        const bool singleDash = i > 0 && argument.startsWith(QLatin1Char('-')) &&
                                !argument.startsWith(QLatin1String("--"));
        const QString name = argument.mid(1);
        if (singleDash && contains(kWithValue, name)) {
            ++i; // its value too
            continue;
        }
        if (singleDash && contains(kWithoutValue, name)) {
            continue;
        }
        kept << argument;
    }
    return kept;
}

} // namespace b12::app
