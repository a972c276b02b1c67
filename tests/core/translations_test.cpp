// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that everything shipped exists in every language: the article's sections, the
// questionnaire's questions and options, the chart's labels, every text of the data files.
#include "core/article/article.h"
#include "core/base/text.h"
#include "core/questionnaire/questionnaire.h"
#include "core/risk/riskdata.h"
#include "tests/support/contentfiles.h"
#include "tests/support/questionnairefile.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace b12::core;
using b12::testing::readFile;
using b12::testing::shippedArticle;
using b12::testing::shippedContent;
using b12::testing::sourceEntries;

namespace {

// Every language the app ships besides the English reference (app/data/localization.cpp).
const std::vector<std::string> kTranslations{"de"};

std::vector<ContentFile> withoutSection(std::vector<ContentFile> files, const std::string& id) {
    std::erase_if(files, [&](const ContentFile& f) { return sectionIdFromFileName(f.name) == id; });
    return files;
}

// A text of a data file that the person reads: present, not empty, in every language.
void expectTranslated(const LocalizedText& text, const std::string& where) {
    std::vector<std::string> languages{"en"};
    languages.insert(languages.end(), kTranslations.begin(), kTranslations.end());
    for (const std::string& language : languages) {
        const auto it = text.byLanguage.find(language);
        EXPECT_TRUE(it != text.byLanguage.end() && !it->second.empty())
            << where << " has no \"" << language << "\" text";
    }
}

std::filesystem::path dataDir() {
    return std::filesystem::path(B12_SOURCE_DIR) / "resources/data";
}

// Every object with an "en" key in a data file is a text the person reads.
void forEachText(const nlohmann::json& node, const std::string& where,
                 const std::function<void(const nlohmann::json&, const std::string&)>& visit) {
    if (node.is_object()) {
        if (node.contains("en") && node["en"].is_string()) {
            visit(node, where);
            return;
        }
        for (const auto& [key, child] : node.items()) {
            forEachText(child, where + "/" + key, visit);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            forEachText(node[i], where + "/" + std::to_string(i), visit);
        }
    }
}

} // namespace

TEST(ShippedTranslations, EverySectionExistsInEveryLanguage) {
    const Article reference = shippedArticle("en");
    ASSERT_FALSE(reference.sections.empty());
    for (const std::string& language : kTranslations) {
        auto translated = parseTranslatedArticle(reference, shippedContent(language));
        ASSERT_TRUE(translated) << translated.error().toString();
        EXPECT_TRUE(translated.value().untranslatedSectionIds.empty())
            << language << " lacks " << translated.value().untranslatedSectionIds.front();
        const Article& article = translated.value().article;
        ASSERT_EQ(article.sections.size(), reference.sections.size());
        for (std::size_t i = 0; i < article.sections.size(); ++i) {
            const Section& section = article.sections[i];
            EXPECT_EQ(section.id, reference.sections[i].id);
            EXPECT_FALSE(section.title.empty()) << language << "/" << section.id;
            EXPECT_GT(section.plainText.size(), section.title.size() + 40)
                << language << "/" << section.id << " has almost no text";
            EXPECT_NE(section.title, reference.sections[i].title)
                << language << "/" << section.id << " keeps the English title";
        }
        EXPECT_GE(sourceEntries(article).size(), sourceEntries(reference).size()) << language;
    }
}

TEST(ShippedTranslations, AMissingSectionFallsBackToEnglishAndIsListed) {
    const Article reference = shippedArticle("en");
    auto translated =
        parseTranslatedArticle(reference, withoutSection(shippedContent("de"), "leg-pain"));
    ASSERT_TRUE(translated) << translated.error().toString();
    EXPECT_EQ(translated.value().untranslatedSectionIds, std::vector<std::string>{"leg-pain"});
    const Article& article = translated.value().article;
    ASSERT_EQ(article.sections.size(), reference.sections.size());
    const Section* legPain = article.find("leg-pain");
    ASSERT_NE(legPain, nullptr);
    EXPECT_EQ(legPain->title, reference.find("leg-pain")->title) << "English stands in";
    EXPECT_FALSE(legPain->plainText.empty()) << "never an empty page";
    EXPECT_NE(article.find("overview")->title, reference.find("overview")->title)
        << "the other sections stay German";
}

TEST(ShippedTranslations, ALanguageWithNoFilesShowsTheWholeArticleInEnglish) {
    const Article reference = shippedArticle("en");
    auto translated = parseTranslatedArticle(reference, {});
    ASSERT_TRUE(translated);
    EXPECT_EQ(translated.value().untranslatedSectionIds.size(), reference.sections.size());
    EXPECT_EQ(translated.value().article.sections.size(), reference.sections.size());
    EXPECT_EQ(sourceEntries(translated.value().article).size(), sourceEntries(reference).size());
}

