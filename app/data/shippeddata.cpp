// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/shippeddata.h"

#include <QCoreApplication>
#include <QFile>

namespace b12::app {

namespace {

// Reads `path` and hands its text to `parse`, one of core's parsers.
template <class T>
core::Result<T> loadWith(const QString& path,
                         core::Result<T> (*parse)(std::string_view, std::string_view)) {
    auto text = readDataFile(path);
    if (!text) {
        return text.error();
    }
    return parse(text.value(), path.toStdString());
}

} // namespace

core::Result<std::string> readDataFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            path.toStdString(), 0,
            QCoreApplication::translate("b12::app::ShippedData", "could not be read: %1")
                .arg(file.errorString())
                .toStdString()};
    }
    return file.readAll().toStdString();
}

ShippedData::ShippedData(QString folder)
    : m_folder(std::move(folder)) {}

QString ShippedData::pathOf(const char* name) const {
    return m_folder + QLatin1Char('/') + QLatin1String(name);
}

core::Result<core::Questionnaire> ShippedData::readQuestionnaire() const {
    return loadWith(pathOf("questionnaire.json"), &core::parseQuestionnaire);
}

const core::Result<core::RiskTable>& ShippedData::riskTable() {
    if (!m_riskTable) {
        m_riskTable = loadWith(pathOf("risk-by-age.json"), &core::parseRiskTable);
    }
    return *m_riskTable;
}

const core::Result<core::SummaryTexts>& ShippedData::summaryTexts() {
    if (!m_summaryTexts) {
        m_summaryTexts = loadWith(pathOf("summary.json"), &core::parseSummaryTexts);
    }
    return *m_summaryTexts;
}

} // namespace b12::app
