// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/glossary.h"

#include "core/article/markdown.h"
#include "core/base/jsonfields.h"
#include "core/base/text.h"

#include <algorithm>
#include <cstddef>
#include <set>

namespace b12::core {

namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "b12guide-glossary";
constexpr int kVersion = 1;

std::map<std::string, std::vector<std::string>, std::less<>> readForms(const json& term,
                                                                       const JsonScope& scope) {
    const json& forms = requireObject(term, "match", scope);
    std::map<std::string, std::vector<std::string>, std::less<>> byLanguage;
    for (const auto& language : forms.items()) {
        byLanguage[language.key()] = readIdList(forms, language.key(), scope.field("match"), true);
    }
    if (byLanguage.find(kFallbackLanguage) == byLanguage.end()) {
        scope.field("match").fail("has no \"en\" forms");
    }
    return byLanguage;
}

std::vector<GlossaryTerm> readTerms(const json& root) {
    std::vector<GlossaryTerm> terms;
    std::set<std::string, std::less<>> ids;
    for (const json& item : requireList(root, "terms", "glossary")) {
        const std::string id = readId(item, "id", "glossary");
        const JsonScope scope("term " + inQuotes(id));
        expectObject(item, scope);
        rejectUnknownKeys(item, {"id", "term", "definition", "source", "match"}, scope);
        if (!ids.insert(id).second) {
            throw JsonFieldError{"glossary", "term " + inQuotes(id) + " is there twice"};
        }
        terms.push_back({id, readText(item, "term", scope), readText(item, "definition", scope),
                         readText(item, "source", scope), readForms(item, scope)});
    }
    return terms;
}

bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

/// A stretch of the HTML where a term may be marked: text outside tags, links and headings.
struct TextRun {
    std::size_t begin;
    std::size_t end;
};

std::vector<TextRun> markableText(std::string_view html) {
    std::vector<TextRun> runs;
    int linkDepth = 0;
    int headingDepth = 0;
    std::size_t i = 0;
    while (i < html.size()) {
        if (html[i] == '<') {
            const std::size_t close = html.find('>', i);
            const std::string_view tag =
                html.substr(i, close == std::string_view::npos ? html.size() - i : close - i + 1);
            const bool closing = tag.starts_with("</");
            const std::string_view name = tag.substr(closing ? 2 : 1);
            const int step = closing ? -1 : 1;
            if (name.starts_with("a ") || name.starts_with("a>")) {
                linkDepth += step;
            } else if (name.size() > 1 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
                headingDepth += step;
            }
            i += tag.size();
            continue;
        }
        const std::size_t next = std::min(html.find('<', i), html.size());
        if (linkDepth == 0 && headingDepth == 0) {
            runs.push_back({i, next});
        }
        i = next;
    }
    return runs;
}

struct Mark {
    std::size_t begin;
    std::size_t end;
    const GlossaryTerm* term;
};

bool overlaps(const std::vector<Mark>& marks, std::size_t begin, std::size_t end) {
    return std::any_of(marks.begin(), marks.end(),
                       [&](const Mark& m) { return begin < m.end && m.begin < end; });
}

/// Where `form` is first used as a whole word in the runs and not inside another mark. The
/// text is searched once; each hit is looked up among the runs (they are in order).
std::optional<Mark> firstUse(const std::string& folded, const std::vector<TextRun>& runs,
                             const std::string& form, const std::vector<Mark>& marks) {
    const std::string needle = foldCase(form);
    for (std::size_t at = folded.find(needle); at != std::string::npos;
         at = folded.find(needle, at + 1)) {
        auto run =
            std::upper_bound(runs.begin(), runs.end(), at,
                             [](std::size_t pos, const TextRun& r) { return pos < r.begin; });
        if (run == runs.begin()) {
            continue;
        }
        --run;
        const std::size_t end = at + needle.size();
        if (end > run->end) {
            continue;
        }
        const bool wordStart = at == run->begin || !isWordByte(folded[at - 1]);
        const bool wordEnd = end == run->end || !isWordByte(folded[end]);
        if (wordStart && wordEnd && !overlaps(marks, at, end)) {
            return Mark{at, end, nullptr};
        }
    }
    return std::nullopt;
}

std::string markTerms(const std::string& html, const std::vector<const GlossaryTerm*>& terms,
                      std::string_view language) {
    const std::vector<TextRun> runs = markableText(html);
    const std::string folded = foldCase(html);
    std::vector<Mark> marks;
    for (const GlossaryTerm* term : terms) {
        const auto forms = term->match.find(language);
        if (forms == term->match.end()) {
            continue;
        }
        std::optional<Mark> first;
        for (const std::string& form : forms->second) {
            const auto use = firstUse(folded, runs, form, marks);
            if (use && (!first || use->begin < first->begin)) {
                first = use;
            }
        }
        if (first) {
            first->term = term;
            marks.push_back(*first);
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
    std::string out;
    std::size_t from = 0;
    for (const Mark& mark : marks) {
        out.append(html, from, mark.begin - from);
        out += "<a href=\"" + std::string(kGlossaryLinkScheme) + mark.term->id + "\" title=\"" +
               escapeHtml(mark.term->definition.get(language)) + "\">";
        out.append(html, mark.begin, mark.end - mark.begin);
        out += "</a>";
        from = mark.end;
    }
    out.append(html, from);
    return out;
}

/// The length of a term's longest form in `language`: longer phrases are marked first, so
/// "pernicious anaemia" is not taken by "anaemia".
std::size_t longestForm(const GlossaryTerm& term, std::string_view language) {
    std::size_t longest = 0;
    if (const auto forms = term.match.find(language); forms != term.match.end()) {
        for (const std::string& form : forms->second) {
            longest = std::max(longest, form.size());
        }
    }
    return longest;
}

Section glossarySection(const Glossary& glossary, std::string_view language) {
    std::string markdown =
        "# " + glossary.title.get(language) + "\n\n" + glossary.intro.get(language) + "\n";
    for (const GlossaryTerm& term : glossary.terms) {
        markdown += "\n**" + term.term.get(language) + "**: " + term.definition.get(language) +
                    " (" + term.source.get(language) + ")\n";
    }
    RenderedMarkdown rendered = renderMarkdown(markdown);
    return {
        std::string(kGlossarySectionId), rendered.firstHeading,        glossary.reviewed, markdown,
        std::move(rendered.html),        std::move(rendered.plainText)};
}

} // namespace

const GlossaryTerm* Glossary::find(std::string_view id) const {
    const auto it = std::find_if(terms.begin(), terms.end(),
                                 [&](const GlossaryTerm& term) { return term.id == id; });
    return it == terms.end() ? nullptr : &*it;
}

Result<Glossary> parseGlossary(std::string_view text, std::string_view fileName) {
    return readJsonFile(text, fileName, [](const json& root) {
        expectObject(root, "glossary");
        rejectUnknownKeys(root, {"format", "version", "reviewed", "title", "intro", "terms"},
                          "glossary");
        requireFormat(root, kFormat, kVersion, "glossary");
        Glossary glossary;
        glossary.reviewed = readDate(root, "reviewed", "glossary");
        glossary.title = readText(root, "title", "glossary");
        glossary.intro = readText(root, "intro", "glossary");
        glossary.terms = readTerms(root);
        return glossary;
    });
}

std::string glossaryToJson(const Glossary& glossary, std::string_view language) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const GlossaryTerm& term : glossary.terms) {
        list.push_back({{"id", term.id},
                        {"term", term.term.get(language)},
                        {"definition", term.definition.get(language)},
                        {"source", term.source.get(language)}});
    }
    return list.dump(2) + '\n';
}

void addGlossary(Article& article, const Glossary& glossary, std::string_view language) {
    if (glossary.terms.empty()) {
        return; // no glossary could be read: the article as written
    }
    std::vector<const GlossaryTerm*> byLength;
    for (const GlossaryTerm& term : glossary.terms) {
        byLength.push_back(&term);
    }
    std::stable_sort(byLength.begin(), byLength.end(),
                     [&](const GlossaryTerm* a, const GlossaryTerm* b) {
                         return longestForm(*a, language) > longestForm(*b, language);
                     });
    for (Section& section : article.sections) {
        if (section.id != kSourcesSectionId && section.id != kGlossarySectionId) {
            section.html = markTerms(section.html, byLength, language);
        }
    }
    const auto sources =
        std::find_if(article.sections.begin(), article.sections.end(),
                     [](const Section& section) { return section.id == kSourcesSectionId; });
    article.sections.insert(sources, glossarySection(glossary, language));
}

} // namespace b12::core
