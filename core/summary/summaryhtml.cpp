// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summaryhtml.h"

#include "core/base/text.h"

#include <algorithm>
#include <iterator>

namespace b12::core {

namespace {

// Between items of a run-in list.
constexpr std::string_view kSeparator = "; ";

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string esc(std::string_view text) {
    return escapeHtml(text);
}

std::string heading(int level, std::string_view text) {
    const std::string tag = "h" + std::to_string(level);
    return '<' + tag + '>' + esc(text) + "</" + tag + ">\n";
}

std::string bulletList(const std::vector<SummaryAnswer>& answers, std::size_t from, std::size_t to,
                       bool inCell = false) {
    std::string html = inCell ? "<ul style=\"margin-bottom: 0px;\">\n" : "<ul>\n";
    for (std::size_t i = from; i < to; ++i) {
        html += "<li>" + esc(answers[i].text) + "</li>\n";
    }
    return html + "</ul>\n";
}

// Two cells side by side. Each row is a table of its own: a printer moves a short table
// to the next page whole, where it would split the row of a longer one.
std::string twoColumnRow(const std::string& left, const std::string& right, bool last) {
    return std::string(R"(<table width="100%" cellspacing="0" cellpadding="0" style=")") +
           (last ? "margin-bottom: 6px;" : "margin-bottom: 0px;") +
           R"("><tr><td width="50%" valign="top">)" + left +
           R"(</td><td width="50%" valign="top">)" + right + "</td></tr></table>\n";
}

// Short lists as one column; longer ones in two, read left to right, so that a full
// questionnaire fits on two pages.
std::string bullets(const std::vector<SummaryAnswer>& answers) {
    constexpr std::size_t kOneColumnMax = 3;
    if (answers.size() <= kOneColumnMax) {
        return bulletList(answers, 0, answers.size());
    }
    std::string html;
    for (std::size_t i = 0; i < answers.size(); i += 2) {
        const bool last = i + 2 >= answers.size();
        html += twoColumnRow(
            bulletList(answers, i, i + 1, true),
            i + 1 < answers.size() ? bulletList(answers, i + 1, i + 2, true) : std::string(), last);
    }
    return html;
}

// "<b>I said no to:</b> A; B; C."
std::string runIn(std::string_view label, const std::vector<SummaryAnswer>& answers) {
    std::string html = "<p><b>" + esc(label) + "</b> ";
    for (std::size_t i = 0; i < answers.size(); ++i) {
        html += (i > 0 ? std::string(kSeparator) : std::string()) + esc(answers[i].text);
    }
    return html + "</p>\n";
}

// Warning signs grouped after the title of their level, most pressing first, so that each
// level's words stand once: "<b>Emergency: get help now:</b> A; B."
std::string byLevel(const std::vector<SummaryAnswer>& answers, const VisitSummary& s) {
    std::string html;
    for (std::size_t level = kLevelCount; level-- > 0;) {
        std::vector<SummaryAnswer> ofLevel;
        std::copy_if(
            answers.begin(), answers.end(), std::back_inserter(ofLevel),
            [level](const SummaryAnswer& a) { return static_cast<std::size_t>(a.level) == level; });
        if (!ofLevel.empty()) {
            html += runIn(s.levelTitles.at(level) + ":", ofLevel);
        }
    }
    return html;
}

// Yes as a list under its own heading (the pertinent positives); not sure and no run in.
std::string answerGroups(const AnswerGroups& groups, const VisitSummary& s) {
    std::string html;
    if (!groups.yes.empty()) {
        html += heading(3, s.labels.saidYes) + bullets(groups.yes);
    }
    if (!groups.unsure.empty()) {
        html += runIn(s.labels.saidUnsure, groups.unsure);
    }
    if (!groups.no.empty()) {
        html += runIn(s.labels.saidNo, groups.no);
    }
    return html;
}

// What the person typed, or an empty box to write in by hand.
std::string typedBlock(std::string_view text) {
    if (isBlank(text)) {
        return "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
               "style=\"border-style: solid;\"><tr><td><br></td></tr></table>\n";
    }
    return "<p>" + typedTextToHtml(text) + "</p>\n";
}

std::string warningSigns(const VisitSummary& s) {
    const AnswerGroups& signs = s.warningSigns;
    if (signs.yes.empty() && signs.unsure.empty()) {
        std::string html = heading(2, s.labels.warningSigns);
        if (!s.warningSignsLine.empty()) {
            html += "<p>" + esc(s.warningSignsLine) + "</p>\n";
        } else {
            html += runIn(s.labels.saidNo, signs.no);
        }
        if (!signs.no.empty() && !s.warningSignsUnanswered.empty()) {
            html += runIn(s.notAnsweredLabel, s.warningSignsUnanswered);
        }
        return html;
    }
    // Set apart in a box at the top of the first page.
    std::string html = "<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"6\" "
                       "style=\"border-style: solid;\"><tr><td>\n" +
                       heading(2, s.labels.warningSigns);
    if (!signs.yes.empty()) {
        html += heading(3, s.labels.warningYes) + byLevel(signs.yes, s);
    }
    if (!signs.unsure.empty()) {
        html += heading(3, s.labels.warningUnsure) + byLevel(signs.unsure, s);
    }
    if (!signs.no.empty()) {
        html += runIn(s.labels.saidNo, signs.no);
    }
    if (!s.warningSignsUnanswered.empty()) {
        html += runIn(s.notAnsweredLabel, s.warningSignsUnanswered);
    }
    return html + "</td></tr></table>\n";
}

std::string documentHead(const VisitSummary& s) {
    return "<!DOCTYPE html>\n<html lang=\"" + esc(s.language) +
           R"("><head><meta charset="utf-8"><title>)" + esc(s.labels.title) +
           "</title>\n<style>\n"
           "h1 { font-size: x-large; margin-top: 0px; margin-bottom: 4px; }\n"
           "h2 { font-size: large; margin-top: 8px; margin-bottom: 3px; }\n"
           "h3 { font-size: medium; margin-top: 4px; margin-bottom: 2px; }\n"
           "p { margin-top: 0px; margin-bottom: 3px; }\n"
           "ul, ol { margin-top: 0px; margin-bottom: 3px; }\n"
           "li { margin-bottom: 1px; }\n"
           "</style></head><body>\n";
}

