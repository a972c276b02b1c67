// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Content Markdown: parseArticle, parseTranslatedArticle and search over what they give.
//
// Input format: files separated by NUL bytes; each file is its name, a newline, then its
// bytes. A file named "@translation" (no bytes needed) ends the reference language: the
// files after it are parsed as a translation of the ones before. The start of the last
// file's text (a search field's worth) is also searched for in the article. The seed corpus
// is the shipped content in this form.
#include "core/article/article.h"
#include "core/article/search.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using b12::core::ContentFile;

namespace {

ContentFile fileOf(std::string_view chunk) {
    const auto newline = chunk.find('\n');
    if (newline == std::string_view::npos) {
        return {std::string(chunk), {}};
    }
    return {std::string(chunk.substr(0, newline)), std::string(chunk.substr(newline + 1))};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<ContentFile> reference;
    std::vector<ContentFile> translation;
    bool inTranslation = false;
    std::string_view query;
    while (true) {
        const auto end = input.find('\0');
        const std::string_view chunk = input.substr(0, end);
        ContentFile file = fileOf(chunk);
        query = file.bytes.empty() ? std::string_view() : chunk.substr(file.name.size() + 1);
        if (file.name == "@translation") {
            inTranslation = true;
        } else {
            (inTranslation ? translation : reference).push_back(std::move(file));
        }
        if (end == std::string_view::npos) {
            break;
        }
        input.remove_prefix(end + 1);
    }

    auto article = b12::core::parseArticle(std::move(reference));
    if (!article) {
        (void)article.error().toString();
        return 0;
    }
    constexpr std::size_t kLongestQuery = 256; // what a person types or pastes in a search field
    query = query.substr(0, kLongestQuery);
    (void)b12::core::searchArticle(article.value(), query);
    if (inTranslation) {
        auto translated =
            b12::core::parseTranslatedArticle(article.value(), std::move(translation));
        if (translated) {
            (void)b12::core::searchArticle(translated.value().article, query);
        } else {
            (void)translated.error().toString();
        }
    }
    return 0;
}
