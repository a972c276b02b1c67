// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/text.h"
#include "core/summary/summaryhtml.h"
#include "tests/support/summaryfiles.h"

#include <gtest/gtest.h>

using namespace b12::core;
using b12::testing::answersFile;
using b12::testing::shippedQuestionnaire;
using b12::testing::shippedRiskTable;
using b12::testing::shippedSummaryTexts;

namespace {

constexpr std::string_view kMarkup = "<b>x</b><img src=http://a>";
constexpr std::string_view kMarkupEscaped = "&lt;b&gt;x&lt;/b&gt;&lt;img src=http://a&gt;";

std::string htmlOf(const Answers& answers, const SummaryInput& in,
                   std::string_view language = "en") {
    const Questionnaire& q = shippedQuestionnaire();
    return renderSummaryHtml(buildVisitSummary(q, answers, assess(q, answers), shippedRiskTable(),
                                               shippedSummaryTexts(), language, in));
}

std::size_t count(std::string_view text, std::string_view part) {
    std::size_t n = 0;
    for (auto pos = text.find(part); pos != std::string_view::npos;
         pos = text.find(part, pos + part.size())) {
        ++n;
    }
    return n;
}

SummaryInput everythingTyped(std::string_view typed) {
    SummaryInput in;
    in.createdAt = std::string(typed);
    in.appVersion = "1.0";
    in.personal = {std::string(typed), std::string(typed), std::string(typed), std::string(typed)};
    return in;
}

} // namespace

TEST(SummaryHtml, EveryTypedFieldIsEscaped) {
    const std::string html = htmlOf(answersFile("good-routine.json"), everythingTyped(kMarkup));
    EXPECT_EQ(count(html, "<img"), 0U) << html;
    EXPECT_EQ(count(html, "<b>x</b>"), 0U);
    EXPECT_EQ(count(html, "http://a>"), 0U);
    // Name, year of birth, notes, medicines and the date: each printed as typed.
    EXPECT_EQ(count(html, kMarkupEscaped), 5U) << html;
}

TEST(SummaryHtml, SaysWhenTheQuestionnaireAndTheTextsWereLastReviewedEscaped) {
    SummaryInput in = everythingTyped("x");
    in.questionnaireReviewed = "20 November 2026";
    in.summaryReviewed = std::string(kMarkup);
    in.chartReviewed = "17 November 2026";
    in.parts.chart = true;
    const std::string html = htmlOf({}, in);
    EXPECT_NE(html.find(" Content last reviewed: questionnaire 20 November 2026; texts of this "
                        "summary " +
                        std::string(kMarkupEscaped) + "; chart 17 November 2026.</p>"),
              std::string::npos)
        << html;
    EXPECT_EQ(count(html, "<img"), 1U) << "the chart's own picture, and no other";
    // After the note about the summary, in its paragraph, at the end where a reader looks.
    EXPECT_LT(html.find(shippedSummaryTexts().labels.about.get("en")),
              html.find("Content last reviewed"));
}

TEST(SummaryHtml, QuotesAndAmpersandsInTypedTextCannotOpenAnAttribute) {
    const std::string html = htmlOf({}, everythingTyped(R"(" onload="x" & 'y')"));
    EXPECT_EQ(count(html, R"(" onload=")"), 0U);
    EXPECT_EQ(count(html, "&quot; onload=&quot;x&quot; &amp; &#39;y&#39;"), 5U);
}

TEST(SummaryHtml, TypedLineBreaksAreKept) {
    SummaryInput in;
    in.personal.notes = "first line\nsecond line\r\nthird <line>";
    const std::string html = htmlOf({}, in);
    EXPECT_NE(html.find("first line<br>second line<br>third &lt;line&gt;"), std::string::npos);
    EXPECT_EQ(typedTextToHtml("a\rb"), "a<br>b");
}

TEST(SummaryHtml, EmptyNotesLeaveABoxToWriteIn) {
    SummaryParts parts;
    parts.medicines = false;
    SummaryInput in;
    in.parts = parts;
    const std::string html = htmlOf({}, in);
    EXPECT_NE(html.find("<h2>My notes</h2>\n<table width=\"100%\" border=\"1\""), std::string::npos)
        << html;
    EXPECT_EQ(html.find("Medicines and supplements I take"), std::string::npos);
}

TEST(SummaryHtml, WarningSignsComeBeforeEverythingElse) {
    const std::string html = htmlOf(answersFile("good-emergency.json"), {});
    const auto sign = html.find("New trouble controlling the bladder or bowel");
    const auto result = html.find("Result of the check in the app");
    const auto symptoms = html.find("<h2>Symptoms</h2>");
    ASSERT_NE(sign, std::string::npos);
    EXPECT_LT(sign, result);
    EXPECT_LT(result, symptoms);
    EXPECT_NE(html.find("<b>Emergency: get help now:</b>"), std::string::npos);
    EXPECT_NE(html.find("border=\"2\""), std::string::npos) << "set apart in a box";
}

TEST(SummaryHtml, UnansweredWarningSignsAreNamedForTheDoctor) {
    const std::string html = htmlOf(answersFile("good-routine.json"), {});
    const auto line = html.find("<b>Not answered:</b>");
    ASSERT_NE(line, std::string::npos) << html;
    EXPECT_LT(line, html.find("Result of the check in the app"));
    for (const char* label :
         {"Suddenly cannot see with one or both eyes", "A recent change in sight",
          "A foot wound that is not getting better"}) {
        EXPECT_NE(html.find(label, line), std::string::npos) << label;
    }
    const std::string german = htmlOf(answersFile("good-routine.json"), {}, "de");
    EXPECT_NE(german.find("<b>Nicht beantwortet:</b>"), std::string::npos);
}

TEST(SummaryHtml, ChartIsPlacedOnlyWhenChosen) {
    SummaryInput in;
    EXPECT_EQ(htmlOf({}, in).find(kSummaryChartImage), std::string::npos);
    in.parts.chart = true;
    EXPECT_NE(htmlOf({}, in).find(kSummaryChartImage), std::string::npos);
}

TEST(SummaryHtml, NeverSaysDiagnosisPositiveOrYouHave) {
    SummaryInput in;
    in.parts.chart = true;
    for (const char* file : {"good-information.json", "good-routine.json", "good-emergency.json",
                             "good-unsure.json", "good-full.json", "good-full-all-yes.json"}) {
        for (const char* language : {"en", "de"}) {
            const std::string text = foldCase(htmlOf(answersFile(file), in, language));
            for (const char* word : {"diagnos", "positive", "you have", "positiv"}) {
                EXPECT_EQ(text.find(word), std::string::npos)
                    << file << " (" << language << ") says \"" << word << "\"";
            }
        }
    }
}

TEST(SummaryHtml, SaysWhichLanguageItIsIn) {
    EXPECT_NE(htmlOf({}, {}, "de").find("<html lang=\"de\">"), std::string::npos);
}
