// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/saveddata.h"

namespace b12::app {

SavedData::SavedData(const QString& folder)
    : m_answers(m_questionnaire.questionnaire(), folder) // filled in by read(), in place
    , m_notes(folder) {}

bool SavedData::read() {
    if (!m_read) {
        m_read = m_questionnaire.load();
        if (*m_read) {
            m_answers.restore();
            m_notes.restore();
        }
    }
    return *m_read;
}

} // namespace b12::app
