// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskdatafile.h"

#include <QCoreApplication>
#include <QFile>

namespace b12::app {

core::Result<core::RiskTable> loadRiskTable(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            path.toStdString(), 0,
            QCoreApplication::translate("b12::app::RiskData", "could not be read: %1")
                .arg(file.errorString())
                .toStdString()};
    }
    const QByteArray bytes = file.readAll();
    return core::parseRiskTable(std::string_view(bytes.constData(), bytes.size()),
                                path.toStdString());
}

} // namespace b12::app
