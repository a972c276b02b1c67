// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// No text the app shows may send an emergency sign to a same-day or booked appointment.
// Every text is read where it is written (article, data files, interface strings in the
// code and their German translation), cut into sentences and list items, and a sentence
// that names an emergency sign and a same-day or appointment phrase fails.
#include "core/article/article.h"
#include "tests/support/contentfiles.h"
#include "tests/support/questionnairefile.h"
#include "tests/support/sourcekeys.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

using namespace b12::core;
namespace fs = std::filesystem;

namespace {

struct Text {
    std::string where;
    std::string text;
};

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return s;
}

// What names an emergency sign (NHS emergency advice, NHS vision loss), in both languages.
const std::vector<std::string>& emergencySignWords() {
    static const std::vector<std::string> words{
        "both legs",        "genitals",      "back passage",    "bladder",    "bowel",
        "cannot see",       "can't see",     "unable to see",   "cannot pee", "can't pee",
        "beide beine",      "beiden beinen", "geschlechtsteil", "blase",      "darm",
        "nicht mehr sehen", "wasser lassen"};
    return words;
}

// What sends someone to a same-day or booked appointment instead of emergency care.
const std::vector<std::string>& sameDayWords() {
    static const std::vector<std::string> words{
        "today",      "same day",      "same-day",        "appointment", "nhs 111",
        "noch heute", "am selben tag", "am gleichen tag", "116 117",     "termin"};
    return words;
}

/// Sentences and list items: the unit in which a sign and its advice are read together.
std::vector<std::string> sentences(const std::string& text) {
    static const std::regex breaks(R"((\.|!|\?)\s+|\n|;|<li>|</li>|<p>|</p>|<br>|<ul>|</ul>)");
    std::vector<std::string> out;
    std::sregex_token_iterator it(text.begin(), text.end(), breaks, -1);
    for (const std::sregex_token_iterator end; it != end; ++it) {
        if (!it->str().empty()) {
            out.push_back(it->str());
        }
    }
    return out;
}

/// The sentences of `texts` that send an emergency sign to a same-day appointment.
std::vector<std::string> underCalls(const std::vector<Text>& texts) {
    std::vector<std::string> found;
    for (const Text& text : texts) {
        for (const std::string& sentence : sentences(text.text)) {
            const std::string folded = lower(sentence);
            const auto has = [&folded](const std::vector<std::string>& words) {
                for (const std::string& word : words) {
                    if (folded.find(word) != std::string::npos) {
                        return true;
                    }
                }
                return false;
            };
            if (has(emergencySignWords()) && has(sameDayWords())) {
                found.push_back(text.where + ": " + sentence);
            }
        }
    }
    return found;
}

void collectJsonStrings(const nlohmann::json& value, const std::string& where,
                        std::vector<Text>& out) {
    if (value.is_string()) {
        out.push_back({where, value.get<std::string>()});
    } else if (value.is_structured()) {
        for (const auto& [key, item] : value.items()) {
            collectJsonStrings(item, where + "/" + key, out);
        }
    }
}

std::string unescapeXml(std::string s) {
    for (const auto& [entity, plain] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                        {"&gt;", ">"},
                                        {"&quot;", "\""},
                                        {"&apos;", "'"},
                                        {"&amp;", "&"}}) {
        for (std::size_t at = s.find(entity); at != std::string::npos;
             at = s.find(entity, at + plain.size())) {
            s.replace(at, entity.size(), plain);
        }
    }
    return s;
}

