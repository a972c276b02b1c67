// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/data/appcontext.h"

class QWidget;

namespace b12::app {

class RiskChartPage;

/// Makes the "Risk by Age" page from the shipped risk data and keeps it in step with the
/// app: its texts follow the app's language, and the highlighted age group follows the
/// person's answer to the age question.
RiskChartPage* createRiskChartPage(const AppContext& context, QWidget* parent);

} // namespace b12::app
