// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/saveddata.h"

namespace b12::app {

SavedData::SavedData(const QString& folder, const QString& dataFolder)
    : m_questionnaire(dataFolder)
    , m_answers(m_questionnaire.questionnaire(), folder) // filled in by read(), in place
    , m_notes(folder)
    , m_diary(m_questionnaire.questionnaire(), folder) {}

bool SavedData::read() {
    if (!m_questionnaire.load()) {
        return false;
    }
    m_answers.restore();
    m_notes.restore();
    m_diary.restore();
    return true;
}

QStringList SavedData::deleteAll() {
    QStringList problems;
    if (!m_answers.clear()) {
        problems << m_answers.lastError();
    }
    if (!m_notes.clear()) {
        problems << m_notes.notice();
    }
    if (!m_diary.clear()) {
        problems << m_diary.lastError();
    }
    return problems;
}

} // namespace b12::app
