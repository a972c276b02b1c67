// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/riskdata.h"

#include <QString>

namespace b12::app {

/// Where the shipped risk-by-age data is embedded.
inline const QString kRiskDataResource = QStringLiteral(":/data/risk-by-age.json");

/// Reads and validates the risk data file; a file that cannot be read is an error too.
core::Result<core::RiskTable> loadRiskTable(const QString& path = kRiskDataResource);

} // namespace b12::app
