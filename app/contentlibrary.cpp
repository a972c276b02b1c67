// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/contentlibrary.h"

#include <QDir>
#include <QFile>

namespace b12::app {

std::vector<core::ContentFile> readContentFiles(const QString& folder) {
    std::vector<core::ContentFile> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            files.push_back({dir.filePath(name).toStdString(), bytes.toStdString()});
        }
    }
    return files;
}

ContentLibrary::ContentLibrary(QString root, QObject* parent)
    : QObject(parent)
    , m_root(std::move(root)) {}

bool ContentLibrary::load() {
    auto parsed = core::parseArticle(readContentFiles(m_root + QStringLiteral("/en")));
    if (!parsed) {
        m_article = {};
        m_error = QString::fromStdString(parsed.error().toString());
        return false;
    }
    m_article = std::move(parsed).value();
    m_error.clear();
    return true;
}

} // namespace b12::app
