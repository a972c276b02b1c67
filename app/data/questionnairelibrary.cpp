// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/questionnairelibrary.h"

#include <QFile>

namespace b12::app {

QuestionnaireLibrary::QuestionnaireLibrary(QString path)
    : m_path(std::move(path)) {}

bool QuestionnaireLibrary::load() {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_questionnaire = {};
        m_error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = core::parseQuestionnaire(std::string_view(bytes.constData(), bytes.size()),
                                           m_path.toStdString());
    if (!parsed) {
        m_questionnaire = {};
        m_error = QString::fromStdString(parsed.error().toString());
        return false;
    }
    m_questionnaire = std::move(parsed).value();
    m_error.clear();
    return true;
}

} // namespace b12::app
