// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: reads the shipped content of one language from the source tree, the same
// files the app embeds as resources.

#include "core/article/article.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace b12::testing {

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// A content file's text with the review-date line every section starts with.
inline std::string dated(const std::string& markdown, const std::string& date = "2026-11-20") {
    return "<!-- reviewed: " + date + " -->\n" + markdown;
}

inline std::vector<core::ContentFile> shippedContent(const std::string& language) {
    std::vector<core::ContentFile> files;
    const auto dir = std::filesystem::path(B12_SOURCE_DIR) / "resources/content" / language;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".md") {
            files.push_back({"content/" + language + "/" + entry.path().filename().string(),
                             readFile(entry.path())});
        }
    }
    return files;
}

/// The shipped article of `language`; a parse failure fails the calling test and gives an
/// empty article.
inline core::Article shippedArticle(const std::string& language) {
    auto parsed = core::parseArticle(shippedContent(language));
    if (!parsed) {
        ADD_FAILURE() << parsed.error().toString();
        return {};
    }
    return std::move(parsed).value();
}

} // namespace b12::testing