// The title, when it was made, and who it is for: "Name: Ada · Year of birth: 1950 · Age
// group: 65 to 74", each left out when blank.
std::string titleAndPerson(const VisitSummary& s) {
    std::string html = heading(1, s.labels.title) + "<p>" + esc(s.madeOn) + "</p>\n";
    std::string person;
    const auto addPersonal = [&person](std::string_view label, std::string_view value, bool typed) {
        if (isBlank(value)) {
            return;
        }
        person += person.empty() ? "" : " &nbsp;·&nbsp; ";
        person += label.empty() ? std::string() : "<b>" + esc(label) + ":</b> ";
        person += typed ? typedTextToHtml(value) : esc(value);
    };
    addPersonal(s.labels.name, s.name, true);
    addPersonal(s.labels.yearOfBirth, s.yearOfBirth, true);
    addPersonal({}, s.ageGroup, false);
    if (!person.empty()) {
        html += "<p>" + person + "</p>\n";
    }
    return html;
}

std::string result(const VisitSummary& s) {
    std::string html = heading(2, s.labels.result) + "<p><b>" + esc(s.levelTitle) + "</b>";
    if (s.reasons.empty()) {
        return html + "</p>\n";
    }
    html += " &nbsp;" + esc(s.labels.reasons) + "</p>\n<ul>\n";
    for (const std::string& reason : s.reasons) {
        html += "<li>" + esc(reason) + "</li>\n";
    }
    return html + "</ul>\n";
}

std::string symptoms(const VisitSummary& s) {
    std::string html = heading(2, s.labels.symptoms) + answerGroups(s.symptoms, s);
    if (!s.symptomDetails.empty()) {
        html += "<p>";
        for (std::size_t i = 0; i < s.symptomDetails.size(); ++i) {
            html += (i > 0 ? " &nbsp;·&nbsp; " : "") + esc(s.symptomDetails[i].text);
        }
        html += "</p>\n";
    }
    return html;
}

std::string riskFactors(const VisitSummary& s) {
    std::string html = heading(2, s.labels.riskFactors) + answerGroups(s.riskFactors, s);
    if (!s.medicinesTicked.empty()) {
        html += runIn(s.labels.medicinesTicked, s.medicinesTicked);
    }
    if (!s.unansweredLine.empty()) {
        html += "<p><i>" + esc(s.unansweredLine) + "</i></p>\n";
    }
    return html;
}

std::string questionsToAsk(const VisitSummary& s) {
    std::string html = heading(2, s.labels.questionsHeading) + "<ol>\n";
    for (const std::string& question : s.questions) {
        html += "<li>" + esc(question) + "</li>\n";
    }
    return html + "</ol>\n";
}

// A box to tick beside each test, in two columns; a test that wraps stays clear of the boxes.
std::string testsToTick(const VisitSummary& s) {
    std::string html =
        heading(2, s.labels.testsHeading) + "<p>" + esc(s.labels.testsNote) + "</p>\n";
    for (std::size_t i = 0; i < s.tests.size(); i += 2) {
        const bool last = i + 2 >= s.tests.size();
        html += std::string("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                            "style=\"") +
                (last ? "margin-bottom: 6px;" : "margin-bottom: 0px;") + "\"><tr>";
        for (const std::size_t n : {i, i + 1}) {
            const bool hasTest = n < s.tests.size();
            html += std::string(R"(<td width="4%" valign="top">)") + (hasTest ? "\u2610" : "") +
                    R"(</td><td width="46%" valign="top">)" +
                    (hasTest ? esc(s.tests[n]) : std::string()) + "</td>";
        }
        html += "</tr></table>\n";
    }
    return html;
}

