// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: reads a Qt Linguist .ts file.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

namespace b12::testing {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty for a finished one.
    bool numerus = false;
    QStringList translations; ///< One, or one per plural form.
};

inline std::vector<TsMessage> readTsFile(const QString& path, QString* error = nullptr) {
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.translations << xml.readElementText();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages.push_back(message);
        }
    }
    if (xml.hasError() && error != nullptr) {
        *error = xml.errorString();
    }
    return messages;
}

/// The placeholders a text uses: %1, %2, %n, in order of appearance, sorted.
inline QStringList placeholdersOf(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

/// True when the text marks a keyboard mnemonic ("&File"), not a literal "&&" or an HTML
/// entity of rich text ("A&amp;E").
inline bool hasMnemonic(const QString& text) {
    static const QRegularExpression mnemonic(
        QStringLiteral("(^|[^&])&(?!(?:[A-Za-z]+|#[0-9]+);)[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

/// What a translator still has to do in a .ts file, one line each; empty when complete.
inline QStringList problemsIn(const QString& path, int pluralForms) {
    QString error;
    const std::vector<TsMessage> messages = readTsFile(path, &error);
    QStringList problems;
    if (!error.isEmpty()) {
        problems << QStringLiteral("cannot read %1: %2").arg(path, error);
    }
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + m.type;
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms) {
            problems << where + QStringLiteral(" needs %1 plural forms").arg(pluralForms);
        }
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" has an empty translation");
            } else if (placeholdersOf(translation) != placeholdersOf(m.source)) {
                problems << where + QStringLiteral(" has other placeholders: \"") + translation +
                                QLatin1Char('"');
            } else if (hasMnemonic(m.source) != hasMnemonic(translation)) {
                problems << where + QStringLiteral(" loses or adds a keyboard mnemonic (&): \"") +
                                translation + QLatin1Char('"');
            }
        }
    }
    return problems;
}

} // namespace b12::testing