TEST(ShippedTranslations, EveryQuestionAndOptionHasEveryLanguage) {
    const Questionnaire& q = b12::testing::shippedQuestionnaire();
    ASSERT_FALSE(q.questions.empty());
    for (const Group& group : q.groups) {
        expectTranslated(group.title, "group " + group.id + " title");
        expectTranslated(group.intro, "group " + group.id + " intro");
    }
    for (const Question& question : q.questions) {
        expectTranslated(question.text, question.id + " text");
        expectTranslated(question.label, question.id + " label");
        for (const Option& option : question.options) {
            expectTranslated(option.label, question.id + "/" + option.id);
        }
        if (question.type == AnswerType::Scale0To10) {
            expectTranslated(question.scaleMinLabel, question.id + " scale minimum");
            expectTranslated(question.scaleMaxLabel, question.id + " scale maximum");
        }
    }
    for (const LocalizedText* label :
         {&q.answerLabels.yes, &q.answerLabels.no, &q.answerLabels.unsure,
          &q.answerLabels.unanswered, &q.answerLabels.scale}) {
        expectTranslated(*label, "answer label");
    }
    for (const auto& [key, reason] : q.result.reasons) {
        expectTranslated(reason.text, "reason " + key);
    }
    expectTranslated(q.result.disclaimer, "result disclaimer");
}

TEST(ShippedTranslations, EveryChartLabelHasEveryLanguage) {
    auto parsed = parseRiskTable(readFile(dataDir() / "risk-by-age.json"), "risk-by-age.json");
    ASSERT_TRUE(parsed) << parsed.error().toString();
    const RiskTable& table = parsed.value();
    ASSERT_FALSE(table.bands.empty());
    for (const AgeBand& band : table.bands) {
        expectTranslated(band.label, "band " + band.label.get("en"));
    }
    for (const RiskSeries& series : table.series) {
        const std::string name = series.name.get("en");
        expectTranslated(series.name, name);
        expectTranslated(series.population, name + " population");
        expectTranslated(series.cutOff, name + " cut-off");
        for (const RiskValue& value : series.values) {
            if (!value.agesLabel.empty()) {
                expectTranslated(value.agesLabel, name + " ages");
            }
        }
    }
    for (const LocalizedText& note : table.notes) {
        expectTranslated(note, "note");
    }
}

// Catches a text any data file adds later, whatever its place: every {"en": …} object has
// every language, none empty, and a longer text is not the English one copied.
TEST(ShippedTranslations, EveryTextOfEveryDataFileHasEveryLanguage) {
    int files = 0;
    int texts = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir())) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        ++files;
        const std::string name = entry.path().filename().string();
        const auto root = nlohmann::json::parse(readFile(entry.path()), nullptr, false);
        ASSERT_FALSE(root.is_discarded()) << name << " is not valid JSON";
        forEachText(root, name, [&](const nlohmann::json& text, const std::string& where) {
            ++texts;
            const std::string en = text["en"].get<std::string>();
            EXPECT_FALSE(en.empty()) << where << ": empty English text";
            for (const std::string& language : kTranslations) {
                ASSERT_TRUE(text.contains(language) && text[language].is_string())
                    << where << " has no \"" << language << "\" text (English: " << en << ")";
                const std::string translated = text[language].get<std::string>();
                EXPECT_FALSE(translated.empty()) << where << ": empty \"" << language << "\" text";
                const bool hasWords =
                    std::count_if(en.begin(), en.end(), [](char c) { return c == ' '; }) >= 3;
                EXPECT_FALSE(hasWords && translated == en)
                    << where << ": the \"" << language << "\" text is the English one";
            }
        });
    }
    EXPECT_GE(files, 2);
    EXPECT_GT(texts, 100);
}

TEST(ShippedTranslations, GermanResultTextsNeverSoundLikeADiagnosis) {
    const Questionnaire& q = b12::testing::shippedQuestionnaire();
    std::vector<std::pair<std::string, const LocalizedText*>> texts;
    for (const auto& [key, reason] : q.result.reasons) {
        texts.emplace_back("reason " + key, &reason.text);
    }
    for (const LevelTexts& level : q.result.levels) {
        texts.emplace_back("level", &level.title);
        texts.emplace_back("level", &level.advice);
    }
    texts.emplace_back("disclaimer", &q.result.disclaimer);
    ASSERT_GT(texts.size(), 10U);
    for (const auto& [where, text] : texts) {
        const std::string german = foldCase(text->get("de"));
        for (const char* word : {"diagnos", "positiv", "sie haben einen", "sie haben eine "}) {
            EXPECT_EQ(german.find(word), std::string::npos) << where << " says \"" << word << "\"";
        }
    }
}
