// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/questionnaire.h"
#include "core/risk/riskdata.h"
#include "core/summary/summarytexts.h"

#include <QString>

#include <optional>
#include <string>

namespace b12::app {

/// Reads a data file whole. A file that cannot be read is an Error naming it, like a file
/// that does not parse.
[[nodiscard]] core::Result<std::string> readDataFile(const QString& path);

/// The data files the app ships beside its article, each read through its core parser:
/// every data file is read here and nowhere else. A file is read the first time it is
/// asked for, so a page that is never opened costs nothing, and kept.
class ShippedData {
public:
    /// Where the files are embedded; tests give a folder of their own.
    static inline const QString kFolder = QStringLiteral(":/data");

    explicit ShippedData(QString folder = kFolder);

    /// The questions asked (questionnaire.json), read anew on every call.
    [[nodiscard]] core::Result<core::Questionnaire> readQuestionnaire() const;
    /// How common low B12 is by age (risk-by-age.json), or why it could not be read.
    [[nodiscard]] const core::Result<core::RiskTable>& riskTable();
    /// The fixed texts of the printed summary (summary.json), or why they could not be read.
    [[nodiscard]] const core::Result<core::SummaryTexts>& summaryTexts();

private:
    [[nodiscard]] QString pathOf(const char* name) const;

    QString m_folder;
    std::optional<core::Result<core::RiskTable>> m_riskTable;
    std::optional<core::Result<core::SummaryTexts>> m_summaryTexts;
};

} // namespace b12::app
