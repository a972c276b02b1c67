// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QObject>
#include <QString>

namespace b12::app {

/// Reads one language's content files from a folder (normally the embedded ":/content").
std::vector<core::ContentFile> readContentFiles(const QString& folder);

/// Owns the article the app shows. Loads it once from the embedded resources.
class ContentLibrary : public QObject {
    Q_OBJECT
public:
    /// `root` holds one folder per language ("en", "de", ...).
    explicit ContentLibrary(QString root = QStringLiteral(":/content"), QObject* parent = nullptr);

    /// Loads the article; on failure article() is empty and the error says why.
    bool load();
    [[nodiscard]] const core::Article& article() const { return m_article; }
    [[nodiscard]] const QString& errorMessage() const { return m_error; }

private:
    QString m_root;
    core::Article m_article;
    QString m_error;
};

} // namespace b12::app