// The string literals of a C++ file, adjacent ones joined as the compiler joins them.
std::vector<Text> cppStrings(const fs::path& file) {
    static const std::regex literals(R"re("((?:[^"\\\n]|\\.)*)"(\s*"((?:[^"\\\n]|\\.)*)")*)re");
    static const std::regex piece(R"re("((?:[^"\\\n]|\\.)*)")re");
    const std::string source = b12::testing::readFile(file);
    std::vector<Text> out;
    for (std::sregex_iterator it(source.begin(), source.end(), literals), end; it != end; ++it) {
        std::string joined;
        const std::string whole = it->str();
        for (std::sregex_iterator p(whole.begin(), whole.end(), piece); p != end; ++p) {
            joined += (*p)[1].str();
        }
        out.push_back({file.filename().string(), joined});
    }
    return out;
}

std::vector<Text> everyShownText() {
    const fs::path root(B12_SOURCE_DIR);
    std::vector<Text> texts;
    for (const char* language : {"en", "de"}) {
        for (const ContentFile& file : b12::testing::shippedContent(language)) {
            texts.push_back({file.name, file.bytes});
        }
    }
    for (const char* data : {"questionnaire.json", "summary.json"}) {
        collectJsonStrings(
            nlohmann::json::parse(b12::testing::readFile(root / "resources/data" / data)), data,
            texts);
    }
    static const std::regex tsText(R"(<(source|translation)[^>]*>([^<]*)</)");
    const std::string ts = b12::testing::readFile(root / "translations/b12guide_de.ts");
    for (std::sregex_iterator it(ts.begin(), ts.end(), tsText), end; it != end; ++it) {
        texts.push_back({"b12guide_de.ts", unescapeXml((*it)[2].str())});
    }
    for (const auto& entry : fs::recursive_directory_iterator(root / "app")) {
        if (entry.path().extension() == ".cpp") {
            for (Text& text : cppStrings(entry.path())) {
                texts.push_back(std::move(text));
            }
        }
    }
    return texts;
}

} // namespace

TEST(SafetyWording, TheScannerCatchesAnEmergencySignSentToTheSameDay) {
    // The first-start notice once said this: it must never pass again.
    const std::vector<Text> old{
        {"old notice", "<p><b>Get medical help the same day</b> if your legs become weak or numb "
                       "quickly, if you have numbness around your genitals or back passage.</p>"},
        {"old notice (de)", "Holen Sie noch am selben Tag ärztliche Hilfe, wenn Sie ein "
                            "Taubheitsgefühl rund um die Geschlechtsteile bemerken."}};
    EXPECT_EQ(underCalls(old).size(), 2U);
    const std::vector<Text> good{
        {"good", "Call 999 now if both legs get weak or numb. See a doctor today if your sight "
                 "has changed."}};
    EXPECT_TRUE(underCalls(good).empty());
}

TEST(SafetyWording, NoShownTextSendsAnEmergencySignToASameDayAppointment) {
    const std::vector<Text> texts = everyShownText();
    ASSERT_GT(texts.size(), 500U) << "the texts were not all found";
    for (const std::string& sentence : underCalls(texts)) {
        ADD_FAILURE() << sentence;
    }
}

TEST(SafetyWording, EveryWarningSignsSourceIsInTheArticlesSources) {
    auto english = parseArticle(b12::testing::shippedContent("en"));
    ASSERT_TRUE(english) << english.error().toString();
    for (const char* language : {"en", "de"}) {
        auto article = parseArticle(b12::testing::shippedContent(language));
        ASSERT_TRUE(article) << article.error().toString();
        // questionnaire.json names a source by its English key; each language's Sources
        // section has the same entry, under that language's key (tests/support/sourcekeys.h).
        const auto cited = [&](const std::string& key) {
            return b12::testing::translatedSourceKey(english.value(), article.value(), key)
                .has_value();
        };
        const Questionnaire& q = b12::testing::shippedQuestionnaire();
        for (const Question* sign : q.warningSigns()) {
            EXPECT_TRUE(cited(sign->source)) << language << ": " << sign->id << " cites \""
                                             << sign->source << "\", not in the sources";
        }
        for (const auto& [key, reason] : q.result.reasons) {
            if (!reason.source.empty()) {
                EXPECT_TRUE(cited(reason.source))
                    << language << ": reason " << key << " cites \"" << reason.source << "\"";
            }
        }
    }
}
