// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/article.h"

#include "core/article/markdown.h"
#include "core/base/jsonfields.h"
#include "core/base/text.h"

#include <algorithm>
#include <set>

namespace b12::core {

namespace {

bool isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

int firstNonBlankLine(std::string_view text) {
    const auto pos = text.find_first_not_of(" \t\r\n");
    return pos == std::string_view::npos ? 1 : lineOfOffset(text, pos);
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The review date of the file's first line, `<!-- reviewed: 2026-11-20 -->`. The line is
// metadata, never shown: `body` gets the file with that line left empty, so that the line
// numbers of later errors stay those of the file.
Result<std::string> readReviewDate(const ContentFile& file, std::string& body) {
    const auto newline = file.bytes.find('\n');
    const std::string_view line =
        trimmed(std::string_view(file.bytes)
                    .substr(0, newline == std::string::npos ? file.bytes.size() : newline));
    if (!line.starts_with(kReviewedLineStart) || !line.ends_with(kReviewedLineEnd) ||
        line.size() < kReviewedLineStart.size() + kReviewedLineEnd.size()) {
        return Error{file.name, 1,
                     "the first line must give the date the section was last reviewed, as "
                     "<!-- reviewed: YYYY-MM-DD -->"};
    }
    const std::string_view date =
        trimmed(line.substr(kReviewedLineStart.size(),
                            line.size() - kReviewedLineStart.size() - kReviewedLineEnd.size()));
    if (const auto problem = isoDateProblem(date)) {
        return Error{file.name, 1, "the review date " + *problem};
    }
    body = newline == std::string::npos ? std::string() : file.bytes.substr(newline);
    return std::string(date);
}

Result<Section> parseSection(const ContentFile& file) {
    const auto id = sectionIdFromFileName(file.name);
    if (!id) {
        return Error{file.name, 0,
                     "the file name must be NN-section-id.md (digits, a dash, then lower-case "
                     "letters, digits and dashes)"};
    }
    if (file.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        return Error{file.name, 0, "the file is empty"};
    }
    if (const auto bad = findInvalidUtf8(file.bytes)) {
        return Error{file.name, lineOfOffset(file.bytes, *bad),
                     "the text is not valid UTF-8 (byte " + std::to_string(*bad + 1) + ")"};
    }
    std::string body;
    auto reviewed = readReviewDate(file, body);
    if (!reviewed) {
        return reviewed.error();
    }
    RenderedMarkdown rendered = renderMarkdown(body);
    if (rendered.firstHeading.empty()) {
        return Error{file.name, firstNonBlankLine(body),
                     "after the review date, a section must start with a level-1 heading "
                     "(\"# Title\")"};
    }
    return Section{*id,        std::move(rendered.firstHeading), std::move(reviewed).value(),
                   file.bytes, std::move(rendered.html),         std::move(rendered.plainText)};
}

void sortByName(std::vector<ContentFile>& files) {
    std::sort(files.begin(), files.end(),
              [](const ContentFile& a, const ContentFile& b) { return a.name < b.name; });
}

} // namespace

const Section* Article::find(std::string_view id) const {
    const auto index = indexOf(id);
    return index ? &sections[*index] : nullptr;
}

std::optional<std::size_t> Article::indexOf(std::string_view id) const {
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::string> sectionIdFromFileName(std::string_view name) {
    const auto slash = name.find_last_of('/');
    if (slash != std::string_view::npos) {
        name.remove_prefix(slash + 1);
    }
    constexpr std::string_view extension = ".md";
    if (name.size() <= extension.size() || !name.ends_with(extension)) {
        return std::nullopt;
    }
    name.remove_suffix(extension.size());
    const auto dash = name.find('-');
    if (dash == 0 || dash == std::string_view::npos ||
        !std::all_of(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(dash),
                     [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    const std::string_view id = name.substr(dash + 1);
    if (id.empty() || id.front() == '-' || !std::all_of(id.begin(), id.end(), isIdChar)) {
        return std::nullopt;
    }
    return std::string(id);
}

Result<Article> parseArticle(std::vector<ContentFile> files) {
    if (files.empty()) {
        return Error{"", 0, "no content files were found"};
    }
    sortByName(files);
    Article article;
    std::set<std::string, std::less<>> seen;
    for (const ContentFile& file : files) {
        auto section = parseSection(file);
        if (!section) {
            return section.error();
        }
        if (!seen.insert(section.value().id).second) {
            return Error{file.name, 0,
                         "the section id \"" + section.value().id + "\" is used by another file"};
        }
        article.sections.push_back(std::move(section).value());
    }
    return article;
}

Result<TranslatedArticle> parseTranslatedArticle(const Article& reference,
                                                 std::vector<ContentFile> translatedFiles) {
    sortByName(translatedFiles);
    std::vector<std::optional<Section>> translated(reference.sections.size());
    for (const ContentFile& file : translatedFiles) {
        auto section = parseSection(file);
        if (!section) {
            return section.error();
        }
        const auto index = reference.indexOf(section.value().id);
        if (!index) {
            return Error{file.name, 0,
                         "unknown section id \"" + section.value().id +
                             "\": the reference language has no such section"};
        }
        if (translated[*index]) {
            return Error{file.name, 0,
                         "the section id \"" + section.value().id + "\" is used by another file"};
        }
        translated[*index] = std::move(section).value();
    }
    TranslatedArticle result;
    for (std::size_t i = 0; i < reference.sections.size(); ++i) {
        if (translated[i]) {
            result.article.sections.push_back(std::move(*translated[i]));
        } else {
            result.article.sections.push_back(reference.sections[i]);
            result.untranslatedSectionIds.push_back(reference.sections[i].id);
        }
    }
    return result;
}

} // namespace b12::core
