// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the glossary as shipped in resources/data, and the article of one language
// with it, as the app shows them.

#include "core/article/glossary.h"
#include "tests/support/contentfiles.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace b12::testing {

/// Parsed once; a parse failure fails the calling test and gives an empty glossary.
inline const core::Glossary& shippedGlossary() {
    static const core::Glossary glossary = [] {
        const auto path = std::filesystem::path(B12_SOURCE_DIR) / "resources/data/glossary.json";
        auto parsed = core::parseGlossary(readFile(path), "glossary.json");
        if (!parsed) {
            ADD_FAILURE() << parsed.error().toString();
            return core::Glossary{};
        }
        return parsed.value();
    }();
    return glossary;
}

/// The shipped article of `language` with its glossary; a parse failure fails the calling
/// test and gives an empty article.
inline core::Article shippedArticleWithGlossary(const std::string& language) {
    core::Article article = shippedArticle(language);
    core::addGlossary(article, shippedGlossary(), language);
    return article;
}

} // namespace b12::testing