std::string chart(const VisitSummary& s) {
    return heading(2, s.labels.chartHeading) + "<p><img src=\"" + esc(kSummaryChartImage) +
           "\"></p>\n" + "<p style=\"margin-top: 4px;\">" + esc(s.chartCaption) + "</p>\n";
}

// A labelled run of items, each ending in a semicolon but the last.
std::string runInList(std::string_view label, const std::vector<std::string>& items) {
    std::string html = "<p><b>" + esc(label) + "</b> ";
    for (std::size_t i = 0; i < items.size(); ++i) {
        html += (i > 0 ? "; " : "") + esc(items[i]);
    }
    return html + "</p>\n";
}

// The trend chart, a compact table of the weeks with entries, the treatments and the blood
// tests with the lab's ranges. The table has a border round each cell rather than collapsed
// borders: Qt draws collapsed ones by looking up every cell's neighbours at every edge,
// which took an eighth of the instructions of printing the summary with a diary.
std::string diary(const VisitSummary& s) {
    const SummaryDiary& d = *s.diary;
    std::string html =
        heading(2, d.heading) + "<p><img src=\"" + esc(kSummaryDiaryChartImage) + "\"></p>\n" +
        R"(<table cellspacing="0" cellpadding="2" border="1" )"
        R"(style="border-style: solid; border-color: #808080; margin-bottom: 6px;"><tr>)";
    for (const std::string* label : {&s.labels.diaryWeek, &s.labels.diaryEntries,
                                     &s.labels.diaryMeanPain, &s.labels.diaryMaxPain}) {
        html += R"(<th align="left">)" + esc(*label) + "</th>";
    }
    html += "</tr>\n";
    for (const SummaryDiaryWeek& week : d.weeks) {
        html += "<tr><td>" + esc(week.start) + R"(</td><td align="right">)" +
                std::to_string(week.entries) + R"(</td><td align="right">)" + esc(week.meanPain) +
                R"(</td><td align="right">)" + esc(week.maxPain) + "</td></tr>\n";
    }
    html += "</table>\n";
    if (!d.symptomDays.empty()) {
        html += runInList(s.labels.diarySymptomDays, d.symptomDays);
    }
    if (!d.treatments.empty()) {
        html += runInList(s.labels.diaryTreatments, d.treatments);
    }
    if (!d.bloodTests.empty()) {
        html += runInList(s.labels.diaryBloodTests, d.bloodTests);
    }
    return html;
}

// One paragraph: the list is for looking things up, not for reading through.
std::string sources(const VisitSummary& s) {
    std::string html = heading(3, s.labels.sourcesHeading) + "<p>";
    for (std::size_t i = 0; i < s.sources.size(); ++i) {
        html += (i > 0 ? " \u00b7 " : "") + esc(s.sources[i].text);
        if (!s.sources[i].url.empty()) {
            html += " " + esc(s.sources[i].url);
        }
    }
    return html + "</p>\n";
}

} // namespace

std::string typedTextToHtml(std::string_view text) {
    std::string html;
    const std::string escaped = escapeHtml(text);
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c == '\r') {
            if (i + 1 < escaped.size() && escaped[i + 1] == '\n') {
                continue;
            }
            html += "<br>";
        } else if (c == '\n') {
            html += "<br>";
        } else {
            html += c;
        }
    }
    return html;
}

std::string renderSummaryHtml(const VisitSummary& s) {
    std::string html = documentHead(s) + titleAndPerson(s) + warningSigns(s) + result(s) +
                       symptoms(s) + riskFactors(s);
    if (s.parts.questions && !s.questions.empty()) {
        html += questionsToAsk(s);
    }
    if (s.parts.tests && !s.tests.empty()) {
        html += testsToTick(s);
    }
    if (s.parts.medicines) {
        html += heading(2, s.labels.medicinesHeading) + typedBlock(s.medicines);
    }
    if (s.parts.notes) {
        html += heading(2, s.labels.notesHeading) + typedBlock(s.notes);
    }
    if (s.diary) {
        html += diary(s);
    }
    if (s.parts.chart) {
        html += chart(s);
    }
    // One paragraph: the review dates belong to what the note says about the summary.
    html += heading(2, s.labels.aboutHeading) + "<p>" + esc(s.labels.about) + ' ' +
            esc(s.reviewed) + "</p>\n";
    if (s.parts.sources && !s.sources.empty()) {
        html += sources(s);
    }
    return html + "</body></html>\n";
}

} // namespace b12::core
