// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the core: parsing the shipped content of every language and searching it.
// Reading the files from disk happens once, outside the timed loops, as the app reads its
// embedded resources once.
#include "core/article/article.h"
#include "core/article/search.h"
#include "tests/support/contentfiles.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace b12::core;

namespace {

const std::string kReferenceLanguage = "en";

std::vector<std::string> shippedLanguages() {
    std::vector<std::string> languages;
    const auto root = std::filesystem::path(B12_SOURCE_DIR) / "resources/content";
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        if (entry.is_directory() &&
            !b12::testing::shippedContent(entry.path().filename()).empty()) {
            languages.push_back(entry.path().filename().string());
        }
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

Article parsedOrExit(std::vector<ContentFile> files) {
    auto parsed = parseArticle(std::move(files));
    if (!parsed) {
        std::cerr << parsed.error().toString() << '\n';
        std::exit(1);
    }
    return std::move(parsed).value();
}

// One language on its own, as parseArticle() sees it.
void parseOneLanguage(benchmark::State& state, const std::vector<ContentFile>& files) {
    for (auto _ : state) {
        auto parsed = parseArticle(files);
        benchmark::DoNotOptimize(parsed);
    }
}

// Everything a translated language needs at start: the reference article and the
// translation parsed against it, with fallback for untranslated sections.
void loadTranslatedLanguage(benchmark::State& state, const std::vector<ContentFile>& reference,
                            const std::vector<ContentFile>& translated) {
    for (auto _ : state) {
        auto article = parseArticle(reference);
        if (!article) {
            state.SkipWithError(article.error().toString().c_str());
            return;
        }
        auto parsed = parseTranslatedArticle(article.value(), translated);
        benchmark::DoNotOptimize(parsed);
    }
}

void searchAllSections(benchmark::State& state, const Article& article, const std::string& query) {
    std::size_t hits = 0;
    for (auto _ : state) {
        auto found = searchArticle(article, query);
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["hits"] = static_cast<double>(hits);
}

} // namespace

struct Language {
    std::string code;
    std::vector<ContentFile> files;
    Article article{};
};

int main(int argc, char** argv) {
    // Registered at run time so that every language folder present is measured. The
    // reference language comes first; the others are translations of it.
    static std::vector<Language> languages; // outlives the benchmarks
    languages.push_back({kReferenceLanguage, b12::testing::shippedContent(kReferenceLanguage), {}});
    languages.front().article = parsedOrExit(languages.front().files);
    for (const std::string& code : shippedLanguages()) {
        if (code != kReferenceLanguage) {
            languages.push_back({code, b12::testing::shippedContent(code), {}});
        }
    }
    const Language& reference = languages.front();
    for (Language& language : languages) {
        if (&language != &reference) {
            auto translated = parseTranslatedArticle(reference.article, language.files);
            if (!translated) {
                std::cerr << translated.error().toString() << '\n';
                return 1;
            }
            language.article = std::move(translated).value().article;
        }
    }

    for (const Language& language : languages) {
        benchmark::RegisterBenchmark(("ParseArticle/" + language.code).c_str(), parseOneLanguage,
                                     std::cref(language.files))
            ->Unit(benchmark::kMicrosecond);
        if (&language != &reference) {
            benchmark::RegisterBenchmark(("LoadLanguage/" + language.code + "+reference").c_str(),
                                         loadTranslatedLanguage, std::cref(reference.files),
                                         std::cref(language.files))
                ->Unit(benchmark::kMicrosecond);
        }
    }

    // Queries a reader would type: one word, a phrase, words far apart, nothing to find.
    const std::map<std::string, std::vector<std::string>> queries = {
        {"en", {"tingling", "leg pain", "metformin vegan", "zzzz"}},
        {"de", {"Kribbeln", "Beinschmerzen", "Metformin vegan", "zzzz"}}};
    for (const Language& language : languages) {
        const auto own = queries.find(language.code);
        for (const std::string& query : (own != queries.end() ? own : queries.begin())->second) {
            benchmark::RegisterBenchmark(("Search/" + language.code + "/" + query).c_str(),
                                         searchAllSections, std::cref(language.article), query)
                ->Unit(benchmark::kMicrosecond);
        }
    }

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
