// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartsetup.h"

#include "app/chart/riskchartpage.h"
#include "app/chart/riskdatafile.h"
#include "app/data/answersstore.h"
#include "app/data/localization.h"
#include "core/risk/riskdata.h"

namespace b12::app {

RiskChartPage* createRiskChartPage(const AppContext& context, QWidget* parent) {
    auto* page = new RiskChartPage(loadRiskTable(), parent);
    if (Localization* localization = context.localization) {
        if (!localization->language().isEmpty()) {
            page->setLanguage(localization->language());
        }
        QObject::connect(localization, &Localization::languageChanged, page,
                         &RiskChartPage::setLanguage);
    }
    if (AnswersStore* answers = context.answers) {
        auto follow = [page, answers] {
            const std::string_view answer = answers->answers().text(core::kAgeQuestionId);
            page->setAgeAnswer(answer.empty() ? std::nullopt : std::optional<std::string>(answer));
        };
        follow();
        QObject::connect(answers, &AnswersStore::changed, page, follow);
    }
    return page;
}

} // namespace b12::app
