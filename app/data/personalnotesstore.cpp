// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/personalnotesstore.h"

#include "core/summary/personalnotes.h"

namespace b12::app {

PersonalNotesStore::PersonalNotesStore(QString folder, QObject* parent)
    : QObject(parent)
    , m_file(std::move(folder), QStringLiteral("notes.json"), QStringLiteral("unreadable"),
             static_cast<qint64>(core::kMaxNotesBytes), wording()) {
    connect(&m_file, &SavedFile::noticeChanged, this, &PersonalNotesStore::noticeChanged);
}

SavedFile::Wording PersonalNotesStore::wording() {
    SavedFile::Wording words;
    words.setAside = [](const QString& reason, const QString& aside) {
        return tr("Your saved notes could not be read (%1). The file was kept unchanged as %2.")
            .arg(reason, aside);
    };
    words.notSetAside = [](const QString& path, const QString& reason) {
        return tr("Your saved notes in %1 could not be read (%2). So that the file is not "
                  "overwritten, what you type here is not saved.")
            .arg(path, reason);
    };
    words.notSaved = [](const QString& /*path*/, const QString& reason) {
        return tr("Your notes could not be saved: %1").arg(reason);
    };
    words.notDeleted = [](const QString& path, const QString& reason) {
        return tr("Your notes in %1 could not be deleted: %2").arg(path, reason);
    };
    return words;
}

bool PersonalNotesStore::restore() {
    return m_file.restore([this](const QByteArray& bytes) {
        auto parsed = core::parsePersonalNotes(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
            "notes.json");
        if (!parsed) {
            return QString::fromStdString(parsed.error().message);
        }
        m_notes = std::move(parsed).value();
        return QString();
    });
}

bool PersonalNotesStore::setNotes(const core::PersonalNotes& notes) {
    if (notes == m_notes) {
        return true;
    }
    m_notes = notes;
    return m_file.save(core::serializePersonalNotes(m_notes));
}

bool PersonalNotesStore::clear() {
    m_notes = {};
    const bool deleted = m_file.clear();
    emit cleared();
    return deleted;
}

} // namespace b12::app
